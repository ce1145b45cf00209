/**
 * Complexity guard for tests: times `run` on an input of size n and of size 4n in the same test
 * and asserts the ratio, not an absolute limit. Time is the process's CPU time, not wall-clock
 * time, so being descheduled on a busy machine does not count. Linear code
 * gives a ratio near 4 (up to ~8 from caches and GC on big strings), quadratic code 16, and
 * catastrophic backtracking far more. The fastest of a few timings counts (noise only adds time),
 * n is doubled from the caller's start until one run takes long enough to time reliably, and a
 * super-linear-looking ratio is measured again on a doubled n before the test fails.
 */
import { expect } from 'vitest';

export type LinearOptions = {
  /** Ratio time(4n) / time(n) above which the code is called super-linear (default 10). */
  readonly maxRatio?: number;
  /** Largest n tried while looking for a measurable time (default 16 × the start). */
  readonly maxSize?: number;
};

const MEASURABLE_MS = 10;
const REPEATS = 3;
const ROUNDS = 3;

/** `make(size)` builds the input (not timed); `run(input)` is timed. */
export function expectLinear<T>(make: (size: number) => T, run: (input: T) => unknown, start: number, options: LinearOptions = {}): void {
  const maxRatio = options.maxRatio ?? 10;
  const maxSize = options.maxSize ?? start * 16;
  let ratio = Infinity;
  let n = start;
  for (let attempts = 0; ; n *= 2) {
    const small = make(n);
    const large = make(4 * n);
    run(small); // warm-up: compile (and tier up regexps) before timing
    run(large);
    const t1 = fastest(() => run(small));
    const last = n * 2 > maxSize;
    if (t1 < MEASURABLE_MS && !last) continue;
    ratio = Math.min(ratio, fastest(() => run(large)) / Math.max(t1, 0.1));
    attempts += 1;
    // A ratio above the bound is measured again on a bigger n (cache and GC steps fade as n grows).
    if (ratio < maxRatio || attempts >= ROUNDS || last) break;
  }
  expect(ratio, `time(4n) / time(n) for n = ${n}`).toBeLessThan(maxRatio);
}

function fastest(step: () => void): number {
  let best = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    const started = process.cpuUsage();
    step();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
