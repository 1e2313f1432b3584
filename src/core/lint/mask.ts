/**
 * Markdown-aware masking: one hand-written pass over the lines of a document that keeps prose and
 * replaces everything else, so the phrase matcher only ever sees what a reader reads.
 *
 * The masked text has exactly the length of the original (offsets map one to one) and uses two
 * fill characters:
 *  - `HARD` (`\n`) where prose stops: code (fenced, indented, inline), YAML/TOML frontmatter, HTML
 *    comments, raw `<script>`/`<pre>` blocks, autolinks and bare URLs, table pipes, reference
 *    definitions, thematic breaks, and every line break between two blocks. A phrase never spans it.
 *  - `SOFT` (a space) for markup inside prose that a phrase may run across: emphasis markers,
 *    link brackets and link/image targets, blockquote and list markers, heading `#`s, inline HTML
 *    tags, entities, escapes, and a line break that continues the same paragraph.
 * Prose (paragraphs, headings, list items, table cells, blockquotes, link text, image alt text) is
 * kept as is.
 *
 * It follows CommonMark + GFM closely for the constructs a draft uses (containers, fences with
 * their closing rules, lazy continuation lines, code spans across lines) without building a tree,
 * and it works in windows of about 64 KB cut at block boundaries, so memory stays small and a
 * caller can pause between windows. The cost is measured against markdown-it in `npm run bench`.
 */

export const HARD = '\n';
export const SOFT = ' ';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file' | 'enable-file';

/** A suppression comment: `<!-- interview-coach-disable-next-line rule-a rule-b -->`. */
export interface Directive {
  readonly kind: DirectiveKind;
  /** Rule ids it names; empty for all rules. */
  readonly rules: readonly string[];
  /** Offset of the comment's `<!--`. */
  readonly offset: number;
  /** 0-based lines where the comment starts and ends. */
  readonly line: number;
  readonly endLine: number;
}

export interface MaskWindow {
  /** Offset of the window in the original text. */
  readonly start: number;
  /** The masked text of [start, start + text.length). */
  readonly text: string;
}

const DIRECTIVE = /^\s*interview-coach-(disable-next-line|disable-line|disable-file|enable-file|disable|enable)(?=\s|$)([^]*)$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_RAW_BLOCK = /^<(script|pre|style|textarea)(?=[\s>]|$)/i;
const HTML_BLOCK_TAG = /^<\/?(?:address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?=[\s/>]|$)/i;
const REFERENCE_DEFINITION = /^\[(?:[^\]\\\n]|\\.){1,999}\]:/;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>\n]*)?\/?>/y;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const RAW_BLOCK_END = /<\/(?:script|pre|style|textarea)>/gi;
/** How far an inline construct (code span, link target) may reach: keeps pathological input linear. */
const INLINE_REACH = 16 * 1024;

// Characters the inline scanner stops at.
const SPECIAL = new Uint8Array(128);
for (const ch of '`<[]!*~_|\\:&.') SPECIAL[ch.charCodeAt(0)] = 1;
const ASCII_PUNCT = new Uint8Array(128);
for (const ch of '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') ASCII_PUNCT[ch.charCodeAt(0)] = 1;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}
function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

interface Fence {
  readonly char: number;
  readonly length: number;
  readonly quoteDepth: number;
  /** Content column of the list item it sits in (0 outside lists). */
  readonly indent: number;
}

export interface MaskerOptions {
  /** Target window size in UTF-16 units; windows end at the first block boundary past it. */
  readonly windowSize?: number;
}

/**
 * Masks a markdown document window by window. `next()` returns the next window or undefined at
 * the end; `directives` and `frontmatter` are complete once `next()` has returned undefined.
 */
export class MarkdownMasker {
  readonly directives: Directive[] = [];
  /** [start, end) of the frontmatter block (delimiters included), when there is one. */
  frontmatter: { readonly start: number; readonly end: number } | undefined;

  private readonly len: number;
  private readonly windowSize: number;
  // Output of the current window.
  private parts: string[] = [];
  private cursor = 0;
  private windowStart = 0;
  private pStart = 0;
  private pEnd = 0;
  private pChar = '';
  private ready: MaskWindow | undefined;
  // Line scanner state.
  private pos = 0;
  private lineNo = 0;
  private started = false;
  private done = false;
  private windows = 0;
  private resumeAt = 0;
  private paragraph = false;
  private inTable = false;
  private quoteDepth = 0;
  private lists: number[] = [];
  private fence: Fence | undefined;
  private qDepth = 0;
  private qEnd = 0;
  // The thematic break of the line ending at `breakLineEnd`: it may start at a `breakChar` in [breakFirst, breakLast].
  private breakLineEnd = -1;
  private breakChar = -1;
  private breakFirst = 0;
  private breakLast = -1;
  // The first `]` in [bracketFrom, bracketTo) is at bracketAt (-1: none): one search serves every
  // `[^` and `][` of a line, so a line of thousands of unclosed `[^` is read once, not once each.
  private bracketFrom = -1;
  private bracketTo = -1;
  private bracketAt = -1;
  // The matching `)` of each `(` in [parenFrom, parenTo), from one pass over the line, so a line of
  // thousands of unclosed link targets `](` is read once, not INLINE_REACH characters per target.
  private parenFrom = -1;
  private parenTo = -1;
  private readonly parenMatch = new Map<number, number>();

  constructor(
    private readonly text: string,
    options: MaskerOptions = {},
  ) {
    this.len = text.length;
    this.windowSize = options.windowSize ?? 64 * 1024;
  }

  next(): MaskWindow | undefined {
    if (this.done) return undefined;
    if (!this.started) this.start();
    while (!this.ready && this.pos <= this.len) this.line();
    if (!this.ready) {
      this.done = true;
      // The rest; an empty document is one empty window.
      if (this.windowStart < this.len || this.windows === 0) this.cut(this.len);
    }
    const w = this.ready;
    this.ready = undefined;
    if (w) this.windows++;
    return w;
  }

  // ---- output --------------------------------------------------------------------------------

  private mask(start: number, end: number, fill: string): void {
    const emitted = this.pEnd > this.pStart ? this.pEnd : this.cursor;
    if (start < emitted) start = emitted;
    if (end > this.len) end = this.len;
    if (end <= start) return;
    if (this.pChar === fill && this.pEnd === start && this.pEnd > this.pStart) {
      this.pEnd = end;
      return;
    }
    this.flushPending();
    this.pStart = start;
    this.pEnd = end;
    this.pChar = fill;
  }

  private flushPending(): void {
    if (this.pEnd > this.pStart) {
      if (this.pStart > this.cursor) this.parts.push(this.text.slice(this.cursor, this.pStart));
      this.parts.push(this.pChar.repeat(this.pEnd - this.pStart));
      this.cursor = this.pEnd;
    }
    this.pStart = this.pEnd = 0;
  }

  /** Ends the current window at `at` (a line start whose preceding line break is hard). */
  private cut(at: number): void {
    this.flushPending();
    if (at > this.cursor) this.parts.push(this.text.slice(this.cursor, at));
    this.cursor = at;
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.ready = { start: this.windowStart, text };
    this.windowStart = at;
  }

  private maybeCut(at: number): void {
    if (at - this.windowStart >= this.windowSize && (this.pEnd <= at || this.pEnd <= this.pStart)) this.cut(at);
  }

  // ---- blocks --------------------------------------------------------------------------------

  private start(): void {
    this.started = true;
    const t = this.text;
    let p = 0;
    if (t.charCodeAt(0) === 0xfeff) p = 1;
    const firstEnd = lineEnd(t, p);
    const first = t.slice(p, contentEnd(t, p, firstEnd)).trimEnd();
    if (first !== '---' && first !== '+++') return;
    const closers = first === '---' ? ['---', '...'] : ['+++'];
    let ls = firstEnd + 1;
    let lines = 1;
    while (ls <= this.len) {
      const le = lineEnd(t, ls);
      const content = t.slice(ls, contentEnd(t, ls, le)).trimEnd();
      if (closers.includes(content)) {
        const end = Math.min(le + 1, this.len);
        this.mask(0, end, HARD);
        this.frontmatter = { start: p, end: le };
        this.pos = le + 1;
        this.lineNo = lines + 1;
        return;
      }
      ls = le + 1;
      lines++;
    }
  }

  /** Processes the line at `this.pos`. */
  private line(): void {
    const t = this.text;
    const ls = this.pos;
    const le = lineEnd(t, ls);
    const ce = contentEnd(t, ls, le);
    this.pos = le + 1;
    const lineNo = this.lineNo++;

    // Inside an inline construct (comment, code span) that began on an earlier line.
    if (this.resumeAt > ls) {
      if (this.resumeAt < ce) this.inline(this.resumeAt, ce, lineNo);
      return;
    }

    this.quotePrefix(ls, ce);
    const quote = { depth: this.qDepth, end: this.qEnd };
    if (this.fence) {
      const f = this.fence;
      if (quote.depth < f.quoteDepth) {
        this.fence = undefined;
      } else {
        const { col, at } = indentAt(t, quote.end, ce);
        if (at < ce && col < f.indent) {
          this.fence = undefined;
        } else {
          this.maybeCut(ls);
          if (col - f.indent < 4 && isClosingFence(t, at, ce, f)) this.fence = undefined;
          this.mask(ls, le + 1, HARD);
          return;
        }
      }
    }

    const { col: indent, at: first } = indentAt(t, quote.end, ce);
    if (first >= ce) {
      // Blank line.
      this.maybeCut(ls);
      this.paragraph = false;
      this.inTable = false;
      if (quote.depth === 0) this.quoteDepth = 0;
      return;
    }

    let lazy = false;
    if (quote.depth !== this.quoteDepth) {
      if (quote.depth < this.quoteDepth && this.paragraph && !this.startsBlock(first, ce, 0)) {
        lazy = true;
      } else {
        this.lists.length = 0;
        this.paragraph = false;
        this.inTable = false;
        this.quoteDepth = quote.depth;
      }
    }
    if (!lazy && this.lists.length > 0 && indent < this.lists[this.lists.length - 1]!) {
      // Asked once for the line, however many lists it closes (a line can close thousands).
      if (this.paragraph && !this.startsBlock(first, ce, 0)) lazy = true;
      else while (this.lists.length > 0 && indent < this.lists[this.lists.length - 1]!) this.lists.pop();
    }
    const base = this.lists.length > 0 ? this.lists[this.lists.length - 1]! : 0;
    const rel = indent - base;

    const continues = this.paragraph && !this.inTable && (lazy || rel >= 4 || !this.startsBlock(first, ce, rel));
    if (continues) {
      // The line break before this line joins two lines of one paragraph: a phrase may span it.
      const nl = ls - 1;
      this.mask(nl > 0 && t.charCodeAt(nl - 1) === 13 ? nl - 1 : nl, ls, SOFT);
      if (quote.end > ls) this.mask(ls, quote.end, SOFT);
      this.inline(first, ce, lineNo);
      return;
    }

    this.maybeCut(ls);
    if (quote.end > ls) this.mask(ls, quote.end, SOFT);
    if (rel >= 4) {
      this.mask(ls, le + 1, HARD); // indented code
      this.paragraph = false;
      return;
    }
    this.block(ls, le, ce, first, indent, quote.depth, lineNo);
  }

  /** A line that starts a new block at `p` (after container markers and indentation). */
  private block(ls: number, le: number, ce: number, p: number, indent: number, quoteDepth: number, lineNo: number): void {
    const t = this.text;
    let wasParagraph = this.paragraph;
    this.paragraph = false;
    for (;;) {
      const c = t.charCodeAt(p);
      // Fenced code.
      if (c === 96 || c === 126) {
        let n = 1;
        while (p + n < ce && t.charCodeAt(p + n) === c) n++;
        if (n >= 3 && (c === 126 || indexIn(t, 96, p + n, ce) < 0)) {
          this.fence = { char: c, length: n, quoteDepth, indent: this.lists.length > 0 ? this.lists[this.lists.length - 1]! : 0 };
          this.inTable = false;
          this.mask(ls, le + 1, HARD);
          return;
        }
      }
      // ATX heading.
      if (c === 35) {
        let n = 1;
        while (n < 7 && t.charCodeAt(p + n) === 35) n++;
        const after = t.charCodeAt(p + n);
        if (n <= 6 && (p + n >= ce || after === 32 || after === 9)) {
          this.inTable = false;
          this.mask(ls, p + n, SOFT);
          this.inline(p + n, ce, lineNo);
          return;
        }
      }
      // Setext underline (turns the paragraph above into a heading) and thematic breaks.
      if ((wasParagraph && (c === 61 || c === 45) && SETEXT.test(t.slice(p, ce))) || ((c === 42 || c === 45 || c === 95) && this.thematicBreakAt(p, ce))) {
        this.inTable = false;
        this.mask(ls, le + 1, HARD);
        return;
      }
      // List item.
      const item = listMarker(t, p, ce);
      if (item >= 0 && (!wasParagraph || canInterrupt(t, p, item, ce))) {
        let q = item;
        let spaces = 0;
        while (q < ce && (t.charCodeAt(q) === 32 || t.charCodeAt(q) === 9) && spaces < 5) {
          spaces += t.charCodeAt(q) === 9 ? 4 : 1;
          q++;
        }
        const markerCol = indent + (item - p);
        const content = q >= ce || spaces >= 5 ? markerCol + 1 : markerCol + spaces;
        if (spaces >= 5) q = item + 1;
        while (this.lists.length > 0 && this.lists[this.lists.length - 1]! > indent) this.lists.pop();
        this.lists.push(content);
        this.inTable = false;
        // Task list box.
        if (t.charCodeAt(q) === 91 && (t.charCodeAt(q + 2) === 93) && ' xX'.includes(t[q + 1] ?? '') && (q + 3 >= ce || t.charCodeAt(q + 3) === 32)) q += 3;
        this.mask(ls, q, SOFT);
        wasParagraph = false;
        if (q >= ce) return;
        const inner = indentAt(t, q, ce);
        p = inner.at;
        indent = content + inner.col;
        continue;
      }
      // Blockquote marker after a list marker (`- > quote`): read it as prose.
      if (c === 62) {
        this.mask(p, p + 1, SOFT);
        p++;
        continue;
      }
      if (c === 60) {
        const line = t.slice(p, ce);
        if (HTML_RAW_BLOCK.test(line)) {
          RAW_BLOCK_END.lastIndex = p;
          const m = RAW_BLOCK_END.exec(t);
          const end = m ? lineEnd(t, m.index) : this.len;
          this.mask(ls, end + 1, HARD);
          this.resumeAt = end + 1;
          return;
        }
        if (line.startsWith('<!--') || HTML_BLOCK_TAG.test(line)) {
          // An HTML block: its tags and comments are masked inline; text between tags is prose.
          this.inTable = false;
          this.inline(p, ce, lineNo);
          return;
        }
      }
      // Reference definition.
      if (c === 91 && !wasParagraph && REFERENCE_DEFINITION.test(t.slice(p, Math.min(ce, p + 1001)))) {
        this.mask(ls, le + 1, HARD);
        return;
      }
      // Table delimiter row.
      if ((c === 124 || c === 58 || c === 45) && indexIn(t, 45, p, ce) >= 0 && TABLE_DELIMITER.test(t.slice(p, ce)) && (c === 124 || indexIn(t, 124, p, ce) >= 0 || wasParagraph)) {
        this.inTable = true;
        this.mask(ls, le + 1, HARD);
        return;
      }
      break;
    }
    // Paragraph text (or a table row).
    if (this.inTable && indexIn(t, 124, p, ce) < 0) this.inTable = false;
    this.inline(p, ce, lineNo);
    this.paragraph = true;
  }

  /** Whether the line at `p` starts a block that interrupts a paragraph. */
  private startsBlock(p: number, ce: number, rel: number): boolean {
    if (rel >= 4) return false;
    const t = this.text;
    const c = t.charCodeAt(p);
    switch (c) {
      case 96:
      case 126: {
        let n = 1;
        while (p + n < ce && t.charCodeAt(p + n) === c) n++;
        return n >= 3;
      }
      case 35: {
        let n = 1;
        while (n < 7 && t.charCodeAt(p + n) === 35) n++;
        return n <= 6 && (p + n >= ce || t.charCodeAt(p + n) === 32 || t.charCodeAt(p + n) === 9);
      }
      case 62:
        return true;
      case 61:
        return SETEXT.test(t.slice(p, ce));
      case 42:
      case 45:
      case 95:
      case 43: {
        const rest = t.slice(p, ce);
        if (c !== 43 && (this.thematicBreakAt(p, ce) || (c !== 42 && c !== 95 && SETEXT.test(rest)))) return true;
        if (c === 45 && TABLE_DELIMITER.test(rest) && rest.includes('|')) return true;
        const item = listMarker(t, p, ce);
        return item >= 0 && canInterrupt(t, p, item, ce);
      }
      case 60: {
        const line = t.slice(p, Math.min(ce, p + 16));
        return line.startsWith('<!--') || HTML_RAW_BLOCK.test(line) || HTML_BLOCK_TAG.test(t.slice(p, ce));
      }
      case 124:
      case 58:
        return indexIn(t, 45, p, ce) >= 0 && TABLE_DELIMITER.test(t.slice(p, ce));
      default: {
        if (c >= 48 && c <= 57) {
          const item = listMarker(t, p, ce);
          return item >= 0 && canInterrupt(t, p, item, ce);
        }
        return false;
      }
    }
  }

  /**
   * Whether a thematic break (`* * *`, `---`, `_ _ _`) runs from `p` to the line's end `ce`. The
   * line is read once, from its end: a line of nested list markers (`* * * … x`) asks at every
   * marker, and reading the rest of the line each time was quadratic.
   */
  private thematicBreakAt(p: number, ce: number): boolean {
    if (this.breakLineEnd !== ce) {
      const t = this.text;
      this.breakLineEnd = ce;
      this.breakChar = -1;
      this.breakLast = -1;
      let i = ce;
      while (i > 0 && (t.charCodeAt(i - 1) === 32 || t.charCodeAt(i - 1) === 9)) i--;
      const c = i > 0 ? t.charCodeAt(i - 1) : -1;
      if (c === 42 || c === 45 || c === 95) {
        let count = 0;
        for (; i > 0; i--) {
          const d = t.charCodeAt(i - 1);
          if (d === c) {
            if (++count === 3) this.breakLast = i - 1;
          } else if (d !== 32 && d !== 9) break;
        }
        this.breakChar = c;
      }
      this.breakFirst = i;
    }
    return this.text.charCodeAt(p) === this.breakChar && p >= this.breakFirst && p <= this.breakLast;
  }

  /** Blockquote markers at the start of a line: sets `qDepth` and `qEnd` (offset after them). */
  private quotePrefix(ls: number, ce: number): void {
    const t = this.text;
    let i = ls;
    let depth = 0;
    // Fast path: most lines do not start with `>` (after up to three spaces).
    for (;;) {
      let j = i;
      while (j < ce && j - i < 3 && t.charCodeAt(j) === 32) j++;
      if (j < ce && t.charCodeAt(j) === 62) {
        depth++;
        i = j + 1;
        if (i < ce && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
      } else {
        this.qDepth = depth;
        this.qEnd = depth > 0 ? i : ls;
        return;
      }
    }
  }

  // ---- inline --------------------------------------------------------------------------------

  /** Masks the inline markup of [from, to) on line `lineNo` (0-based). */
  private inline(from: number, to: number, lineNo: number): void {
    const t = this.text;
    for (let i = from; i < to; i++) {
      i = nextSpecial(t, i, to);
      if (i >= to) return;
      const c = t.charCodeAt(i);
      switch (c) {
        case 96: {
          // Code span: a run of n backticks closed by the next run of exactly n.
          let n = 1;
          while (t.charCodeAt(i + n) === 96) n++;
          const close = this.codeSpanClose(i + n, n);
          if (close < 0) {
            i += n - 1;
            break;
          }
          this.mask(i, close + n, HARD);
          if (close + n > to) {
            this.resumeAt = close + n;
            return;
          }
          i = close + n - 1;
          break;
        }
        case 60: {
          if (t.startsWith('<!--', i)) {
            const endAt = t.indexOf('-->', i + 2);
            const close = endAt < 0 ? this.len : endAt + 3;
            this.directive(i, close, lineNo);
            this.mask(i, close, HARD);
            if (close > to) {
              this.resumeAt = close;
              return;
            }
            i = close - 1;
            break;
          }
          AUTOLINK.lastIndex = i;
          let m = AUTOLINK.exec(t);
          if (m && i + m[0].length <= to) {
            this.mask(i, i + m[0].length, HARD);
            i += m[0].length - 1;
            break;
          }
          HTML_TAG.lastIndex = i;
          m = HTML_TAG.exec(t);
          if (m && i + m[0].length <= to) {
            this.mask(i, i + m[0].length, SOFT);
            i += m[0].length - 1;
          }
          break;
        }
        case 91: // [
          if (t.charCodeAt(i + 1) === 94) {
            // Footnote reference or label: `[^note]`.
            const close = this.nextBracket(i, to);
            if (close > 0) {
              this.mask(i, close + 1, HARD);
              i = close;
              break;
            }
          }
          this.mask(i, i + 1, SOFT);
          break;
        case 93: {
          // ]: the end of link text; its target `(…)` or `[ref]` is not prose.
          const next = t.charCodeAt(i + 1);
          if (next === 40) {
            const close = this.matchingParen(i + 1, Math.min(to, i + INLINE_REACH), to);
            if (close > 0) {
              this.mask(i, close + 1, SOFT);
              i = close;
              break;
            }
          } else if (next === 91) {
            const close = this.nextBracket(i + 2, to);
            if (close > 0) {
              this.mask(i, close + 1, SOFT);
              i = close;
              break;
            }
          }
          this.mask(i, i + 1, SOFT);
          break;
        }
        case 33: // ! before [ (an image)
          if (t.charCodeAt(i + 1) === 91) this.mask(i, i + 1, SOFT);
          break;
        case 42:
        case 126:
          this.mask(i, i + 1, SOFT);
          break;
        case 95: // _ emphasis, but not snake_case
          if (i === from || !isAlnum(t.charCodeAt(i - 1)) || i + 1 >= to || !isAlnum(t.charCodeAt(i + 1))) this.mask(i, i + 1, SOFT);
          break;
        case 124:
          this.mask(i, i + 1, HARD);
          break;
        case 92: {
          // Backslash escape or hard line break.
          const next = t.charCodeAt(i + 1);
          if (i + 1 >= to) this.mask(i, i + 1, SOFT);
          else if (next < 128 && ASCII_PUNCT[next] === 1) {
            this.mask(i, i + 1, SOFT);
            i++;
          }
          break;
        }
        case 58: {
          // A bare URL: scheme://…
          let s = i;
          while (s > from && i - s < 6 && isAsciiAlpha(t.charCodeAt(s - 1))) s--;
          const scheme = t.slice(s, i).toLowerCase();
          const isUrl =
            ((scheme === 'http' || scheme === 'https' || scheme === 'ftp') && t.startsWith('//', i + 1)) || (scheme === 'mailto' && i + 1 < to && !isSpace(t.charCodeAt(i + 1)));
          if (isUrl && (s === from || !isAlnum(t.charCodeAt(s - 1)))) {
            const e = urlEnd(t, i + 1, to);
            this.mask(s, e, HARD);
            i = e - 1;
          }
          break;
        }
        case 46: {
          // www.example.com
          if (i - 3 >= from && (t.charCodeAt(i - 1) | 32) === 119 && (t.charCodeAt(i - 2) | 32) === 119 && (t.charCodeAt(i - 3) | 32) === 119 && (i - 3 === from || !isAlnum(t.charCodeAt(i - 4))) && i + 1 < to && isAlnum(t.charCodeAt(i + 1))) {
            const e = urlEnd(t, i + 1, to);
            this.mask(i - 3, e, HARD);
            i = e - 1;
          }
          break;
        }
        case 38: {
          ENTITY.lastIndex = i;
          const m = ENTITY.exec(t);
          if (m && i + m[0].length <= to) {
            this.mask(i, i + m[0].length, SOFT);
            i += m[0].length - 1;
          }
          break;
        }
      }
    }
  }

  /** First `]` in [from, to), or -1; what an earlier search of the same line found is reused. */
  private nextBracket(from: number, to: number): number {
    if (to !== this.bracketTo || from < this.bracketFrom || (this.bracketAt >= 0 && from > this.bracketAt)) {
      this.bracketFrom = from;
      this.bracketTo = to;
      this.bracketAt = indexIn(this.text, 93, from, to);
    }
    return this.bracketAt;
  }

  /**
   * The `)` matching the `(` at `open` (the first place its depth comes back to zero, escapes
   * skipped, not across a blank line), if before `limit`; -1 if none. One stack pass from the
   * first target asked for to the end of its line `to` answers every later target of that line
   * (a `(` after `]` is never an escaped one, so the pass reads it as a scan from it would).
   */
  private matchingParen(open: number, limit: number, to: number): number {
    if (to !== this.parenTo || open < this.parenFrom) {
      const t = this.text;
      const opened: number[] = [];
      this.parenMatch.clear();
      this.parenFrom = open;
      this.parenTo = to;
      for (let i = open; i < to; i++) {
        const c = t.charCodeAt(i);
        if (c === 92) i++;
        else if (c === 40) opened.push(i);
        else if (c === 41) {
          const o = opened.pop();
          if (o !== undefined) this.parenMatch.set(o, i);
        } else if (c === 10 && t.charCodeAt(i + 1) === 10) opened.length = 0;
      }
    }
    const close = this.parenMatch.get(open);
    return close !== undefined && close < limit ? close : -1;
  }

  /** Start of the run of exactly `n` backticks closing a code span opened before `from`, or -1. */
  private codeSpanClose(from: number, n: number): number {
    const t = this.text;
    const limit = Math.min(this.len, from + INLINE_REACH);
    let i = from;
    for (;;) {
      const at = indexIn(t, 96, i, limit);
      if (at < 0) return -1;
      let run = 1;
      while (t.charCodeAt(at + run) === 96) run++;
      if (run === n) return hasBlankLine(t, from, at) ? -1 : at;
      i = at + run;
    }
  }

  private directive(start: number, close: number, lineNo: number): void {
    const body = this.text.slice(start + 4, Math.max(start + 4, close - 3));
    if (!body.includes('interview-coach-')) return;
    const m = DIRECTIVE.exec(body);
    if (!m) return;
    let endLine = lineNo;
    for (let i = this.text.indexOf('\n', start); i >= 0 && i < close; i = this.text.indexOf('\n', i + 1)) endLine++;
    const rules = (m[2] ?? '')
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r.length > 0);
    this.directives.push({ kind: m[1] as DirectiveKind, rules, offset: start, line: lineNo, endLine });
  }
}

/** The next character the inline scanner handles, at or after `i`; `to` if none. A tight loop of its own, so it stays fast. */
function nextSpecial(t: string, i: number, to: number): number {
  for (; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c < 128 && SPECIAL[c] === 1) return i;
  }
  return to;
}

/** First index of char code `c` in [from, to), or -1; never looks past `to`. */
function indexIn(t: string, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (t.charCodeAt(i) === c) return i;
  return -1;
}

/** Whether [from, to) contains an empty line (a code span cannot cross one). */
function hasBlankLine(t: string, from: number, to: number): boolean {
  for (let nl = indexIn(t, 10, from, to); nl >= 0; nl = indexIn(t, 10, nl + 1, to)) {
    let k = nl + 1;
    while (k < to && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9 || t.charCodeAt(k) === 13)) k++;
    if (k < to && t.charCodeAt(k) === 10) return true;
  }
  return false;
}

function lineEnd(t: string, from: number): number {
  const i = t.indexOf('\n', from);
  return i < 0 ? t.length : i;
}

function contentEnd(t: string, ls: number, le: number): number {
  return le > ls && t.charCodeAt(le - 1) === 13 ? le - 1 : le;
}

function indentAt(t: string, from: number, ce: number): { col: number; at: number } {
  let col = 0;
  let i = from;
  for (; i < ce; i++) {
    const c = t.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
  }
  return { col, at: i };
}

function isClosingFence(t: string, at: number, ce: number, f: Fence): boolean {
  let n = 0;
  while (at + n < ce && t.charCodeAt(at + n) === f.char) n++;
  if (n < f.length) return false;
  for (let i = at + n; i < ce; i++) {
    const c = t.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** If a list marker starts at `p`, the offset just after it; otherwise -1. */
function listMarker(t: string, p: number, ce: number): number {
  const c = t.charCodeAt(p);
  let after: number;
  if (c === 45 || c === 43 || c === 42) {
    after = p + 1;
  } else if (c >= 48 && c <= 57) {
    let n = 1;
    while (n < 10 && p + n < ce && t.charCodeAt(p + n) >= 48 && t.charCodeAt(p + n) <= 57) n++;
    if (n > 9) return -1;
    const d = t.charCodeAt(p + n);
    if (d !== 46 && d !== 41) return -1;
    after = p + n + 1;
  } else {
    return -1;
  }
  if (after >= ce) return after;
  const s = t.charCodeAt(after);
  return s === 32 || s === 9 ? after : -1;
}

/** A list item interrupts a paragraph only when it has content and, if ordered, starts at 1. */
function canInterrupt(t: string, p: number, after: number, ce: number): boolean {
  let q = after;
  while (q < ce && (t.charCodeAt(q) === 32 || t.charCodeAt(q) === 9)) q++;
  if (q >= ce) return false;
  const c = t.charCodeAt(p);
  if (c >= 48 && c <= 57) return t.slice(p, after - 1) === '1';
  return true;
}

function urlEnd(t: string, from: number, to: number): number {
  let e = from;
  while (e < to) {
    const c = t.charCodeAt(e);
    if (c === 32 || c === 9 || c === 60 || c === 10 || c === 13) break;
    e++;
  }
  // Trailing punctuation belongs to the sentence, not the URL.
  while (e > from && '.,;:!?\'")]*_'.includes(t[e - 1]!)) e--;
  return e;
}

/** The whole masked text at once (tests, analyzers, small documents). */
export function maskMarkdown(text: string): { masked: string; directives: readonly Directive[]; frontmatter: MarkdownMasker['frontmatter'] } {
  const masker = new MarkdownMasker(text);
  const parts: string[] = [];
  for (let w = masker.next(); w; w = masker.next()) parts.push(w.text);
  return { masked: parts.join(''), directives: masker.directives, frontmatter: masker.frontmatter };
}
