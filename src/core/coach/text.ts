import type { Severity } from '../content/types';
import type { Finding } from '../lint/finding';
import type { LineIndex } from '../text/lineIndex';

export interface FindingInput {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly reason?: string;
  readonly start: number;
  readonly end: number;
  readonly suggestions?: readonly string[];
  readonly cite?: Finding['cite'];
}

export function finding(index: LineIndex, input: FindingInput): Finding {
  const start = index.position(input.start);
  const end = index.position(input.end);
  return {
    ruleId: input.ruleId,
    severity: input.severity,
    message: input.message,
    ...(input.reason !== undefined ? { reason: input.reason } : {}),
    start: input.start,
    end: input.end,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    suggestions: input.suggestions ?? [],
    ...(input.cite ? { cite: input.cite } : {}),
  };
}

const SEPARATOR = String.raw`(?:[\s*_]*[-\u2010\u2011\u2013\u2014/][\s*_]*|[\s*_]+|)`;
// ASCII boundaries compile fast (a Unicode property class in every pattern cost the CLI ~20 ms
// of regular expression compilation on a cold run); `matchesIn` checks non-ASCII neighbours.
const BEFORE = String.raw`(?<![A-Za-z0-9])`;
const AFTER = String.raw`(?![A-Za-z0-9])`;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the character at `i` is a letter or digit outside ASCII (so `\b`-like checks missed it). */
function nonAsciiWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c > 127 && LETTER_OR_DIGIT.test(text[i]!);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression for a phrase of the guide, tolerant of case, of the separator between its
 * words (space, hyphen, slash, en or em dash, a line break, none) and of a plural last word; it
 * never matches inside a longer word. Built from the pack's text, never from workspace input.
 */
export function phrasePattern(phrase: string, options: { plural?: boolean } = {}): RegExp {
  const tokens = phrase
    .replace(/["“”]/g, '')
    .split(/[\s\-\u2010\u2011\u2013\u2014/]+/)
    .filter(Boolean);
  if (tokens.length === 0) return /(?!)/gu;
  const last = tokens.length - 1;
  const body = tokens
    .map((t, i) => {
      const core = escape(t);
      return i === last && options.plural !== false && /[A-Za-z]$/.test(t) ? `${core}(?:s|es)?` : core;
    })
    .join(SEPARATOR);
  return new RegExp(`${BEFORE}${body}${AFTER}`, 'gi');
}

/**
 * Every whole-word match of `re` (a global regular expression) in `text` between `from` and `to`
 * (the first `limit` of them): a match glued to a non-ASCII letter or digit ("Ñcourage") is not one.
 */
export function matchesIn(re: RegExp, text: string, from = 0, to = text.length, limit = Infinity): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    if (m.index >= to) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if ((m.index > 0 && nonAsciiWordChar(text, m.index - 1)) || nonAsciiWordChar(text, m.index + m[0].length)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The first of `matchesIn(re, text, from, to)`, without looking for the rest. */
export function firstMatchIn(re: RegExp, text: string, from = 0, to = text.length): { start: number; end: number; text: string } | undefined {
  return matchesIn(re, text, from, to, 1)[0];
}

/** Offsets of the sentence holding `offset` within `text` (bounded by `.!?` or a blank line). */
export function sentenceAt(text: string, offset: number, from = 0, to = text.length): { start: number; end: number } {
  let start = offset;
  while (start > from) {
    const c = text[start - 1]!;
    if (/[.!?]/.test(c) && /\s/.test(text[start] ?? ' ')) break;
    if (c === '\n' && /\n[ \t]*\r?$/.test(text.slice(Math.max(from, start - 40), start - 1))) break;
    start--;
  }
  while (start < offset && /\s/.test(text[start]!)) start++;
  let end = offset;
  while (end < to) {
    const c = text[end]!;
    end++;
    if (/[.!?]/.test(c) && /\s/.test(text[end] ?? ' ')) break;
    if (c === '\n' && /^[ \t]*\r?\n/.test(text.slice(end, end + 40))) break;
  }
  return { start, end };
}
