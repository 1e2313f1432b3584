import type { AnalyzedDraft } from '../coach/coverage';
import { analyzeCoverage } from '../coach/coverage';
import { sectionOfKind, type Pack } from '../content/types';
import type { Finding } from '../lint/finding';
import type { QuestionBank } from '../quiz/bank';
import { sectionMastery } from '../quiz/plan';
import { formatInterviewDate, type CardRecord, type Scheduler } from '../quiz/schedule';
import type { PracticePrompt } from './prompts';
import type { RoundRecord } from './rounds';

/**
 * "Am I ready?" as figures: the dashboard draws them, its tables read them, and
 * `interview-coach readiness` prints them. Pure: cards, rounds and analysed drafts in.
 */
export interface DraftFigures extends AnalyzedDraft {
  /** Red flags still open in the draft (the linter's findings, hints aside). */
  readonly redFlags: readonly Finding[];
}

export interface ReadinessInput {
  readonly pack: Pack;
  readonly bank: QuestionBank;
  readonly quizCards: Readonly<Record<string, CardRecord>>;
  readonly prompts: readonly PracticePrompt[];
  readonly rounds: readonly RoundRecord[];
  readonly roundCards: Readonly<Record<string, CardRecord>>;
  readonly drafts: readonly DraftFigures[];
  readonly scheduler: Scheduler;
  readonly maxStoryReuse?: number;
}

export interface Readiness {
  readonly generatedAt: string;
  readonly interviewDate?: string;
  readonly daysLeft?: number;
  readonly totals: {
    readonly questions: number;
    readonly mastered: number;
    readonly prompts: number;
    readonly practised: number;
    readonly rounds: number;
    readonly averageLastScore?: number;
    readonly drafts: number;
    readonly openRedFlags: number;
  };
  readonly mastery: readonly { readonly sectionId: string; readonly title: string; readonly total: number; readonly mastered: number; readonly due: number; readonly fresh: number }[];
  /** From today to the interview day (or the next 14 days without one); overdue counts on today. */
  readonly due: readonly { readonly date: string; readonly reviews: number; readonly rounds: number }[];
  /** Every prompt, with its rounds in time order (empty: never practised). */
  readonly scores: readonly {
    readonly promptId: string;
    readonly question: string;
    readonly cite: PracticePrompt['cite'];
    readonly due?: string;
    readonly rounds: readonly { readonly id: string; readonly at: string; readonly score: number; readonly draft: string }[];
  }[];
  readonly coverage: {
    /** Section ids of the guide's culture, stories and job description, for links. */
    readonly sections: { readonly values?: string; readonly stories?: string; readonly skills?: string };
    readonly values: readonly { readonly id: string; readonly name: string; readonly drafts: readonly string[] }[];
    readonly stories: readonly { readonly id: string; readonly title: string; readonly drafts: readonly string[] }[];
    readonly skills: readonly { readonly id: string; readonly text: string; readonly drafts: readonly string[] }[];
  };
  readonly redFlags: readonly { readonly draft: string; readonly flags: readonly { readonly line: number; readonly ruleId: string; readonly message: string }[] }[];
}

export const DAYS_WITHOUT_INTERVIEW = 14;
const DAY = 86_400_000;

export function readiness(input: ReadinessInput): Readiness {
  const { scheduler, bank } = input;
  const now = scheduler.now();
  const interview = scheduler.upcomingInterview(now);
  const daysLeft = scheduler.daysLeft(now);
  const mastery = sectionMastery(bank, input.quizCards, scheduler, now).filter((s) => s.total > 0);

  // Due per day: local days, today first.
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const span = daysLeft ?? DAYS_WITHOUT_INTERVIEW;
  const due = Array.from({ length: span + 1 }, (_, i) => {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + i);
    return { date: formatInterviewDate(d), reviews: 0, rounds: 0 };
  });
  const dayIndex = (iso: string): number | undefined => {
    const t = new Date(Date.parse(iso));
    const day = new Date(t.getFullYear(), t.getMonth(), t.getDate());
    const i = Math.round((day.getTime() - today.getTime()) / DAY);
    return i > span ? undefined : Math.max(0, i);
  };
  const questionIds = new Set(bank.questions.map((q) => q.id));
  for (const [id, card] of Object.entries(input.quizCards)) {
    if (!questionIds.has(id)) continue;
    const i = dayIndex(card.due);
    if (i !== undefined) due[i]!.reviews++;
  }
  const promptIds = new Set(input.prompts.map((p) => p.id));
  for (const [id, card] of Object.entries(input.roundCards)) {
    if (!promptIds.has(id)) continue;
    const i = dayIndex(card.due);
    if (i !== undefined) due[i]!.rounds++;
  }

  const byPrompt = new Map<string, RoundRecord[]>();
  for (const r of [...input.rounds].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt))) {
    byPrompt.set(r.promptId, [...(byPrompt.get(r.promptId) ?? []), r]);
  }
  const scores = input.prompts.map((p) => ({
    promptId: p.id,
    question: p.question,
    cite: p.cite,
    ...(input.roundCards[p.id] ? { due: input.roundCards[p.id]!.due } : {}),
    rounds: (byPrompt.get(p.id) ?? []).map((r) => ({ id: r.id, at: r.finishedAt, score: r.score, draft: r.draft })),
  }));
  const lastScores = scores.filter((s) => s.rounds.length > 0).map((s) => s.rounds[s.rounds.length - 1]!.score);

  const coverage = analyzeCoverage(input.drafts, input.pack, input.maxStoryReuse !== undefined ? { maxStoryReuse: input.maxStoryReuse } : {});
  const redFlags = input.drafts
    .filter((d) => d.redFlags.length > 0)
    .map((d) => ({ draft: d.path, flags: d.redFlags.map((f) => ({ line: f.line, ruleId: f.ruleId, message: f.message })) }))
    .sort((a, b) => b.flags.length - a.flags.length || a.draft.localeCompare(b.draft));

  return {
    generatedAt: now.toISOString(),
    ...(interview ? { interviewDate: formatInterviewDate(interview) } : {}),
    ...(daysLeft !== undefined ? { daysLeft } : {}),
    totals: {
      questions: bank.questions.length,
      mastered: mastery.reduce((n, s) => n + s.mastered, 0),
      prompts: input.prompts.length,
      practised: lastScores.length,
      rounds: input.rounds.filter((r) => promptIds.has(r.promptId)).length,
      ...(lastScores.length ? { averageLastScore: Math.round(lastScores.reduce((a, b) => a + b, 0) / lastScores.length) } : {}),
      drafts: input.drafts.length,
      openRedFlags: redFlags.reduce((n, d) => n + d.flags.length, 0),
    },
    mastery: mastery.map((s) => ({ sectionId: s.sectionId, title: s.title, total: s.total, mastered: s.mastered, due: s.due, fresh: s.fresh })),
    due,
    scores,
    coverage: {
      sections: {
        ...optional('values', sectionOfKind(input.pack, 'culture')?.id),
        ...optional('stories', sectionOfKind(input.pack, 'stories')?.id),
        ...optional('skills', sectionOfKind(input.pack, 'job-description')?.id),
      },
      values: coverage.values.map((v) => ({ id: v.value.id, name: v.value.name, drafts: v.paths })),
      stories: coverage.stories.map((s) => ({ id: s.story.id, title: s.story.title, drafts: s.paths })),
      skills: coverage.requiredSkills.map((s) => ({ id: s.skill.id, text: s.skill.text, drafts: s.paths })),
    },
    redFlags,
  };
}

/** The figures as a terminal reads them (the CLI's human format). */
export function formatReadinessHuman(r: Readiness): string {
  const out: string[] = [];
  const when = r.interviewDate ? `Interview on ${r.interviewDate} (${r.daysLeft === 0 ? 'today' : `${r.daysLeft} day${r.daysLeft === 1 ? '' : 's'} left`})` : 'No interview date set';
  out.push(`Readiness — ${when}`);
  out.push(
    `${r.totals.mastered}/${r.totals.questions} quiz questions mastered · ${r.totals.practised}/${r.totals.prompts} questions practised in ${r.totals.rounds} round${r.totals.rounds === 1 ? '' : 's'}${r.totals.averageLastScore !== undefined ? ` (average last score ${r.totals.averageLastScore})` : ''} · ${r.totals.openRedFlags} red flag${r.totals.openRedFlags === 1 ? '' : 's'} open in ${r.totals.drafts} draft${r.totals.drafts === 1 ? '' : 's'}`,
    '',
    'Mastery per section',
  );
  const width = Math.max(...r.mastery.map((m) => m.title.length), 10);
  for (const m of r.mastery) out.push(`  ${m.title.padEnd(width)}  ${bar(m.mastered, m.total)} ${m.mastered}/${m.total} mastered${m.due ? `, ${m.due} due` : ''}`);
  out.push('', 'Due per day (quiz reviews + practice rounds)');
  for (const d of r.due) if (d.reviews || d.rounds) out.push(`  ${d.date}  ${d.reviews} review${d.reviews === 1 ? '' : 's'}, ${d.rounds} round${d.rounds === 1 ? '' : 's'}`);
  if (r.due.every((d) => !d.reviews && !d.rounds)) out.push('  nothing scheduled');
  out.push('', 'Practice scores (oldest → latest)');
  for (const s of r.scores) out.push(`  ${s.question}: ${s.rounds.length ? s.rounds.map((x) => x.score).join(' → ') : 'not practised yet'}`);
  const cov = (label: string, items: readonly { name?: string; title?: string; text?: string; drafts: readonly string[] }[]) =>
    `  ${label}: ${items.filter((i) => i.drafts.length).length}/${items.length} covered${items.some((i) => !i.drafts.length) ? ` (missing: ${items.filter((i) => !i.drafts.length).map((i) => i.name ?? i.title ?? i.text).join(', ')})` : ''}`;
  out.push('', `Coverage by ${r.totals.drafts} draft${r.totals.drafts === 1 ? '' : 's'}`, cov('values', r.coverage.values), cov('stories', r.coverage.stories), cov('required skills', r.coverage.skills));
  out.push('', 'Red flags open');
  if (!r.redFlags.length) out.push('  none');
  for (const d of r.redFlags) for (const f of d.flags) out.push(`  ${d.draft}:${f.line}: ${f.ruleId}: ${f.message}`);
  return out.join('\n');
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function bar(n: number, total: number, width = 20): string {
  const filled = total ? Math.round((n / total) * width) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
