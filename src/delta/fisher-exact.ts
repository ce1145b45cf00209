import { logFactorial } from '../kpi/index.js';
import type { FisherResult } from './types.js';

/**
 * Fisher's exact test for a 2×2 table [[a, b], [c, d]], two-sided.
 *
 * What it is for: comparing two proportions when counts are small (any expected cell < 5), where
 * the z-test's normal approximation fails.
 *
 * Formula in words: with the margins fixed, the top-left cell follows the hypergeometric
 * distribution P(x) = C(a+b, x)·C(c+d, a+c−x) / C(n, a+c). The two-sided p-value is the sum of
 * P(x) over every table no more probable than the observed one (with a relative tolerance of
 * 1e-7, as R's fisher.test), computed with log-factorials (lnΓ, Lanczos).
 *
 * Reference: R. A. Fisher (1935), The Design of Experiments, §2 ("the lady tasting tea");
 * R `fisher.test` (stats package) for the two-sided rule.
 *
 * Edge cases: counts must be non-negative integers (RangeError otherwise); an empty table or a
 * zero margin gives p = 1.
 *
 * @example fisherExact(3, 1, 1, 3) // { pValue: 0.4857, tableProbability: 0.2286 } (R: 0.4857)
 */
export function fisherExact(a: number, b: number, c: number, d: number): FisherResult {
  for (const cell of [a, b, c, d]) {
    if (!Number.isInteger(cell) || cell < 0) throw new RangeError(`Fisher's exact test needs non-negative integer counts, got ${cell}`);
  }
  const row1 = a + b;
  const row2 = c + d;
  const column1 = a + c;
  const total = row1 + row2;
  const logDenominator = logFactorial(total) - logFactorial(row1) - logFactorial(row2) - logFactorial(column1) - logFactorial(total - column1);
  const logProbability = (x: number): number =>
    -logDenominator -
    logFactorial(x) -
    logFactorial(row1 - x) -
    logFactorial(column1 - x) -
    logFactorial(row2 - column1 + x);
  const observed = logProbability(a);
  const low = Math.max(0, column1 - row2);
  const high = Math.min(row1, column1);
  const cutoff = observed + Math.log1p(1e-7);
  let pValue = 0;
  for (let x = low; x <= high; x++) {
    const logP = logProbability(x);
    if (logP <= cutoff) pValue += Math.exp(logP);
  }
  return { pValue: Math.min(1, pValue), tableProbability: Math.exp(observed) };
}
