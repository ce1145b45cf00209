import { MIN_N_PROPORTION } from './sample-size.js';
import type { Estimate } from './types.js';
import { wilson } from './wilson.js';

/**
 * Proportion k/n as a share (0..1) with its Wilson 95% interval.
 *
 * Used for % negative (comments labelled negative / comments analysed) and theme shares.
 *
 * Formula: value = k/n; ci95 = wilson(k, n) (see wilson.ts).
 * Reference: Wilson (1927), JASA 22:209-212.
 *
 * Edge cases: n < MIN_N_PROPORTION (10) → `{ kind: 'insufficient', n, needed: 10 }`.
 * Throws RangeError unless 0 ≤ k ≤ n.
 *
 * @example proportion(8, 10) // { kind: 'estimate', value: 0.8, n: 10, ci95: [0.4902, 0.9433] }
 */
export function proportion(k: number, n: number): Estimate {
  if (!(n >= 0) || !(k >= 0) || k > n) throw new RangeError(`proportion needs 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  if (n < MIN_N_PROPORTION) return { kind: 'insufficient', n, needed: MIN_N_PROPORTION };
  return { kind: 'estimate', value: k / n, n, ci95: wilson(k, n) };
}
