import type { Pack, Severity } from '../content/types';
import type { Finding } from './finding';
import { caseShape, shapeSuggestion } from './fix';
import { HARD, MarkdownMasker, type Directive } from './mask';
import { TEXT_WORD_CLASS } from './pattern';
import { meaningAnalyzer, type SentenceAnalyser } from './meaning';
import type { PhraseSetMatcher } from './phraseMatcher';
import { anchorKey, compileRules, type CompiledRule, type CompiledRulePhrase, type ExtraPhrase, type RuleProblem, type RuleSet } from './rules';

/** Everything a caller may tune; every field is optional. */
export interface LintOptions {
  /** Rule ids not to report (pack rules, `user-phrase`, or an analyzer's ids). */
  readonly disabledRules?: readonly string[];
  /** Severity per rule id; `off` drops the rule. */
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  /** The user's own phrases (plain text, never a regular expression). */
  readonly extraPhrases?: readonly (ExtraPhrase | string)[];
  /** Further checks that read the same masked document (the coach plugs in here). */
  readonly analyzers?: readonly Analyzer[];
  /** A document-level rule speaks only once the draft has this many words (default 25). */
  readonly documentRuleMinWords?: number;
  /** Size of the masking windows (tests use small ones to exercise window boundaries). */
  readonly windowSize?: number;
  /**
   * Turns on the meaning tier (the pack's `meaning:` forms): where it gets a sentence's tokens.
   * Without it only the phrase rules run (and no model is ever needed).
   */
  readonly language?: SentenceAnalyser;
}

/** What an analyzer sees: the text, its prose with everything else masked (same offsets). */
export interface AnalyzerContext {
  readonly text: string;
  /** Same length as `text`; code, frontmatter, comments… replaced by line breaks, markup by spaces. */
  readonly prose: string;
  /** The frontmatter's text without its `---` lines, when there is one. */
  readonly frontmatter?: string;
  readonly pack?: Pack;
  /** What the phrase rules flagged (so a tier that reads sentences can leave those to them). */
  readonly phraseFindings?: readonly PhraseFinding[];
  /** Drops a phrase finding the sentence's reading shows is not meant (negated, quoted advice). */
  readonly dismiss?: (finding: PhraseFinding) => void;
}

/** A finding without positions in lines and columns: the engine adds them. */
export type AnalyzerFinding = Omit<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'suggestions'> & {
  readonly suggestions?: readonly string[];
};

export type Analyzer = ((context: AnalyzerContext) => readonly AnalyzerFinding[]) & {
  /** Texts longer than this skip the analyzer, and the engine does not even collect their prose for it. */
  readonly maxChars?: number;
  /**
   * The same work in slices, for an analyzer that can take long on a big text: the engine calls
   * `step(until)` (until = a `performance.now()` deadline, or Infinity) between its own slices
   * until it returns true, then reads `findings`.
   */
  readonly begin?: (context: AnalyzerContext) => AnalyzerScan;
};

/** An analyzer's run over one text, in slices (see `Analyzer.begin`). */
export interface AnalyzerScan {
  /** Works until about `until` (at least one unit of work); true when done. */
  step(until: number): boolean;
  readonly findings: readonly AnalyzerFinding[];
}

export const DEFAULT_DOCUMENT_MIN_WORDS = 25;

/** Above this size, preparing the analyzers' prose starts a slice of its own (see `LintRun.step`). */
const PREPARE_OWN_SLICE_CHARS = 1024 * 1024;

/** A phrase rule's finding as analyzers see it. */
export interface PhraseFinding {
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
}

interface Draft {
  readonly rule: CompiledRule | undefined;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly suggestions: readonly string[];
  readonly source: Omit<AnalyzerFinding, 'start' | 'end' | 'severity' | 'ruleId'> | undefined;
}

interface Candidate {
  readonly phrase: CompiledRulePhrase;
  /** The whole match, context included. */
  readonly start: number;
  readonly end: number;
  /** The flagged part. */
  readonly coreStart: number;
  readonly coreEnd: number;
}

const WORD = /[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+/g;
/** A word as patterns have them: letters, digits, apostrophes, & and +. */
const TEXT_WORD = new RegExp(`[${TEXT_WORD_CLASS}]+`, 'g');
const WORD_CHAR = new RegExp(`[${TEXT_WORD_CLASS}]`);
const SEPARATOR_CHAR = /[^\S\n]|[-/\u2010-\u2015]/;

/** The word next to offset `at` of a lower-cased window (before it: `dir` -1; after: 1), across a separator only. */
function neighbourWord(w: string, at: number, dir: -1 | 1): string | undefined {
  let i = dir < 0 ? at - 1 : at;
  let skipped = 0;
  while (i >= 0 && i < w.length && SEPARATOR_CHAR.test(w[i]!) && skipped++ < 52) i += dir;
  if (i < 0 || i >= w.length || !WORD_CHAR.test(w[i]!)) return undefined;
  let j = i;
  while (j + dir >= 0 && j + dir < w.length && WORD_CHAR.test(w[j + dir]!)) j += dir;
  const word = dir < 0 ? w.slice(j, i + 1) : w.slice(i, j + 1);
  return word.replace(/’/g, "'");
}
const NON_ASCII_LETTER = /[\p{L}\p{N}]/u;

/**
 * One lint of one text, in steps: `step(budgetMs)` works through windows of the document until
 * the budget is spent and returns true when it is done, so an editor can lint a very large file
 * without holding its thread. `lintText` runs it in one go.
 */
export class LintRun {
  readonly rules: RuleSet;
  private readonly masker: MarkdownMasker;
  private readonly drafts: Draft[] = [];
  private readonly minWords: number;
  private readonly present: boolean[];
  private words = 0;
  /** Window offset where the last accepted match ends (matches never overlap). */
  private acceptedEnd = 0;
  private firstProse: { start: number; end: number } | undefined;
  private readonly prose: string[] | undefined;
  /** The analyzers that take a text of this size. */
  private readonly analyzers: readonly Analyzer[];
  private result: Finding[] | undefined;
  private emitting: { positions: LineCursor; suppress: Suppressions; index: number } | undefined;
  /** Between the last window and emitting: the analyzers at work, one after the other. */
  private analysing: { scans: AnalyzerScan[]; index: number; dismissed: Set<Draft> } | undefined;
  private readonly out: Finding[] = [];
  private readonly disabled: ReadonlySet<string>;

  constructor(
    readonly text: string,
    private readonly pack: Pack | undefined,
    private readonly options: LintOptions = {},
  ) {
    this.rules = compileRules(pack, { disabledRules: options.disabledRules ?? [], extraPhrases: options.extraPhrases ?? [] });
    this.masker = new MarkdownMasker(text, options.windowSize ? { windowSize: options.windowSize } : {});
    this.minWords = options.documentRuleMinWords ?? DEFAULT_DOCUMENT_MIN_WORDS;
    this.present = this.rules.documentRules.map(() => false);
    const analyzers = options.language ? [...(options.analyzers ?? []), meaningAnalyzer(options.language)] : (options.analyzers ?? []);
    this.analyzers = analyzers.filter((a) => a.maxChars === undefined || text.length <= a.maxChars);
    this.prose = this.analyzers.length > 0 ? [] : undefined;
    this.disabled = new Set(options.disabledRules ?? []);
  }

  /** Problems compiling the rules (bad patterns in a user pack, empty extra phrases). */
  get problems(): readonly RuleProblem[] {
    return this.rules.problems;
  }

  get done(): boolean {
    return this.result !== undefined;
  }

  /** The findings, sorted by position; only once `step` has returned true. */
  get findings(): Finding[] {
    if (!this.result) throw new Error('LintRun.findings read before the run finished');
    return this.result;
  }

  /** Works for about `budgetMs` (at least one window); true when the run is complete. */
  step(budgetMs = Infinity): boolean {
    if (this.result) return true;
    const until = budgetMs === Infinity ? Infinity : now() + budgetMs;
    let worked = false;
    while (!this.emitting) {
      if (this.analysing) this.analyse(until);
      else {
        const w = this.masker.next();
        if (w) this.window(w.start, w.text);
        else {
          // Joining a huge text's prose is one long unit of work (~20 ms at 10 MB): give it a
          // slice of its own rather than the end of a full one.
          if (this.prose && worked && until !== Infinity && this.text.length > PREPARE_OWN_SLICE_CHARS) return false;
          this.prepare();
        }
      }
      worked = true;
      if (until !== Infinity && now() >= until) return false;
    }
    // Findings are made in batches too: a huge file can have tens of thousands.
    for (;;) {
      if (this.emit(512)) {
        this.result = this.out;
        return true;
      }
      if (until !== Infinity && now() >= until) return false;
    }
  }

  private window(offset: number, w: string): void {
    this.prose?.push(w);
    const { search, documentRules } = this.rules;
    // Rules are lower-case regexes: match a lower-cased copy (same length: İ is the one letter
    // whose lower case is longer, so it becomes a plain i first).
    const lower = (w.includes('\u0130') ? w.replace(/\u0130/g, 'i') : w).toLowerCase();
    if (search) this.match(search, offset, lower, w);
    if (documentRules.length > 0) {
      documentRules.forEach((rule, i) => {
        if (!this.present[i] && rule.presence!.find(lower, 0) !== undefined) this.present[i] = true;
      });
      if (this.words < this.minWords) {
        WORD.lastIndex = 0;
        let m: RegExpExecArray | null;
        while (this.words < this.minWords && (m = WORD.exec(w)) !== null) {
          if (this.words === 0) {
            const lineEnd = w.indexOf(HARD, m.index);
            const end = (lineEnd < 0 ? w : w.slice(0, lineEnd)).trimEnd().length;
            this.firstProse = { start: offset + m.index, end: offset + end };
          }
          this.words++;
        }
      }
    }
  }

  /** `w` is the lower-cased window the rules search; `original` the same text as written. */
  private match(search: RegExp, offset: number, w: string, original: string): void {
    const anchors = this.rules.anchors;
    search.lastIndex = 0;
    this.acceptedEnd = 0;
    this.pending = undefined;
    const found: Candidate[] = [];
    let hit: RegExpExecArray | null;
    while ((hit = search.exec(w)) !== null) {
      const at = hit.index;
      const entry = anchors.get(hit[0].includes('’') || hit[0].includes('‘') ? anchorKey(hit[0]) : hit[0]);
      if (!entry) continue;
      // Every phrase anchored on this word is tried; the one flagging the earliest, then the
      // longest, range wins, among those no `except` look-alike overlaps. Matches of different
      // hits that overlap are settled the same way (see `outcome`).
      // When every phrase here flags from the anchor on, and a match from the anchor would change
      // nothing (inside a match already taken), the phrases need not even be run: a line of
      // anchors covered by long matches costs one match per finding, not one per word.
      if (entry.flagsFromAnchor && !this.matters(at, Infinity)) continue;
      found.length = 0;
      for (const phrase of entry.phrases) {
        const c = this.candidate(phrase, at, w);
        if (c) found.push(c);
      }
      if (found.length === 0) continue;
      // In order of preference (stable: the earlier phrase wins a tie).
      if (found.length > 1) found.sort((a, b) => a.coreStart - b.coreStart || b.coreEnd - a.coreEnd);
      // The preferred candidate no look-alike overlaps decides; looking for look-alikes is the
      // costly part, so candidates from the last one that would change anything on are not checked.
      let last = found.length;
      while (last > 0 && !this.matters(found[last - 1]!.coreStart, found[last - 1]!.coreEnd)) last--;
      for (let i = 0; i < last; i++) {
        const c = found[i]!;
        const except = c.phrase.rule.except;
        if (except && excepted(except, w, c.coreStart, c.coreEnd)) continue;
        this.settle(c, offset, original, w);
        break;
      }
      // When every phrase flags from its anchor, no hit before the pending match's end can change
      // anything: the search goes on from there, unless a hit could span that place (it would
      // have hidden hits inside it from the search).
      const p = this.pending as Candidate | undefined; // (set by `settle`)
      if (p && this.rules.allFlagFromAnchor && p.coreEnd > search.lastIndex && !this.rules.anchorChars.has(w.charCodeAt(p.coreEnd))) search.lastIndex = p.coreEnd;
    }
    if (this.pending) this.accept(this.pending, offset, original, w);
    this.pending = undefined;
  }

  /** The undecided match of the window: accepted once a later match cannot overlap it. */
  private pending: Candidate | undefined;

  /** Whether the best match of a hit flagging [coreStart, coreEnd) would change the window's matches. */
  private matters(coreStart: number, coreEnd: number): boolean {
    if (coreStart < this.acceptedEnd) return false;
    const p = this.pending;
    return !p || coreStart >= p.coreEnd || coreStart < p.coreStart || (coreStart === p.coreStart && coreEnd > p.coreEnd);
  }

  /** A hit's best match `c`: accepted, kept pending, or dropped (see `matters`). */
  private settle(c: Candidate, offset: number, original: string, w: string): void {
    if (!this.matters(c.coreStart, c.coreEnd)) return;
    const p = this.pending;
    if (p && c.coreStart >= p.coreEnd) this.accept(p, offset, original, w);
    this.pending = c;
  }

  /**
   * Whether replacing [start, end) of the lower-cased window `w` by `replacement` makes a match
   * that touches the replacement. `around` is the finding's text around it (see `aroundOf`), taken
   * once for all its replacements.
   */
  private makesMatch(around: Around, replacement: string): boolean {
    // The answer depends on nothing but the text around and the rules: a draft that repeats a
    // sentence (or a line of thousands of findings) asks the same question again and again.
    let answers = around.answers ?? this.madeMatches.get(around.key);
    if (answers === undefined) {
      if (this.madeMatches.size >= 1024) this.madeMatches.clear();
      answers = new Map();
      this.madeMatches.set(around.key, answers);
    }
    around.answers = answers;
    let found = answers.get(replacement);
    if (found === undefined) {
      const search = this.rules.search;
      const local = around.before + replacement + around.after;
      found = search !== undefined && this.searchTouching(search, local, around.before.length, around.before.length + replacement.length);
      answers.set(replacement, found);
    }
    return found;
  }

  /** Answers of `makesMatch` already worked out in this run: by the text around a finding, then by replacement. */
  private readonly madeMatches = new Map<string, Map<string, boolean>>();

  /** Whether a phrase of the rules matches `local` overlapping [rStart, rEnd). */
  private searchTouching(search: RegExp, local: string, rStart: number, rEnd: number): boolean {
    const touching = { start: rStart, end: rEnd };
    const saved = search.lastIndex;
    search.lastIndex = 0;
    let hit: RegExpExecArray | null;
    let found = false;
    while (!found && (hit = search.exec(local)) !== null) {
      const entry = this.rules.anchors.get(hit[0].includes('’') || hit[0].includes('‘') ? anchorKey(hit[0]) : hit[0]);
      for (const phrase of entry?.phrases ?? []) {
        const c = this.verify(phrase, hit.index, local, touching);
        if (c) {
          found = true;
          break;
        }
      }
    }
    search.lastIndex = saved;
    return found;
  }

  /** The match of `phrase` around the anchor hit at `at`, if the phrase is there (overlapping `touching`, if given) and not excepted. */
  private verify(phrase: CompiledRulePhrase, at: number, w: string, touching?: { readonly start: number; readonly end: number }): Candidate | undefined {
    const c = this.candidate(phrase, at, w, touching);
    const except = phrase.rule.except;
    if (c && except && excepted(except, w, c.coreStart, c.coreEnd)) return undefined;
    return c;
  }

  /** The match of `phrase` around the anchor hit at `at`, if the phrase is there (look-alikes not checked). */
  private candidate(phrase: CompiledRulePhrase, at: number, w: string, touching?: { readonly start: number; readonly end: number }): Candidate | undefined {
    const m = phrase.matcher.match(w, at, touching);
    if (!m) return undefined;
    const { start, end, coreStart, coreEnd } = m;
    // `\b` only knows ASCII: a phrase glued to a preceding non-ASCII letter is not a whole word.
    if (start > 0 && w.charCodeAt(start - 1) > 127 && NON_ASCII_LETTER.test(w[start - 1]!)) return undefined;
    return { phrase, start, end, coreStart, coreEnd };
  }

  private accept(c: Candidate, offset: number, w: string, lower: string): void {
    this.acceptedEnd = c.coreEnd;
    const phrase = c.phrase;
    const rule = phrase.rule;
    const shape = caseShape(w.slice(c.coreStart, c.coreEnd), startsSentence(w, c.coreStart));
    // Every finding of this phrase in this case shape shares one (readonly) list…
    let suggestions = (phrase.shaped[shape] ??= (phrase.suggestions ?? rule.suggestions).map((s) => shapeSuggestion(s, shape)));
    // …unless a replacement could join the words around it into a new red flag: those are
    // tried in place, and one that would make a new match is not offered.
    if (phrase.risky && suggestions.length > 0) {
      // Only a replacement whose edge word pairs with the neighbouring word as in some phrase can.
      const before = neighbourWord(lower, c.coreStart, -1);
      const after = neighbourWord(lower, c.coreEnd, 1);
      const bigrams = this.rules.bigrams;
      let around: Around | undefined;
      const kept = suggestions.filter((s) => {
        const edges = this.edgesOf(s);
        if (!edges) return true;
        const joins = (before !== undefined && bigrams.get(before)?.has(edges.first) === true) || (after !== undefined && bigrams.get(edges.last)?.has(after) === true);
        return !joins || !this.makesMatch((around ??= aroundOf(lower, c.coreStart, c.coreEnd)), edges.replacement);
      });
      if (kept.length !== suggestions.length) suggestions = kept;
    }
    this.drafts.push({ rule, ruleId: rule.id, severity: rule.severity, start: offset + c.coreStart, end: offset + c.coreEnd, suggestions, source: undefined });
  }

  /** A replacement as matched in place (lower case, plain apostrophes) and its first and last words; undefined when it has none. */
  private edgesOf(suggestion: string): { replacement: string; first: string; last: string } | undefined {
    // Worked out once per replacement, not once per finding (a draft can have tens of thousands).
    let edges = this.edges.get(suggestion);
    if (edges === undefined) {
      const replacement = suggestion.toLowerCase().replace(/[‘’]/g, "'");
      const words = replacement.match(TEXT_WORD);
      edges = words ? { replacement, first: words[0]!, last: words[words.length - 1]! } : null;
      this.edges.set(suggestion, edges);
    }
    return edges ?? undefined;
  }

  private readonly edges = new Map<string, { replacement: string; first: string; last: string } | null>();

  /** After the last window: document rules, then the analyzers start (see `analyse`). */
  private prepare(): void {
    const drafts = this.drafts;
    this.rules.documentRules.forEach((rule, i) => {
      if (this.present[i] || this.words < this.minWords || !this.firstProse) return;
      drafts.push({ rule, ruleId: rule.id, severity: rule.severity, start: this.firstProse.start, end: this.firstProse.end, suggestions: [], source: undefined });
    });
    const dismissed = new Set<Draft>();
    const scans: AnalyzerScan[] = [];
    if (this.prose) {
      const fm = this.masker.frontmatter;
      const context: AnalyzerContext = {
        text: this.text,
        prose: this.prose.join(''),
        ...(fm ? { frontmatter: frontmatterBody(this.text.slice(fm.start, fm.end)) } : {}),
        ...(this.pack ? { pack: this.pack } : {}),
        phraseFindings: drafts.filter((d) => d.rule !== undefined && d.rule.scope === 'phrase'),
        dismiss: (f) => dismissed.add(f as Draft),
      };
      this.prose.length = 0;
      for (const analyzer of this.analyzers) {
        if (analyzer.begin) scans.push(analyzer.begin(context));
        else {
          // An analyzer without slices runs whole, as one unit of work.
          let findings: readonly AnalyzerFinding[] = [];
          scans.push({ step: () => ((findings = analyzer(context)), true), get findings() { return findings; } });
        }
      }
    }
    this.analysing = { scans, index: 0, dismissed };
  }

  /** Steps the analyzers until `until`; after the last, sorted drafts are ready to emit. */
  private analyse(until: number): void {
    const state = this.analysing!;
    const drafts = this.drafts;
    while (state.index < state.scans.length) {
      const scan = state.scans[state.index]!;
      if (!scan.step(until)) return;
      for (const f of scan.findings) {
        const start = clamp(f.start, 0, this.text.length);
        const end = clamp(f.end, start, this.text.length);
        drafts.push({ rule: undefined, ruleId: f.ruleId, severity: f.severity, start, end, suggestions: f.suggestions ?? [], source: f });
      }
      state.index++;
      if (until !== Infinity && now() >= until) return;
    }
    const dismissed = state.dismissed;
    if (dismissed.size > 0) {
      let k = 0;
      for (const d of drafts) if (!dismissed.has(d)) drafts[k++] = d;
      drafts.length = k;
    }
    drafts.sort((a, b) => a.start - b.start || a.end - b.end);
    this.analysing = undefined;
    this.emitting = { positions: new LineCursor(this.text), suppress: new Suppressions(this.masker.directives), index: 0 };
  }

  /** Turns up to `count` drafts into findings; true when all are done. */
  private emit(count: number): boolean {
    const state = this.emitting!;
    const { positions, suppress } = state;
    const drafts = this.drafts;
    const disabled = this.disabled;
    const overrides = this.options.severity ?? {};
    const hasOverrides = Object.keys(overrides).length > 0;
    const out = this.out;
    const stop = Math.min(drafts.length, state.index + count);
    for (let i = state.index; i < stop; i++) {
      const d = drafts[i]!;
      if (disabled.has(d.ruleId)) continue;
      const override = hasOverrides && Object.prototype.hasOwnProperty.call(overrides, d.ruleId) ? overrides[d.ruleId] : undefined;
      if (override === 'off') continue;
      const line = positions.line(d.start);
      const column = d.start - positions.lineStart + 1;
      const endLine = positions.line(d.end);
      const endColumn = d.end - positions.lineStart + 1;
      if (suppress.hides(d.ruleId, d.start, line - 1, endLine - 1)) continue;
      const r = d.rule;
      const s = d.source;
      const finding: Mutable<Finding> = {
        ruleId: d.ruleId,
        severity: isSeverity(override) ? override : d.severity,
        message: r?.message ?? s?.message ?? d.ruleId,
        start: d.start,
        end: d.end,
        line,
        column,
        endLine,
        endColumn,
        suggestions: d.suggestions,
      };
      const reason = r ? r.reason : s?.reason;
      if (reason) finding.reason = reason;
      const cite = r ? r.cite : s?.cite;
      if (cite) finding.cite = cite;
      const advice = r ? r.advice : s?.advice;
      if (advice) finding.advice = advice;
      const ideas = r ? (r.scope === 'document' && r.suggestions.length > 0 ? r.suggestions : undefined) : s?.ideas;
      if (ideas) finding.ideas = ideas;
      out.push(finding);
    }
    state.index = stop;
    return stop >= drafts.length;
  }
}

/** Lints a whole text at once. The pack's rules are compiled once per pack (and options). */
export function lintText(text: string, pack: Pack | undefined, options: LintOptions = {}): Finding[] {
  const run = new LintRun(text, pack, options);
  run.step();
  return run.findings;
}

/** The text a replacement of [start, end) would sit in, as far as a phrase reaches (96 characters each side). */
interface Around {
  readonly before: string;
  readonly after: string;
  /** Both, told apart by the length of `before`. */
  readonly key: string;
  /** `makesMatch`'s answers for this text, by replacement (once looked up). */
  answers?: Map<string, boolean>;
}

function aroundOf(w: string, start: number, end: number): Around {
  const before = w.slice(Math.max(0, start - 96), start);
  const after = w.slice(end, Math.min(w.length, end + 96));
  return { before, after, key: `${before.length}\u0000${before}\u0000${after}` };
}


function excepted(except: PhraseSetMatcher, w: string, start: number, end: number): boolean {
  // Search a small neighbourhood, starting at a word boundary so `\b` means what it should. In
  // the text itself, not a copy, so the matcher's memory of failed steps carries over from one
  // finding to the next (a pack of ambiguous look-alikes stays linear in the text).
  let from = Math.max(0, start - 96);
  while (from > 0 && /[A-Za-z0-9_]/.test(w[from - 1]!)) from--;
  // A look-alike starting at or after `end` cannot overlap: none is looked for there.
  for (let at = from; ; ) {
    const m = except.find(w, at, end);
    if (!m) return false;
    if (m.end > start) return true;
    at = m.end > m.start ? m.end : m.start + 1;
  }
}

/** Whether a replacement at `at` begins a sentence (so it should be capitalised). */
function startsSentence(w: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = w[i]!;
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '\u00a0') continue;
    return c === HARD || c === '.' || c === '!' || c === '?';
  }
  return true;
}

/**
 * The lines between a frontmatter block's delimiter lines. By index, not by /\n?[^\n]*$/: that
 * expression tries every position of a long line before the last one and reads to its end from
 * each (a draft with a 200 KB frontmatter line took 33 s).
 */
export function frontmatterBody(block: string): string {
  const first = block.indexOf('\n');
  if (first < 0) return '';
  const rest = block.slice(first + 1);
  const last = rest.lastIndexOf('\n');
  return last < 0 ? '' : rest.slice(0, last);
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), lo), hi) : lo;
}

function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warning' || value === 'info' || value === 'hint';
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Offsets to 1-based lines, walking forward (findings come sorted); after `line(offset)`,
 * `lineStart` is the offset where that line starts, so the UTF-16 column is `offset - lineStart + 1`.
 */
class LineCursor {
  private current = 0;
  /** The first line break at or after `lineStart` (-1: none left), found once per line, not once per finding. */
  private nextBreak = -2;
  lineStart = 0;
  constructor(private readonly text: string) {}

  line(offset: number): number {
    if (offset < this.lineStart) {
      this.current = 0;
      this.lineStart = 0;
      this.nextBreak = -2;
    }
    for (;;) {
      if (this.nextBreak === -2) this.nextBreak = this.text.indexOf('\n', this.lineStart);
      const nl = this.nextBreak;
      if (nl < 0 || nl >= offset) break;
      this.current++;
      this.lineStart = nl + 1;
      this.nextBreak = -2;
    }
    return this.current + 1;
  }
}

/** markdownlint-style suppression comments, applied to findings in order. */
class Suppressions {
  private readonly ranged: Directive[];
  private readonly lineRules = new Map<number, Directive[]>();
  private readonly fileAll: boolean;
  private readonly fileRules: Map<string, boolean>;
  private index = 0;
  private all = false;
  private readonly rules = new Map<string, boolean>();

  constructor(directives: readonly Directive[]) {
    this.ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
    let fileAll = false;
    const fileRules = new Map<string, boolean>();
    for (const d of directives) {
      if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
        const line = d.kind === 'disable-line' ? d.line : d.endLine + 1;
        const list = this.lineRules.get(line) ?? [];
        list.push(d);
        this.lineRules.set(line, list);
      } else if (d.kind === 'disable-file' || d.kind === 'enable-file') {
        const on = d.kind === 'disable-file';
        if (d.rules.length === 0) {
          fileAll = on;
          fileRules.clear();
        } else {
          for (const r of d.rules) fileRules.set(r, on);
        }
      }
    }
    this.fileAll = fileAll;
    this.fileRules = fileRules;
  }

  /** `start` must not decrease between calls. Lines are 0-based. */
  hides(ruleId: string, start: number, line: number, endLine: number): boolean {
    while (this.index < this.ranged.length && this.ranged[this.index]!.offset < start) {
      const d = this.ranged[this.index++]!;
      const on = d.kind === 'disable';
      if (d.rules.length === 0) {
        this.all = on;
        this.rules.clear();
      } else {
        for (const r of d.rules) this.rules.set(r, on);
      }
    }
    if (this.fileRules.get(ruleId) ?? this.fileAll) return true;
    if (this.rules.get(ruleId) ?? this.all) return true;
    for (let l = line; l <= endLine; l++) {
      const list = this.lineRules.get(l);
      if (list && list.some((d) => d.rules.length === 0 || d.rules.includes(ruleId))) return true;
    }
    return false;
  }
}
