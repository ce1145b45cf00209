import { npsAdjustedWald, normalTwoSidedP, Z95, type NpsCounts } from '../kpi/index.js';
import type { NpsDifference } from './types.js';

/**
 * Difference of two Net Promoter Scores (current − baseline) with a 95% interval and z-test.
 *
 * What it is for: "NPS went from 31 to 27: is that noise?"
 *
 * Formula in words: each side's adjusted-Wald estimate (n' = n + 3, p' = (promoters + ¾)/n',
 * d' = (detractors + ¾)/n') has variance (p' + d' − (p' − d')²)/n'; the two samples are
 * independent, so the variance of the difference is the sum. In NPS points:
 *   SE = 100 · √(V_baseline + V_current),
 *   ci95 = (NPS'_current − NPS'_baseline) ± 1.96 · SE  (centred on the adjusted difference),
 *   z = (NPS'_current − NPS'_baseline) / SE, p = 2 · (1 − Φ(|z|)).
 * `delta` is the raw difference NPS_current − NPS_baseline.
 *
 * Reference: B. Rocks (2016), "Interval estimation for the 'net promoter score'", The American
 * Statistician 70(4):365-372 (§ on the difference of two NPS); J. Sauro, "How to compare two Net
 * Promoter Scores", MeasuringU.
 *
 * Edge cases: works for any n ≥ 0 (the ¾ adjustment keeps the variance positive); the caller
 * decides whether n is large enough (compareKpis requires 30 per side).
 *
 * @example
 * // baseline 50 P / 30 passive / 20 D (NPS 30), current 40 / 30 / 30 (NPS 10):
 * npsDifference(b, c) // { delta: -20, ci95: [-41.39, 2.55], pValue: 0.0832, z: -1.732 }
 */
export function npsDifference(baseline: NpsCounts, current: NpsCounts): NpsDifference {
  const before = npsAdjustedWald(baseline);
  const after = npsAdjustedWald(current);
  const standardError = Math.hypot(before.standardError, after.standardError);
  const adjustedDifference = after.adjusted - before.adjusted;
  const raw = (counts: NpsCounts): number => (counts.n === 0 ? 0 : (100 * (counts.promoters - counts.detractors)) / counts.n);
  const z = adjustedDifference / standardError;
  return {
    delta: raw(current) - raw(baseline),
    ci95: [adjustedDifference - Z95 * standardError, adjustedDifference + Z95 * standardError],
    pValue: normalTwoSidedP(z),
    z,
    standardError,
  };
}
