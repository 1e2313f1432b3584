import matter from 'gray-matter';
import { Document, isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

/**
 * A markdown file split into its YAML frontmatter and body, with the means to find the file line
 * of any field. gray-matter finds the delimiters; the `yaml` library parses the frontmatter because
 * it keeps every node's position, which js-yaml (gray-matter's default) throws away.
 */
export interface ParsedFrontmatter {
  readonly data: unknown;
  readonly body: string;
  /** 1-based line of the body's first line. */
  readonly bodyLine: number;
  /** 1-based file line and column of the node at `path`, or of its nearest existing parent. */
  position(path: readonly (string | number)[]): { line: number; column: number };
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

/** Parses `text`; throws FrontmatterSyntaxError (with a file position) for malformed YAML. */
export function parseFrontmatter(text: string): ParsedFrontmatter {
  let doc: Document | undefined;
  const lines = new LineCounter();
  const file = matter(text, {
    engines: {
      yaml: {
        parse: (source: string): object => {
          doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
          if (doc.errors.length > 0) {
            const first = doc.errors[0]!;
            const pos = lines.linePos(first.pos[0]);
            const opened = /closing "quote|closing 'quote/.test(first.message) ? unclosedQuote(source, first.message.includes('"quote') ? '"' : "'") : undefined;
            throw new FrontmatterSyntaxError(firstLine(first.message), opened?.line ?? pos.line, opened?.col ?? pos.col);
          }
          return (doc.toJS() ?? {}) as object;
        },
        stringify: () => {
          throw new Error('not supported');
        },
      },
    },
  });

  // gray-matter hands over the YAML from just after the opening `---` (its newline included), so
  // YAML line 1 is the delimiter's own line; a leading BOM or blank line shifts it.
  const open = text.indexOf('---');
  const yamlFirstLine = doc && open >= 0 ? countLines(text, open) : 1;
  const bodyStart = text.length - file.content.length;
  const bodyLine = doc ? countLines(text, bodyStart) : 1;

  return {
    data: file.data,
    body: file.content,
    bodyLine,
    position(path) {
      if (!doc) return { line: 1, column: 1 };
      const node = nearestNode(doc, path);
      const offset = node?.range?.[0] ?? 0;
      const pos = lines.linePos(offset);
      return { line: pos.line + yamlFirstLine - 1, column: pos.col };
    },
  };
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
