import type { CultureSection, Pack, RedFlag, RedFlagsSection, Severity, SourceRef } from '../content/types';
import type { Finding } from './finding';
import { normaliseApostrophes, parsePhrase, PatternError, phraseBigrams, phraseSearch, phraseVocabulary, plainTextPhrase, TEXT_WORD_CLASS, wordAlternation, type ParsedPhrase } from './pattern';
import { PhraseMatcher, PhraseSetMatcher } from './phraseMatcher';

/** A phrase of the user's own, from the `interviewCoach.lint.extraPhrases` setting. Plain text. */
export interface ExtraPhrase {
  readonly phrase: string;
  readonly message?: string;
  readonly suggestions?: readonly string[];
  readonly severity?: Severity;
  /** Rule id of the finding; `user-phrase` when not given. */
  readonly id?: string;
}

export const USER_PHRASE_RULE = 'user-phrase';

/** A rule that could not be compiled; it is skipped and reported where it was written. */
export interface RuleProblem {
  readonly ruleId: string;
  readonly pattern: string;
  readonly message: string;
  /** Where the rule is written in the pack, when it comes from a pack. */
  readonly ref?: SourceRef;
  /** Which setting it comes from, when it comes from settings. */
  readonly setting?: string;
}

/** What every form of a rule (parsed, cached, compiled) says about itself. */
export interface RuleHeader {
  readonly id: string;
  readonly scope: 'phrase' | 'document';
  readonly severity: Severity;
  readonly message: string;
  readonly reason?: string;
  readonly advice?: string;
  /** The rule's replacements, best first. */
  readonly suggestions: readonly string[];
  readonly cite?: Finding['cite'];
}

export interface CompiledRule extends RuleHeader {
  readonly phrases: readonly CompiledRulePhrase[];
  /** Look-alikes: a match overlapping one of these is not reported. */
  readonly except?: PhraseSetMatcher;
  /** Document scope: matches any of the phrasings the document should contain. */
  readonly presence?: PhraseSetMatcher;
}

export interface CompiledRulePhrase {
  readonly rule: CompiledRule;
  /** Its own `=>` replacements, if any (else the rule's). */
  readonly suggestions?: readonly string[];
  /** Run at an anchor hit: the phrase's range and its flagged core (linear time, see phraseMatcher.ts). */
  readonly matcher: PhraseMatcher;
  /** Its replacements in each case shape, made once and shared by every finding (see fix.ts). */
  readonly shaped: [readonly string[] | undefined, readonly string[] | undefined, readonly string[] | undefined];
  /**
   * Whether a replacement starts or ends with a word some rule's phrases use: then the words
   * around a finding could join it into a new match, and each fix is checked in place.
   */
  readonly risky: boolean;
}

/** The phrases anchored on one word. */
export interface AnchorEntry {
  readonly phrases: readonly CompiledRulePhrase[];
  /** Whether every one of them, when it matches, flags from the anchor on (see `PhraseMatcher.flagsFromAnchor`). */
  readonly flagsFromAnchor: boolean;
}

export interface RuleSet {
  readonly rules: readonly CompiledRule[];
  readonly documentRules: readonly CompiledRule[];
  /** Finds every anchor word of every phrase rule (a flat alternation: fast). */
  readonly search?: RegExp;
  /** Anchor word (lower-case) → the phrases to verify at a hit, in rule order. */
  readonly anchors: ReadonlyMap<string, AnchorEntry>;
  /** Whether every anchor's phrases flag from the anchor on (see `AnchorEntry.flagsFromAnchor`). */
  readonly allFlagFromAnchor: boolean;
  /** Every character of every anchor word (apostrophes as all three): no hit spans a character outside it. */
  readonly anchorChars: ReadonlySet<number>;
  /** Word pairs that can be adjacent in a match (see `phraseBigrams`): the words that can follow each word. */
  readonly bigrams: ReadonlyMap<string, ReadonlySet<string>>;
  readonly problems: readonly RuleProblem[];
}

export interface RuleSetOptions {
  readonly disabledRules?: readonly string[];
  readonly extraPhrases?: readonly (ExtraPhrase | string)[];
}

const NO_PACK = {};
const cache = new WeakMap<object, Map<string, RuleSet>>();

function optionsKey(options: RuleSetOptions): string {
  return JSON.stringify([[...(options.disabledRules ?? [])].sort(), options.extraPhrases ?? []]);
}

/**
 * The pack's lint rules (plus the user's phrases) compiled once: cached by pack identity and by
 * the options that change what is compiled. A new Pack object (a reload) compiles afresh.
 */
export function compileRules(pack: Pack | undefined, options: RuleSetOptions = {}): RuleSet {
  const key = optionsKey(options);
  const byOptions = cacheFor(pack);
  let set = byOptions.get(key);
  if (!set) {
    set = instantiateRules(compileRuleSources(pack, options));
    byOptions.set(key, set);
  }
  return set;
}

/**
 * Seeds the cache with sources compiled earlier (the CLI keeps them on disk beside the pack, so a
 * run skips compiling). The sources must come from `compileRuleSources(pack, options)`.
 */
export function primeRules(pack: Pack | undefined, options: RuleSetOptions, sources: RuleSources): RuleSet {
  const set = instantiateRules(sources);
  cacheFor(pack).set(optionsKey(options), set);
  return set;
}

/** "word word" pairs as the words that can follow each word (looked up per finding without building a string). */
function followers(bigrams: readonly string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const pair of bigrams) {
    const space = pair.indexOf(' ');
    const first = pair.slice(0, space);
    let next = map.get(first);
    if (!next) map.set(first, (next = new Set()));
    next.add(pair.slice(space + 1));
  }
  return map;
}

function cacheFor(pack: Pack | undefined): Map<string, RuleSet> {
  const owner = pack ?? NO_PACK;
  let byOptions = cache.get(owner);
  if (!byOptions) {
    byOptions = new Map();
    cache.set(owner, byOptions);
  }
  if (byOptions.size > 16) byOptions.clear();
  return byOptions;
}

/** The compiled rules as plain data (regex sources): serialisable, so they can be cached. */
export interface RuleSources {
  readonly format: 2;
  readonly rules: readonly RuleSourceData[];
  readonly problems: readonly RuleProblem[];
  /** Every word form any phrase rule can match (lower case). */
  readonly vocabulary: readonly string[];
  /** Every "word word" pair that can be adjacent in a match of any phrase rule. */
  readonly bigrams: readonly string[];
}

export interface RuleSourceData extends RuleHeader {
  readonly except?: readonly ParsedPhrase[];
  readonly presence?: readonly ParsedPhrase[];
  readonly phrases: readonly {
    readonly suggestions?: readonly string[];
    readonly parsed: ParsedPhrase;
    /** Index of the anchor element (see `phraseSearch`). */
    readonly anchor: number;
    readonly anchors: readonly string[];
  }[];
}

interface RuleSource extends RuleHeader {
  readonly phrases: readonly ParsedPhrase[];
  readonly except: readonly ParsedPhrase[];
}

export function compileRuleSources(pack: Pack | undefined, options: RuleSetOptions = {}): RuleSources {
  const disabled = new Set(options.disabledRules ?? []);
  const problems: RuleProblem[] = [];
  const sources: RuleSource[] = [];

  for (const section of pack?.sections ?? []) {
    if (section.kind !== 'red-flags') continue;
    for (const flag of section.flags) {
      if (!flag.lint || disabled.has(flag.id)) continue;
      const source = fromFlag(pack!, section, flag, problems);
      if (source) sources.push(source);
    }
  }
  (options.extraPhrases ?? []).forEach((raw, index) => {
    const extra: ExtraPhrase = typeof raw === 'string' ? { phrase: raw } : raw;
    const id = extra.id?.trim() || USER_PHRASE_RULE;
    if (disabled.has(id)) return;
    const setting = `interviewCoach.lint.extraPhrases[${index}]`;
    if (typeof extra.phrase !== 'string' || extra.phrase.trim() === '') {
      problems.push({ ruleId: id, pattern: String(extra.phrase), message: 'needs a "phrase": the text to flag', setting });
      return;
    }
    try {
      const phrase = plainTextPhrase(extra.phrase);
      sources.push({
        id,
        scope: 'phrase',
        severity: extra.severity ?? 'warning',
        message: extra.message?.trim() || `You asked to avoid “${extra.phrase.trim()}”.`,
        reason: 'One of your own phrases (setting interviewCoach.lint.extraPhrases).',
        phrases: [phrase],
        except: [],
        suggestions: (extra.suggestions ?? []).filter((s): s is string => typeof s === 'string' && s.trim() !== ''),
      });
    } catch (err) {
      problems.push({ ruleId: id, pattern: extra.phrase, message: (err as Error).message, setting });
    }
  });

  const vocabulary = new Set<string>();
  const bigrams = new Set<string>();
  for (const s of sources) {
    if (s.scope !== 'phrase') continue;
    s.phrases.forEach((p) => {
      phraseVocabulary(p, vocabulary);
      phraseBigrams(p, bigrams);
    });
  }
  const rules: RuleSourceData[] = sources.map((s) => {
    return {
      id: s.id,
      scope: s.scope,
      severity: s.severity,
      message: s.message,
      ...(s.reason ? { reason: s.reason } : {}),
      ...(s.advice ? { advice: s.advice } : {}),
      suggestions: s.suggestions,
      ...(s.cite ? { cite: s.cite } : {}),
      ...(s.except.length > 0 ? { except: s.except } : {}),
      ...(s.scope === 'document' ? { presence: s.phrases } : {}),
      phrases:
        s.scope === 'document'
          ? []
          : s.phrases.map((p) => {
              const search = phraseSearch(p);
              return {
                ...(p.suggestions ? { suggestions: p.suggestions } : {}),
                parsed: p,
                anchor: search.anchor,
                anchors: [...search.anchorWords],
              };
            }),
    };
  });
  return { format: 2, rules, problems, vocabulary: [...vocabulary], bigrams: [...bigrams] };
}

/**
 * Matchers from sources. They are case-sensitive and lower-case: the engine matches against a
 * lower-cased copy of the prose.
 */
export function instantiateRules(sources: RuleSources): RuleSet {
  const rules: CompiledRule[] = [];
  const documentRules: CompiledRule[] = [];
  const anchors = new Map<string, { phrases: CompiledRulePhrase[]; flagsFromAnchor: boolean }>();
  const vocabulary = new Set(sources.vocabulary);
  const edgeWords = (suggestion: string): string[] => {
    const words = suggestion.toLowerCase().replace(/[‘’]/g, "'").match(new RegExp(`[${TEXT_WORD_CLASS}]+`, 'g')) ?? [];
    return words.length > 0 ? [words[0]!, words[words.length - 1]!] : [];
  };
  const isRisky = (list: readonly string[]): boolean => list.some((sug) => edgeWords(sug).some((w) => vocabulary.has(w)));
  for (const s of sources.rules) {
    const phrases: CompiledRulePhrase[] = [];
    const rule: CompiledRule = {
      id: s.id,
      scope: s.scope,
      severity: s.severity,
      message: s.message,
      ...(s.reason ? { reason: s.reason } : {}),
      ...(s.advice ? { advice: s.advice } : {}),
      suggestions: s.suggestions,
      phrases,
      ...(s.cite ? { cite: s.cite } : {}),
      ...(s.except ? { except: new PhraseSetMatcher(s.except) } : {}),
      ...(s.presence ? { presence: new PhraseSetMatcher(s.presence) } : {}),
    };
    (s.scope === 'document' ? documentRules : rules).push(rule);
    for (const p of s.phrases) {
      const compiled: CompiledRulePhrase = {
        rule,
        ...(p.suggestions ? { suggestions: p.suggestions } : {}),
        matcher: new PhraseMatcher(p.parsed, p.anchor),
        shaped: [undefined, undefined, undefined],
        risky: isRisky(p.suggestions ?? s.suggestions),
      };
      phrases.push(compiled);
      for (const w of p.anchors) {
        const entry = anchors.get(w) ?? { phrases: [], flagsFromAnchor: true };
        entry.phrases.push(compiled);
        entry.flagsFromAnchor &&= compiled.matcher.flagsFromAnchor;
        anchors.set(w, entry);
      }
    }
  }
  const search = anchors.size > 0 ? new RegExp(wordAlternation(anchors.keys()), 'g') : undefined;
  const anchorChars = new Set<number>();
  for (const w of anchors.keys()) for (let i = 0; i < w.length; i++) anchorChars.add(w.charCodeAt(i));
  if (anchorChars.has(39) || anchorChars.has(0x2018) || anchorChars.has(0x2019)) [39, 0x2018, 0x2019].forEach((c) => anchorChars.add(c));
  const allFlagFromAnchor = [...anchors.values()].every((e) => e.flagsFromAnchor);
  return { rules, documentRules, ...(search ? { search } : {}), anchors, allFlagFromAnchor, anchorChars, bigrams: followers(sources.bigrams ?? []), problems: sources.problems };
}

/** The key under which a hit's text is found in `RuleSet.anchors`. */
export function anchorKey(hit: string): string {
  return normaliseApostrophes(hit);
}

function fromFlag(pack: Pack, section: RedFlagsSection, flag: RedFlag, problems: RuleProblem[]): RuleSource | undefined {
  const lint = flag.lint!;
  const parse = (pattern: string, isExcept: boolean): ParsedPhrase | undefined => {
    try {
      return parsePhrase(pattern, { allowSuggestions: !isExcept, allowContext: !isExcept });
    } catch (err) {
      const where = err instanceof PatternError ? ` (at character ${err.offset + 1})` : '';
      problems.push({ ruleId: flag.id, pattern, message: `${(err as Error).message}${where}`, ref: flag.ref });
      return undefined;
    }
  };
  const phrases = lint.phrases.map((p) => parse(p, false)).filter((p): p is ParsedPhrase => p !== undefined);
  const except = lint.except.map((p) => parse(p, true)).filter((p): p is ParsedPhrase => p !== undefined);
  if (phrases.length === 0) return undefined;
  return {
    id: flag.id,
    scope: lint.scope,
    severity: lint.severity,
    message: lint.message,
    reason: reasonOf(pack, flag),
    advice: flag.text,
    phrases,
    except,
    suggestions: lint.suggestions,
    cite: { sectionId: section.id, itemId: flag.id, anchor: anchorOf(section, flag) },
  };
}

/** The guide's reason, with the principle or value it conflicts with when the pack ties it to one. */
export function reasonOf(pack: Pack, flag: RedFlag): string {
  if (!flag.conflictsWith) return `The guide: ${flag.reason}.`;
  const culture = pack.sections.find((s): s is CultureSection => s.kind === 'culture');
  const value = culture && [...culture.principles, ...culture.values].find((v) => v.id === flag.conflictsWith);
  if (!value) return `The guide: ${flag.reason}.`;
  return `The guide: ${flag.reason}. It conflicts with ${value.name}: “${value.meaning}”.`;
}

/** The heading in the section's body above the line that gives this flag's reason. */
function anchorOf(section: RedFlagsSection, flag: RedFlag): string {
  const lines = section.body.split(/\r?\n/);
  const needle = flag.reason.toLowerCase();
  const at = lines.findIndex((l) => l.toLowerCase().includes(needle));
  for (let i = at; i >= 0; i--) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(lines[i]!);
    if (m) return m[1]!;
  }
  return flag.group;
}
