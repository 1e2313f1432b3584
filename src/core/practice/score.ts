import { analyzeDraft, type CoachOptions, type DraftAnalysis } from '../coach/analyze';
import { formatDuration } from '../coach/pace';
import { isCoachRule } from '../coach/rules';
import { STAR_NAMES } from '../coach/star';
import type { Pack } from '../content/types';
import { lintText, type Finding, type LintOptions } from '../lint';
import type { PracticePrompt } from './prompts';

/**
 * A practice round's score, from the same code that checks drafts everywhere else: the red-flag
 * linter (its rules, the user's phrases, suppression comments and severity settings) and the
 * coach's `analyzeDraft` (STAR parts, a measurable result, speaking time, values shown, hedges).
 * Nothing here judges prose on its own; it only weighs what those two report.
 */
export interface ScoreCheck {
  readonly id: 'red-flags' | 'star' | 'measurable-result' | 'time' | 'values' | 'hedges';
  readonly label: string;
  readonly points: number;
  readonly max: number;
  /** One line: what was found. */
  readonly detail: string;
}

export interface FixItem {
  readonly kind: 'red-flag' | 'coach';
  readonly ruleId: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** The guide's own words for it, when it has some. */
  readonly guide?: string;
  readonly cite?: Finding['cite'];
}

export interface RoundScore {
  /** 0–100. */
  readonly score: number;
  /** FSRS grade: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  readonly grade: 1 | 2 | 3 | 4;
  readonly checks: readonly ScoreCheck[];
  /** Red flags first, then the coach's points, each in the order of the draft. */
  readonly fixes: readonly FixItem[];
  readonly redFlags: readonly Finding[];
  readonly analysis: DraftAnalysis;
  readonly spokenSeconds: number;
  readonly targetSeconds: number;
}

export interface ScoreOptions {
  readonly coach?: Partial<CoachOptions>;
  readonly lint?: LintOptions;
}

/** Points per check, by kind of prompt (each row sums to 100). */
const WEIGHTS = {
  story: { 'red-flags': 35, star: 20, 'measurable-result': 10, time: 15, values: 15, hedges: 5 },
  answer: { 'red-flags': 40, star: 0, 'measurable-result': 0, time: 25, values: 25, hedges: 10 },
  pitch: { 'red-flags': 40, star: 0, 'measurable-result': 0, time: 35, values: 15, hedges: 10 },
} as const;

/** Score → grade: Easy from 85, Good from 65, Hard from 40; any red flag is Again (say it in the room and the answer fails). */
export function gradeFor(score: number, redFlags: number): 1 | 2 | 3 | 4 {
  if (redFlags > 0 || score < 40) return 1;
  if (score < 65) return 2;
  if (score < 85) return 3;
  return 4;
}

export function scoreRound(text: string, pack: Pack, prompt: PracticePrompt, options: ScoreOptions = {}): RoundScore {
  const analysis = analyzeDraft(text, pack, { ...options.coach, answerSeconds: prompt.targetSeconds });
  const lintOptions = options.lint ?? {};
  const lintFindings = lintText(text, pack, lintOptions).filter((f) => !isCoachRule(f.ruleId));
  const redFlags = lintFindings.filter((f) => f.severity !== 'hint');
  // The coach's findings through the same suppression comments and settings as the linter's.
  const coachFindings = lintText(text, undefined, { disabledRules: lintOptions.disabledRules ?? [], severity: lintOptions.severity ?? {}, analyzers: [() => analysis.findings] });

  const kind = prompt.kind === 'pitch' || analysis.kind === 'pitch' ? 'pitch' : analysis.kind === 'story' || prompt.story ? 'story' : 'answer';
  const w = WEIGHTS[kind];
  const target = prompt.targetSeconds;
  const seconds = analysis.seconds;
  const checks: ScoreCheck[] = [];
  const spoke = analysis.words > 0;

  checks.push({
    id: 'red-flags',
    label: 'Red flags',
    max: w['red-flags'],
    points: spoke ? Math.max(0, w['red-flags'] - redFlags.length * Math.ceil(w['red-flags'] / 2)) : 0,
    detail: redFlags.length === 0 ? (spoke ? 'none' : 'nothing said yet') : `${redFlags.length}: ${[...new Set(redFlags.map((f) => f.ruleId))].join(', ')}`,
  });

  if (kind === 'story') {
    const present = analysis.star?.present ?? [];
    const missing = analysis.star?.missing ?? [];
    checks.push({
      id: 'star',
      label: 'STAR parts',
      max: w.star,
      points: Math.round((w.star * present.length) / 4),
      detail: missing.length === 0 ? 'Situation, Task, Action and Result' : `missing ${missing.map((p) => STAR_NAMES[p]).join(', ')}`,
    });
    const measurable = analysis.star?.measurableResult === true;
    checks.push({
      id: 'measurable-result',
      label: 'Measurable result',
      max: w['measurable-result'],
      points: measurable ? w['measurable-result'] : 0,
      detail: measurable ? 'the Result has a number' : analysis.star?.measurableResult === false ? 'the Result has no number, percentage or time' : 'no Result yet',
    });
  }

  // Time: full marks from a third of the target up to the target; nothing at twice the target.
  let timePoints = 0;
  if (spoke) {
    if (seconds > target) timePoints = Math.max(0, w.time * (1 - (seconds - target) / target));
    else if (seconds < target / 3) timePoints = (w.time * seconds) / (target / 3);
    else timePoints = w.time;
  }
  checks.push({
    id: 'time',
    label: 'Speaking time',
    max: w.time,
    points: Math.round(timePoints),
    detail: `${formatDuration(seconds)} of a ${formatDuration(target)} target at ${analysis.wordsPerMinute} wpm`,
  });

  // Values: those the frontmatter (or the story) says the answer shows; else any value of the guide.
  const expected = analysis.meta.values.map((v) => v.id);
  const shown = new Set(analysis.values.map((v) => v.id));
  const valuePoints = expected.length > 0 ? (w.values * expected.filter((id) => shown.has(id)).length) / expected.length : shown.size > 0 ? w.values : 0;
  checks.push({
    id: 'values',
    label: 'Values shown',
    max: w.values,
    points: Math.round(valuePoints),
    detail: expected.length > 0 ? `${expected.filter((id) => shown.has(id)).length} of ${expected.length} the answer should show` : shown.size > 0 ? `${shown.size} shown` : 'none shown yet',
  });

  const hedges = analysis.hedges.length;
  checks.push({
    id: 'hedges',
    label: 'Plain statements',
    max: w.hedges,
    points: spoke ? Math.max(0, w.hedges - hedges * Math.ceil(w.hedges / 2)) : 0,
    detail: hedges === 0 ? 'no hedges' : `${hedges} hedge${hedges === 1 ? '' : 's'}`,
  });

  const score = Math.max(0, Math.min(100, Math.round(checks.reduce((n, c) => n + c.points, 0))));
  const fixes: FixItem[] = [
    ...redFlags.map((f) => fix('red-flag', f)),
    ...coachFindings.filter((f) => f.ruleId !== 'draft-frontmatter' || spoke).map((f) => fix('coach', f)),
  ];
  return { score, grade: gradeFor(score, redFlags.length), checks, fixes, redFlags, analysis, spokenSeconds: seconds, targetSeconds: target };
}

function fix(kind: FixItem['kind'], f: Finding): FixItem {
  const guide = f.advice ?? f.reason;
  return { kind, ruleId: f.ruleId, line: f.line, column: f.column, message: f.message, ...(guide ? { guide } : {}), ...(f.cite ? { cite: f.cite } : {}) };
}

/** The grade's name, as the quiz's buttons say it. */
export function gradeName(grade: 1 | 2 | 3 | 4): string {
  return ['Again', 'Hard', 'Good', 'Easy'][grade - 1]!;
}
