import { Z95 } from './normal.js';

/**
 * Wilson score interval for a binomial proportion k/n.
 *
 * Used for CSAT top-2-box, % negative and any share: unlike the Wald interval p ± z√(p(1−p)/n) it
 * stays inside [0, 1] and keeps close to 95% coverage for small n and for p near 0 or 1.
 *
 * Formula: centre (p + z²/2n) / (1 + z²/n), half-width z/(1 + z²/n) · √(p(1−p)/n + z²/4n²), with
 * p = k/n and z = 1.959964.
 *
 * Reference: E. B. Wilson (1927), "Probable inference, the law of succession, and statistical
 * inference", JASA 22:209-212; Newcombe (1998) Stat. Med. 17:857-872, method 3.
 *
 * Edge cases: n = 0 → [0, 1] (no information); k = 0 gives a low bound of exactly 0 and k = n a
 * high bound of exactly 1. Throws RangeError unless 0 ≤ k ≤ n.
 *
 * @example wilson(8, 10) // [0.4902, 0.9433] (to 4 decimals)
 */
export function wilson(k: number, n: number, z: number = Z95): readonly [low: number, high: number] {
  if (!(n >= 0) || !(k >= 0) || k > n) throw new RangeError(`wilson needs 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  if (n === 0) return [0, 1];
  const p = k / n;
  const zSquared = z * z;
  const denominator = 1 + zSquared / n;
  const centre = (p + zSquared / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + zSquared / (4 * n * n));
  const low = k === 0 ? 0 : Math.max(0, centre - halfWidth);
  const high = k === n ? 1 : Math.min(1, centre + halfWidth);
  return [low, high];
}
