/**
 * The phrase pattern language of lint rules: data a pack author writes, never a regular expression.
 * The engine runs it with phraseMatcher.ts (a memoised program, linear in the text), so a pattern
 * from a user pack or a workspace setting cannot make the editor hang, and every pattern gets the
 * same matching rules: case-insensitive, whole words, any separator between words, plurals.
 * `compilePhrase` still gives the equivalent regex source, for the bench's comparison with peers.
 *
 *   work-life balance                 words; `-` `/` `–` `—` or spaces between words all mean "any separator"
 *   (stable|secure) (job|role)        alternatives
 *   [a|the] stable role               optional words (`[a]`, or optional alternatives `[a|the]`)
 *   {want|need} stability             context: must match, but is not part of the flagged range
 *   hand~ off                         `~`: any regular verb form (hands, handed, handing)
 *   =us                               `=`: exactly this word, no plural
 *   told exactly what to do => given context, not control; trusted with context
 *                                     `=>`: replacements for this phrase (best first, `;` between)
 *
 * See README "Writing lint rules" for the full description.
 */

export interface PatternElementWord {
  readonly kind: 'word';
  readonly text: string;
  /** `exact`: the word only; `plural`: plus -s/-es/-ies (the default); `verb`: plus -s/-ed/-ing. */
  readonly form: 'exact' | 'plural' | 'verb';
}

export interface PatternElementGroup {
  readonly kind: 'group';
  readonly alternatives: readonly PatternSequence[];
  readonly optional: boolean;
}

export type PatternElement = PatternElementWord | PatternElementGroup;
export type PatternSequence = readonly PatternElement[];

/** A parsed phrase: optional leading/trailing context around the core that is flagged. */
export interface ParsedPhrase {
  readonly source: string;
  readonly before?: PatternSequence;
  readonly core: PatternSequence;
  readonly after?: PatternSequence;
  /** Replacements given with `=>`; undefined when the phrase has none (the rule's apply). */
  readonly suggestions?: readonly string[];
}

export class PatternError extends Error {
  constructor(
    message: string,
    /** 0-based offset in the pattern source. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Limits on what a pattern may say: they bound the size of its program, so the cost per character of text. */
export const PATTERN_LIMITS = {
  maxLength: 400,
  maxOptional: 8,
  maxDepth: 3,
  maxAlternatives: 60,
} as const;

const WORD_CHAR = /[\p{L}\p{N}'’&+]/u;
const WORD_START = /[\p{L}\p{N}]/u;
/** Characters that separate words in a pattern (they all compile to the same flexible separator). */
const PATTERN_SEPARATOR = /[\s\-/‐‑‒–—―]/u;

/** Parses one phrase of a lint rule. `allowSuggestions` is false for `except` phrases. */
export function parsePhrase(source: string, options: { allowSuggestions?: boolean; allowContext?: boolean } = {}): ParsedPhrase {
  const allowSuggestions = options.allowSuggestions ?? true;
  const allowContext = options.allowContext ?? true;
  if (source.length > PATTERN_LIMITS.maxLength) {
    throw new PatternError(`pattern is longer than ${PATTERN_LIMITS.maxLength} characters`, PATTERN_LIMITS.maxLength);
  }
  let patternText = source;
  let suggestions: string[] | undefined;
  const arrow = source.indexOf('=>');
  if (arrow >= 0) {
    if (!allowSuggestions) throw new PatternError('`=>` replacements are not allowed here', arrow);
    patternText = source.slice(0, arrow);
    suggestions = source
      .slice(arrow + 2)
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    if (suggestions.length === 0) throw new PatternError('`=>` must be followed by at least one replacement', arrow);
  }

  const parser = new Parser(patternText);
  const { before, core, after } = parser.parseTop(allowContext);
  if (core.length === 0 || !hasRequired(core)) {
    throw new PatternError('the flagged part must contain at least one required word', 0);
  }
  let optionalCount = 0;
  const countOptional = (seq: PatternSequence): void => {
    for (const el of seq) {
      if (el.kind === 'group') {
        if (el.optional) optionalCount++;
        el.alternatives.forEach(countOptional);
      }
    }
  };
  [before, core, after].forEach((s) => s && countOptional(s));
  if (optionalCount > PATTERN_LIMITS.maxOptional) {
    throw new PatternError(`too many optional parts (${optionalCount}; at most ${PATTERN_LIMITS.maxOptional})`, 0);
  }
  return { source, ...(before ? { before } : {}), core, ...(after ? { after } : {}), ...(suggestions ? { suggestions } : {}) };
}

function hasRequired(seq: PatternSequence): boolean {
  return seq.some((el) => el.kind === 'word' || (!el.optional && el.alternatives.every(hasRequired)));
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parseTop(allowContext: boolean): { before?: PatternSequence; core: PatternSequence; after?: PatternSequence } {
    let before: PatternSequence | undefined;
    let after: PatternSequence | undefined;
    this.skipSeparators();
    if (this.peek() === '{') {
      if (!allowContext) throw new PatternError('`{…}` context is not allowed here', this.pos);
      before = this.parseContext();
    }
    const core = this.parseSequence(0, '');
    this.skipSeparators();
    if (this.peek() === '{') {
      if (!allowContext) throw new PatternError('`{…}` context is not allowed here', this.pos);
      after = this.parseContext();
      this.skipSeparators();
    }
    if (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      throw new PatternError(ch === '{' || after ? '`{…}` context may only open or close a phrase' : `unexpected "${ch}"`, this.pos);
    }
    return { ...(before ? { before } : {}), core, ...(after ? { after } : {}) };
  }

  private parseContext(): PatternSequence {
    const open = this.pos;
    this.pos++; // {
    const seq = this.parseSequence(1, '}');
    if (this.peek() !== '}') throw new PatternError('unclosed `{`', open);
    this.pos++;
    if (seq.length === 0) throw new PatternError('empty `{}`', open);
    if (!hasRequired(seq)) throw new PatternError('`{…}` context must contain a required word', open);
    return seq;
  }

  /** Elements until `closer` (or any of `|)]}` at depth > 0), separated by separators. */
  private parseSequence(depth: number, closer: string): PatternElement[] {
    const out: PatternElement[] = [];
    for (;;) {
      this.skipSeparators();
      const ch = this.peek();
      if (ch === undefined) break;
      if (ch === '|' || ch === ')' || ch === ']' || ch === '}') {
        if (depth === 0 && closer === '') {
          if (ch === '}') break; // a trailing context, handled by parseTop
          throw new PatternError(`unexpected "${ch}"`, this.pos);
        }
        break;
      }
      if (ch === '{') {
        if (depth === 0) break;
        throw new PatternError('`{…}` context may only open or close a phrase', this.pos);
      }
      if (ch === '(' || ch === '[') out.push(this.parseGroup(depth + 1));
      else out.push(this.parseWord());
    }
    return out;
  }

  private parseGroup(depth: number): PatternElementGroup {
    const open = this.pos;
    const opener = this.src[this.pos]!;
    const closer = opener === '(' ? ')' : ']';
    if (depth > PATTERN_LIMITS.maxDepth) throw new PatternError(`groups nested more than ${PATTERN_LIMITS.maxDepth} deep`, open);
    this.pos++;
    const alternatives: PatternSequence[] = [];
    for (;;) {
      const altStart = this.pos;
      const seq = this.parseSequence(depth, closer);
      if (seq.length === 0) throw new PatternError('empty alternative', altStart);
      if (!hasRequired(seq)) throw new PatternError('an alternative must contain a required word', altStart);
      alternatives.push(seq);
      const ch = this.peek();
      if (ch === '|') {
        this.pos++;
        continue;
      }
      if (ch === closer) {
        this.pos++;
        break;
      }
      throw new PatternError(`unclosed "${opener}"`, open);
    }
    if (alternatives.length > PATTERN_LIMITS.maxAlternatives) {
      throw new PatternError(`more than ${PATTERN_LIMITS.maxAlternatives} alternatives`, open);
    }
    return { kind: 'group', alternatives, optional: opener === '[' };
  }

  private parseWord(): PatternElementWord {
    const start = this.pos;
    let form: PatternElementWord['form'] = 'plural';
    if (this.peek() === '=') {
      form = 'exact';
      this.pos++;
    }
    const wordStart = this.pos;
    while (this.pos < this.src.length && WORD_CHAR.test(this.src[this.pos]!)) this.pos++;
    const text = this.src.slice(wordStart, this.pos);
    if (text.length === 0 || !WORD_START.test(text[0]!)) {
      const ch = this.src[start] ?? '';
      throw new PatternError(ch ? `unexpected "${ch}": a word starts with a letter or digit` : 'expected a word', start);
    }
    if (this.peek() === '~') {
      if (form === 'exact') throw new PatternError('a word cannot be both `=` exact and `~` inflected', start);
      form = 'verb';
      this.pos++;
    }
    const next = this.peek();
    if (next !== undefined && !PATTERN_SEPARATOR.test(next) && !'|)]}([{'.includes(next)) {
      throw new PatternError(`unexpected "${next}" in a word`, this.pos);
    }
    return { kind: 'word', text, form };
  }

  private skipSeparators(): void {
    while (this.pos < this.src.length && PATTERN_SEPARATOR.test(this.src[this.pos]!)) this.pos++;
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }
}

// ---------------------------------------------------------------------------------------------
// Compiling to regular-expression source.

/**
 * Between two words: up to 24 spaces (a soft line break in the masked text is a space), then
 * optionally one or two dashes or a slash and more spaces. Or nothing at all ("worklife").
 * Bounded so a long run of spaces costs at most a constant number of steps per attempt.
 */
export const SEPARATOR = '[^\\S\\n]{0,24}(?:[-/\\u2010-\\u2015]{1,2}[^\\S\\n]{0,24})?';

/** A letter or digit that may not directly follow a match (whole words). Covers Latin, Greek, Cyrillic. */
export const WORD_CLASS = 'A-Za-z0-9_\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
export const TRAILING_BOUNDARY = `(?![${WORD_CLASS}])`;
/** Characters of a word as phrases have them (letters, digits, apostrophes, & and +), without the `u` flag V8 is slow to compile. */
export const TEXT_WORD_CLASS = `${WORD_CLASS.replace('_', '')}'\\u2019&+`;

export interface CompiledPhrase {
  /** Regex source of the whole phrase (context included), without capture groups. */
  readonly full: string;
  /** Same, with exactly one capture group around the core. */
  readonly withCore: string;
}

export function compilePhrase(phrase: ParsedPhrase): CompiledPhrase {
  const before = phrase.before ? compileSequence(phrase.before) : undefined;
  const core = compileSequence(phrase.core);
  const after = phrase.after ? compileSequence(phrase.after) : undefined;
  const join = (coreSource: string): string =>
    `${before ? `${before}${SEPARATOR}` : ''}${coreSource}${after ? `${SEPARATOR}${after}` : ''}${TRAILING_BOUNDARY}`;
  return { full: join(`(?:${core})`), withCore: join(`(${core})`) };
}

function compileSequence(seq: PatternSequence): string {
  const firstRequired = seq.findIndex((el) => el.kind === 'word' || !el.optional);
  let out = '';
  seq.forEach((el, i) => {
    const body = compileElement(el);
    if (i < firstRequired) out += `(?:${body}${SEPARATOR})?`;
    else if (i === firstRequired) out += body;
    else if (el.kind === 'group' && el.optional) out += `(?:${SEPARATOR}${body})?`;
    else out += `${SEPARATOR}${body}`;
  });
  return out;
}

const compiledElements = new WeakMap<PatternElement, string>();

function compileElement(el: PatternElement): string {
  let out = compiledElements.get(el);
  if (out === undefined) {
    if (el.kind === 'word') {
      out = compileWord(el);
    } else {
      const alts = el.alternatives.map(compileSequence);
      out = alts.length === 1 ? `(?:${alts[0]})` : `(?:${alts.join('|')})`;
    }
    compiledElements.set(el, out);
  }
  return out;
}

/** Words that have no plural worth matching (articles, pronouns, prepositions, adverbs…): they match exactly. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the to of in on at for with by from and or but nor not no is are was were be been being am do does did has have had it its ' +
    'im ive id ill youre were theyre i me my we us our you your they them their he him his she her this that these those there here ' +
    'very really more most much many just only so as if then than when what how who why where which while some any all each every ' +
    'both either neither such too also quite rather still even ever never always often about into onto over under off up out down ' +
    'away back like per via can could would should will shall may might must one'
  ).split(' '),
);

/** Every form of a word the pattern accepts, lower-case. Exported for tests and the README. */
export function wordForms(word: string, form: PatternElementWord['form']): string[] {
  const w = word.toLowerCase();
  const forms = new Set<string>([w]);
  if (form === 'exact' || (form === 'plural' && FUNCTION_WORDS.has(w.replace(/['’]/g, '')))) return [...forms];
  const last = w[w.length - 1] ?? '';
  const beforeLast = w[w.length - 2] ?? '';
  const isVowel = (c: string): boolean => 'aeiou'.includes(c);
  const isLetter = (c: string): boolean => /[a-z]/.test(c);
  // Plural (and third person singular).
  if (last === 'y' && isLetter(beforeLast) && !isVowel(beforeLast)) forms.add(`${w.slice(0, -1)}ies`);
  else if (/(s|x|z|ch|sh)$/.test(w)) forms.add(`${w}es`);
  else if (isLetter(last)) forms.add(`${w}s`);
  if (w.endsWith('fe')) forms.add(`${w.slice(0, -2)}ves`);
  else if (last === 'f') forms.add(`${w.slice(0, -1)}ves`);
  if (form === 'verb' && isLetter(last)) {
    if (last === 'e') {
      forms.add(`${w}d`);
      forms.add(`${w.slice(0, -1)}ing`);
    } else if (last === 'y' && !isVowel(beforeLast)) {
      forms.add(`${w.slice(0, -1)}ied`);
      forms.add(`${w}ing`);
    } else {
      forms.add(`${w}ed`);
      forms.add(`${w}ing`);
      // Consonant doubling: drop → dropped, plan → planning.
      if (!isVowel(last) && !'wxy'.includes(last) && isVowel(beforeLast) && !isVowel(w[w.length - 3] ?? 'a')) {
        forms.add(`${w}${last}ed`);
        forms.add(`${w}${last}ing`);
      }
    }
  }
  return [...forms];
}

const compiledWords = new Map<string, string>();

/** A word and its forms, the common stem factored out. Possessives need nothing: `'s` is not a word character, so "family's" matches "family". */
function compileWord(el: PatternElementWord): string {
  const key = `${el.form}:${el.text.toLowerCase()}`;
  let out = compiledWords.get(key);
  if (out === undefined) {
    out = compileWordForms(wordForms(el.text, el.form));
    compiledWords.set(key, out);
  }
  return out;
}

/**
 * A word's forms as their common prefix and the distinct endings after it, longest first (then
 * alphabetical): the order `stem(?:longest|…|shortest)?` tries them, which the phrase matcher
 * keeps too.
 */
export function stemAndSuffixes(forms: readonly string[]): { prefix: string; suffixes: string[] } {
  let prefix = forms[0]!;
  for (const f of forms) {
    let i = 0;
    while (i < prefix.length && i < f.length && prefix[i] === f[i]) i++;
    prefix = prefix.slice(0, i);
  }
  const suffixes = [...new Set(forms.map((f) => f.slice(prefix.length)))].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return { prefix, suffixes };
}

function compileWordForms(forms: readonly string[]): string {
  // Factor the common prefix so the regex engine tests the stem once.
  const { prefix, suffixes } = stemAndSuffixes(forms);
  const stem = escapeWord(prefix);
  if (suffixes.length === 1 && suffixes[0] === '') return stem;
  const alts = suffixes.filter((s) => s !== '').map(escapeWord);
  const optional = suffixes.includes('');
  return `${stem}(?:${alts.join('|')})${optional ? '?' : ''}`;
}

function escapeWord(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    if (ch === "'" || ch === '’' || ch === '‘') out += "['\\u2018\\u2019]";
    else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) out += ch;
    else if (code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\${ch}`;
  }
  return out;
}

/** Plain text (a user's own phrase from settings) as a pattern: its words, nothing else. */
export function plainTextPhrase(text: string): ParsedPhrase {
  const words = text
    .split(/[^\p{L}\p{N}'’&+]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w.length > 0);
  if (words.length === 0) throw new PatternError('the phrase has no words', 0);
  if (words.length > 20) throw new PatternError('the phrase has more than 20 words', 0);
  return { source: text, core: words.map((w) => ({ kind: 'word', text: w, form: 'plural' }) as const) };
}

// ---------------------------------------------------------------------------------------------
// Anchors: a fast search finds one required element of each phrase (its rarest), then a sticky
// regex verifies the whole phrase around the hit, the words before the anchor in a lookbehind.

/** Words so frequent in drafts that searching for them first would cost more than it saves. */
const COMMON = new Set(
  (
    'a an the to of in on at for with by from and or but not no nor is are was were be been being am i im we were they you it its my our ' +
    'their his her this that these those like more most much many just only very really so as if then than when what how who why where ' +
    'get got have has had do did does done make made take took work works worked team teams job time people production engineering ' +
    'engineer engineers model models data research system systems code over off up out about into onto some any all one two new good ' +
    'better great real big see want need use used using build built ship project company can could would should will me us them'
  ).split(' '),
);

/** The words that can start an element (lower-case, every form), for the fast search. */
export function firstWords(el: PatternElement): Set<string> {
  if (el.kind === 'word') return new Set(wordForms(el.text, el.form).map(normaliseApostrophes));
  const out = new Set<string>();
  for (const alt of el.alternatives) for (const w of firstWordsOfSequence(alt)) out.add(w);
  return out;
}

function firstWordsOfSequence(seq: PatternSequence): Set<string> {
  const out = new Set<string>();
  for (const el of seq) {
    for (const w of firstWords(el)) out.add(w);
    if (el.kind === 'word' || !el.optional) break;
  }
  return out;
}

function baseFirstWords(el: PatternElement): string[] {
  if (el.kind === 'word') return [el.text.toLowerCase()];
  return el.alternatives.flatMap((alt) => {
    const out: string[] = [];
    for (const e of alt) {
      out.push(...baseFirstWords(e));
      if (e.kind === 'word' || !e.optional) break;
    }
    return out;
  });
}

function anchorCost(el: PatternElement): number {
  return baseFirstWords(el).reduce((sum, w) => {
    const bare = w.replace(/['’]/g, '');
    return sum + (COMMON.has(bare) ? 20 : 6 / Math.max(1, bare.length));
  }, 0);
}

export function normaliseApostrophes(s: string): string {
  return s.replace(/[‘’]/g, "'").toLowerCase();
}

export interface PhraseSearch {
  /** Lower-case forms of the words an occurrence of the anchor starts with. */
  readonly anchorWords: ReadonlySet<string>;
  /** Index of the anchor among the phrase's elements (context included): the matcher reads the words before it backward. */
  readonly anchor: number;
}

/** The phrase's anchor: its required element whose words are rarest in drafts. */
export function phraseSearch(phrase: ParsedPhrase): PhraseSearch {
  const elements: PatternElement[] = [...(phrase.before ?? []), ...phrase.core, ...(phrase.after ?? [])];
  let anchor = -1;
  let best = Infinity;
  elements.forEach((el, i) => {
    if (el.kind === 'group' && el.optional) return;
    const cost = anchorCost(el);
    if (cost < best) {
      best = cost;
      anchor = i;
    }
  });
  return { anchorWords: firstWords(elements[anchor]!), anchor };
}

/** Every form of every word a phrase can match (lower case), context included. */
export function phraseVocabulary(phrase: ParsedPhrase, into: Set<string> = new Set()): Set<string> {
  const visit = (seq: PatternSequence): void => {
    for (const el of seq) {
      if (el.kind === 'word') for (const f of wordForms(el.text, el.form)) into.add(normaliseApostrophes(f));
      else el.alternatives.forEach(visit);
    }
  };
  [phrase.before, phrase.core, phrase.after].forEach((s) => s && visit(s));
  return into;
}

/**
 * Every pair of words that can stand next to each other in a match of the phrase ("work life",
 * "like a"…, all forms, lower case), optional words skipped or not. A replacement can only join
 * the text around it into a new match if its edge word and the neighbouring word form such a pair.
 */
export function phraseBigrams(phrase: ParsedPhrase, into: Set<string> = new Set()): Set<string> {
  interface Shape {
    readonly first: Set<string>;
    readonly last: Set<string>;
    readonly empty: boolean;
  }
  const sequence = (seq: PatternSequence): Shape => {
    const first = new Set<string>();
    let reachable: Set<string>[] = [];
    let empty = true;
    for (const el of seq) {
      const shape = element(el);
      for (const before of reachable) for (const a of before) for (const b of shape.first) into.add(`${a} ${b}`);
      if (empty) for (const w of shape.first) first.add(w);
      if (shape.empty) reachable.push(shape.last);
      else {
        reachable = [shape.last];
        empty = false;
      }
    }
    const last = new Set<string>();
    for (const set of reachable) for (const w of set) last.add(w);
    return { first, last, empty };
  };
  const element = (el: PatternElement): Shape => {
    if (el.kind === 'word') {
      const forms = new Set(wordForms(el.text, el.form).map(normaliseApostrophes));
      return { first: forms, last: forms, empty: false };
    }
    const first = new Set<string>();
    const last = new Set<string>();
    let empty = el.optional;
    for (const alt of el.alternatives) {
      const shape = sequence(alt);
      shape.first.forEach((w) => first.add(w));
      shape.last.forEach((w) => last.add(w));
      empty ||= shape.empty;
    }
    return { first, last, empty };
  };
  sequence([...(phrase.before ?? []), ...phrase.core, ...(phrase.after ?? [])]);
  return into;
}

/** A regex source matching any of `words` as a whole word at its start (a flat alternation). */
export function wordAlternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `\\b(?:${sorted.map(escapeWord).join('|')})(?![A-Za-z0-9_])`;
}
