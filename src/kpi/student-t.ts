import { regularizedIncompleteBeta } from './incomplete-beta.js';
import { normalCdf, normalTwoSidedP } from './normal.js';

/**
 * Student's t distribution with ν (df) degrees of freedom: CDF, two-sided p-value and quantile.
 *
 * Used for the mean intervals (CES, rating, sentiment) and Welch's test.
 *
 * Formula: with x = ν/(ν + t²), P(|T| ≥ |t|) = I_x(ν/2, ½) (regularized incomplete beta), so
 * F(t) = 1 − ½ I_x(ν/2, ½) for t ≥ 0 and ½ I_x(ν/2, ½) for t < 0. The quantile inverts the
 * two-sided tail by bisection on t (to 1e-12 relative), which is monotone and cannot fail to
 * converge. ν need not be an integer (Welch–Satterthwaite df); for ν > 1e7 the normal is used
 * (difference below 1e-7).
 *
 * Reference: Abramowitz & Stegun (1964) 26.7.1 and 26.5.27; Numerical Recipes (3rd ed.) §6.14.
 * Checked against R: qt(0.975, 9) = 2.262157, pt(1, 1) = 0.75 (Cauchy), pt(1, 2) = 0.5 + 1/(2√3).
 *
 * Edge cases: ν ≤ 0 or NaN → RangeError; t = ±Infinity → 0/1; p outside (0, 1) → RangeError.
 *
 * @example studentTQuantile(0.975, 9) // 2.2621571627982...
 */
const LARGE_DF = 1e7;

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`t distribution needs df > 0, got ${df}`);
}

/** Two-sided tail P(|T| ≥ |t|) for ν = df. @example studentTTwoSidedP(0, 5) // 1 */
export function studentTTwoSidedP(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return NaN;
  if (!Number.isFinite(t)) return 0;
  if (df > LARGE_DF) return normalTwoSidedP(t);
  const tSquared = t * t;
  return Math.min(1, regularizedIncompleteBeta(df / (df + tSquared), df / 2, 0.5, tSquared / (df + tSquared)));
}

/** CDF P(T ≤ t) for ν = df. @example studentTCdf(1, 1) // 0.75 */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (df > LARGE_DF) return normalCdf(t);
  const half = studentTTwoSidedP(t, df) / 2;
  return t < 0 ? half : 1 - half;
}

/** Quantile: the t with P(T ≤ t) = p for ν = df. @example studentTQuantile(0.975, 9) // 2.262157 */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p > 0 && p < 1)) throw new RangeError(`t quantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  // Solve the upper tail: find t > 0 with P(|T| ≥ t) = 2·min(p, 1 − p).
  const twoSided = 2 * Math.min(p, 1 - p);
  let low = 0;
  let high = 1;
  while (studentTTwoSidedP(high, df) > twoSided) {
    low = high;
    high *= 2;
    if (high > 1e300) break;
  }
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const middle = (low + high) / 2;
    if (studentTTwoSidedP(middle, df) > twoSided) low = middle;
    else high = middle;
  }
  const t = (low + high) / 2;
  return p > 0.5 ? t : -t;
}
