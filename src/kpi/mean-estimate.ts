import { finiteSorted } from './_finite-sorted.js';
import { MIN_N_MEAN } from './sample-size.js';
import { studentTQuantile } from './student-t.js';
import type { Estimate, MeanAndVariance } from './types.js';

/**
 * Mean with a Student-t 95% confidence interval.
 *
 * What it is for: CES (1-7), star rating and mean sentiment (-1..1).
 *
 * Formula in words: mean ± t(0.975, n − 1) · s/√n, where s is the sample standard deviation
 * (divisor n − 1) and t the 97.5% quantile of Student's t with n − 1 degrees of freedom.
 * Mean and variance are accumulated in one pass with Welford's method.
 *
 * Reference: W. S. Gosset ("Student", 1908), "The probable error of a mean", Biometrika 6:1-25;
 * B. P. Welford (1962), Technometrics 4:419-420. R: t.test(x)$conf.int.
 *
 * Edge cases: null, NaN and ±Infinity are skipped. n < MIN_N_MEAN (2) → `kind: 'insufficient'`.
 * All values equal → a zero-width interval [mean, mean].
 *
 * @example meanEstimate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // { value: 5.5, n: 10, ci95: [3.3341, 7.6659] }
 */
export function meanEstimate(values: Iterable<number | null>): Estimate & { readonly sd: number | null } {
  const { n, mean, variance } = meanAndVariance(values);
  if (n < MIN_N_MEAN) return { kind: 'insufficient', n, needed: MIN_N_MEAN, sd: null };
  const halfWidth = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { kind: 'estimate', value: mean, n, ci95: [mean - halfWidth, mean + halfWidth], sd: Math.sqrt(variance) };
}

/**
 * n, mean and sample variance (divisor n − 1) of the finite values, in one pass (Welford 1962)
 * over the values sorted ascending (row-order independent to the last bit).
 * variance is 0 when n < 2; mean is 0 when n = 0.
 *
 * @example meanAndVariance([2, 4, 4, 4, 5, 5, 7, 9]) // { n: 8, mean: 5, variance: 32/7 }
 */
export function meanAndVariance(values: Iterable<number | null>): MeanAndVariance {
  let n = 0;
  let mean = 0;
  let sumSquares = 0;
  // In ascending order, so the result does not depend on the order of the rows.
  for (const value of finiteSorted(values)) {
    n++;
    const delta = value - mean;
    mean += delta / n;
    sumSquares += delta * (value - mean);
  }
  return { n, mean, variance: n < 2 ? 0 : Math.max(0, sumSquares / (n - 1)) };
}
