import { normalTwoSidedP, wilson } from '../kpi/index.js';
import { fisherExact } from './fisher-exact.js';
import type { TwoProportionResult } from './types.js';

/**
 * Difference of two independent proportions k2/n2 − k1/n1 (current − baseline), in percentage
 * points, with a 95% interval and a two-sided test.
 *
 * What it is for: CSAT top-2-box, % negative and theme shares between two periods or segments.
 *
 * Formula in words:
 * - Interval: Newcombe's hybrid score interval (his method 10) built from the two Wilson
 *   intervals [l1, u1], [l2, u2]: with δ = p2 − p1,
 *   low = δ − √((p2 − l2)² + (u1 − p1)²), high = δ + √((u2 − p2)² + (p1 − l1)²).
 *   It stays inside [−1, 1] and keeps near-95% coverage for small or extreme counts.
 * - Test: the two-proportion z-test with pooled SE, p̄ = (k1 + k2)/(n1 + n2),
 *   z = (p2 − p1) / √(p̄(1 − p̄)(1/n1 + 1/n2)), p = 2(1 − Φ(|z|)) (= R's prop.test without
 *   continuity correction). When any expected cell count (n·p̄ or n·(1 − p̄), either side) is
 *   below 5, Fisher's exact test gives the p-value instead (`test: 'fisher-exact'`).
 *
 * Reference: R. G. Newcombe (1998), "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17:873-890 (method 10;
 * worked example 56/70 − 48/80 → 0.2000, CI 0.0524 to 0.3339); Fisher (1935); Agresti (2013),
 * Categorical Data Analysis, §3.1 (pooled z).
 *
 * Edge cases: both proportions 0 (or both 1) → pValue 1, z 0. n1 or n2 of 0 → RangeError.
 *
 * @example twoProportion(48, 80, 56, 70) // { delta: 20, ci95: [5.24, 33.39], pValue: 0.00805, test: 'two-proportion-z' }
 */
export function twoProportion(k1: number, n1: number, k2: number, n2: number): TwoProportionResult {
  if (!(n1 > 0) || !(n2 > 0)) throw new RangeError(`twoProportion needs n1, n2 > 0, got ${n1}, ${n2}`);
  if (!(k1 >= 0 && k1 <= n1) || !(k2 >= 0 && k2 <= n2)) {
    throw new RangeError(`twoProportion needs 0 ≤ k ≤ n, got ${k1}/${n1}, ${k2}/${n2}`);
  }
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const difference = p2 - p1;
  const [low1, high1] = wilson(k1, n1);
  const [low2, high2] = wilson(k2, n2);
  const low = difference - Math.hypot(p2 - low2, high1 - p1);
  const high = difference + Math.hypot(high2 - p2, p1 - low1);

  const pooled = (k1 + k2) / (n1 + n2);
  const pooledVariance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  const z = pooledVariance > 0 ? difference / Math.sqrt(pooledVariance) : 0;
  const smallestExpected = Math.min(n1, n2) * Math.min(pooled, 1 - pooled);
  const useFisher = smallestExpected < 5 && pooledVariance > 0;
  const pValue = useFisher
    ? fisherExact(k1, n1 - k1, k2, n2 - k2).pValue
    : pooledVariance > 0
      ? normalTwoSidedP(z)
      : 1;
  return {
    delta: 100 * difference,
    ci95: [100 * low, 100 * high],
    pValue,
    test: useFisher ? 'fisher-exact' : 'two-proportion-z',
    z,
  };
}
