import { applyEdits, findNodeAtLocation, modify, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** A JSONC text that is not a usable object, with where (1-based) the first problem is. */
export class JsoncError extends SyntaxError {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

/**
 * JSON with comments and trailing commas, as VS Code reads settings.json and `.jsonc` files (with
 * the same parser), into a plain object. A leading UTF-8 byte order mark is skipped, as VS Code
 * does. Throws JsoncError for a syntax error or a top level that is not an object.
 */
export function parseJsoncObject(text: string): Record<string, unknown> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const data = parse(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true }) as unknown;
  if (errors.length > 0) {
    const first = errors[0]!;
    const { line, column } = lineColumn(source, first.offset);
    throw new JsoncError(describe(printParseErrorCode(first.error)), line, column);
  }
  if (data === undefined) return {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new JsoncError('expected an object ({ ... }) at the top', 1, 1);
  return data as Record<string, unknown>;
}

function describe(code: string): string {
  // "PropertyNameExpected" → "property name expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * A lookup of dotted keys into an object that may spell them flat (`"lint.enabled"`), nested
 * (`{ "lint": { "enabled": … } }`) or partly nested (`{ "lint": { "severity.stability": … } }`).
 */
export function dottedLookup(root: Record<string, unknown>): (key: string) => unknown {
  return (key) => {
    if (Object.prototype.hasOwnProperty.call(root, key)) return root[key];
    const parts = key.split('.');
    const walk = (node: unknown, i: number): unknown => {
      if (i === parts.length) return node;
      if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
      const obj = node as Record<string, unknown>;
      for (let j = parts.length; j > i; j--) {
        const k = parts.slice(i, j).join('.');
        if (Object.prototype.hasOwnProperty.call(obj, k)) {
          const found = walk(obj[k], j);
          if (found !== undefined) return found;
        }
      }
      return undefined;
    };
    return walk(root, 0);
  };
}

/** Every leaf key an object sets, dotted (`{ "lint": { "enabled": true } }` → `lint.enabled`), for unknown-key checks. */
export function dottedKeys(root: Record<string, unknown>, known: ReadonlySet<string>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(root)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (known.has(key)) out.push(key);
    else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      out.push(...dottedKeys(v as Record<string, unknown>, known, key));
    } else out.push(key);
  }
  return out;
}

/**
 * `text` with the dotted key set to `value`, where the file already spells it (flat
 * `"lint.disabledRules"` or nested `"lint": { "disabledRules" }`), else flat; comments, order and
 * formatting are kept (jsonc-parser's own edits).
 */
export function setJsoncValue(text: string, key: string, value: unknown): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const source = bom ? text.slice(1) : text;
  const tree = parseTree(source);
  const parts = key.split('.');
  // The longest existing path that spells the key: nested as far as the file nests it.
  let path: string[] = [key];
  for (let split = parts.length; split >= 1; split--) {
    const candidate = [...parts.slice(0, split - 1), parts.slice(split - 1).join('.')];
    if (tree && findNodeAtLocation(tree, candidate)) {
      path = candidate;
      break;
    }
  }
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  return bom + applyEdits(source, modify(source, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } }));
}
