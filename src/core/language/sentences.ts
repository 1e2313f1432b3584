import type { Sentence } from './types';

/**
 * The sentences of a markdown text, without any model: cheap enough for every keystroke.
 * Markdown-aware: a bullet, a heading and a table cell each end a sentence; a single line
 * break inside a paragraph does not (a sentence wrapped over lines stays one). A sentence ends
 * at `.`, `!` or `?` followed by a space and not after a common abbreviation ("e.g.", "Dr.") or
 * inside a number ("3.5"). Blank or markup-only parts are left out. Works on raw markdown and on
 * the engine's masked prose alike (same offsets as the text given).
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = -1;
  let lastContent = -1;
  let heading = false;
  const push = (end: number): void => {
    heading = false;
    if (start >= 0 && lastContent >= start && !/^[-:=\s|]*$/.test(text.slice(start, lastContent + 1))) {
      const e = Math.min(end, lastContent + 1);
      out.push({ start, end: e, text: text.slice(start, e) });
    }
    start = -1;
    lastContent = -1;
  };
  let i = from;
  let lineStart = true;
  while (i < to) {
    if (lineStart) {
      lineStart = false;
      const marker = blockMarker(text, i, to);
      if (marker > i) {
        push(i);
        heading = /^[ \t]{0,3}#/.test(text.slice(i, marker));
        i = marker;
        continue;
      }
    }
    // Jump to the next character that can end or split a sentence; what lies before it is
    // words and spaces, read in one go (this loop runs over every character of a draft).
    const k = nextSpecial(text, i, to);
    let a = i;
    while (a < k && isBlank(text.charCodeAt(a))) a++;
    if (a < k) {
      if (start < 0) start = a;
      let b = k - 1;
      while (b > a && isBlank(text.charCodeAt(b))) b--;
      lastContent = b;
    }
    i = k;
    if (i >= to) break;
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      // A blank line, or a next line that opens a block (bullet, heading, table row, quote), ends it.
      let j = i + 1;
      if (c === '\r' && text[j] === '\n') j++;
      if (heading || blockStartsAt(text, j, to)) push(i);
      i = j;
      lineStart = true;
      continue;
    }
    if (c === '|') {
      push(i);
      i++;
      continue;
    }
    if (start < 0) start = i;
    lastContent = i;
    if (endsSentence(text, i, to)) {
      // Keep closing quotes and brackets with the sentence.
      let e = i + 1;
      while (e < to && /["'”’)\]*_]/.test(text[e]!)) e++;
      lastContent = e - 1;
      push(e);
      i = e;
      continue;
    }
    i++;
  }
  push(to);
  return out;
}

/**
 * The first of `text[at, to)` where the splitter has something to decide (a line break, a table
 * pipe, a sentence end), else `to`. A regular expression: on the coach's spoken text (built by
 * concatenation) it scans faster than a loop over character codes.
 */
function nextSpecial(text: string, at: number, to: number): number {
  SPECIAL.lastIndex = at;
  const m = SPECIAL.exec(text);
  return m && m.index < to ? m.index : to;
}
const SPECIAL = /[\n\r|.!?…]/g;

/** Spaces between words (not content): space, tab, no-break space, zero-width space. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x200b;
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'jr', 'sr', 'st', 'approx', 'cf', 'fig', 'no', 'u.s', 'a.m', 'p.m', 'ph.d']);

/** `[A-Za-z.]`, by code (this runs back over the last word at every full stop). */
function isLetterOrDot(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
}

function endsSentence(text: string, at: number, to: number): boolean {
  const c = text[at]!;
  const next = at + 1 < to ? text[at + 1]! : '';
  if (c === '.') {
    if (/[0-9]/.test(next)) return false; // 3.5
    if (next === '.' ) return false; // an ellipsis "..." ends at its last dot
    let w = at;
    while (w > 0 && isLetterOrDot(text.charCodeAt(w - 1))) w--;
    const word = text.slice(w, at).toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    if (/^[a-z]$/i.test(word) && w > 0 && text[w - 1] === '.') return false; // "U.S."-like initials
  }
  if (next === '' || next === '\n' || next === '\r') return true;
  if (/["'”’)\]*_]/.test(next)) return true;
  return /\s/.test(next);
}

/** Offset after a line's block marker ("- ", "1. ", "## ", "> ", "| "), else `at`. */
function blockMarker(text: string, at: number, to: number): number {
  const m = /^[ \t]{0,3}(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+|>[ \t]?)/.exec(text.slice(at, Math.min(to, at + 24)));
  return m ? at + m[0].length : at;
}

function blockStartsAt(text: string, at: number, to: number): boolean {
  let j = at;
  while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
  if (j >= to) return true;
  const c = text[j]!;
  if (c === '\n' || c === '\r') return true;
  if (c === '|' || c === '#' || c === '>') return true;
  return blockMarker(text, at, to) > at;
}
