import { MIN_N_PROPORTION } from './sample-size.js';
import type { Estimate } from './types.js';
import { wilson } from './wilson.js';

/**
 * Customer Satisfaction (CSAT) as top-2-box percentage, with a Wilson 95% interval.
 *
 * What it is for: the share of satisfied customers on a 1-5 "how satisfied were you" scale.
 *
 * Formula in words: the percentage of valid scores in the top two boxes of the scale (4 or 5 on
 * 1-5; in general scale − 1 or more), value = 100 · k/n, interval = 100 · wilson(k, n).
 *
 * Reference: top-2-box: e.g. ACSI / Qualtrics CSAT definition; interval: Wilson (1927), JASA
 * 22:209-212.
 *
 * Edge cases: null, NaN and values outside 1..scale are not counted. n < MIN_N_PROPORTION (10) →
 * `kind: 'insufficient'`. `scale` must be ≥ 2.
 *
 * @example csat([5, 4, 4, 3, 5, 2, 4, 5, 1, 4]) // { kind: 'estimate', value: 70, n: 10, ci95: [39.68, 89.22] }
 */
export function csat(scores: Iterable<number | null>, scale: number = 5): Estimate & { readonly topTwoBox: number } {
  const { topTwoBox, n } = csatCounts(scores, scale);
  if (n < MIN_N_PROPORTION) return { kind: 'insufficient', n, needed: MIN_N_PROPORTION, topTwoBox };
  const [low, high] = wilson(topTwoBox, n);
  return { kind: 'estimate', value: (100 * topTwoBox) / n, n, ci95: [100 * low, 100 * high], topTwoBox };
}

/** Valid CSAT scores (1..scale) and how many are in the top two boxes (≥ scale − 1). */
export function csatCounts(scores: Iterable<number | null>, scale: number = 5): { readonly n: number; readonly topTwoBox: number } {
  if (!(scale >= 2)) throw new RangeError(`csat scale must be ≥ 2, got ${scale}`);
  let n = 0;
  let topTwoBox = 0;
  for (const score of scores) {
    if (!isCsatScore(score, scale)) continue;
    n++;
    if (score >= scale - 1) topTwoBox++;
  }
  return { n, topTwoBox };
}

/** True for a number in 1..scale. */
export function isCsatScore(score: number | null | undefined, scale: number): score is number {
  return typeof score === 'number' && score >= 1 && score <= scale;
}
