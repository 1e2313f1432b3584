import matter from 'gray-matter';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { Document, isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/lineIndex';

/**
 * A markdown file split into its YAML frontmatter and body, with the means to find the file line
 * of any field. gray-matter finds the delimiters. js-yaml reads the data: it is about ten times
 * faster than the `yaml` library on a large frontmatter (a 1 MB checklist: ~0.2 s against ~2 s),
 * and while it reads, it reports where each mapping and sequence starts, which is every position a
 * valid pack asks for ("open at this item"). The `yaml` library keeps every node's position and
 * words errors best, so it reads the frontmatter instead when js-yaml refuses it, and lazily when a
 * problem needs the position of a scalar.
 */
export interface ParsedFrontmatter {
  readonly data: unknown;
  readonly body: string;
  /** 1-based line of the body's first line. */
  readonly bodyLine: number;
  /** 1-based file line and column of the node at `path`, or of its nearest existing parent. */
  position(path: readonly (string | number)[]): { line: number; column: number };
  /** Which library read the data (see the module's comment); undefined when there is no frontmatter. */
  readonly reader: 'js-yaml' | 'yaml' | undefined;
}

export class FrontmatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** The frontmatter as the `yaml` library reads it: every node with its range. */
interface ExactReading {
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** Parses `text`; throws FrontmatterSyntaxError (with a file position) for malformed YAML. */
export function parseFrontmatter(text: string): ParsedFrontmatter {
  refuseOtherLanguages(text);
  let source: string | undefined;
  let exact: ExactReading | undefined;
  let starts: Map<object, number> | undefined;
  const file = matter(text, {
    engines: {
      yaml: {
        parse: (yaml: string): object => {
          source = yaml;
          const fast = readFast(yaml);
          if (fast) {
            starts = fast.starts;
            return (fast.data ?? {}) as object;
          }
          exact = readExact(yaml);
          return (exact.doc.toJS() ?? {}) as object;
        },
        stringify: () => {
          throw new Error('not supported');
        },
      },
    },
  });

  // gray-matter hands over the YAML from just after the opening `---` (its newline included), so
  // YAML line 1 is the delimiter's own line; a leading BOM or blank line shifts it.
  const parsed = source !== undefined;
  const open = text.indexOf('---');
  const yamlFirstLine = parsed && open >= 0 ? countLines(text, open) : 1;
  const bodyStart = text.length - file.content.length;
  const bodyLine = parsed ? countLines(text, bodyStart) : 1;
  let sourceLines: LineIndex | undefined;

  const toFile = (pos: { line: number; col: number }) => ({ line: pos.line + yamlFirstLine - 1, column: pos.col });
  return {
    data: file.data,
    body: file.content,
    bodyLine,
    reader: starts ? 'js-yaml' : exact ? 'yaml' : undefined,
    position(path) {
      if (source === undefined) return { line: 1, column: 1 };
      if (!exact && starts) {
        const offset = containerStart(file.data, path, starts);
        if (offset !== undefined) {
          const { line, column } = (sourceLines ??= new LineIndex(source)).position(contentStart(source, offset));
          return toFile({ line, col: column });
        }
        exact = readExact(source);
      }
      const reading = exact!;
      const node = nearestNode(reading.doc, path);
      return toFile(reading.lines.linePos(node?.range?.[0] ?? 0));
    },
  };
}

/**
 * gray-matter reads `---js`, `---coffee`, `---json`, `---toml` … frontmatter with other engines, and
 * its JavaScript engine evaluates the text: a pack from a cloned repository could run code. Packs
 * are YAML; anything else is a syntax error at the opening delimiter.
 */
function refuseOtherLanguages(text: string): void {
  const opening = /^\uFEFF?---([^\r\n]*)/.exec(text);
  if (!opening) return;
  const language = opening[1]!.trim();
  if (language === '' || opening[1]!.startsWith('-') || /^ya?ml$/i.test(language)) return;
  throw new FrontmatterSyntaxError(`frontmatter in "${language}" is not read: write it in YAML (a plain \`---\` line opens it)`, 1, 4);
}

/**
 * js-yaml's reading (YAML 1.2's core schema, duplicate keys refused, as the `yaml` library reads
 * it) and the start offset of every mapping and sequence in it; undefined when js-yaml refuses it.
 */
function readFast(yaml: string): { data: unknown; starts: Map<object, number> } | undefined {
  const starts = new Map<object, number>();
  const opened: number[] = [];
  // An alias of a mapping or sequence shares it: nested aliases can make a few lines stand for
  // billions of items ("billion laughs"). The yaml library limits how many it expands, so such a
  // frontmatter is left to it.
  let aliased = false;
  try {
    const data = loadYaml(yaml, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          opened.push(state.position);
          return;
        }
        const at = opened.pop()!;
        const result: unknown = state.result;
        if (result === null || typeof result !== 'object') return;
        // (A flow collection is closed twice, by two nested nodes: the first start is kept.)
        if (yaml.charCodeAt(contentStart(yaml, at)) === 42 /* * */) aliased = true;
        else if (!starts.has(result)) starts.set(result, at);
      },
    });
    return aliased ? undefined : { data, starts };
  } catch {
    return undefined;
  }
}

/** The `yaml` library's reading; throws FrontmatterSyntaxError at the first error. */
function readExact(yaml: string): ExactReading {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const pos = lines.linePos(first.pos[0]);
    const opened = /closing "quote|closing 'quote/.test(first.message) ? unclosedQuote(yaml, first.message.includes('"quote') ? '"' : "'") : undefined;
    throw new FrontmatterSyntaxError(firstLine(first.message), opened?.line ?? pos.line, opened?.col ?? pos.col);
  }
  return { doc, lines };
}

/**
 * The start of the mapping or sequence at `path` (or of its nearest existing parent); undefined
 * when the node there is a scalar, whose position only the exact reading has.
 */
function containerStart(data: unknown, path: readonly (string | number)[], starts: ReadonlyMap<object, number>): number | undefined {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    const present = Array.isArray(node) ? typeof key === 'number' && key >= 0 && key < node.length : Object.prototype.hasOwnProperty.call(node, key);
    if (!present) break;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== null && typeof node === 'object' ? starts.get(node) : undefined;
}

/** js-yaml opens a node before the blanks, line breaks and comments in front of it. */
function contentStart(yaml: string, at: number): number {
  let i = at;
  while (i < yaml.length) {
    const c = yaml.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */ && (i === 0 || /[\s]/.test(yaml[i - 1]!))) {
      while (i < yaml.length && yaml.charCodeAt(i) !== 10) i++;
    } else break;
  }
  return i;
}

function nearestNode(doc: Document, path: readonly (string | number)[]): YamlNode | undefined {
  let node: unknown = doc.contents;
  let best = node as YamlNode | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      // Point at the value when it exists, else at the key (`field:` with nothing after it).
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (node === undefined) break;
    } else {
      break;
    }
    best = node as YamlNode;
  }
  return best;
}

/** 1-based line number of `offset` in `text`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** yaml reports an unclosed quote where the document ends; the author wants where it opened. */
function unclosedQuote(source: string, quote: string): { line: number; col: number } | undefined {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const count = line.split(quote).length - 1 - (quote === "'" ? (line.match(/''/g)?.length ?? 0) * 2 : (line.match(/\\"/g)?.length ?? 0));
    if (count % 2 === 1) return { line: i + 1, col: line.indexOf(quote) + 1 };
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
