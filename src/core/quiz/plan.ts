import type { QuestionBank } from './bank';
import type { SessionKind } from './protocol';
import type { Question } from './question';
import { seededRandom, shuffle } from './random';
import type { CardRecord, Scheduler } from './schedule';
import { createSession, type SessionState } from './session';

/** How many questions a "weakest items" session takes. */
export const WEAKEST_SIZE = 15;
/** A rapid-fire round: this many quick questions (single choice and short answer) against the clock. */
export const RAPID_SIZE = 15;
export const RAPID_SECONDS = 120;

export interface SectionMastery {
  readonly sectionId: string;
  readonly title: string;
  readonly total: number;
  readonly mastered: number;
  /** Answered before and due again now. */
  readonly due: number;
  /** Never answered. */
  readonly fresh: number;
}

type Cards = Readonly<Record<string, CardRecord>>;

export function sectionMastery(bank: QuestionBank, cards: Cards, scheduler: Scheduler, now = scheduler.now()): SectionMastery[] {
  return bank.sections.map((s) => ({
    sectionId: s.id,
    title: s.title,
    total: s.questions.length,
    mastered: s.questions.filter((q) => scheduler.isMastered(cards[q.id], now)).length,
    due: s.questions.filter((q) => scheduler.isDue(cards[q.id], now)).length,
    fresh: s.questions.filter((q) => !cards[q.id]).length,
  }));
}

/** The tree's text for a section: "5/8 mastered, 3 due" (and how many are new, while any are). */
export function masteryLabel(m: Pick<SectionMastery, 'total' | 'mastered' | 'due' | 'fresh'>): string {
  return [`${m.mastered}/${m.total} mastered`, ...(m.due ? [`${m.due} due`] : []), ...(m.fresh ? [`${m.fresh} new`] : [])].join(', ');
}

export function dueQuestions(bank: QuestionBank, cards: Cards, scheduler: Scheduler, now = scheduler.now()): Question[] {
  return bank.questions.filter((q) => scheduler.isDue(cards[q.id], now)).sort((a, b) => Date.parse(cards[a.id]!.due) - Date.parse(cards[b.id]!.due));
}

/** Answered questions that are not mastered, least likely to be recalled first (more lapses break ties). */
export function weakestQuestions(bank: QuestionBank, cards: Cards, scheduler: Scheduler, now = scheduler.now()): Question[] {
  return bank.questions
    .filter((q) => cards[q.id] && !scheduler.isMastered(cards[q.id], now))
    .map((q) => ({ q, r: scheduler.retrievability(cards[q.id], now), wrong: cards[q.id]!.lastCorrect ? 0 : 1, lapses: cards[q.id]!.lapses }))
    .sort((a, b) => b.wrong - a.wrong || a.r - b.r || b.lapses - a.lapses || a.q.id.localeCompare(b.q.id))
    .slice(0, WEAKEST_SIZE)
    .map((x) => x.q);
}

export function rapidCandidates(bank: QuestionBank): Question[] {
  return bank.questions.filter((q) => q.kind === 'single' || q.kind === 'short');
}

export interface Counts {
  readonly all: number;
  readonly due: number;
  readonly weakest: number;
  readonly rapid: number;
  readonly mastered: number;
  readonly notMastered: number;
  readonly sections: readonly SectionMastery[];
}

export function counts(bank: QuestionBank, cards: Cards, scheduler: Scheduler, now = scheduler.now()): Counts {
  const sections = sectionMastery(bank, cards, scheduler, now);
  const mastered = sections.reduce((n, s) => n + s.mastered, 0);
  return {
    all: bank.questions.length,
    due: dueQuestions(bank, cards, scheduler, now).length,
    weakest: weakestQuestions(bank, cards, scheduler, now).length,
    rapid: Math.min(RAPID_SIZE, rapidCandidates(bank).length),
    mastered,
    notMastered: bank.questions.length - mastered,
    sections,
  };
}

export interface SessionRequest {
  readonly kind: SessionKind;
  /** `section`: which one. */
  readonly sectionId?: string;
  /** `retry`: the question ids to ask again. */
  readonly questionIds?: readonly string[];
}

/**
 * Picks and orders the questions of a new session. Whole guide and one section are shuffled;
 * due questions come most overdue first; weakest, weakest first; a rapid-fire round draws
 * quick questions, due and never-seen ones first. Undefined when the session would be empty.
 */
export function planSession(
  request: SessionRequest,
  ctx: { bank: QuestionBank; cards: Cards; scheduler: Scheduler; seed: number; id: string },
): SessionState | undefined {
  const { bank, cards, scheduler, seed } = ctx;
  const now = scheduler.now();
  const random = seededRandom(seed ^ 0x9e3779b9);
  let questions: Question[];
  let title: string;
  let durationMs: number | undefined;
  switch (request.kind) {
    case 'all':
      questions = shuffle(bank.questions, random);
      title = 'Whole guide';
      break;
    case 'section': {
      const section = bank.sections.find((s) => s.id === request.sectionId);
      if (!section) return undefined;
      questions = shuffle(section.questions, random);
      title = section.title;
      break;
    }
    case 'due':
      questions = dueQuestions(bank, cards, scheduler, now);
      title = 'Due for review';
      break;
    case 'weakest':
      questions = weakestQuestions(bank, cards, scheduler, now);
      title = 'Weakest items';
      break;
    case 'rapid': {
      const pool = shuffle(rapidCandidates(bank), random);
      const rank = (q: Question) => (!cards[q.id] ? 0 : scheduler.isDue(cards[q.id], now) ? 0 : scheduler.isMastered(cards[q.id], now) ? 2 : 1);
      questions = pool.sort((a, b) => rank(a) - rank(b)).slice(0, RAPID_SIZE);
      title = 'Rapid-fire round';
      durationMs = RAPID_SECONDS * 1000;
      break;
    }
    case 'retry':
      questions = (request.questionIds ?? []).map((id) => bank.byId.get(id)).filter((q): q is Question => q !== undefined);
      title = 'Retry missed';
      break;
  }
  if (questions.length === 0) return undefined;
  return createSession({
    id: ctx.id,
    packId: bank.packId,
    kind: request.kind,
    title,
    ...(request.kind === 'section' ? { sectionId: request.sectionId! } : {}),
    questions,
    seed,
    now,
    ...(durationMs !== undefined ? { durationMs } : {}),
  });
}
