import { sectionOfKind, type Pack } from '../content/types';
import type { Finding } from '../lint/finding';
import { parseDraftMeta, type DraftMeta } from './draft';
import { findHedges, type Hedge } from './hedging';
import { countVoice, findMeasure, type Voice } from './measures';
import { DEFAULT_WORDS_PER_MINUTE, formatDuration, normalizePace, speakingSeconds, wordsWithin } from './pace';
import { prose, words as spokenWords } from './prose';
import { findStar, hasStarStructure, STAR_NAMES, STAR_PARTS, type StarPart, type StarParts } from './star';
import { finding, LineIndex, type FindingInput } from './text';
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

/** What kind of answer a draft is, which decides the checks it gets. */
export type DraftKind = 'story' | 'pitch' | 'answer';

export interface StarSummary {
  readonly parts: StarParts;
  /** Parts present with something said in them. */
  readonly present: readonly StarPart[];
  readonly missing: readonly StarPart[];
  /** Undefined when there is no Result to judge. */
  readonly measurableResult?: boolean;
  /** First person singular against plural in the Action, when there is one. */
  readonly actionVoice?: Voice;
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

/** Questions that ask for a story even when the guide names none. */
const BEHAVIORAL = /\b(?:tell me about a time|describe a (?:time|situation)|give (?:me )?an example|walk me through a time|have you ever|talk about a time|share (?:a|an) (?:time|example))\b/i;
/** Questions that ask for the pitch. */
const PITCH_QUESTION = /\b(?:elevator pitch|30[- ]second|thirty[- ]second|tell me about yourself|introduce yourself|walk me through your (?:background|resume|résumé|cv))\b/i;

const STAR_PROMPTS: Readonly<Record<StarPart, string>> = {
  situation: 'set the scene in a sentence or two: where you were and what was at stake',
  task: 'say what you had to achieve and why it fell to you',
  action: 'say what you did, as "I": the decisions and the steps',
  result: 'say how it ended, with a number: a percentage, a time, a count',
};

const HEDGE_REASON = 'A hedge makes a claim sound unsure. Interviewers hear confidence in plain statements: say what you did and what happened.';

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
  const inputs: FindingInput[] = [];

  const spoken = spokenWords(p.spoken, p.bodyStart);
  const wordCount = spoken.length;
  const seconds = speakingSeconds(wordCount, wpm);
  const firstHeading = p.headings[0];
  const title = meta.question ?? firstHeading?.text.replace(/[*_`]/g, '').trim();

  const pitchSection = sectionOfKind(pack, 'pitch');
  const isPitch = meta.pitch || (!!meta.question && PITCH_QUESTION.test(meta.question));
  const parts = findStar(p, spoken);
  const isStory =
    !isPitch && (meta.star ?? (!!meta.story || hasStarStructure(parts) || (!!meta.question && BEHAVIORAL.test(meta.question))));
  const kind: DraftKind = isPitch ? 'pitch' : isStory ? 'story' : 'answer';

  // Where a finding about the whole draft points: the title heading, else the first word said.
  const anchor = firstHeading
    ? { start: firstHeading.textStart, end: firstHeading.textEnd }
    : spoken[0]
      ? index.lineAt(spoken[0].start)
      : { start: p.bodyStart, end: p.bodyStart };
  const storyCite = meta.story ? { sectionId: sectionOfKind(pack, 'stories')?.id ?? 'stories', itemId: meta.story.id } : undefined;

  // Time limits.
  let limitSeconds: number | undefined;
  if (isPitch) {
    limitSeconds = meta.seconds ?? pitchSection?.seconds ?? 30;
  } else if (meta.seconds) {
    limitSeconds = meta.seconds;
  } else if (opts.answerSeconds > 0) {
    limitSeconds = opts.answerSeconds;
  }
  if (limitSeconds !== undefined && seconds > limitSeconds) {
    const fits = wordsWithin(limitSeconds, wpm);
    const overflow = spoken.slice(fits);
    const extra = wordCount - fits;
    const over = `${formatDuration(seconds)} at ${wpm} wpm`;
    if (isPitch) {
      inputs.push({
        ruleId: 'pitch-too-long',
        severity: 'warning',
        message: `The pitch runs ${over}, over its ${limitSeconds}-second limit: cut about ${extra} word${extra === 1 ? '' : 's'} (highlighted from where the time runs out).`,
        reason: `The guide's pitch is meant to be said in ${pitchSection?.seconds ?? limitSeconds} seconds; past that the interviewer stops listening and starts waiting.`,
        start: overflow[0]!.start,
        end: overflow[overflow.length - 1]!.end,
        ...(pitchSection ? { cite: { sectionId: pitchSection.id } } : {}),
      });
    } else {
      inputs.push({
        ruleId: 'answer-too-long',
        severity: 'info',
        message: `This answer runs ${over}, past the ${formatDuration(limitSeconds)} you aim for: about ${extra} word${extra === 1 ? '' : 's'} too many (highlighted from where the time runs out).`,
        reason: 'A spoken answer that runs long loses the interviewer; tighten the Situation and Task and keep the Action and Result.',
        start: overflow[0]!.start,
        end: overflow[overflow.length - 1]!.end,
      });
    }
  }

  // STAR, for story answers.
  let star: StarSummary | undefined;
  if (isStory) {
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
        ...(found ? { start: found.markerStart, end: found.markerEnd } : anchor),
        ...(storyCite ? { cite: storyCite } : {}),
      });
    }

    let measurableResult: boolean | undefined;
    const result = parts.result;
    if (result && result.words > 0) {
      measurableResult = findMeasure(p.spoken, result.start, result.end) !== undefined;
      if (!measurableResult) {
        const evidence = meta.story?.demonstrates.map((d) => d.why).filter((why) => /\d/.test(why)) ?? [];
        inputs.push({
          ruleId: 'star-result-not-measurable',
          severity: 'hint',
          message: `The Result has no measurable outcome: add a number, a percentage or a time${evidence.length ? ` (the guide's evidence for this story: ${evidence.map((e) => `"${e}"`).join(', ')})` : ''}.`,
          reason: 'A number makes a result believable and memorable: "cut on-call reports by 50%" beats "made on-call better".',
          start: result.markerStart,
          end: result.markerEnd,
          ...(storyCite ? { cite: storyCite } : {}),
        });
      }
    }

    let actionVoice: Voice | undefined;
    const action = parts.action;
    if (action && action.words > 0) {
      actionVoice = countVoice(p.spoken, action.start, action.end);
      if (actionVoice.we >= 2 && actionVoice.we > actionVoice.i) {
        inputs.push({
          ruleId: 'star-action-we',
          severity: 'hint',
          message: `The Action says "we" ${times(actionVoice.we)} and "I" ${times(actionVoice.i)}: say what you did yourself.`,
          reason: 'The interviewer is assessing you, not your team: "we" hides your part in the story.',
          start: action.markerStart,
          end: action.markerEnd,
        });
      }
    }
    star = { parts, present, missing, ...(measurableResult !== undefined ? { measurableResult } : {}), ...(actionVoice ? { actionVoice } : {}) };
  }

  // Hedging: a hint, a warning inside a Result or the pitch.
  const hedges = findHedges(p.spoken, p.bodyStart);
  const result = star?.parts.result;
  for (const h of hedges) {
    const inResult = !!result && h.start >= result.start && h.start < result.end;
    const severity = isPitch || inResult ? 'warning' : 'hint';
    const where = isPitch ? ' in the pitch' : inResult ? ' in the Result' : '';
    const deletion = deletionRange(p.spoken, h);
    inputs.push({
      ruleId: 'hedging',
      severity,
      message: `"${text.slice(h.start, h.end)}" hedges${where}: say it plainly.`,
      reason: HEDGE_REASON,
      ...(deletion ? { start: deletion.start, end: deletion.end, suggestions: [''] } : { start: h.start, end: h.end }),
    });
  }

  // Values and principles shown.
  const hasProse = wordCount > 0;
  const values = findValues(p.spoken, p.bodyStart, pack, meta, hasProse);
  if (hasProse) {
    const shown = new Set(values.map((v) => v.id));
    const culture = sectionOfKind(pack, 'culture');
    const names = new Map([...(culture?.principles ?? []), ...(culture?.values ?? [])].map((v) => [v.id, v.name]));
    for (const v of meta.values) {
      if (shown.has(v.id)) continue;
      inputs.push({
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

  for (const problem of meta.problems) {
    inputs.push({ ruleId: 'draft-frontmatter', severity: 'info', message: problem.message, start: problem.span.start, end: problem.span.end });
  }

  const skills = findSkills(p.spoken, p.bodyStart, pack);
  const findings = inputs.map((input) => finding(index, input)).sort((a, b) => a.start - b.start || a.end - b.end);
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

