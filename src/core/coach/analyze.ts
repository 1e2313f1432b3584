import { sectionOfKind, type Pack } from '../content/types';
import type { Finding } from '../lint/finding';
import { parseDraftMeta, type DraftMeta } from './draft';
import { findHedges, type Hedge } from './hedging';
import { draftKind, type DraftKind, type KindReading } from './kind';
import { countVoice, findMeasure, findVagueResult, mostlyWe, type Voice } from './measures';
import { DEFAULT_WORDS_PER_MINUTE, formatDuration, normalizePace, speakingSeconds, wordsWithin } from './pace';
import { prose, spokenSentenceAt, words as spokenWords, type Prose, type Word } from './prose';
import { findStar, readStarNarrative, STAR_NAMES, STAR_PARTS, type FoundPart, type StarPart, type StarParts } from './star';
import { LineIndex } from '../text/lineIndex';
import { finding, type FindingInput } from './text';
import { findSkills, findValues, type SkillMention, type ValueHit } from './values';

export interface CoachOptions {
  /** Speaking pace; default 150 words a minute. */
  readonly wordsPerMinute: number;
  /** An answer (not the pitch) longer than this gets an info finding; 0 turns the check off. */
  readonly answerSeconds: number;
  /** A story told in more answers than this is overused (coverage); 0 turns the check off. */
  readonly maxStoryReuse: number;
}

export const DEFAULT_COACH_OPTIONS: CoachOptions = { wordsPerMinute: DEFAULT_WORDS_PER_MINUTE, answerSeconds: 120, maxStoryReuse: 2 };

export function coachOptions(partial: Partial<CoachOptions> = {}): CoachOptions {
  const whole = (n: unknown, fallback: number) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : fallback);
  return {
    wordsPerMinute: normalizePace(partial.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE),
    answerSeconds: whole(partial.answerSeconds, DEFAULT_COACH_OPTIONS.answerSeconds),
    maxStoryReuse: whole(partial.maxStoryReuse, DEFAULT_COACH_OPTIONS.maxStoryReuse),
  };
}

export type { DraftKind } from './kind';

/** What the coach read in one STAR part. */
export interface PartReading {
  /** How the part was found: marked by the writer (a heading or label), or read from the prose. */
  readonly via: 'label' | 'narrative';
  /** 1-based lines of what the part holds (its words, not blank lines after them). */
  readonly startLine: number;
  readonly endLine: number;
  /** First person singular against plural in the part. */
  readonly voice: Voice;
  /** Hedges said in the part. */
  readonly hedges: number;
  /** For a narrative reading: the sentences read as this part, with their lines. */
  readonly sentences?: readonly { readonly start: number; readonly end: number; readonly line: number; readonly text: string }[];
}

export interface StarSummary {
  readonly parts: StarParts;
  /** Parts present with something said in them. */
  readonly present: readonly StarPart[];
  readonly missing: readonly StarPart[];
  /** Undefined when there is no Result to judge. */
  readonly measurableResult?: boolean;
  /** The amount that makes the Result measurable, as said. */
  readonly measure?: string;
  /** A claim of success that says nothing checkable ("it went well"), when the Result has no measure. */
  readonly vagueResult?: string;
  /** First person singular against plural in the Action, when there is one. */
  readonly actionVoice?: Voice;
  /** Voice and hedges, per part present. */
  readonly byPart: Readonly<Partial<Record<StarPart, PartReading>>>;
  /** How the draft was recognised as a story. */
  readonly storyBy?: KindReading['storyBy'];
}

export interface DraftAnalysis {
  readonly meta: DraftMeta;
  /** The question, else the first heading, else undefined. */
  readonly title?: string;
  readonly kind: DraftKind;
  readonly words: number;
  readonly seconds: number;
  readonly wordsPerMinute: number;
  /** The time limit that applies (the pitch's, or the answer-length setting), if any. */
  readonly limitSeconds?: number;
  /** Only for story answers. */
  readonly star?: StarSummary;
  readonly values: readonly ValueHit[];
  readonly skills: readonly SkillMention[];
  readonly hedges: readonly Hedge[];
  /** Sorted by position. */
  readonly findings: readonly Finding[];
}

const STAR_PROMPTS: Readonly<Record<StarPart, string>> = {
  situation: 'set the scene in a sentence or two: where you were and what was at stake',
  task: 'say what you had to achieve and why it fell to you',
  action: 'say what you did, as "I": the decisions and the steps',
  result: 'say how it ended, with a number: a percentage, a time, a count',
};

const HEDGE_REASON = 'A hedge makes a claim sound unsure. Interviewers hear confidence in plain statements: say what you did and what happened.';

/** Where a finding about the whole draft points, and the guide story it cites. */
interface Context {
  readonly text: string;
  readonly p: Prose;
  readonly meta: DraftMeta;
  readonly pack: Pack;
  readonly anchor: { start: number; end: number };
  readonly storyCite?: Finding['cite'];
  readonly index: LineIndex;
  readonly inputs: FindingInput[];
}

/**
 * Analyses one answer draft against the pack. Pure: text in, summary and findings out. `masked` is
 * the red-flag linter's masked text of `text` when the caller already has it (a lint run).
 */
export function analyzeDraft(text: string, pack: Pack, options: Partial<CoachOptions> = {}, masked?: string): DraftAnalysis {
  const opts = coachOptions(options);
  const wpm = opts.wordsPerMinute;
  const p = prose(text, masked);
  const meta = parseDraftMeta(text, pack);
  const index = new LineIndex(text);

  const spoken = spokenWords(p.spoken, p.bodyStart);
  const wordCount = spoken.length;
  const seconds = speakingSeconds(wordCount, wpm);
  const firstHeading = p.headings[0];
  const title = meta.question ?? firstHeading?.text.replace(/[*_`]/g, '').trim();

  const labelled = findStar(p, spoken);
  const reading = draftKind(meta, p, labelled);
  const kind = reading.kind;
  // A story with no labels at all is read sentence by sentence.
  const parts = kind === 'story' && !STAR_PARTS.some((part) => labelled[part]) ? readStarNarrative(p, spoken) : labelled;

  const ctx: Context = {
    text,
    p,
    meta,
    pack,
    // A finding about the whole draft points at the title heading, else the first word said.
    anchor: firstHeading ? { start: firstHeading.textStart, end: firstHeading.textEnd } : spoken[0] ? index.lineAt(spoken[0].start) : { start: p.bodyStart, end: p.bodyStart },
    ...(meta.story ? { storyCite: { sectionId: sectionOfKind(pack, 'stories')?.id ?? 'stories', itemId: meta.story.id } } : {}),
    index,
    inputs: [],
  };

  const limitSeconds = timeLimit(ctx, kind, seconds, spoken, opts);
  const hedges = findHedges(p.spoken, p.bodyStart);
  const star = kind === 'story' ? starSummary(ctx, parts, hedges, reading.storyBy) : undefined;
  hedgeFindings(ctx, hedges, kind === 'pitch', star?.parts.result);
  // Each value with the line of the sentence that shows it, for the report and My Drafts.
  const values = findValues(p.spoken, p.bodyStart, pack, meta, wordCount > 0, (offset) => spokenSentenceAt(p, offset)).map((v) => ({
    ...v,
    evidence: v.evidence.map((e) => (e.sentence ? { ...e, sentence: { ...e.sentence, line: index.position(e.sentence.start).line } } : e)),
  }));
  if (wordCount > 0) valueFindings(ctx, values);
  for (const problem of meta.problems) {
    ctx.inputs.push({ ruleId: 'draft-frontmatter', severity: 'info', message: problem.message, start: problem.span.start, end: problem.span.end });
  }

  const skills = findSkills(p.spoken, p.bodyStart, pack);
  const findings = ctx.inputs.map((input) => finding(index, input)).sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    meta,
    ...(title ? { title } : {}),
    kind,
    words: wordCount,
    seconds,
    wordsPerMinute: wpm,
    ...(limitSeconds !== undefined ? { limitSeconds } : {}),
    ...(star ? { star } : {}),
    values,
    skills,
    hedges,
    findings,
  };
}

/** The time limit that applies, and a finding when the draft runs over it. */
function timeLimit(ctx: Context, kind: DraftKind, seconds: number, spoken: readonly Word[], opts: CoachOptions): number | undefined {
  const { meta, pack } = ctx;
  const wpm = opts.wordsPerMinute;
  const pitchSection = sectionOfKind(pack, 'pitch');
  const isPitch = kind === 'pitch';
  let limitSeconds: number | undefined;
  if (isPitch) {
    limitSeconds = meta.seconds ?? pitchSection?.seconds ?? 30;
  } else if (meta.seconds) {
    limitSeconds = meta.seconds;
  } else if (opts.answerSeconds > 0) {
    limitSeconds = opts.answerSeconds;
  }
  if (limitSeconds === undefined || seconds <= limitSeconds) return limitSeconds;
  const fits = wordsWithin(limitSeconds, wpm);
  const overflow = spoken.slice(fits);
  const extra = spoken.length - fits;
  const over = `${formatDuration(seconds)} at ${wpm} wpm`;
  if (isPitch) {
    ctx.inputs.push({
      ruleId: 'pitch-too-long',
      severity: 'warning',
      message: `The pitch runs ${over}, over its ${limitSeconds}-second limit: cut about ${extra} word${extra === 1 ? '' : 's'} (highlighted from where the time runs out).`,
      reason: `The guide's pitch is meant to be said in ${pitchSection?.seconds ?? limitSeconds} seconds; past that the interviewer stops listening and starts waiting.`,
      start: overflow[0]!.start,
      end: overflow[overflow.length - 1]!.end,
      ...(pitchSection ? { cite: { sectionId: pitchSection.id } } : {}),
    });
  } else {
    ctx.inputs.push({
      ruleId: 'answer-too-long',
      severity: 'info',
      message: `This answer runs ${over}, past the ${formatDuration(limitSeconds)} you aim for: about ${extra} word${extra === 1 ? '' : 's'} too many (highlighted from where the time runs out).`,
      reason: 'A spoken answer that runs long loses the interviewer; tighten the Situation and Task and keep the Action and Result.',
      start: overflow[0]!.start,
      end: overflow[overflow.length - 1]!.end,
    });
  }
  return limitSeconds;
}

/** STAR for a story answer: missing parts, an unmeasured or vague Result, an Action said as "we". */
function starSummary(ctx: Context, parts: StarParts, hedges: readonly Hedge[], storyBy: KindReading['storyBy']): StarSummary {
  const { p, meta, storyCite, inputs } = ctx;
  const present = STAR_PARTS.filter((part) => (parts[part]?.words ?? 0) > 0);
  const missing = STAR_PARTS.filter((part) => !present.includes(part));
  for (const part of missing) {
    const found = parts[part];
    const name = STAR_NAMES[part];
    inputs.push({
      ruleId: `star-missing-${part}`,
      severity: 'hint',
      message: found ? `The ${name} is empty: ${STAR_PROMPTS[part]}.` : `No ${name} yet: ${STAR_PROMPTS[part]}.`,
      reason: 'A story answer lands when it has all four STAR parts: Situation, Task, Action, Result.',
      ...(found ? { start: found.markerStart, end: found.markerEnd } : ctx.anchor),
      ...(storyCite ? { cite: storyCite } : {}),
    });
  }

  const byPart: Partial<Record<StarPart, PartReading>> = {};
  for (const part of present) byPart[part] = partReading(ctx, parts[part]!, hedges);

  let measurableResult: boolean | undefined;
  let measure: string | undefined;
  let vagueResult: string | undefined;
  const result = parts.result;
  if (result && result.words > 0) {
    const found = findMeasure(p.spoken, result.start, result.end);
    measurableResult = found !== undefined;
    if (found) measure = ctx.text.slice(found.start, found.end);
    else {
      const vague = findVagueResult(p.spoken, result.start, result.end);
      const evidence = meta.story?.demonstrates.map((d) => d.why).filter((why) => /\d/.test(why)) ?? [];
      const guide = evidence.length ? ` (the guide's evidence for this story: ${evidence.map((e) => `"${e}"`).join(', ')})` : '';
      if (vague) {
        vagueResult = ctx.text.slice(vague.start, vague.end);
        inputs.push({
          ruleId: 'star-result-vague',
          severity: 'hint',
          message: `"${vagueResult}" does not say what changed: name what you measured before and after, e.g. "from three days to four hours", "cut errors by a third", "2 of 3 teams adopted it"${guide}.`,
          reason: 'An interviewer cannot check or remember "it went well"; a before-and-after figure makes the Result land.',
          start: vague.start,
          end: vague.end,
          ...(storyCite ? { cite: storyCite } : {}),
        });
      } else {
        inputs.push({
          ruleId: 'star-result-not-measurable',
          severity: 'hint',
          message: `The Result has no measurable outcome: add a number, a percentage or a time${guide}.`,
          reason: 'A number makes a result believable and memorable: "cut on-call reports by 50%" beats "made on-call better".',
          start: result.markerStart,
          end: result.markerEnd,
          ...(storyCite ? { cite: storyCite } : {}),
        });
      }
    }
  }

  const action = parts.action;
  const actionVoice = byPart.action?.voice;
  if (action && actionVoice && mostlyWe(actionVoice)) {
    inputs.push({
      ruleId: 'star-action-we',
      severity: 'hint',
      message: `The Action says "we" ${times(actionVoice.we)} and "I" ${times(actionVoice.i)}: say what you did yourself.`,
      reason: 'The interviewer is assessing you, not your team: "we" hides your part in the story.',
      start: action.markerStart,
      end: action.markerEnd,
    });
  }
  return {
    parts,
    present,
    missing,
    ...(measurableResult !== undefined ? { measurableResult } : {}),
    ...(measure !== undefined ? { measure } : {}),
    ...(vagueResult !== undefined ? { vagueResult } : {}),
    ...(actionVoice ? { actionVoice } : {}),
    byPart,
    ...(storyBy ? { storyBy } : {}),
  };
}

function partReading(ctx: Context, f: FoundPart, hedges: readonly Hedge[]): PartReading {
  const { p, index, text } = ctx;
  let end = f.end;
  while (end > f.start && /\s/.test(p.spoken[end - 1]!)) end--;
  let start = f.start;
  while (start < end && /\s/.test(p.spoken[start]!)) start++;
  return {
    via: f.via === 'narrative' || f.via === 'cue' ? 'narrative' : 'label',
    startLine: index.position(start).line,
    endLine: index.position(end).line,
    voice: countVoice(p.spoken, f.start, f.end),
    hedges: hedges.filter((h) => h.start >= f.start && h.start < f.end).length,
    ...(f.sentences ? { sentences: f.sentences.map((s) => ({ start: s.start, end: s.end, line: index.position(s.start).line, text: text.slice(s.start, s.end) })) } : {}),
  };
}

/** Hedging: a hint, a warning inside a Result or the pitch. */
function hedgeFindings(ctx: Context, hedges: readonly Hedge[], isPitch: boolean, result: FoundPart | undefined): void {
  const { text, p } = ctx;
  for (const h of hedges) {
    const inResult = !!result && h.start >= result.start && h.start < result.end;
    const severity = isPitch || inResult ? 'warning' : 'hint';
    const where = isPitch ? ' in the pitch' : inResult ? ' in the Result' : '';
    const deletion = deletionRange(p.spoken, h);
    ctx.inputs.push({
      ruleId: 'hedging',
      severity,
      message: `"${text.slice(h.start, h.end)}" hedges${where}: say it plainly.`,
      reason: HEDGE_REASON,
      ...(deletion ? { start: deletion.start, end: deletion.end, suggestions: [''] } : { start: h.start, end: h.end }),
    });
  }
}

/** Values the frontmatter lists that nothing in the draft shows. */
function valueFindings(ctx: Context, values: readonly ValueHit[]): void {
  const { meta, pack } = ctx;
  const shown = new Set(values.map((v) => v.id));
  const culture = sectionOfKind(pack, 'culture');
  const names = new Map([...(culture?.principles ?? []), ...(culture?.values ?? [])].map((v) => [v.id, v.name]));
  for (const v of meta.values) {
    if (shown.has(v.id)) continue;
    ctx.inputs.push({
      ruleId: 'value-not-shown',
      severity: 'info',
      message: `values: lists ${names.get(v.id) ?? v.id}, but nothing in the draft shows it yet (no key phrase, not its name${meta.story && meta.storySource === 'frontmatter' ? `, not the ${meta.story.title} story's mapping` : ''}).`,
      reason: 'Name the value, use the guide\'s phrasing for it, or tell a story that demonstrates it, so the interviewer hears it.',
      start: v.span.start,
      end: v.span.end,
      ...(culture ? { cite: { sectionId: culture.id, itemId: v.id } } : {}),
    });
  }
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/**
 * The span whose deletion removes a hedge cleanly: the hedge, a trailing "that" after "I think",
 * and one following space. None when the hedge opens a sentence (the next word would need a capital)
 * or is not followed by a space.
 */
function deletionRange(text: string, h: Hedge): { start: number; end: number } | undefined {
  if (h.sentenceStart) return undefined;
  let end = h.end;
  if (/^I (?:think|guess)$/i.test(h.hedge)) {
    const that = /^ that(?= )/.exec(text.slice(end, end + 6));
    if (that) end += that[0].length;
  }
  if (text[end] !== ' ') {
    if (text[end] !== ',' || text[h.start - 1] !== ' ') return undefined;
    // "shipped it, maybe, on time": the hedge and its commas go. "fine maybe, and": the comma stays.
    return text[h.start - 2] === ',' ? { start: h.start - 2, end: end + 1 } : { start: h.start - 1, end };
  }
  return { start: h.start, end: end + 1 };
}

