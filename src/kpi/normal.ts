/**
 * Standard normal distribution: the 97.5% quantile, the CDF and two-sided p-values.
 *
 * Used for every z-based interval (adjusted-Wald NPS, Wilson, Newcombe) and z-test p-value.
 *
 * Formula: Φ(z) = ½ erfc(−z/√2). erf is summed from the all-positive series
 * erf(x) = (2/√π) e^(−x²) Σ_k (2x²)^k x / (1·3·…·(2k+1)) for |x| < 2.5 (no cancellation), and
 * erfc from its continued fraction erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + (3/2)/(x + …))))
 * for larger x (modified Lentz), so tiny tail probabilities keep their relative precision.
 *
 * Reference: Abramowitz & Stegun (1964) 7.1.6 (series) and 7.1.14 (continued fraction);
 * NIST DLMF 7.6.2, 7.9.2.
 *
 * @example normalCdf(1.959963984540054) // 0.975
 */

/** The 97.5% standard normal quantile (qnorm(0.975) in R), the "1.96" of every 95% interval. */
export const Z95 = 1.959963984540054;

const SQRT_PI = Math.sqrt(Math.PI);

/** Complementary error function erfc(x) = 1 − erf(x). @example erfc(1) // 0.15729920705028513 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2.5) return 1 - erfSeries(x);
  if (x > 27) return 0; // below the smallest double
  // Continued fraction, modified Lentz: f = x + a1/(x + a2/(x + …)), a_j = j/2.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let j = 1; j < 500; j++) {
    const aj = j / 2;
    d = x + aj * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = x + aj / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = c * d;
    f *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

function erfSeries(x: number): number {
  const twoXSquared = 2 * x * x;
  let term = x;
  let sum = x;
  for (let k = 1; k < 200; k++) {
    term *= twoXSquared / (2 * k + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return ((2 / SQRT_PI) * Math.exp(-x * x)) * sum;
}

/** Standard normal CDF Φ(z). @example normalCdf(0) // 0.5 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided p-value of a z statistic, P(|Z| ≥ |z|) = erfc(|z|/√2). @example normalTwoSidedP(1.959963984540054) // 0.05 */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}
