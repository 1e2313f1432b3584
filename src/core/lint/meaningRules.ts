import type { MeaningForm, Pack, RedFlag, RedFlagsSection } from '../content/types';
import type { Finding } from './finding';
import { reasonOf } from './rules';
import { TypoIndex } from './typos';

/**
 * Meaning rules: a red flag's `meaning:` form (pack data) compiled for the meaning tier. A
 * concept is a list of entries; an entry is words matched against a token's lemma or its
 * lower-case form (`a|b` alternatives, `*` up to three words of anything), with determiners,
 * adjectives, adverbs, pronouns and numbers allowed between the words.
 */
export type StanceName = 'wants' | 'proposes' | 'describes' | 'reports' | 'asks' | 'habit' | 'any';

export interface CompiledEntry {
  /** Per word: the forms it accepts; `null` is the `*` gap. */
  readonly words: readonly (ReadonlySet<string> | null)[];
  readonly source: string;
}

export interface CompiledFrame {
  readonly stances: readonly StanceName[];
  /** Concepts that must be there, not negated. */
  readonly all: readonly (readonly CompiledEntry[])[];
  /** Concepts that must be there negated ("not in shipping them"). */
  readonly negated: readonly (readonly CompiledEntry[])[];
  /** Concepts that must be there, negated or not. */
  readonly either: readonly (readonly CompiledEntry[])[];
}

export interface MeaningRule {
  readonly id: string;
  readonly severity: Finding['severity'];
  /** What the sentence was understood as, e.g. "reads as wanting a stable, unchanging role". */
  readonly reads: string;
  readonly message: string;
  readonly reason?: string;
  readonly advice?: string;
  readonly cite?: Finding['cite'];
  readonly suggestions: readonly string[];
  readonly frames: readonly CompiledFrame[];
  /** Senses that never are this red flag: a sentence with one is left alone. */
  readonly never: readonly CompiledEntry[];
}

export interface MeaningRuleSet {
  readonly rules: readonly MeaningRule[];
  /**
   * A hash of the rules' meaning forms (ids, concepts, frames, never): a sentence's verdicts are
   * cached under it, so editing a pack's `meaning:` forms never reads an old verdict.
   */
  readonly formsKey: string;
  /**
   * The cheap prefilter, run on a sentence's raw text before the model reads it: a concept
   * word with a regular ending, a word starting like a concept word's stem, or an irregular
   * form of one. No hit, no model.
   */
  readonly prefilter?: Prefilter;
  /** A word form → the entries (of every rule) whose first word accepts it. */
  readonly firstWords: ReadonlyMap<string, readonly CompiledEntry[]>;
  /** Entries that open with a gap (`*`): candidates in every sentence. */
  readonly openEntries: readonly CompiledEntry[];
}

/** Irregular forms of lemmas a concept may use, so the prefilter (on raw text) sees them. */
const IRREGULAR: Record<string, readonly string[]> = {
  be: ['is', 'are', 'was', 'were', "'s", "'re", 'am', "'m", 'been'],
  go: ['went', 'gone'], leave: ['left'], give: ['gave', 'given'], take: ['took', 'taken'], throw: ['threw', 'thrown'],
  keep: ['kept'], feel: ['felt'], tell: ['told'], make: ['made'], send: ['sent'], become: ['became'], find: ['found'],
  break: ['broke', 'broken'], stay: ['stayed'], pay: ['paid'], hold: ['held'], lose: ['lost'], buy: ['bought'], bring: ['brought'],
  spell: ['spelt'], write: ['wrote', 'written'], think: ['thought'], get: ['got', 'gotten'], have: ['has', 'had', "'ve"], do: ['did', 'does', 'done'],
  will: ['wo', "'ll"], person: ['people'], child: ['children'], not: ["n't", 'nt'],
};
/** Words too common to prefilter on. */
const WEAK = new Set(['#', 'be', 'a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'for', 'my', 'me', 'i', 'we', 'it', 'and', 'or', 'have', 'do', 'not', 'no', 'is', 'get', 'make', 'what', 'that', 'this', 'with', 'by', 'up', 'as', 'one', 'take', 'go', 'like', 'through', 'out', 'down', 'off', 'all', 'each', 'every', 'about', 'from', 'now',
  'first', 'only', 'just', 'key', 'must', 'own', 'take', 'team', 'more', 'new', 'why', 'want', 'need', 'can', 'would', 'should', 'will', 'very', 'really', 'much', 'some', 'any', 'thing',
  'into', 'than', 'over']);

export interface Prefilter {
  /** Long concept words a typo of which still counts (see typos.ts). */
  readonly typos?: TypoIndex;
  readonly words: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;
  readonly stemLengths: readonly number[];
}

const WORDS = /[a-z0-9]+(?:['’][a-z]+)*/g;

/** Whether a sentence's raw text has a word the prefilter knows. */
export function passesPrefilter(prefilter: Prefilter, sentence: string): boolean {
  const lower = sentence.toLowerCase();
  WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORDS.exec(lower)) !== null) {
    const w = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    if (prefilter.words.has(w)) return true;
    for (const n of prefilter.stemLengths) {
      if (n > w.length) break;
      if (prefilter.stems.has(w.slice(0, n))) return true;
    }
    // "engineers'" and "it's": the word before the apostrophe too.
    const apostrophe = w.indexOf("'");
    if (apostrophe > 0 && prefilter.words.has(w.slice(0, apostrophe))) return true;
    if (prefilter.typos && w.length >= 5 && prefilter.typos.correct(w) !== undefined) return true;
  }
  return false;
}

const cache = new WeakMap<object, MeaningRuleSet>();

/** The pack's meaning rules, compiled once per pack. A pack without `meaning:` forms has none. */
export function compileMeaningRules(pack: Pack | undefined): MeaningRuleSet {
  if (!pack) return { rules: [], formsKey: '', firstWords: new Map(), openEntries: [] };
  let set = cache.get(pack);
  if (!set) {
    set = build(pack);
    cache.set(pack, set);
  }
  return set;
}

function build(pack: Pack): MeaningRuleSet {
  const rules: MeaningRule[] = [];
  const keywords = new Set<string>();
  for (const section of pack.sections) {
    if (section.kind !== 'red-flags') continue;
    for (const flag of section.flags) {
      const meaning = flag.lint?.meaning;
      if (!meaning) continue;
      rules.push(compileRule(pack, section, flag, meaning, keywords));
    }
  }
  const firstWords = new Map<string, CompiledEntry[]>();
  const openEntries: CompiledEntry[] = [];
  const index = (entry: CompiledEntry): void => {
    const first = entry.words[0];
    if (!first) {
      if (entry.words.length > 0) openEntries.push(entry);
      return;
    }
    for (const form of first) {
      const list = firstWords.get(form);
      if (list) list.push(entry);
      else firstWords.set(form, [entry]);
    }
  };
  for (const rule of rules) {
    rule.never.forEach(index);
    for (const frame of rule.frames) for (const concept of [...frame.all, ...frame.negated, ...frame.either]) concept.forEach(index);
  }
  const forms: unknown[] = [];
  for (const section of pack.sections) if (section.kind === 'red-flags') for (const flag of section.flags) if (flag.lint?.meaning) forms.push([flag.id, flag.lint.meaning]);
  const formsKey = fnv1a(JSON.stringify(forms));
  if (rules.length === 0) return { rules, formsKey, firstWords, openEntries };
  // A stem cut short ("stabl") takes any ending; a whole word only its inflections ("late" is not "latency").
  const words = new Set<string>();
  const stems = new Set<string>();
  const lengths = new Set<number>();
  for (const k of keywords) {
    if (k.endsWith('~')) {
      stems.add(k.slice(0, -1));
      lengths.add(k.length - 1);
    } else for (const ending of ['', 's', 'es', 'd', 'ed', 'ing', 'er', 'est', 'ly']) words.add(k + ending);
  }
  // Every long word of every concept, for typo tolerance (in the prefilter and the matcher).
  const vocabulary: string[] = [];
  const collect = (entry: CompiledEntry): void => {
    for (const w of entry.words) if (w) for (const f of w) vocabulary.push(f);
  };
  for (const rule of rules) for (const frame of rule.frames) for (const concept of [...frame.all, ...frame.negated, ...frame.either]) concept.forEach(collect);
  const typos = new TypoIndex(vocabulary);
  return { rules, formsKey, prefilter: { words, stems, stemLengths: [...lengths].sort((a, b) => a - b), typos }, firstWords, openEntries };
}

function compileRule(pack: Pack, section: RedFlagsSection, flag: RedFlag, meaning: MeaningForm, keywords: Set<string>): MeaningRule {
  const concepts = new Map<string, CompiledEntry[]>();
  for (const [name, entries] of Object.entries(meaning.concepts)) concepts.set(name, entries.map(compileEntry));
  const take = (names: readonly string[] | undefined): CompiledEntry[][] => (names ?? []).map((n) => concepts.get(n) ?? []);
  const frames = meaning.when.map((w) => ({ stances: w.stance, all: take(w.all), negated: take(w.negated), either: take(w.either) }));
  // A frame fits only a sentence that holds every one of its concepts, so one concept per frame
  // is enough for the prefilter: the one whose keywords are the most telling (fewest common
  // words like "I" or "all", then fewest keywords). A sentence with none of them skips the model.
  for (const w of meaning.when) {
    let best: Set<string> | undefined;
    let bestCost = Infinity;
    for (const name of [...(w.all ?? []), ...(w.negated ?? []), ...(w.either ?? [])]) {
      const own = new Set<string>();
      for (const entry of concepts.get(name) ?? []) addKeyword(entry, own);
      let weak = 0;
      for (const k of own) if (WEAK.has(k) || k.length <= 2) weak++;
      const cost = weak * 100_000 + own.size;
      if (cost < bestCost) {
        best = own;
        bestCost = cost;
      }
    }
    for (const k of best ?? []) keywords.add(k);
  }
  const reason = reasonOf(pack, flag);
  // A document-scope rule's own finding says what a draft never mentions (a hint); a sentence
  // that dismisses the subject out loud is the red flag itself, a warning in the flag's words.
  const documentScope = flag.lint!.scope === 'document';
  return {
    id: flag.id,
    severity: documentScope ? 'warning' : flag.lint!.severity,
    reads: meaning.reads,
    message: documentScope ? `${flag.text.replace(/[.!]+$/, '')}: ${flag.reason.replace(/[.!]+$/, '')}.` : flag.lint!.message,
    reason,
    advice: flag.text,
    cite: { sectionId: section.id, itemId: flag.id },
    suggestions: flag.lint!.suggestions,
    frames,
    never: (meaning.never ?? []).map(compileEntry),
  };
}

/** Parses one concept entry: "leave|quit * early", "hand-holding" (a hyphen separates words). */
export function compileEntry(source: string): CompiledEntry {
  const words = source
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[\s\-/]+/)
    .filter((w) => w !== '')
    .map((w) => (w === '*' ? null : new Set(w.split('|').filter((a) => a !== ''))));
  return { words, source };
}

/** The entry's most telling word (the longest that is not too common), with its irregular forms. */
function addKeyword(entry: CompiledEntry, keywords: Set<string>): void {
  let best: string[] | undefined;
  let bestClean = false;
  for (const w of entry.words) {
    if (!w) continue;
    const forms = [...w];
    if (forms.every((f) => WEAK.has(f))) continue;
    // A word whose every form is telling beats one with a common form among them ("all|any|nothing * approved": "approved").
    const clean = forms.every((f) => !WEAK.has(f) && f.length > 2);
    if (!best || (clean && !bestClean) || (clean === bestClean && Math.min(...forms.map((f) => f.length)) > Math.min(...best.map((f) => f.length)))) {
      best = forms;
      bestClean = clean;
    }
  }
  // An entry of common words only ("be a family") is found by all of them.
  if (!best) best = entry.words.flatMap((w) => (w ? [...w] : []));
  for (const f of best) {
    keywords.add(stem(f));
    for (const irregular of IRREGULAR[f] ?? []) keywords.add(irregular);
  }
}

/**
 * A prefix every inflection of a lemma starts with, marked `~` when cut short ("stable" →
 * "stabl~", "try" → "tr~"); a word kept whole is matched with its regular endings only.
 */
function stem(word: string): string {
  if (word.length <= 4) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}~`;
  if (word.endsWith('e')) return `${word.slice(0, -1)}~`;
  return word;
}


/** FNV-1a, 2 × 32 bits (two offsets), as 16 hex digits: a cache key, not a security hash. */
function fnv1a(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
