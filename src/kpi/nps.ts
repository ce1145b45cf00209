import { Z95 } from './normal.js';
import { MIN_N_NPS } from './sample-size.js';
import type { NpsCounts, NpsEstimate } from './types.js';

/**
 * Net Promoter Score (NPS) with its adjusted-Wald 95% confidence interval.
 *
 * What it is for: the headline loyalty KPI of a 0-10 "how likely are you to recommend us" question.
 *
 * Formula in words: promoters score 9-10, passives 7-8, detractors 0-6. NPS = 100 × (promoters −
 * detractors) / n, from −100 to 100. The interval is the adjusted Wald interval: add ¾ of a
 * response to promoters and to detractors and 3 to n (n' = n + 3, p' = (promoters + ¾)/n',
 * d' = (detractors + ¾)/n'); the variance of p' − d' is (p' + d' − (p' − d')²)/n', so the
 * half-width is 1.96 · √((p' + d' − (p' − d')²)/n') · 100.
 *
 * Choice (documented): `value` is the raw NPS everyone quotes; `ci95` is centred on the adjusted
 * estimate 100·(p' − d'), exactly as the published method does. The adjustment pulls the centre
 * slightly toward 0, which keeps coverage near 95% for small n and extreme scores; at n ≥ 100 the
 * two centres differ by under 1 point.
 *
 * Reference: B. Rocks (2016), "Interval estimation for the 'net promoter score'", The American
 * Statistician 70(4):365-372; J. Sauro, "Confidence intervals for Net Promoter Scores",
 * MeasuringU (2021).
 *
 * Edge cases: null, NaN and values outside 0-10 are not counted (the normalize stage reports them).
 * The interval is clipped to [−100, 100] (e.g. 10 promoters of 10: 76.9 ± 29.4 → [47.5, 100]).
 * n < MIN_N_NPS (10) → `kind: 'insufficient'` (counts and shares are still given). Non-integers
 * are grouped by the same cut points (≥ 9 promoter, ≤ 6 detractor).
 *
 * @example
 * // 50 promoters, 30 passives, 20 detractors:
 * nps(scores) // { kind: 'estimate', value: 30, n: 100, ci95: [14.05, 44.20], promoters: 50, … }
 */
export function nps(scores: Iterable<number | null>): NpsEstimate {
  return npsFromCounts(npsCounts(scores));
}

/** Count promoters (9-10), passives (7-8) and detractors (0-6) among the valid scores. */
export function npsCounts(scores: Iterable<number | null>): NpsCounts {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores) {
    const group = npsGroup(score);
    if (group === 'promoter') promoters++;
    else if (group === 'passive') passives++;
    else if (group === 'detractor') detractors++;
  }
  return { n: promoters + passives + detractors, promoters, passives, detractors };
}

/** The NPS group of one score, or null when the score is missing or outside 0-10. */
export function npsGroup(score: number | null | undefined): 'promoter' | 'passive' | 'detractor' | null {
  if (score === null || score === undefined || !(score >= 0 && score <= 10)) return null;
  if (score >= 9) return 'promoter';
  if (score <= 6) return 'detractor';
  return 'passive';
}

/** NPS from group counts (see nps). */
export function npsFromCounts(counts: NpsCounts): NpsEstimate {
  const { n, promoters, passives, detractors } = counts;
  const shares = {
    promoterShare: n === 0 ? 0 : promoters / n,
    passiveShare: n === 0 ? 0 : passives / n,
    detractorShare: n === 0 ? 0 : detractors / n,
  };
  const base = { n, promoters, passives, detractors, ...shares };
  if (n < MIN_N_NPS) return { kind: 'insufficient', needed: MIN_N_NPS, ...base };
  const wald = npsAdjustedWald(counts);
  const halfWidth = Z95 * wald.standardError;
  return {
    kind: 'estimate',
    value: (100 * (promoters - detractors)) / n,
    ci95: [Math.max(-100, wald.adjusted - halfWidth), Math.min(100, wald.adjusted + halfWidth)],
    ...base,
  };
}

/**
 * The adjusted-Wald pieces, in NPS points: the adjusted estimate 100·(p' − d') and its standard
 * error 100·√((p' + d' − (p' − d')²)/n'), with n' = n + 3, p' = (promoters + ¾)/n',
 * d' = (detractors + ¾)/n' (Rocks 2016). Defined for n = 0 too (then 0 ± 100·√(0.5/3)).
 *
 * @example npsAdjustedWald({ n: 100, promoters: 50, passives: 30, detractors: 20 })
 * // { adjusted: 29.126, standardError: 7.6915 }
 */
export function npsAdjustedWald(counts: NpsCounts): { readonly adjusted: number; readonly standardError: number } {
  const nAdjusted = counts.n + 3;
  const promoterShare = (counts.promoters + 0.75) / nAdjusted;
  const detractorShare = (counts.detractors + 0.75) / nAdjusted;
  const difference = promoterShare - detractorShare;
  const variance = (promoterShare + detractorShare - difference * difference) / nAdjusted;
  return { adjusted: 100 * difference, standardError: 100 * Math.sqrt(Math.max(0, variance)) };
}
