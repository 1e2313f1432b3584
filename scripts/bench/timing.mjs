// The bench's one way to time something: a few warm-up calls, then the median of `runs` calls.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Median wall time (ms) of `fn`, after `warmup` calls that are not counted. */
export function timeSync(fn, runs, warmup = Math.min(3, runs)) {
  for (let i = 0; i < warmup; i++) fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return median(t);
}

/** The same for an async `fn`. */
export async function timeAsync(fn, runs, warmup = Math.min(2, runs)) {
  for (let i = 0; i < warmup; i++) await fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  return median(t);
}
