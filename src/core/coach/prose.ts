import { splitSentences, type Sentence } from '../language';
import { maskMarkdown } from '../lint/mask';

/**
 * What of a markdown draft is spoken: the coach counts words, finds STAR parts and values only in
 * prose a candidate would say out loud. The red-flag linter's masker decides what prose is (so
 * the coach and the linter read the same text): frontmatter, code, HTML comments, URLs, link
 * targets and reference definitions are blanked, markup becomes spaces. Blanking keeps every
 * offset: the masked text has the source's length, so a range found in it is a range in the file.
 */

export interface Heading {
  /** 1..6. */
  readonly level: number;
  /** The heading's text, markers and closing hashes removed, emphasis kept. */
  readonly text: string;
  /** Offsets of `text` in the source. */
  readonly textStart: number;
  readonly textEnd: number;
  /** Offsets of the whole heading line (or lines, for a setext heading), end before the newline. */
  readonly start: number;
  readonly end: number;
}

export interface Prose {
  readonly source: string;
  /** The source with everything that is not prose blanked; same length. Headings are kept. */
  readonly masked: string;
  /** `masked` with headings blanked too: what is said aloud. */
  readonly spoken: string;
  readonly headings: readonly Heading[];
  /** Offset where the body starts (after the frontmatter block, if any). */
  readonly bodyStart: number;
  /** Offsets of the frontmatter's YAML (between the `---` lines), when there is a block. */
  readonly frontmatter?: { readonly start: number; readonly end: number };
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/** Splits off a `---` frontmatter block at the very start (an optional BOM before it). */
export function frontmatterRange(text: string): { start: number; end: number; blockEnd: number } | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return undefined;
  const firstBreak = text.indexOf('\n', bom);
  if (firstBreak < 0 || text.slice(bom + 3, firstBreak).trim() !== '') return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*\r?$/gm;
  close.lastIndex = firstBreak + 1;
  const m = close.exec(text);
  if (!m) return undefined;
  const lineEnd = text.indexOf('\n', m.index);
  return { start: firstBreak + 1, end: m.index, blockEnd: lineEnd < 0 ? text.length : lineEnd + 1 };
}

const isBlank = (s: string) => s.trim() === '';

/**
 * The spoken prose of a draft. `masked` is the linter's masked text when the caller already has it
 * (the coach running inside a lint run); otherwise it is computed here.
 */
export function prose(source: string, masked: string = maskMarkdown(source).masked): Prose {
  const fm = frontmatterRange(source);
  const bodyStart = fm ? fm.blockEnd : 0;

  // Headings: ATX lines the masker kept as prose (in code they are blanked), and setext
  // underlines under a line of prose. Only lines that start (after up to three spaces) with `#`,
  // `=` or `-` can be either, so the rest are skipped without slicing.
  const headings: Heading[] = [];
  let previous: { start: number; end: number } | undefined;
  for (let pos = bodyStart; pos <= source.length; ) {
    const nl = source.indexOf('\n', pos);
    const lineEnd = nl < 0 ? source.length : nl;
    const end = lineEnd > pos && source.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    let first = pos;
    while (first < end && first - pos < 4 && source.charCodeAt(first) === 32) first++;
    const c = source.charCodeAt(first);
    if (c === 35 || c === 61 || c === 45) {
      const line = source.slice(pos, end);
      const atx = c === 35 ? ATX.exec(line) : null;
      if (atx && masked.charCodeAt(first) !== 10) {
        let textEnd = end;
        const closing = /[ \t]+#+[ \t]*$|^#+[ \t]*$/.exec(source.slice(pos + atx[0].length, end));
        if (closing) textEnd = pos + atx[0].length + closing.index;
        headings.push(trimmed({ level: atx[1]!.length, text: '', textStart: pos + atx[0].length, textEnd, start: pos, end }, source, masked));
        previous = undefined;
      } else if (c !== 35 && previous && SETEXT.test(line) && !isBlank(masked.slice(previous.start, previous.end))) {
        headings.push(trimmed({ level: c === 61 ? 1 : 2, text: '', textStart: previous.start, textEnd: previous.end, start: previous.start, end }, source, masked));
        previous = undefined;
      } else {
        previous = { start: pos, end };
      }
    } else {
      previous = first >= end ? undefined : { start: pos, end };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }

  // What is said: the masked text with each heading line blanked (headings are single lines, but
  // a setext heading spans its text line and its underline).
  let spoken = '';
  let at = 0;
  for (const h of headings) {
    spoken += masked.slice(at, h.start) + masked.slice(h.start, h.end).replace(/[^\r\n]/g, ' ');
    at = h.end;
  }
  spoken += masked.slice(at);
  return { source, masked, spoken, headings, bodyStart, ...(fm ? { frontmatter: { start: fm.start, end: fm.end } } : {}) };
}

/** Narrows a heading's text to what the masker kept (no trailing comment, no list or quote marker). */
function trimmed(h: Heading, source: string, masked: string): Heading {
  let { textStart, textEnd } = h;
  while (textEnd > textStart && /\s/.test(masked[textEnd - 1]!)) textEnd--;
  while (textStart < textEnd && /\s/.test(masked[textStart]!)) textStart++;
  return { ...h, textStart, textEnd, text: source.slice(textStart, textEnd) };
}

/** A word as said: a run of letters or digits (with inner apostrophes, hyphens, dots, `&`, `+`). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&+-]*[\p{L}\p{N}+])?/gu;

export interface Word {
  readonly start: number;
  readonly end: number;
}

/**
 * The spoken words of `text` from `from` to `to`. Slashes and dashes between words split them
 * ("Python/Java" is two words said), as does any punctuation other than inner `'.-&+`.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ start: m.index, end });
  }
  return out;
}

const sentenceCache = new WeakMap<Prose, readonly Sentence[]>();

/** The sentences of what is said (headings blanked), read once per prose and shared by every check. */
export function spokenSentences(p: Prose): readonly Sentence[] {
  let list = sentenceCache.get(p);
  if (!list) {
    list = splitSentences(p.spoken, p.bodyStart);
    sentenceCache.set(p, list);
  }
  return list;
}

/** The sentence of the spoken text around `offset`, if it is in one. */
export function spokenSentenceAt(p: Prose, offset: number): Sentence | undefined {
  return containing(spokenSentences(p), offset);
}

function containing(list: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
