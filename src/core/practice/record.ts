import type { CardRecord, Scheduler } from '../quiz/schedule';
import type { RoundRecord } from './rounds';
import type { RoundScore } from './score';
import type { RoundTimer } from './timer';

/**
 * A finished round as stored, and the prompt's card re-scheduled by the quiz's own FSRS scheduler
 * (same engine, same interview-date cap): the round's grade is the answer's grade, and a round
 * with a red flag or a score under 40 counts as a lapse.
 */
export function finishRound(
  timer: RoundTimer,
  result: RoundScore,
  previous: CardRecord | undefined,
  scheduler: Scheduler,
  draft: string,
): { round: RoundRecord; card: CardRecord } {
  const now = scheduler.now();
  const card = scheduler.review(previous, result.grade, result.grade > 1);
  const round: RoundRecord = {
    id: timer.roundId,
    promptId: timer.promptId,
    question: timer.question,
    startedAt: new Date(timer.startedAt).toISOString(),
    finishedAt: now.toISOString(),
    score: result.score,
    grade: result.grade,
    targetSeconds: result.targetSeconds,
    spokenSeconds: result.spokenSeconds,
    redFlags: result.redFlags.length,
    draft,
  };
  return { round, card };
}
