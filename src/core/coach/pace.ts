/** Speaking pace: how long words take to say. */

export const DEFAULT_WORDS_PER_MINUTE = 150;
export const MIN_WORDS_PER_MINUTE = 60;
export const MAX_WORDS_PER_MINUTE = 300;

/** A pace the coach can use: whole words a minute within sane bounds, the default otherwise. */
export function normalizePace(wpm: unknown): number {
  if (typeof wpm !== 'number' || !Number.isFinite(wpm)) return DEFAULT_WORDS_PER_MINUTE;
  return Math.min(MAX_WORDS_PER_MINUTE, Math.max(MIN_WORDS_PER_MINUTE, Math.round(wpm)));
}

/** Seconds to say `words` at `wpm`, unrounded. */
export function speakingSeconds(words: number, wpm: number): number {
  return (words * 60) / wpm;
}

/** How many words fit in `seconds` at `wpm`. */
export function wordsWithin(seconds: number, wpm: number): number {
  return Math.floor((seconds * wpm) / 60 + 1e-9);
}

/** A stopwatch reading: `0:36`, `1:05`, `12:00`. Rounded to the nearest second. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** "0:36 (90 words at 150 wpm)". */
export function describePace(words: number, wpm: number): string {
  return `${formatDuration(speakingSeconds(words, wpm))} (${words} word${words === 1 ? '' : 's'} at ${wpm} wpm)`;
}
