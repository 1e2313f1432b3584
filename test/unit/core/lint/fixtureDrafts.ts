import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LintOptions } from '../../../../src/core/lint';
import { FIXTURES } from '../../helpers/packFiles';

export const DRAFTS = join(FIXTURES, 'drafts');

export interface ExpectedHit {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  /** 1-based line of the marker, for messages. */
  readonly markerLine: number;
}

export interface FixtureDraft {
  readonly name: string;
  readonly text: string;
  readonly options: LintOptions;
  readonly hits: readonly ExpectedHit[];
  readonly documentRules: readonly string[];
}

const MARKER = /<!-- expect ([^]*?) -->/g;
const DOCUMENT_MARKER = /<!-- expect-document ([\w-]+) -->/g;
const ENTRY = /([\w-]+):\s*"((?:[^"\\]|\\.)*)"/g;
/** The whole marker body: entries separated by `;`. */
const ENTRIES = /^\s*[\w-]+:\s*"(?:[^"\\]|\\.)*"(?:\s*;\s*[\w-]+:\s*"(?:[^"\\]|\\.)*")*\s*$/;

/** Every fixture draft with the findings its comments expect (see test/fixtures/drafts/README.md). */
export function fixtureDrafts(): FixtureDraft[] {
  return readdirSync(DRAFTS)
    .filter((n) => n.endsWith('.md') && n !== 'README.md')
    .sort()
    .map((name) => parseFixture(name, readFileSync(join(DRAFTS, name), 'utf8')));
}

/** `\n` is a line break, `\"` a quote, `\\` a backslash; any other backslash is itself. */
function unescape(s: string): string {
  return s.replace(/\\([n"\\])/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

export function parseFixture(name: string, text: string): FixtureDraft {
  const hits: ExpectedHit[] = [];
  for (const m of text.matchAll(MARKER)) {
    const markerLine = text.slice(0, m.index).split('\n').length;
    const paragraphStart = Math.max(0, text.lastIndexOf('\n\n', m.index) + 1);
    let searchFrom = m.index!;
    // Entries name hits left to right; find each one backwards, last entry first.
    const body = m[1]!;
    if (!ENTRIES.test(body)) throw new Error(`${name}:${markerLine}: cannot read expectation "${body}"`);
    const entries = [...body.matchAll(ENTRY)].map((e) => ({ ruleId: e[1]!, flagged: unescape(e[2]!) }));
    for (const { ruleId, flagged } of entries.reverse()) {
      const start = text.lastIndexOf(flagged, searchFrom - 1);
      if (start < paragraphStart) throw new Error(`${name}:${markerLine}: "${flagged}" is not before its marker in the same paragraph`);
      hits.push({ ruleId, start, end: start + flagged.length, markerLine });
      searchFrom = start;
    }
  }
  const documentRules = [...text.matchAll(DOCUMENT_MARKER)].map((m) => m[1]!);
  const fm = /^---\n([^]*?)\n---\n/.exec(text);
  const data = fm ? (parseYaml(fm[1]!) as Record<string, unknown>) : {};
  const options = (data['lint-options'] ?? {}) as LintOptions;
  hits.sort((a, b) => a.start - b.start);
  return { name, text, options, hits, documentRules };
}
