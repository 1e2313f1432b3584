/**
 * A practice round's clock, as plain data with absolute times, so it survives a window reload
 * (the host keeps it in its state storage) and reads the same in any window: an outline phase,
 * then the answer phase, then overtime (counted, never cut off). Pause stops both phases.
 */
export interface RoundTimer {
  readonly roundId: string;
  readonly promptId: string;
  readonly question: string;
  /** The practice draft (a URI string). */
  readonly draft: string;
  /** Epoch ms. */
  readonly startedAt: number;
  readonly outlineMs: number;
  readonly answerMs: number;
  /** Epoch ms when paused, while paused. */
  readonly pausedAt?: number;
  /** Time spent paused before `pausedAt`. */
  readonly pausedMs: number;
}

export type TimerPhase = 'outline' | 'answer' | 'overtime';

export interface TimerReading {
  readonly phase: TimerPhase;
  /** Time left in the phase (overtime: time past the target). */
  readonly remainingMs: number;
  /** Running time of the round, pauses excluded. */
  readonly elapsedMs: number;
  /** Running time of the answer phase (0 during the outline). */
  readonly answerElapsedMs: number;
  readonly paused: boolean;
}

export function startTimer(fields: Omit<RoundTimer, 'pausedMs' | 'pausedAt'>): RoundTimer {
  return { ...fields, pausedMs: 0 };
}

export function readTimer(t: RoundTimer, now: number): TimerReading {
  const until = t.pausedAt ?? now;
  const elapsedMs = Math.max(0, until - t.startedAt - t.pausedMs);
  const paused = t.pausedAt !== undefined;
  if (elapsedMs < t.outlineMs) return { phase: 'outline', remainingMs: t.outlineMs - elapsedMs, elapsedMs, answerElapsedMs: 0, paused };
  const answerElapsedMs = elapsedMs - t.outlineMs;
  if (answerElapsedMs < t.answerMs) return { phase: 'answer', remainingMs: t.answerMs - answerElapsedMs, elapsedMs, answerElapsedMs, paused };
  return { phase: 'overtime', remainingMs: answerElapsedMs - t.answerMs, elapsedMs, answerElapsedMs, paused };
}

export function pauseTimer(t: RoundTimer, now: number): RoundTimer {
  return t.pausedAt !== undefined ? t : { ...t, pausedAt: now };
}

export function resumeTimer(t: RoundTimer, now: number): RoundTimer {
  if (t.pausedAt === undefined) return t;
  const { pausedAt, ...rest } = t;
  return { ...rest, pausedMs: t.pausedMs + Math.max(0, now - pausedAt) };
}

/** "1:05" for 65 seconds (rounded up while counting down, so 0:00 means done). */
export function clockText(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** When the reading will next change its whole-second display or phase: for the host's tick. */
export function nextTickMs(r: TimerReading): number {
  if (r.paused) return 1000;
  const frac = r.remainingMs % 1000;
  return Math.max(50, r.phase === 'overtime' ? 1000 - frac : frac || 1000);
}

/** A stored timer as read back from state storage, or undefined if it is not one. */
export function parseTimer(v: unknown): RoundTimer | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  const num = (k: string) => typeof o[k] === 'number' && Number.isFinite(o[k]) && (o[k] as number) >= 0;
  const str = (k: string) => typeof o[k] === 'string' && (o[k] as string).length > 0;
  if (!(str('roundId') && str('promptId') && typeof o['question'] === 'string' && str('draft') && num('startedAt') && num('outlineMs') && num('answerMs') && num('pausedMs'))) return undefined;
  if (o['pausedAt'] !== undefined && !num('pausedAt')) return undefined;
  return {
    roundId: o['roundId'] as string,
    promptId: o['promptId'] as string,
    question: o['question'] as string,
    draft: o['draft'] as string,
    startedAt: o['startedAt'] as number,
    outlineMs: o['outlineMs'] as number,
    answerMs: o['answerMs'] as number,
    pausedMs: o['pausedMs'] as number,
    ...(o['pausedAt'] !== undefined ? { pausedAt: o['pausedAt'] as number } : {}),
  };
}
