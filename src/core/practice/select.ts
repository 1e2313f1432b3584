import type { CardRecord, Scheduler } from '../quiz/schedule';
import type { PracticePrompt } from './prompts';
import type { RoundRecord } from './rounds';

/** Why a prompt is offered where it is: never practised, due again, or weakest last time. */
export type NeedReason = 'new' | 'due' | 'weak' | 'later';

export interface PromptNeed {
  readonly prompt: PracticePrompt;
  readonly reason: NeedReason;
  /** The score of the last round, if any. */
  readonly lastScore?: number;
  readonly rounds: number;
  /** ISO, when it was practised before. */
  readonly due?: string;
}

/**
 * Every prompt, the one that most needs practice first: never practised (in the guide's order),
 * then due again (the longest overdue first), then the rest by lowest last score (a prompt not
 * yet due but scored low is still a better use of ten minutes than one scored high).
 */
export function rankPrompts(
  prompts: readonly PracticePrompt[],
  rounds: readonly RoundRecord[],
  cards: Readonly<Record<string, CardRecord>>,
  scheduler: Scheduler,
  now = scheduler.now(),
): PromptNeed[] {
  const last = new Map<string, RoundRecord>();
  const count = new Map<string, number>();
  for (const r of rounds) {
    count.set(r.promptId, (count.get(r.promptId) ?? 0) + 1);
    const prev = last.get(r.promptId);
    if (!prev || Date.parse(r.finishedAt) >= Date.parse(prev.finishedAt)) last.set(r.promptId, r);
  }
  const needs = prompts.map((prompt, order) => {
    const card = cards[prompt.id];
    const lastRound = last.get(prompt.id);
    const practised = lastRound !== undefined || card !== undefined;
    const due = card && scheduler.isDue(card, now);
    const reason: NeedReason = !practised ? 'new' : due ? 'due' : lastRound && lastRound.score < WEAK_SCORE ? 'weak' : 'later';
    return {
      need: {
        prompt,
        reason,
        ...(lastRound ? { lastScore: lastRound.score } : {}),
        rounds: count.get(prompt.id) ?? 0,
        ...(card ? { due: card.due } : {}),
      } satisfies PromptNeed,
      order,
    };
  });
  const rank: Record<NeedReason, number> = { new: 0, due: 1, weak: 2, later: 3 };
  return needs
    .sort((a, b) => {
      const r = rank[a.need.reason] - rank[b.need.reason];
      if (r !== 0) return r;
      if (a.need.reason === 'due') return Date.parse(a.need.due!) - Date.parse(b.need.due!) || a.order - b.order;
      if (a.need.reason === 'new') return a.order - b.order;
      return (a.need.lastScore ?? 0) - (b.need.lastScore ?? 0) || a.order - b.order;
    })
    .map((x) => x.need);
}

/** A last score under this is weak: offered before prompts scored well that are not yet due. */
export const WEAK_SCORE = 70;

/** The prompt that most needs practice now, if the guide has any. */
export function nextPrompt(...args: Parameters<typeof rankPrompts>): PromptNeed | undefined {
  return rankPrompts(...args)[0];
}
