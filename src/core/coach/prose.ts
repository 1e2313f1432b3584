/**
 * What of a markdown draft is spoken: the coach counts words, finds STAR parts and values only in
 * prose a candidate would say out loud. Frontmatter, code (fenced, indented, inline), HTML comments
 * and tags, images, link and image targets, reference definitions and bare URLs are blanked out.
 * Blanking keeps every offset: the masked text has the source's length and the same line breaks,
 * so a range found in it is a range in the file.
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
  /** The source with everything unspoken replaced by spaces; newlines kept. Headings are kept. */
  readonly masked: string;
  /** `masked` with headings blanked too: what is said aloud. */
  readonly spoken: string;
  readonly headings: readonly Heading[];
  /** Offset where the body starts (after the frontmatter block, if any). */
  readonly bodyStart: number;
  /** Offsets of the frontmatter's YAML (between the `---` lines), when there is a block. */
  readonly frontmatter?: { readonly start: number; readonly end: number };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:\s|$)/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/;

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

export function prose(source: string): Prose {
  const chars = source.split('');
  const blank = (from: number, to: number): void => {
    for (let i = Math.max(0, from); i < to && i < chars.length; i++) {
      const c = chars[i]!;
      if (c !== '\n' && c !== '\r') chars[i] = ' ';
    }
  };

  const fm = frontmatterRange(source);
  const bodyStart = fm ? fm.blockEnd : 0;
  blank(0, bodyStart);

  // Line table of the body.
  const lines: { start: number; end: number; text: string }[] = [];
  for (let pos = bodyStart; pos <= source.length; ) {
    const nl = source.indexOf('\n', pos);
    const end = nl < 0 ? source.length : nl;
    const contentEnd = end > pos && source[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start: pos, end: contentEnd, text: source.slice(pos, contentEnd) });
    if (nl < 0) break;
    pos = nl + 1;
  }

  // Block pass: fenced code, indented code, HTML comment blocks, reference definitions, headings.
  const headings: Heading[] = [];
  const isBlank = (i: number) => (lines[i]?.text.trim() ?? '') === '';
  let fence: { char: string; length: number } | undefined;
  let inList = false;
  let paragraphOpen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      blank(line.start, line.end);
      const close = new RegExp(`^ {0,3}${fence.char === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (close.test(line.text)) fence = undefined;
      continue;
    }
    const open = FENCE.exec(line.text);
    if (open && !(open[1]![0] === '`' && line.text.slice(open[0].length).includes('`'))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      blank(line.start, line.end);
      paragraphOpen = false;
      continue;
    }
    if (isBlank(i)) {
      paragraphOpen = false;
      continue;
    }
    const indent = leadingColumns(line.text);
    if (indent >= 4 && !paragraphOpen && !inList) {
      blank(line.start, line.end);
      continue;
    }
    if (LIST_ITEM.test(line.text)) inList = true;
    else if (indent === 0 && !paragraphOpen) inList = false;
    if (REFERENCE_DEFINITION.test(line.text) && !paragraphOpen) {
      blank(line.start, line.end);
      continue;
    }
    const atx = ATX.exec(line.text);
    if (atx) {
      const textStart = line.start + atx[0].length;
      let textEnd = line.end;
      const closing = /[ \t]+#+[ \t]*$|^#+[ \t]*$/.exec(source.slice(textStart, textEnd));
      if (closing) textEnd = textStart + closing.index;
      while (textEnd > textStart && /\s/.test(source[textEnd - 1]!)) textEnd--;
      headings.push({ level: atx[1]!.length, text: source.slice(textStart, textEnd), textStart, textEnd, start: line.start, end: line.end });
      paragraphOpen = false;
      continue;
    }
    const setext = SETEXT.exec(line.text);
    if (setext && paragraphOpen && i > 0) {
      const prev = lines[i - 1]!;
      const lead = leadingColumns(prev.text);
      const textStart = prev.start + Math.min(lead, 3);
      headings.push({ level: setext[1]![0] === '=' ? 1 : 2, text: prev.text.trim(), textStart, textEnd: prev.start + prev.text.trimEnd().length, start: prev.start, end: line.end });
      blank(line.start, line.end);
      paragraphOpen = false;
      continue;
    }
    paragraphOpen = true;
  }

  let masked = chars.join('');
  masked = maskInline(masked, bodyStart);
  // A comment or tag at the end of a heading line is not part of its text.
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    let { textStart, textEnd } = h;
    while (textEnd > textStart && /\s/.test(masked[textEnd - 1]!)) textEnd--;
    while (textStart < textEnd && /\s/.test(masked[textStart]!)) textStart++;
    if (textEnd !== h.textEnd || textStart !== h.textStart) headings[i] = { ...h, textStart, textEnd, text: source.slice(textStart, textEnd) };
  }
  const spokenChars = masked.split('');
  for (const h of headings) for (let i = h.start; i < h.end; i++) if (spokenChars[i] !== '\n' && spokenChars[i] !== '\r') spokenChars[i] = ' ';
  return { source, masked, spoken: spokenChars.join(''), headings, bodyStart, ...(fm ? { frontmatter: { start: fm.start, end: fm.end } } : {}) };
}

function leadingColumns(line: string): number {
  let col = 0;
  for (const c of line) {
    if (c === ' ') col++;
    else if (c === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/** Inline constructs, on text whose code blocks are already blank. Keeps length and newlines. */
function maskInline(text: string, from: number): string {
  const chars = text.split('');
  const blank = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };

  // HTML comments: a comment that starts a line runs to its `-->` or to the end (as a CommonMark
  // HTML block does); one inside a paragraph without its `-->` is literal text.
  for (let i = text.indexOf('<!--', from); i >= 0; i = text.indexOf('<!--', i + 1)) {
    if (chars[i] === ' ') continue;
    const close = text.indexOf('-->', i + 4);
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const startsLine = /^[ \t]*$/.test(text.slice(lineStart, i));
    if (close < 0 && !startsLine) continue;
    const end = close < 0 ? text.length : close + 3;
    blank(i, end);
    i = end - 1;
  }
  let current = chars.join('');

  // Inline code: a backtick run closed by a run of the same length before a blank line.
  const ticks = /`+/g;
  for (let m = ticks.exec(current); m; m = ticks.exec(current)) {
    if (m.index < from) continue;
    const run = m[0];
    const closer = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    closer.lastIndex = m.index + run.length;
    const c = closer.exec(current);
    if (!c || /\n[ \t]*\r?\n/.test(current.slice(m.index, c.index))) continue;
    blank(m.index, c.index + run.length);
    ticks.lastIndex = c.index + run.length;
  }
  current = chars.join('');

  // Images (alt text is not said), then link targets `](...)` and `][ref]`, autolinks, bare URLs, tags.
  const patterns: { re: RegExp; mask: (m: RegExpExecArray) => [number, number] }[] = [
    { re: /!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, mask: (m) => [m.index, m.index + m[0].length] },
    { re: /!\[[^\]\n]*\]\[[^\]\n]*\]/g, mask: (m) => [m.index, m.index + m[0].length] },
    { re: /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, mask: (m) => [m.index + 1, m.index + m[0].length] },
    { re: /\]\[[^\]\n]*\]/g, mask: (m) => [m.index + 1, m.index + m[0].length] },
    { re: /<(?:https?|mailto|ftp):[^<>\s]*>/gi, mask: (m) => [m.index, m.index + m[0].length] },
    { re: /\b(?:https?:\/\/|www\.)[^\s<>()\]]+/gi, mask: (m) => [m.index, m.index + m[0].length] },
    { re: /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, mask: (m) => [m.index, m.index + m[0].length] },
  ];
  for (const { re, mask } of patterns) {
    re.lastIndex = from;
    for (let m = re.exec(current); m; m = re.exec(current)) {
      const [a, b] = mask(m);
      blank(a, b);
    }
    current = chars.join('');
  }
  return current;
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
