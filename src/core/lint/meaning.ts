import { mayAnnounce, mayPointBack, readSentence, refusesWhatCameBefore, speakersCue, wantsWhatCameBefore, splitSentences, type Sentence, type SentenceAnalysis, type SentenceReading } from '../language';
import type { Analyzer, AnalyzerContext, AnalyzerFinding, AnalyzerScan, PhraseFinding } from './engine';
import { compileMeaningRules, passesPrefilter, type CompiledEntry, type CompiledFrame, type MeaningRule, type MeaningRuleSet } from './meaningRules';

/**
 * Where the meaning tier gets a sentence's tokens: the model, a cache in front of it, or
 * nothing yet (`undefined`: the model is still loading; the sentence is read on a later lint).
 */
export interface SentenceAnalyser {
  analyse(sentence: string): SentenceAnalysis | undefined;
  /**
   * Optional: remembered verdicts, so an unchanged sentence is neither parsed nor read again
   * (the CLI keeps them on disk). A sentence with phrase findings inside is keyed by them too
   * (rule and offsets), since the verdict says which of them its reading dismissed.
   */
  readonly verdicts?: VerdictStore;
}

/**
 * What the meaning tier concluded about a sentence: its findings as [rule id, start, end]
 * (offsets in the sentence; none is `[]`), and which of the phrase findings inside it (by index,
 * in order) its reading dismissed.
 */
export interface SentenceVerdict {
  readonly found: readonly (readonly [string, number, number])[];
  readonly dismissed?: readonly number[];
}

export interface VerdictStore {
  /** `formsKey` is the rule set's hash of its meaning forms; `sentence` the sentence (and its phrase findings). */
  get(formsKey: string, sentence: string): SentenceVerdict | undefined;
  set(formsKey: string, sentence: string, verdict: SentenceVerdict): void;
}

/**
 * Texts longer than this skip the meaning tier. It runs in slices like the phrase tier (see
 * `MeaningScan`), so size costs time, not responsiveness; the bound only keeps memory and a
 * CLI run on a huge generated file in check.
 */
export const MEANING_MAX_CHARS = 32 * 1024 * 1024;

/** The prose is split into sentences this many characters at a time (at a blank line). */
const CHUNK_CHARS = 16 * 1024;
/** How many sentences are read between two looks at the clock. */
const SENTENCES_PER_CHECK = 16;

/** Whether a sentence's raw text could hold any meaning rule's concept (no model needed). */
export function mayMean(rules: MeaningRuleSet, sentence: string): boolean {
  if (!rules.prefilter) return false;
  let memo = prefilterMemo.get(rules);
  if (!memo) prefilterMemo.set(rules, (memo = new Map()));
  let known = memo.get(sentence);
  if (known === undefined) {
    if (memo.size >= 20_000) memo.clear();
    known = passesPrefilter(rules.prefilter, sentence);
    memo.set(sentence, known);
  }
  return known;
}

/** Prefilter answers by sentence text: drafts repeat sentences, and an editor relints unchanged ones. */
const prefilterMemo = new WeakMap<MeaningRuleSet, Map<string, boolean>>();

/** The meaning tier as an analyzer of the lint engine: only sentences past the prefilter are read. */
export function meaningAnalyzer(analyser: SentenceAnalyser, maxChars = MEANING_MAX_CHARS): Analyzer {
  const begin = (context: AnalyzerContext): AnalyzerScan => {
    const rules = compileMeaningRules(context.pack);
    if (rules.rules.length === 0) return { step: () => true, findings: [] };
    return new MeaningScan(context.prose, rules, analyser, context.phraseFindings ?? [], context.dismiss);
  };
  const analyzer = (context: AnalyzerContext): AnalyzerFinding[] => {
    const scan = begin(context);
    scan.step(Infinity);
    return [...scan.findings];
  };
  return Object.assign(analyzer, { maxChars, begin });
}

/** Meaning findings in a (masked) text; a sentence a phrase rule already flagged for the same rule is left to it. */
export function findMeanings(
  prose: string,
  rules: MeaningRuleSet,
  analyser: SentenceAnalyser,
  phraseFindings: readonly PhraseFinding[],
  dismiss?: (finding: PhraseFinding) => void,
): AnalyzerFinding[] {
  const scan = new MeaningScan(prose, rules, analyser, phraseFindings, dismiss);
  scan.step(Infinity);
  return scan.findings;
}

/**
 * The meaning tier over one text, in slices: the prose is split into sentences a chunk at a
 * time (chunks end at a blank line, which always ends a sentence), and the clock is read every
 * few sentences, so a multi-megabyte draft never holds an editor's thread for long.
 */
export class MeaningScan implements AnalyzerScan {
  readonly findings: AnalyzerFinding[] = [];
  private readonly sorted: PhraseFinding[];
  private next = 0;
  private offset = 0;
  private pending: Sentence[] = [];
  private pendingAt = 0;

  constructor(
    private readonly prose: string,
    private readonly rules: MeaningRuleSet,
    private readonly analyser: SentenceAnalyser,
    phraseFindings: readonly PhraseFinding[],
    private readonly dismiss?: (finding: PhraseFinding) => void,
  ) {
    this.sorted = [...phraseFindings].sort((a, b) => a.start - b.start);
  }

  step(until: number): boolean {
    const timed = until !== Infinity;
    for (let n = 1; ; n++) {
      if (this.pendingAt >= this.pending.length) {
        if (this.offset >= this.prose.length) return true;
        this.nextChunk();
        continue;
      }
      let sentence = this.pending[this.pendingAt++]!;
      // A topic put as a question and answered on the same line ("Film and animation? Not my
      // scene.", "artists? meh.") is one statement: the answer is about the topic.
      const answer = this.pending[this.pendingAt];
      if (answer && isTopicQuestion(sentence.text) && !/[\r\n]/.test(this.prose.slice(sentence.end, answer.start))) {
        sentence = { start: sentence.start, end: answer.end, text: this.prose.slice(sentence.start, answer.end) };
        this.pendingAt++;
      }
      this.read(sentence);
      // A stance put in the next sentence ("At the bank every release needed three sign-offs. I'd
      // want the same here.") is read with the sentence it points back at, in the same paragraph.
      const following = this.pending[this.pendingAt];
      if (following && !/\n[ \t]*\r?\n/.test(this.prose.slice(sentence.end, following.start))) {
        if (mayPointBack(following.text)) this.readPair(sentence, following);
        // Or the stance comes first and says what follows: "Here's what I'd need. A role that…".
        if (mayAnnounce(sentence.text)) this.readAnnounced(sentence, following);
      }
      if (timed && n % SENTENCES_PER_CHECK === 0 && now() >= until) return this.offset >= this.prose.length && this.pendingAt >= this.pending.length;
    }
  }

  /** Splits the next chunk of prose, ending at a blank line (or the end). */
  private nextChunk(): void {
    const prose = this.prose;
    let end = prose.length;
    if (prose.length - this.offset > CHUNK_CHARS) {
      const blank = /\n[ \t]*\r?\n/g;
      blank.lastIndex = this.offset + CHUNK_CHARS;
      const m = blank.exec(prose);
      if (m) end = m.index + 1;
    }
    this.pending = splitSentences(prose, this.offset, end);
    this.pendingAt = 0;
    this.offset = end;
  }

  private read(sentence: Sentence): void {
    const { rules, sorted } = this;
    // The phrase findings in this sentence: the reading may show they are not meant.
    while (this.next < sorted.length && sorted[this.next]!.end <= sentence.start) this.next++;
    const inside: PhraseFinding[] = [];
    for (let k = this.next; k < sorted.length && sorted[k]!.start < sentence.end; k++) inside.push(sorted[k]!);
    if (inside.length === 0 && !mayMean(rules, sentence.text)) return;
    // Line breaks inside a sentence read as spaces (same length, so offsets hold).
    const flat = sentence.text.replace(/[\r\n\t]/g, ' ');
    const verdicts = this.analyser.verdicts;
    const key = inside.length === 0 ? flat : `${flat}\u0000${inside.map((f) => `${f.ruleId}:${f.start - sentence.start}:${f.end - sentence.start}`).join(',')}`;
    if (verdicts) {
      const known = verdicts.get(rules.formsKey, key);
      if (known) {
        if (this.dismiss) for (const k of known.dismissed ?? []) if (inside[k]) this.dismiss(inside[k]!);
        for (const [id, a, b] of known.found) {
          const rule = rules.rules.find((r) => r.id === id);
          if (!rule || a < 0 || b > flat.length || a > b) continue;
          const start = sentence.start + a;
          const end = sentence.start + b;
          // (A stance announced by the sentence before may have flagged this one already.)
          if (!this.foundRecently(id, sentence.start, sentence.end)) this.findings.push(findingOf(rule, start, end, this.prose.slice(start, end)));
        }
        return;
      }
    }
    const analysis = this.analyseQuietly(flat);
    if (!analysis) return;
    const reading = readingOf(analysis, flat);
    const dismissed: number[] = [];
    inside.forEach((f, k) => {
      const at = reading.tokens.findIndex((t) => sentence.start + t.end > f.start);
      // A sense the rule's meaning form says never is this red flag ("detailed instructions in the README") holds for its phrases too.
      const never = rules.rules.find((r) => r.id === f.ruleId)?.never ?? [];
      if (reading.reportedAdvice || (at >= 0 && (reading.negated[at] || reading.former[at] || reading.othersVoice[at])) || neverMeant(never, reading, rules, at)) {
        dismissed.push(k);
        this.dismiss?.(f);
      }
    });
    const found: [string, number, number][] = [];
    if (!reading.reportedAdvice) {
      for (const rule of rules.rules) {
        const span = matchRule(rule, reading, rules);
        if (!span) continue;
        const start = sentence.start + span.start;
        const end = sentence.start + span.end;
        // A sentence a phrase rule flags for the same rule is reported once, by the phrase rule.
        if (inside.some((f) => f.ruleId === rule.id)) continue;
        found.push([rule.id, span.start, span.end]);
        if (!this.foundRecently(rule.id, sentence.start, sentence.end)) this.findings.push(findingOf(rule, start, end, this.prose.slice(start, end)));
      }
    }
    verdicts?.set(rules.formsKey, key, dismissed.length > 0 ? { found, dismissed } : { found });
  }

  /** Whether a recent finding for `ruleId` lies in [start, end): findings come in text order, so only the last few are looked at. */
  private foundRecently(ruleId: string, start: number, end: number): boolean {
    for (let k = this.findings.length - 1; k >= 0 && k >= this.findings.length - RECENT; k--) {
      const f = this.findings[k]!;
      if (f.ruleId === ruleId && f.start < end && f.end > start) return true;
    }
    return false;
  }

  /** The phrase findings in [start, end), from the current sentence on (`next` is where it starts). */
  private phraseFindingsIn(start: number, end: number): PhraseFinding[] {
    const out: PhraseFinding[] = [];
    for (let k = this.next; k < this.sorted.length && this.sorted[k]!.start < end; k++) if (this.sorted[k]!.end > start) out.push(this.sorted[k]!);
    return out;
  }

  /** The model's analysis, or undefined (not loaded yet, or it failed on this text). */
  private analyseQuietly(text: string): SentenceAnalysis | undefined {
    try {
      return this.analyser.analyse(text);
    } catch {
      return undefined;
    }
  }

  /** The rules a joined pair is flagged for, where the finding lies in its first `headLength` characters and the stance after them. */
  private pairSpans(analysis: SentenceAnalysis, joined: string, headLength: number): [string, number, number][] {
    const reading = readingOf(analysis, joined);
    const spans: [string, number, number][] = [];
    if (reading.reportedAdvice || !reading.wantCues.some((c) => reading.tokens[c]!.start >= headLength)) return spans;
    for (const rule of this.rules.rules) {
      const span = matchRule(rule, reading, this.rules);
      if (span && span.end <= headLength) spans.push([rule.id, span.start, span.end]);
    }
    return spans;
  }

  /**
   * `previous` read as what `pointer`, the sentence after it, takes a stance on: the two are read
   * as one sentence ("…three sign-offs, and I'd want the same here"), and a red flag found there
   * counts when it lies in `previous`, the stance is the pointer's own, and neither tier flagged
   * `previous` for that rule on its own.
   */
  private readPair(previous: Sentence, pointer: Sentence): void {
    const { rules } = this;
    const head = withoutEnd(previous.text);
    const phrased = this.phraseFindingsIn(previous.start, previous.end);
    if (head.length === 0 || (phrased.length === 0 && !mayMean(rules, head))) return;
    const tail = pointer.text.replace(/[\r\n\t]/g, ' ');
    // "That worked…" reads as a clause inside the sentence; "I'd…" keeps its capital.
    const joined = `${head}${PAIR_JOIN}${/^I\b/.test(tail) ? tail : tail.charAt(0).toLowerCase() + tail.slice(1)}`;
    const verdict = this.remembered(`\u0001${joined}`, () => {
      const alone = this.analyseQuietly(tail);
      if (!alone) return undefined;
      const own = readingOf(alone, tail);
      if (refusesWhatCameBefore(own, tail)) return { found: [], dismissed: [0] };
      const analysis = this.analyseQuietly(joined);
      if (!analysis) return undefined;
      let found = this.pairSpans(analysis, joined, head.length);
      // The pointer's own words may be ones the endorsement reading does not know ("I am looking for
      // a similar setup here", "It's all I want to work on"): when, read alone, it wants what it
      // points at and negates nothing, the pair reads as the endorsement it is.
      if (found.length === 0 && wantsWhatCameBefore(own)) {
        const canonical = `${head}${PAIR_ENDORSEMENT}`;
        const read = this.analyseQuietly(canonical);
        if (read) found = this.pairSpans(read, canonical, head.length);
      }
      return { found };
    });
    if (!verdict) return;
    // (A pair's verdict says with `dismissed` that the pointer turns away from the sentence before it.)
    if (verdict.dismissed && verdict.dismissed.length > 0) {
      this.dismissIn(previous, phrased);
      return;
    }
    this.report(verdict.found, previous, head.length, phrased);
  }

  /** The verdict remembered under `key` (a pair's joined text, marked), or `compute`'s, remembered; undefined while the model is not there. */
  private remembered(key: string, compute: () => SentenceVerdict | undefined): SentenceVerdict | undefined {
    const verdicts = this.analyser.verdicts;
    const known = verdicts?.get(this.rules.formsKey, key);
    if (known) return known;
    const verdict = compute();
    if (verdict) verdicts?.set(this.rules.formsKey, key, verdict);
    return verdict;
  }

  /** A pair's findings, at their offsets in `sentence` (within its first `length` characters), each rule once and not where a phrase rule already flags it. */
  private report(found: SentenceVerdict['found'], sentence: Sentence, length: number, phrased: readonly PhraseFinding[]): void {
    for (const [id, a, b] of found) {
      const rule = this.rules.rules.find((r) => r.id === id);
      if (!rule || a < 0 || b > length || a > b) continue;
      if (this.foundRecently(id, sentence.start, sentence.end) || phrased.some((f) => f.ruleId === id)) continue;
      const start = sentence.start + a;
      const end = sentence.start + b;
      this.findings.push(findingOf(rule, start, end, this.prose.slice(start, end)));
    }
  }

  /**
   * `announcer` says the speaker's stance and that its object follows ("Here's what I'd need from
   * my next employer.", "My priority is simple.", "One thing I'd rather skip in this role."); the
   * sentence after it is that object. The two are read as one, joined by a colon, and a red flag
   * found in `object`'s part counts (once: `object` is read on its own next, and a rule found here
   * is not reported twice).
   */
  private readAnnounced(announcer: Sentence, object: Sentence): void {
    const { rules } = this;
    const head = withoutEnd(announcer.text);
    const tail = object.text.replace(/[\r\n\t]/g, ' ');
    if (head.length === 0 || !mayMean(rules, tail)) return;
    const joined = `${head}: ${tail}`;
    const at = head.length + 2;
    const verdict = this.remembered(`\u0003${joined}`, () => {
      const analysis = this.analyseQuietly(joined);
      if (!analysis) return undefined;
      const reading = readingOf(analysis, joined);
      const found: [string, number, number][] = [];
      // The stance is the announcer's own, and the speaker's: "Here's what I'd need", not "Here is what my old manager wanted".
      const own = (c: number): boolean => reading.tokens[c]!.start < head.length && (speakersCue(reading.tokens, c) || /^(?:my|our)$/.test(reading.tokens[c - 1]?.lower ?? ''));
      if (!reading.reportedAdvice && reading.wantCues.some(own)) {
        for (const rule of rules.rules) {
          const span = matchRule(rule, reading, rules);
          // (A span may start in the announcer, "…role: meetings with artists"; it is quoted from the object on.)
          if (span && span.end > at) found.push([rule.id, Math.max(0, span.start - at), span.end - at]);
        }
      }
      return { found };
    });
    if (!verdict) return;
    this.report(verdict.found, object, tail.length, this.phraseFindingsIn(object.start, object.end));
  }

  /** Drops both tiers' findings inside a sentence the next one turned away from ("…. I'm never doing that again."). */
  private dismissIn(sentence: Sentence, phrased: readonly PhraseFinding[]): void {
    const inside = (f: { start: number; end: number }): boolean => f.start >= sentence.start && f.end <= sentence.end;
    for (let k = this.findings.length - 1; k >= 0 && k >= this.findings.length - RECENT; k--) if (inside(this.findings[k]!)) this.findings.splice(k, 1);
    if (this.dismiss) for (const f of phrased) if (inside(f)) this.dismiss(f);
  }

}

/** How a sentence pointing back is joined to the one before it, to be read as the clause after it. */
const PAIR_JOIN = ', and ';
/** The clause a pointer that wants what it points at reads as, after the sentence it points at. */
const PAIR_ENDORSEMENT = ", and I'd want the same.";

/** A sentence as the first part of a pair: line breaks as spaces (offsets hold), without its closing punctuation. */
function withoutEnd(text: string): string {
  return text.replace(/[\r\n\t]/g, ' ').replace(/[\s.!?…:;,]+$/, '');
}

/** How many of the latest findings a pair looks back over (a sentence holds a few at most). */
const RECENT = 32;

/** Words that make a short question a real one ("Why Netflix?", "Any questions?"), not a topic. */
const ASKING = /^(?:why|what|how|who|whom|whose|where|when|which|is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|must|have|has|had|any|anything|questions?|ok|okay|right|really|seriously|me)$/i;

/** A topic named as a question of at most four words with no question word: "Film and animation?", "artists?". */
export function isTopicQuestion(text: string): boolean {
  const m = /^[\s>*#|-]*([A-Za-z][\w'’/&-]*(?:\s+[\w'’/&-]+){0,3})\s*\?$/.exec(text.trim());
  if (!m) return false;
  return !ASKING.test(m[1]!.split(/\s+/)[0]!);
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function findingOf(rule: MeaningRule, start: number, end: number, quote: string): AnalyzerFinding {
  const reads = rule.reads.charAt(0).toUpperCase() + rule.reads.slice(1);
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: `${reads}: “${quote.replace(/\s+/g, ' ').trim()}”. ${rule.message}`,
    start,
    end,
    ...(rule.reason ? { reason: rule.reason } : {}),
    ...(rule.advice ? { advice: rule.advice } : {}),
    ...(rule.cite ? { cite: rule.cite } : {}),
    suggestions: [],
    ...(rule.suggestions.length > 0 ? { ideas: rule.suggestions } : {}),
  };
}

/** Words a gap or a skip never crosses: negations, and the contrast of "rather than" / "instead of" ("given context rather than a checklist"). */
const NEGATOR_WORDS = new Set(['not', "n't", 'never', 'no', 'without', 'nothing', 'nobody', 'none', 'than', 'instead']);
const SKIPPABLE_POS = new Set(['DET', 'ADJ', 'ADV', 'PRON', 'NUM']);
/** Tokens the matcher does not see: hyphens, slashes, quotes, brackets (so "hand-holding" is two words). */
const INVISIBLE = /^(?:[-/"“”‘’'()[\]*_–—]|--)$/;

/** Readings by analysis: an editor's analyser hands back the same analysis for an unchanged sentence. */
const readings = new WeakMap<SentenceAnalysis, { text: string; reading: SentenceReading }>();

function readingOf(analysis: SentenceAnalysis, text: string): SentenceReading {
  const known = readings.get(analysis);
  if (known && known.text === text) return known.reading;
  const reading = readSentence(analysis, text);
  readings.set(analysis, { text, reading });
  return reading;
}

interface View {
  readonly reading: SentenceReading;
  /** Indexes of the tokens the matcher sees. */
  readonly seq: readonly number[];
  /** Lemma or lower-case form → the seq positions of tokens that have it. */
  readonly at: ReadonlyMap<string, readonly number[]>;
  /** Per token index: the concept word a typo in it stands for. */
  readonly alt: readonly (string | undefined)[];
  /** Per token index: the verb a gerund read as a noun stands for ("answering" → answer). */
  readonly base: readonly (readonly string[] | undefined)[];
  /** Occurrences already found in this sentence, per entry. */
  readonly memo: Map<CompiledEntry, [number, number][]>;
  /** The entries whose first word is in the sentence (the others cannot match). */
  readonly candidates: ReadonlySet<CompiledEntry>;
  /** Each rule's answer for this sentence, once asked. */
  readonly answers: Map<MeaningRule, { start: number; end: number } | null>;
}

const views = new WeakMap<SentenceReading, View>();

function viewOf(reading: SentenceReading, rules: MeaningRuleSet): View {
  let view = views.get(reading);
  if (view) return view;
  const candidates = new Set<CompiledEntry>(rules.openEntries);
  const seq = reading.tokens.map((_, i) => i).filter((i) => !INVISIBLE.test(reading.tokens[i]!.text));
  const at = new Map<string, number[]>();
  const typos = rules.prefilter?.typos;
  const alt: (string | undefined)[] = [];
  const base: (readonly string[] | undefined)[] = [];
  seq.forEach((tokenIndex, p) => {
    const t = reading.tokens[tokenIndex]!;
    // A long word one edit from a concept word reads as it ("stabillity"), a mid-length one with two late letters swapped too ("famliy"), unless it is a concept word itself.
    const fix = typos && t.lower.length >= 5 && !rules.firstWords.has(t.lower) ? typos.correct(t.lower) : undefined;
    if (fix && fix !== t.lemma) alt[tokenIndex] = fix;
    const forms = fix && fix !== t.lemma ? [t.lemma, t.lower, fix] : t.lemma === t.lower ? [t.lower] : [t.lemma, t.lower];
    // A gerund the model read as a noun and left whole ("answering emails") also reads as its verb.
    const verb = countedNoun(reading.tokens[tokenIndex - 1]) && t.pos === 'NOUN' ? undefined : gerundBase(t);
    if (verb) {
      base[tokenIndex] = verb;
      forms.push(...verb);
    }
    // `#` in an entry is any number: "five", "40", "5:30", "6pm".
    if (isNumber(t)) forms.push('#');
    // A word the model kept whole across a hyphen ("stage-gate", "to-5") starts where its first part does.
    const parts = partsOf(t.lower);
    if (parts) forms.push(parts[0]!);
    for (const form of forms) {
      for (const entry of rules.firstWords.get(form) ?? []) candidates.add(entry);
      const list = at.get(form);
      if (list) list.push(p);
      else at.set(form, [p]);
    }
  });
  view = { reading, seq, at, alt, base, memo: new Map(), candidates, answers: new Map() };
  views.set(reading, view);
  return view;
}

/**
 * Whether one of a rule's `never` senses is said, not negated, in the clause of the phrase finding
 * at token `at`: "the loss stayed stable" is technical, but "job security matters most to me: …
 * keep doing the model tuning I know" wants security, whatever the later clause mentions.
 */
function neverMeant(never: readonly CompiledEntry[], reading: SentenceReading, rules: MeaningRuleSet, at: number): boolean {
  if (never.length === 0 || at < 0) return false;
  const view = viewOf(reading, rules);
  return never.some((e) => occurrences(e, view).some(([a]) => reading.clause[a] === reading.clause[at] && !reading.negated[a]));
}

/** The token range [start, end) in sentence offsets of the rule's first matching frame. */
export function matchRule(rule: MeaningRule, reading: SentenceReading, rules: MeaningRuleSet): { start: number; end: number } | undefined {
  const view = viewOf(reading, rules);
  const known = view.answers.get(rule);
  if (known !== undefined) return known ?? undefined;
  const answer = matchFrames(rule, reading, view);
  view.answers.set(rule, answer ?? null);
  return answer;
}

function matchFrames(rule: MeaningRule, reading: SentenceReading, view: View): { start: number; end: number } | undefined {
  // A sense that never is the flag, unless the sentence negates it: "no weekend deploys" is about weekends.
  if (rule.never.some((e) => occurrences(e, view).some(([a]) => !reading.negated[a]))) return undefined;
  for (const frame of rule.frames) {
    const spans: [number, number][] = [];
    const ok =
      frame.all.every((c) => pick(c, view, 'positive', spans)) &&
      frame.negated.every((c) => pick(c, view, 'negated', spans)) &&
      frame.either.every((c) => pick(c, view, 'either', spans));
    if (!ok || spans.length === 0) continue;
    const tokens = reading.tokens;
    let first = Math.min(...spans.map((s) => s[0]));
    const last = Math.max(...spans.map((s) => s[1]));
    const cue = stanceCue(frame, reading, first, last);
    if (cue === undefined) continue;
    // Quote the stance too when it is just before the concept ("I need | to be home by five").
    if (cue >= 0 && cue < first && first - cue <= 5) first = cue;
    while (first > 0 && tokens[first - 1]!.lower === 'i') first--;
    return { start: tokens[first]!.start, end: tokens[last]!.end };
  }
  return undefined;
}

/**
 * The token that gives the frame its stance for concepts at [first, last]: -1 when no cue word
 * is needed, undefined when the stance is not there. A cue counts in the same clause as the
 * concept, or before it when no hard break ("because", "but", ";") lies between.
 */
function stanceCue(frame: CompiledFrame, r: SentenceReading, first: number, last: number): number | undefined {
  const reaches = (c: number): boolean =>
    (r.segment[c] === r.segment[first] && (c <= last || r.clause[c] === r.clause[last]) && last <= (r.cueEnds.get(c) ?? last)) || (last < c && first >= (r.cueFrom.get(c) ?? Infinity));
  // The tense of the stretch the concepts are in: "I used to hate process, but now I think every change needs a review".
  const tense = r.segmentTense[r.segment[first]!] ?? r.tense;
  for (const s of frame.stances) {
    if (s === 'any') return -1;
    if (r.fragment && (s === 'wants' || s === 'proposes')) return -1;
    if (s === 'describes' && tense !== 'past') return -1;
    if (s === 'reports' && tense === 'past') return -1;
    if (s === 'asks' && r.question) return -1;
    if (s === 'habit') {
      const c = r.habitCues.find(reaches);
      if (c !== undefined) return c;
    }
    if (s === 'wants') {
      const c = r.wantCues.find(reaches);
      if (c !== undefined) return c;
    }
    if (s === 'proposes' && tense !== 'past') {
      const c = r.proposalCues.find(reaches);
      if (c !== undefined) return c;
    }
  }
  return undefined;
}

/** Finds an occurrence of one of a concept's entries with the wanted polarity; records its token span. */
function pick(concept: readonly CompiledEntry[], view: View, polarity: 'positive' | 'negated' | 'either', spans: [number, number][]): boolean {
  for (const entry of concept) {
    for (const [a, b] of occurrences(entry, view)) {
      const r = view.reading;
      // Quoted words, the speaker's former self and someone else's voice are not the speaker's stance now.
      if (r.quoted[a] || r.former[a] || r.othersVoice[a]) continue;
      // Two concepts never share a word ("production team" is not also "production").
      if (spans.some(([s, e]) => a <= e && b >= s)) continue;
      const negated = r.negated[a]!;
      if (polarity === 'positive' && negated) continue;
      if (polarity === 'negated' && !negated) continue;
      spans.push([a, b]);
      return true;
    }
  }
  return false;
}

const NONE: [number, number][] = [];

/** A number or a time of day as a token: "five", "40", "5:30", "6pm". */
function isNumber(t: SentenceReading['tokens'][number]): boolean {
  return t.pos === 'NUM' || /^\d+(?:[:.]\d+)?(?:am|pm|h)?\.?$/.test(t.lower);
}

/** Every [first token, last token] an entry matches, in token indexes. */
function occurrences(entry: CompiledEntry, view: View): [number, number][] {
  if (!view.candidates.has(entry)) return NONE;
  const known = view.memo.get(entry);
  if (known) return known;
  const out: [number, number][] = [];
  const { seq } = view;
  const first = entry.words[0];
  // Start only where the first word is (an index lookup), not at every token.
  let starts: number[];
  if (!first) starts = seq.map((_, p) => p);
  else {
    starts = [];
    for (const form of first) for (const p of view.at.get(form) ?? []) starts.push(p);
    if (first.size > 1) starts = [...new Set(starts)].sort((a, b) => a - b);
  }
  for (const p of starts) {
    const end = matchFrom(entry.words, 0, p, view);
    if (end > p) out.push([seq[p]!, seq[end - 1]!]);
  }
  view.memo.set(entry, out);
  return out;
}

/** Matches words[wi…] starting at seq position `pos`; the seq position after the match, or -1. */
function matchFrom(words: CompiledEntry['words'], wi: number, pos: number, view: View): number {
  if (wi === words.length) return pos;
  const w = words[wi];
  const { seq, reading } = view;
  if (w === null) {
    for (let gap = 0; gap <= 3 && pos + gap <= seq.length; gap++) {
      // A gap never hides a negation ("we were not a family").
      if (gap > 0) {
        const skipped = reading.tokens[seq[pos + gap - 1]!]!;
        if (NEGATOR_WORDS.has(skipped.lower) || NEGATOR_WORDS.has(skipped.lemma)) break;
      }
      const r = matchFrom(words, wi + 1, pos + gap, view);
      if (r >= 0) return r;
    }
    return -1;
  }
  const maxSkip = wi === 0 ? 0 : 3;
  for (let skip = 0; skip <= maxSkip; skip++) {
    const p = pos + skip;
    if (p >= seq.length) break;
    if (skip > 0) {
      const skipped = reading.tokens[seq[p - 1]!]!;
      if (!(SKIPPABLE_POS.has(skipped.pos) || skipped.lower === "'s") || NEGATOR_WORDS.has(skipped.lower) || NEGATOR_WORDS.has(skipped.lemma)) break;
    }
    const t = reading.tokens[seq[p]!]!;
    const fix = view.alt[seq[p]!];
    if (w.has(t.lemma) || w.has(t.lower) || (fix !== undefined && w.has(fix)) || (w.has('#') && isNumber(t)) || view.base[seq[p]!]?.some((b) => w.has(b)) === true) {
      const r = matchFrom(words, wi + 1, p + 1, view);
      if (r >= 0) return r;
    }
    // "stage-gate" as one token is the entry's "stage gate"; "9-to-5" may come as "9", "-", "to-5".
    const parts = partsOf(t.lower);
    if (parts && parts.length <= words.length - wi && parts.every((part, k) => words[wi + k]?.has(part) || (words[wi + k]?.has('#') === true && /^\d/.test(part)))) {
      const r = matchFrom(words, wi + parts.length, p + 1, view);
      if (r >= 0) return r;
    }
  }
  return -1;
}

/** The parts of a word the model kept whole across hyphens ("stage-gate" → stage, gate), or undefined. */
function partsOf(lower: string): string[] | undefined {
  if (!lower.includes('-') || lower.length < 3) return undefined;
  const parts = lower.split('-').filter((x) => x !== '');
  return parts.length > 1 ? parts : undefined;
}

/** Nouns in -ing that are nouns in their own right: "engineering of pipelines" is no engineer. */
const ING_NOUNS = new Set(['engineering', 'marketing', 'evening', 'morning', 'wedding', 'clothing', 'ceiling', 'offspring']);

/** Words that count what follows: after them an -ing noun is a thing, not an action ("in one building", "a meeting"); a gerund takes no article or number. */
const COUNTING = new Set(['a', 'an', 'one', 'another', 'each', 'every']);

function countedNoun(prev: SentenceReading['tokens'][number] | undefined): boolean {
  return prev !== undefined && (COUNTING.has(prev.lower) || prev.pos === 'NUM');
}

/** The verb forms a gerund the model left whole (as a noun, or a verb with itself as lemma) may stand for: "answering" → answer, "writing" → write, "running" → run. */
function gerundBase(t: SentenceReading['tokens'][number]): string[] | undefined {
  // (The model also leaves some -ing verbs whole: "texting", "pinging".)
  if ((t.pos !== 'NOUN' && t.pos !== 'VERB') || t.lemma !== t.lower || t.lower.length < 6 || !t.lower.endsWith('ing') || ING_NOUNS.has(t.lower)) return undefined;
  const stem = t.lower.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  return out;
}
