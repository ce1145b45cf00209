/**
 * Benjamini-Hochberg q-values (false discovery rate adjusted p-values).
 *
 * What it is for: with 30 themes tested at 5%, one or two would look "significant" by chance;
 * rejecting q < 0.05 instead keeps the expected share of false discoveries at 5%.
 *
 * Formula in words: sort the m p-values ascending, p_(1) ≤ … ≤ p_(m); q_(i) = min over j ≥ i of
 * min(1, m · p_(j) / j) (step-up, so q is monotone in p); return q in the input order.
 *
 * Reference: Y. Benjamini & Y. Hochberg (1995), "Controlling the false discovery rate", JRSS B
 * 57:289-300; R `p.adjust(p, method = "BH")`.
 *
 * Edge cases: [] → []; every p must be in [0, 1] (RangeError otherwise). Ties keep equal q.
 *
 * @example benjaminiHochberg([0.5, 0.01, 0.001, 0.69, 0.02, 0.05, 0.0025])
 * // [0.5833, 0.02333, 0.007, 0.69, 0.035, 0.07, 0.00875] → rejected at 0.05: 2nd, 3rd, 5th, 7th
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1], got ${p}`);
  }
  const order = pValues.map((_, index) => index).sort((a, b) => (pValues[a] as number) - (pValues[b] as number) || a - b);
  const q = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1] as number;
    running = Math.min(running, (m * (pValues[index] as number)) / rank);
    q[index] = running;
  }
  return q;
}
