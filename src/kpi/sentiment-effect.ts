import { MIN_N_IMPACT } from './sample-size.js';
import { meanAndVariance } from './mean-estimate.js';
import { studentTQuantile } from './student-t.js';
import type { Estimate } from './types.js';

/**
 * A theme's effect on sentiment, used to rank themes when the export has no outcome score (no
 * NPS, CSAT or rating): the theme's share of comments times the mean sentiment of the clauses that
 * mention it, with a 95% interval.
 *
 * What it is for: "how much does this theme weigh on the tone of the feedback?" — in sentiment
 * units per comment, so a frequent lukewarm complaint and a rare furious one are on one scale.
 *
 * Formula in words: with share = theme rows / analysed rows and the theme's m aspect scores,
 *   effect = share · mean,  ci95 = share · (mean ± t(0.975, m − 1) · s/√m),
 * s the sample standard deviation (divisor m − 1). The share is taken as fixed (it is known, not
 * estimated), so the interval is the Student-t interval of the mean, scaled.
 *
 * Edge cases: fewer than MIN_N_IMPACT (10) finite aspect scores → `kind: 'insufficient'`; all
 * scores equal → a zero-width interval.
 *
 * @example
 * // 10 aspect scores, five −0.5 and five −0.3, theme share 0.2: mean −0.4, s² = 0.1/9,
 * // s/√10 = 0.033333, t(0.975, 9) = 2.262157 → mean CI [−0.475405, −0.324595];
 * sentimentEffect([-0.5, -0.5, -0.5, -0.5, -0.5, -0.3, -0.3, -0.3, -0.3, -0.3], 0.2)
 * // { value: −0.08, ci95: [−0.095081, −0.064919], n: 10 }
 */
export function sentimentEffect(aspectScores: Iterable<number>, share: number): Estimate {
  const { n, mean, variance } = meanAndVariance(aspectScores);
  if (n < MIN_N_IMPACT) return { kind: 'insufficient', n, needed: MIN_N_IMPACT };
  const halfWidth = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { kind: 'estimate', value: share * mean, n, ci95: [share * (mean - halfWidth), share * (mean + halfWidth)] };
}
