import type { MeaningForm, Pack, RedFlag, RedFlagsSection } from '../content/types';
import type { Finding } from './finding';
import { reasonOf } from './rules';

/**
 * Meaning rules: a red flag's `meaning:` form (pack data) compiled for the meaning tier. A
 * concept is a list of entries; an entry is words matched against a token's lemma or its
 * lower-case form (`a|b` alternatives, `*` up to three words of anything), with determiners,
 * adjectives, adverbs, pronouns and numbers allowed between the words.
 */
export type StanceName = 'wants' | 'proposes' | 'describes' | 'reports' | 'any';

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
   * The cheap prefilter, run on a sentence's raw text before the model reads it: a word that
   * starts like some concept word (or an irregular form of one). No hit, no model.
   */
  readonly prefilter?: RegExp;
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
const WEAK = new Set(['be', 'a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'for', 'my', 'me', 'i', 'we', 'it', 'and', 'or', 'have', 'do', 'not', 'no', 'is', 'get', 'make', 'what', 'that', 'this', 'with', 'by', 'up', 'as', 'one', 'take', 'go', 'like']);

const cache = new WeakMap<object, MeaningRuleSet>();

/** The pack's meaning rules, compiled once per pack. A pack without `meaning:` forms has none. */
export function compileMeaningRules(pack: Pack | undefined): MeaningRuleSet {
  if (!pack) return { rules: [] };
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
  if (rules.length === 0) return { rules };
  // A stem cut short ("stabl") takes any ending; a whole word only its inflections ("late" is not "latency").
  const alternation = [...keywords]
    .sort((a, b) => b.length - a.length)
    .map((k) => (k.endsWith('~') ? `${escapeRegExp(k.slice(0, -1))}[a-z]*` : `${escapeRegExp(k)}(?:s|es|d|ed|ing|er|est|ly|'s)?`))
    .join('|');
  return { rules, prefilter: new RegExp(`(?:^|[^a-z0-9'])(?:${alternation})(?![a-z])`, 'i') };
}

function compileRule(pack: Pack, section: RedFlagsSection, flag: RedFlag, meaning: MeaningForm, keywords: Set<string>): MeaningRule {
  const concepts = new Map<string, CompiledEntry[]>();
  for (const [name, entries] of Object.entries(meaning.concepts)) concepts.set(name, entries.map(compileEntry));
  const used = new Set<string>();
  const take = (names: readonly string[] | undefined): CompiledEntry[][] =>
    (names ?? []).map((n) => {
      used.add(n);
      return concepts.get(n) ?? [];
    });
  const frames = meaning.when.map((w) => ({ stances: w.stance, all: take(w.all), negated: take(w.negated), either: take(w.either) }));
  // Every concept a frame uses feeds the prefilter: a sentence with none of them skips the model.
  for (const name of used) for (const entry of concepts.get(name) ?? []) addKeyword(entry, keywords);
  return {
    id: flag.id,
    severity: flag.lint!.severity,
    reads: meaning.reads,
    message: flag.lint!.message,
    reason: reasonOf(pack, flag),
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
  for (const w of entry.words) {
    if (!w) continue;
    const forms = [...w];
    if (forms.every((f) => WEAK.has(f))) continue;
    if (!best || Math.min(...forms.map((f) => f.length)) > Math.min(...best.map((f) => f.length))) best = forms;
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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
