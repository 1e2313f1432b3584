import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Grade } from './protocol';

/**
 * Spaced review with FSRS (the `ts-fsrs` library): each question's memory state (stability,
 * difficulty) is updated from the grade of each answer, and its next due date follows from the
 * desired retention. The interview date shapes it: no review is scheduled past that date, and the
 * desired retention rises from 90% a month out to 97% on the eve. The clock is injected.
 */
export type Clock = () => Date;

const DAY = 86_400_000;
export const BASE_RETENTION = 0.9;
export const FINAL_RETENTION = 0.97;
/** Mastered: in review and at least this likely to be recalled at the horizon. */
export const MASTERY_RECALL = 0.9;
export const MASTERY_HORIZON_DAYS = 7;

/** A question's review state as stored: ts-fsrs's card, with dates as ISO strings. */
export interface CardRecord {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly state: 'New' | 'Learning' | 'Review' | 'Relearning';
  readonly reps: number;
  readonly lapses: number;
  readonly learningSteps: number;
  readonly scheduledDays: number;
  readonly lastReview?: string;
  readonly lastGrade: Grade;
  /** Whether the last answer was right (a self-graded card counts as right unless graded Again). */
  readonly lastCorrect: boolean;
}

const STATE_NAMES = ['New', 'Learning', 'Review', 'Relearning'] as const;

export function toCard(r: CardRecord): Card {
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: 0,
    scheduled_days: r.scheduledDays,
    learning_steps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: STATE_NAMES.indexOf(r.state) as State,
    ...(r.lastReview ? { last_review: new Date(r.lastReview) } : {}),
  };
}

function fromCard(c: Card, grade: Grade, correct: boolean): CardRecord {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    state: STATE_NAMES[c.state] ?? 'New',
    reps: c.reps,
    lapses: c.lapses,
    learningSteps: c.learning_steps,
    scheduledDays: c.scheduled_days,
    ...(c.last_review ? { lastReview: c.last_review.toISOString() } : {}),
    lastGrade: grade,
    lastCorrect: correct,
  };
}

/** "2026-03-14" → local midnight of that day; undefined for anything else. */
export function parseInterviewDate(text: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((text ?? '').trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

export function formatInterviewDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "1 min", "6 min", "3 hours", "2 days", "5 weeks", "4 months". */
export function humanInterval(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return plural(hours, 'hour');
  const days = Math.round(ms / DAY);
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.round(days / 7), 'week');
  return plural(Math.round(days / 30), 'month');
}

export class Scheduler {
  constructor(
    private readonly clock: Clock,
    /** Read on every call, so a changed setting applies at once. */
    private readonly interviewDate: () => Date | undefined = () => undefined,
  ) {}

  now(): Date {
    return this.clock();
  }

  /** The interview date, if it is still ahead (today counts: the interview is that day). */
  upcomingInterview(now = this.clock()): Date | undefined {
    const date = this.interviewDate();
    return date && date.getTime() + DAY > now.getTime() ? date : undefined;
  }

  /** Whole days until the interview day (0 on the day itself), or undefined without one. */
  daysLeft(now = this.clock()): number | undefined {
    const date = this.upcomingInterview(now);
    if (!date) return undefined;
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    return Math.max(0, Math.round((date.getTime() - today.getTime()) / DAY));
  }

  /** 90% with no interview or a month or more out, rising linearly to 97% on the last day. */
  desiredRetention(now = this.clock()): number {
    const days = this.daysLeft(now);
    if (days === undefined || days >= 30) return BASE_RETENTION;
    const t = Math.max(0, days - 1) / 29;
    return Math.round((FINAL_RETENTION - (FINAL_RETENTION - BASE_RETENTION) * t) * 1000) / 1000;
  }

  private engine(now: Date) {
    const days = this.daysLeft(now);
    return fsrs(
      generatorParameters({
        request_retention: this.desiredRetention(now),
        // Deterministic intervals: the same answers on the same days give the same schedule.
        enable_fuzz: false,
        ...(days !== undefined ? { maximum_interval: Math.max(1, days) } : {}),
      }),
    );
  }

  /** Nothing is due after the interview: a later due date moves to the start of the interview day. */
  private clamp(due: Date, now: Date): Date {
    const interview = this.upcomingInterview(now);
    if (!interview || due.getTime() <= interview.getTime()) return due;
    return new Date(Math.max(interview.getTime(), now.getTime()));
  }

  /** The state after answering with `grade`. */
  review(record: CardRecord | undefined, grade: Grade, correct = grade > 1): CardRecord {
    const now = this.clock();
    const card = record ? toCard(record) : createEmptyCard(now);
    const next = this.engine(now).next(card, now, grade as FsrsGrade).card;
    return fromCard({ ...next, due: this.clamp(next.due, now) }, grade, correct);
  }

  /** When each grade would bring the question back, for the grade buttons. */
  preview(record: CardRecord | undefined): [string, string, string, string] {
    const now = this.clock();
    const card = record ? toCard(record) : createEmptyCard(now);
    const log = this.engine(now).repeat(card, now);
    const at = (g: FsrsGrade) => humanInterval(this.clamp(log[g].card.due, now).getTime() - now.getTime());
    return [at(1), at(2), at(3), at(4)];
  }

  isDue(record: CardRecord | undefined, now = this.clock()): boolean {
    return record !== undefined && new Date(record.due).getTime() <= now.getTime();
  }

  /** Probability of recall now (0 for a never-answered question). */
  retrievability(record: CardRecord | undefined, at = this.clock()): number {
    if (!record || record.state === 'New') return 0;
    return this.engine(at).get_retrievability(toCard(record), at, false);
  }

  /** In review, last answered right, and likely to be recalled a week from now (or at the interview, if sooner). */
  isMastered(record: CardRecord | undefined, now = this.clock()): boolean {
    if (!record || record.state !== 'Review' || !record.lastCorrect) return false;
    const interview = this.upcomingInterview(now);
    const week = now.getTime() + MASTERY_HORIZON_DAYS * DAY;
    const horizon = new Date(interview ? Math.min(Math.max(interview.getTime(), now.getTime()), week) : week);
    return this.retrievability(record, horizon) >= MASTERY_RECALL;
  }

  /** "in 2 days" for a record's next review. */
  nextReview(record: CardRecord, now = this.clock()): string {
    const ms = new Date(record.due).getTime() - now.getTime();
    return ms <= 0 ? 'now' : `in ${humanInterval(ms)}`;
  }
}
