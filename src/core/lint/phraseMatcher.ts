/**
 * Runs phrase patterns without a backtracking regex engine, so no pattern can make matching slow.
 *
 * A phrase compiles (see pattern.ts for the language) to a small program of ordered choices:
 * word forms, the flexible separator, optional parts and alternatives, in exactly the order the
 * regular expressions the engine used to build would try them, so every match, range and choice
 * between overlapping readings stays what it was. The program is a DAG (the language has no
 * repetition), and a (step, text position) pair that failed once is remembered and never tried
 * again, so one run costs at most `program size × positions it can reach` steps, and the positions
 * a phrase can reach are bounded by its length (words, plus at most 52 separator characters
 * between two words). A pattern of 48 groups like `(b|b b)` on a line of `b b b …`, which took a
 * backtracking engine minutes, costs a few thousand steps per anchor.
 */
import { stemAndSuffixes, wordForms, type ParsedPhrase, type PatternElement, type PatternSequence } from './pattern';

/** The shape of a phrase as the regex engine saw it: sequences, ordered alternatives, greedy optionals. */
type Node =
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly items: readonly Node[] }
  | { readonly t: 'opt'; readonly item: Node }
  | { readonly t: 'word'; readonly forms: readonly string[] }
  | { readonly t: 'sep' }
  | { readonly t: 'mark'; readonly slot: 0 | 1 };

const SEP: Node = { t: 'sep' };
const seq = (...items: Node[]): Node => ({ t: 'seq', items });
const opt = (item: Node): Node => ({ t: 'opt', item });

// ---- building the nodes, mirroring the regex sources pattern.ts made --------------------------

function sequenceNode(s: PatternSequence): Node {
  const firstRequired = s.findIndex((el) => el.kind === 'word' || !el.optional);
  return seq(
    ...s.map((el, i) => {
      const body = elementNode(el);
      if (i < firstRequired) return opt(seq(body, SEP));
      if (i === firstRequired) return body;
      if (el.kind === 'group' && el.optional) return opt(seq(SEP, body));
      return seq(SEP, body);
    }),
  );
}

function elementNode(el: PatternElement): Node {
  if (el.kind === 'word') return { t: 'word', forms: formsInOrder(wordForms(el.text, el.form)) };
  return { t: 'alt', items: el.alternatives.map(sequenceNode) };
}

/** The forms in the order `stem(?:longest|…|shortest)?` tries them. */
function formsInOrder(forms: readonly string[]): string[] {
  const { prefix, suffixes } = stemAndSuffixes(forms);
  return suffixes.map((s) => prefix + s);
}

/** The whole phrase, context included; with marks around the core when `marks`. */
function fullNode(p: ParsedPhrase, marks: boolean): Node {
  const core = sequenceNode(p.core);
  const items: Node[] = [];
  if (p.before) items.push(sequenceNode(p.before), SEP);
  items.push(marks ? seq({ t: 'mark', slot: 0 }, core, { t: 'mark', slot: 1 }) : core);
  if (p.after) items.push(SEP, sequenceNode(p.after));
  return seq(...items);
}

// ---- programs ---------------------------------------------------------------------------------

const enum Op {
  Split,
  /** One of several word forms (`arg`: index into `choices` of form indices), tried longest first. */
  Words,
  Word,
  Sep,
  Mark,
  Done,
}

interface Program {
  readonly op: Uint8Array;
  /** Split: index into `choices`; Word: the form; Mark: the slot. */
  readonly arg: Int32Array;
  readonly next: Int32Array;
  readonly choices: readonly (readonly number[])[];
  /**
   * For the choices of a Words step: the forms (in order) that can be there, by the character
   * the form starts with (forward) or ends with (backward), so a step of many words looks at few.
   */
  readonly byChar: readonly (ReadonlyMap<number, readonly number[]> | undefined)[];
  readonly forms: readonly string[];
  readonly start: number;
  /** How far a run can get from where it starts: every step at most once, separators at most 52 characters. */
  readonly span: number;
}

/** Compiles `node` to a program read left to right (`backward` false) or right to left. */
function compile(node: Node, backward: boolean): Program {
  const op: number[] = [];
  const arg: number[] = [];
  const next: number[] = [];
  const choices: number[][] = [];
  const forms: string[] = [];
  let span = 0;
  const emit = (o: Op, a: number, n: number): number => {
    op.push(o);
    arg.push(a);
    next.push(n);
    return op.length - 1;
  };
  const split = (alts: number[]): number => (alts.length === 1 ? alts[0]! : emit(Op.Split, choices.push(alts) - 1, -1));
  const emitWords = (list: readonly string[], k: number): number => {
    span += Math.max(...list.map((f) => f.length));
    if (list.length === 1) return emit(Op.Word, forms.push(list[0]!) - 1, k);
    return emit(Op.Words, choices.push(list.map((f) => forms.push(f) - 1)) - 1, k);
  };
  const build = (n: Node, k: number): number => {
    switch (n.t) {
      case 'seq': {
        // Built from the continuation back: the item read last is built first.
        let at = k;
        for (const item of backward ? n.items : [...n.items].reverse()) at = build(item, at);
        return at;
      }
      case 'alt': {
        // Alternatives that are each one word are one step of words: trying the first word's
        // forms, then the second's…, is what the choice between them does (same continuation).
        const words = n.items.map(singleWord);
        if (words.every((f) => f !== undefined)) return emitWords([...new Set(words.flat())], k);
        return split(n.items.map((item) => build(item, k)));
      }
      case 'opt':
        return split([build(n.item, k), k]);
      case 'word':
        return emitWords(n.forms, k);
      case 'sep':
        span += 52;
        return emit(Op.Sep, 0, k);
      case 'mark':
        return emit(Op.Mark, n.slot, k);
    }
  };
  const done = emit(Op.Done, 0, -1);
  const start = build(node, done);
  const byChar: (Map<number, number[]> | undefined)[] = choices.map(() => undefined);
  op.forEach((o, pc) => {
    if (o !== Op.Words) return;
    const table = new Map<number, number[]>();
    for (const f of choices[arg[pc]!]!) {
      const c = forms[f]!.charCodeAt(backward ? forms[f]!.length - 1 : 0);
      for (const a of isApostrophe(c) ? [39, 0x2018, 0x2019] : [c]) {
        const list = table.get(a) ?? [];
        list.push(f);
        table.set(a, list);
      }
    }
    byChar[arg[pc]!] = table;
  });
  return { op: Uint8Array.from(op), arg: Int32Array.from(arg), next: Int32Array.from(next), choices, byChar, forms, start, span };
}

/** The forms of a node that is one word (alone or as a sequence of one), in the order they are tried. */
function singleWord(n: Node): readonly string[] | undefined {
  if (n.t === 'word') return n.forms;
  if (n.t === 'seq' && n.items.length === 1) return singleWord(n.items[0]!);
  return undefined;
}

// ---- characters -------------------------------------------------------------------------------

/** `[^\S\n]`: white space that is not a line break. */
function isHSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** `[-/\u2010-\u2015]` */
function isDash(c: number): boolean {
  return c === 45 || c === 47 || (c >= 0x2010 && c <= 0x2015);
}
/** `\w` without the `u` flag: what `\b` knows. */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}
/** pattern.ts WORD_CLASS: a character no match may be directly followed by. */
function isWordClass(c: number): boolean {
  return isAsciiWord(c) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff);
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019;
}
/** `\b` at `i` (ASCII word characters, as in a regex without the `u` flag). */
function boundaryAt(w: string, i: number): boolean {
  return (i > 0 && isAsciiWord(w.charCodeAt(i - 1))) !== (i < w.length && isAsciiWord(w.charCodeAt(i)));
}

/**
 * Where the separator that starts at `p` ends, reading forward (or, backward, where the one that
 * ends at `p` starts). Up to 24 spaces, optionally one or two dashes or a slash and up to 24 more.
 * The regex could also stop earlier, but only on a space or a dash, where no word starts: so the
 * longest reading is the only one that can lead anywhere.
 */
function separator(w: string, p: number, dir: 1 | -1): number {
  // Two loops rather than one with a reading function: this runs once per separator of every run.
  let q = p;
  if (dir === 1) {
    for (let n = 0; n < 24 && isHSpace(w.charCodeAt(q)); n++) q++;
    if (isDash(w.charCodeAt(q))) {
      q++;
      if (isDash(w.charCodeAt(q))) q++;
      for (let n = 0; n < 24 && isHSpace(w.charCodeAt(q)); n++) q++;
    }
  } else {
    for (let n = 0; n < 24 && isHSpace(w.charCodeAt(q - 1)); n++) q--;
    if (isDash(w.charCodeAt(q - 1))) {
      q--;
      if (isDash(w.charCodeAt(q - 1))) q--;
      for (let n = 0; n < 24 && isHSpace(w.charCodeAt(q - 1)); n++) q--;
    }
  }
  return q;
}

// ---- running ----------------------------------------------------------------------------------

/** Whether `form` is in `w` at `from` (apostrophes of any kind are alike). */
function formAt(w: string, from: number, form: string): boolean {
  const n = form.length;
  if (from < 0 || from + n > w.length) return false;
  for (let i = 0; i < n; i++) {
    const a = form.charCodeAt(i);
    const b = w.charCodeAt(from + i);
    if (a !== b && !(isApostrophe(a) && isApostrophe(b))) return false;
  }
  return true;
}

/**
 * Steps in a run before its failures are remembered: most runs end within a few steps, and those
 * need no bookkeeping. Past it, a (step, position) pair that failed is remembered, also for later
 * runs on the same text (what follows a step does not depend on where the run began), until runs
 * move on by a few spans; so each pair fails at most about twice over a whole text, and all the
 * runs over a text cost O(text × program) steps plus FREE_STEPS per run.
 */
const FREE_STEPS = 64;

/** A compiled phrase program and its run state. Not re-entrant (the engine is single-threaded). */
class Runner {
  readonly marks = [-1, -1];
  private readonly failed = new Set<number>();
  private w = '';
  /** The position that key offset 0 stands for; the memo covers [base, base + width). */
  private base = 0;
  private steps = 0;
  private readonly width: number;
  /** How far a run can get from where it starts (see `Program.span`). */
  readonly span: number;

  constructor(
    private readonly prog: Program,
    private readonly backward: boolean,
    /** At the end: `end` checks the trailing boundary (forward), `boundary` a `\b` (backward). */
    private readonly finish: 'end' | 'boundary',
  ) {
    this.width = 6 * prog.span + 1;
    this.span = prog.span;
  }

  /** Runs from `pos`; the position where the match ends (forward) or starts (backward), or -1. */
  run(w: string, pos: number): number {
    const span = this.prog.span;
    if (w !== this.w || pos - span < this.base || pos + span >= this.base + this.width) {
      this.base = pos - span;
      if (this.failed.size > 0) this.failed.clear();
    }
    // Kept even when equal: two strings alike but not the same object (a text linted again) are
    // compared character by character, and that must happen once, not at every run.
    this.w = w;
    this.steps = 0;
    return this.step(this.prog.start, pos);
  }

  /** Tries each choice in order from `pos`; remembers a (step, position) that failed. */
  private branch(pc: number, pos: number, alts: readonly number[], words: boolean): number {
    this.steps++;
    const key = pc * this.width + (pos - this.base);
    if (this.failed.size > 0 && this.failed.has(key)) return -1;
    const { forms, next } = this.prog;
    for (const alt of alts) {
      let r: number;
      if (words) {
        const f = forms[alt]!;
        const from = this.backward ? pos - f.length : pos;
        if (!formAt(this.w, from, f)) continue;
        r = this.step(next[pc]!, this.backward ? from : from + f.length);
      } else {
        r = this.step(alt, pos);
      }
      if (r >= 0) return r;
    }
    // Remembered once the run is long enough to be worth it (decided here, not on entry, so the
    // run's first steps are remembered too when what they led to was long).
    if (this.steps > FREE_STEPS) this.failed.add(key);
    return -1;
  }

  private step(pc: number, pos: number): number {
    const { op, arg, next, forms, choices } = this.prog;
    const w = this.w;
    for (;;) {
      switch (op[pc]) {
        case Op.Split:
          return this.branch(pc, pos, choices[arg[pc]!]!, false);
        case Op.Words: {
          const candidates = this.prog.byChar[arg[pc]!]!.get(this.backward ? w.charCodeAt(pos - 1) : w.charCodeAt(pos));
          return candidates ? this.branch(pc, pos, candidates, true) : -1;
        }
        case Op.Word: {
          const f = forms[arg[pc]!]!;
          const from = this.backward ? pos - f.length : pos;
          if (!formAt(w, from, f)) return -1;
          pos = this.backward ? from : from + f.length;
          break;
        }
        case Op.Sep:
          pos = separator(w, pos, this.backward ? -1 : 1);
          break;
        case Op.Mark:
          this.marks[arg[pc]!] = pos;
          break;
        case Op.Done:
          if (this.finish === 'end') return pos < w.length && isWordClass(w.charCodeAt(pos)) ? -1 : pos;
          return boundaryAt(w, pos) ? pos : -1;
      }
      pc = next[pc]!;
    }
  }
}

/** What the engine runs for one phrase of a rule. */
export class PhraseMatcher {
  /** Reads the phrase's words before its anchor, right to left (undefined when the anchor is first). */
  private readonly prefix: Runner | undefined;
  /** Reads from the anchor to the phrase's end. */
  private readonly main: Runner;
  /** Reads the whole phrase with marks around the core (only when it has context). */
  private readonly core: Runner | undefined;

  /** Whether a match always flags from the anchor on (the anchor is the phrase's first word, no context before it). */
  readonly flagsFromAnchor: boolean;

  constructor(phrase: ParsedPhrase, anchor: number) {
    this.flagsFromAnchor = anchor === 0 && !phrase.before;
    const elements = [...(phrase.before ?? []), ...phrase.core, ...(phrase.after ?? [])];
    const part = (el: PatternElement, sepFirst: boolean): Node => {
      const body = elementNode(el);
      const piece = sepFirst ? seq(SEP, body) : seq(body, SEP);
      return el.kind === 'group' && el.optional ? opt(piece) : piece;
    };
    if (anchor > 0) this.prefix = new Runner(compile(seq(...elements.slice(0, anchor).map((el) => part(el, false))), true), true, 'boundary');
    this.main = new Runner(compile(seq(elementNode(elements[anchor]!), ...elements.slice(anchor + 1).map((el) => part(el, true))), false), false, 'end');
    if (phrase.before || phrase.after) this.core = new Runner(compile(fullNode(phrase, true), false), false, 'end');
  }

  /**
   * The phrase around an anchor hit at `at` of the lower-cased text `w`: where it starts and ends,
   * and where its flagged core is; undefined when it is not there (or, given `touching`, when it
   * does not overlap that range).
   */
  match(w: string, at: number, touching?: { readonly start: number; readonly end: number }): { start: number; end: number; coreStart: number; coreEnd: number } | undefined {
    const end = this.main.run(w, at);
    if (end < 0) return undefined;
    // Only a match overlapping `touching` is wanted: the rest of the work is saved as soon as it cannot.
    if (touching && end <= touching.start) return undefined;
    let start = at;
    if (this.prefix) {
      if (touching && at - this.prefix.span >= touching.end) return undefined;
      start = this.prefix.run(w, at);
      if (start < 0) return undefined;
    }
    if (touching && start >= touching.end) return undefined;
    let coreStart = start;
    let coreEnd = end;
    if (this.core && this.core.run(w, start) >= 0) {
      coreStart = this.core.marks[0]!;
      coreEnd = this.core.marks[1]!;
    }
    return { start, end, coreStart, coreEnd };
  }
}

// ---- words a match must contain ----------------------------------------------------------------

/**
 * What a match of a node needs in the text: a piece of text (the part of a word all its forms
 * share, cut at apostrophes, which match any apostrophe), all or any of several needs, or nothing.
 */
type Need = string | { readonly all: readonly Need[] } | { readonly any: readonly Need[] } | null;

function needOf(n: Node): Need {
  switch (n.t) {
    case 'seq':
      return allOf(n.items.map(needOf));
    case 'alt': {
      const any = n.items.map(needOf);
      if (any.some((x) => x === null)) return null;
      // The same need twice is one (`(b|b b)` needs a `b`).
      const distinct = new Map(any.map((x) => [JSON.stringify(x), x]));
      return distinct.size === 1 ? any[0]! : { any: [...distinct.values()] };
    }
    case 'opt':
    case 'sep':
    case 'mark':
      return null;
    case 'word': {
      const { prefix } = stemAndSuffixes(n.forms);
      const longest = prefix.split(/['\u2018\u2019]/).reduce((a, b) => (b.length > a.length ? b : a), '');
      return longest === '' ? null : longest;
    }
  }
}

/** All of `needs`, flattened, each distinct need once, pieces of text first (the cheapest to check). */
function allOf(needs: readonly Need[]): Need {
  const distinct = new Map<string, Need>();
  const add = (x: Need): void => {
    if (x === null) return;
    if (typeof x !== 'string' && 'all' in x) x.all.forEach(add);
    else distinct.set(JSON.stringify(x), x);
  };
  needs.forEach(add);
  const all = [...distinct.values()].sort((a, b) => Number(typeof b === 'string') - Number(typeof a === 'string'));
  return all.length === 0 ? null : all.length === 1 ? all[0]! : { all };
}

/**
 * What is known of where a piece of text occurs in one text: no occurrence starts in [from, end);
 * `at` is -1, or an occurrence starting at `end`.
 */
interface Seen {
  from: number;
  end: number;
  at: number;
}

/**
 * How far past `limit` a search for a piece reads: searches come in runs of nearby neighbourhoods
 * (findings a few words apart), and reading a little ahead answers the next ones without reading
 * again. Bounded, so a text with few searches is not read to its end for each of a pack's pieces.
 */
const READ_AHEAD = 256;

/**
 * Whether `piece` occurs in `w` within [from, limit). Only the part not read yet is read, and no
 * further than a little past `limit`: a piece is looked for near the searches that need it, not to
 * the end of the text (a pack has hundreds of pieces, a draft few findings).
 */
function occurs(w: string, seen: Map<string, Seen>, piece: string, from: number, limit: number): boolean {
  const last = limit - piece.length;
  if (last < from) return false;
  let e = seen.get(piece);
  if (!e || from < e.from || from > e.end) {
    e = { from, end: from, at: -1 };
    seen.set(piece, e);
  } else if (e.at >= 0 || last < e.end) {
    // Known: an occurrence at `e.end` (the first at or after `from`), or none up to `e.end`.
    return e.at >= 0 && e.at <= last;
  }
  const to = Math.min(w.length, limit + READ_AHEAD);
  const i = w.slice(e.end, to).indexOf(piece);
  if (i < 0) {
    e.end = to - piece.length + 1;
    return false;
  }
  e.end = e.at = e.end + i;
  return e.at <= last;
}

function needMet(need: Need, w: string, seen: Map<string, Seen>, from: number, limit: number): boolean {
  if (need === null) return true;
  if (typeof need === 'string') return occurs(w, seen, need, from, limit);
  if ('all' in need) {
    for (const x of need.all) if (!needMet(x, w, seen, from, limit)) return false;
    return true;
  }
  for (const x of need.any) if (needMet(x, w, seen, from, limit)) return true;
  return false;
}

/**
 * Any of several phrases, as `\b(?:p1|p2|…)` searched for: the `except` look-alikes of a rule and
 * the phrasings a document rule looks for.
 */
export class PhraseSetMatcher {
  private readonly runner: Runner;
  /**
   * What a match of any of the phrases needs in the text (its words that are not optional): a
   * search where no phrase's words are all present within reach runs nothing. An `except` of
   * ambiguous groups before a word the text lacks would otherwise try every reading at every
   * position (linear, but with the program's size as the constant).
   */
  private readonly need: Need;
  /** Characters a match can start with (a cheap test before running at a position): ASCII in a table, others in a set. */
  private readonly asciiFirsts = new Uint8Array(128);
  private readonly firsts = new Set<number>();

  constructor(phrases: readonly ParsedPhrase[]) {
    const whole: Node = { t: 'alt', items: phrases.map((p) => fullNode(p, false)) };
    this.runner = new Runner(compile(whole, false), false, 'end');
    this.need = needOf(whole);
    const visit = (n: Node): boolean => {
      // Adds the first characters of `n`; true when `n` can match nothing (so what follows counts too).
      switch (n.t) {
        case 'seq':
          return n.items.every(visit);
        case 'alt':
          return n.items.map(visit).some((empty) => empty);
        case 'opt':
          visit(n.item);
          return true;
        case 'word':
          for (const f of n.forms) {
            const c = f.charCodeAt(0);
            for (const a of isApostrophe(c) ? [39, 0x2018, 0x2019] : [c]) {
              if (a < 128) this.asciiFirsts[a] = 1;
              else this.firsts.add(a);
            }
          }
          return false;
        case 'sep': // never first: every part of a phrase starts with a word
        case 'mark':
          return true;
      }
    };
    phrases.forEach((p) => visit(fullNode(p, false)));
  }

  /**
   * What is known of the last two texts asked about (the window, and the small text around a
   * finding that checks a replacement in place): run results by position, where the pieces a
   * match needs occur, and a stretch where no match starts. Nearby findings ask about the same
   * positions again and again (each looks ~100 characters back from itself).
   */
  private readonly caches: MatchMemory[] = [];

  private cacheFor(w: string, from: number): MatchMemory {
    const caches = this.caches;
    let cache = caches[0]?.w === w ? caches[0] : caches[1]?.w === w ? caches[1] : undefined;
    // The very string asked about is kept (see `Runner.run`): the next ask compares one pointer.
    if (cache) cache.w = w;
    if (!cache) {
      cache = { w, base: from, results: new Map(), seen: new Map(), noneFrom: 0, noneTo: 0 };
      if (caches.length === 2) caches.pop();
    } else {
      caches.splice(caches.indexOf(cache), 1);
      if (from < cache.base || from > cache.base + 4096) {
        cache.results.clear();
        cache.base = from;
      }
    }
    caches.unshift(cache);
    return cache;
  }

  /** The first match at or after `from` that starts before `to`, searched as a `g` regex would: [start, end), or undefined. */
  find(w: string, from: number, to = w.length): { start: number; end: number } | undefined {
    const cache = this.cacheFor(w, from);
    const { results, seen } = cache;
    // Where no match starts is a fact about the text: a search from inside that stretch goes on at its end.
    let p = cache.noneFrom <= from && from < cache.noneTo ? cache.noneTo : from;
    // What a match needs is looked for only when a run is due (not when every position is known
    // or none can start a match).
    let needChecked = this.need === null;
    for (; p < to; p++) {
      const c = w.charCodeAt(p);
      if ((c < 128 ? this.asciiFirsts[c] === 0 : !this.firsts.has(c)) || !boundaryAt(w, p)) continue;
      let end = results.get(p);
      if (end === undefined) {
        if (!needChecked) {
          needChecked = true;
          // A match starting before `to` ends before `to + span`.
          if (!needMet(this.need, w, seen, p, to + this.runner.span)) {
            noneIn(cache, from, to);
            return undefined;
          }
        }
        end = this.runner.run(w, p);
        results.set(p, end);
      }
      if (end >= 0) {
        noneIn(cache, from, p);
        return { start: p, end };
      }
    }
    noneIn(cache, from, Math.max(p, to));
    return undefined;
  }
}

interface MatchMemory {
  w: string;
  base: number;
  readonly results: Map<number, number>;
  readonly seen: Map<string, Seen>;
  /** No match starts in [noneFrom, noneTo). */
  noneFrom: number;
  noneTo: number;
}

/** Records that no match starts in [from, to): joined to the stretch known so far when they meet, else in its place. */
function noneIn(cache: MatchMemory, from: number, to: number): void {
  if (to <= from) return;
  if (from <= cache.noneTo && to >= cache.noneFrom && cache.noneTo > cache.noneFrom) {
    cache.noneFrom = Math.min(cache.noneFrom, from);
    cache.noneTo = Math.max(cache.noneTo, to);
  } else {
    cache.noneFrom = from;
    cache.noneTo = to;
  }
}
