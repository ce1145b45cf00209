import { stem } from '../tokenize/index.js';
import { isContentTerm } from './content-term.js';
import type { TermShift, TermShifts } from './types.js';

/** Default prior size α₀ (pseudo-tokens) of the informative Dirichlet prior. */
export const FIGHTIN_WORDS_PRIOR_SIZE = 500;

/**
 * "Fightin' Words": the terms most over- and under-represented in the current side compared with
 * the baseline, by log-odds ratio with an informative Dirichlet prior.
 *
 * What it is for: "what words drive the change?" — e.g. "courier" and "late" rising after a
 * carrier switch. Raw frequency differences favour common words, raw log-odds favour rare ones;
 * the prior shrinks rare words and the z-score accounts for the variance.
 *
 * Formula in words (Monroe, Colaresi & Quinn 2008, eq. 16 and 22): for term i with counts y_i^c
 * (current) and y_i^b (baseline), side totals n^c and n^b, prior α_i and α₀ = Σ α_i,
 *   δ_i = ln((y_i^c + α_i)/(n^c + α₀ − y_i^c − α_i)) − ln((y_i^b + α_i)/(n^b + α₀ − y_i^b − α_i)),
 *   σ²(δ_i) ≈ 1/(y_i^c + α_i) + 1/(y_i^b + α_i),  z_i = δ_i / σ(δ_i).
 * Default prior: the pooled corpus (both sides) scaled to α₀ = 500 pseudo-tokens,
 * α_i = 500 · (y_i^b + y_i^c)/(n^b + n^c): it pulls every term toward its overall rate with the
 * weight of 500 tokens, which matters for small exports and fades for large ones. Pass `prior` to
 * use other prior counts as they are (then α₀ = their sum), or `priorSize` to rescale the pooled
 * prior. |z| ≥ 1.96 is the usual "notable" line (not corrected for the many terms); pass
 * `minAbsZ` to report only terms at or beyond it.
 *
 * Reported terms (`terms: 'content'`, the default): only content words (isContentTerm: three or
 * more letters, no digits, not a number word, quantifier, time word, hedge or light verb), and one
 * form per Porter stem — the one with the larger |z| ('cakes' after 'cake', 'outages' after
 * 'outage' are left out). Every term still counts in the side totals n^b, n^c; the rule only
 * chooses what is listed. `terms: 'all'` lists every term.
 *
 * Reference: B. L. Monroe, M. P. Colaresi & K. M. Quinn (2008), "Fightin' Words: lexical feature
 * selection and evaluation for identifying the content of political conflict", Political
 * Analysis 16(4):372-403, §3.5.
 *
 * Edge cases: counts must be finite and ≥ 0 (RangeError); terms with α_i = 0 and a zero count on
 * a side are skipped (their log-odds is undefined). Over-represented: z > 0, sorted z descending;
 * under-represented: z < 0, sorted z ascending; ties by term (code-point order). Both lists are
 * cut to `top` (default 10).
 *
 * @example
 * // baseline {late: 10, great: 30, app: 10}, current {late: 30, great: 10, app: 10}, prior 1 each:
 * // δ_late = ln(31/22) − ln(11/42) = 1.6827, σ² = 1/31 + 1/11, z = 4.795
 */
export function fightinWords(
  baseline: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
  options: {
    readonly prior?: ReadonlyMap<string, number>;
    readonly priorSize?: number;
    readonly top?: number;
    readonly minAbsZ?: number;
    readonly terms?: 'content' | 'all';
  } = {},
): TermShifts {
  const top = options.top ?? 10;
  const minAbsZ = options.minAbsZ ?? 0;
  const baselineTotal = total(baseline);
  const currentTotal = total(current);
  const terms = [...new Set([...baseline.keys(), ...current.keys()])];
  let priorOf: (term: string) => number;
  let priorTotal: number;
  if (options.prior) {
    const prior = options.prior;
    priorTotal = total(prior);
    priorOf = (term) => prior.get(term) ?? 0;
  } else {
    const size = options.priorSize ?? FIGHTIN_WORDS_PRIOR_SIZE;
    if (!(size > 0)) throw new RangeError(`priorSize must be > 0, got ${size}`);
    const pooled = baselineTotal + currentTotal;
    priorTotal = pooled === 0 ? 0 : size;
    priorOf = (term) => (pooled === 0 ? 0 : (size * ((baseline.get(term) ?? 0) + (current.get(term) ?? 0))) / pooled);
  }
  const shifts: TermShift[] = [];
  for (const term of terms) {
    const alpha = priorOf(term);
    const baselineCount = baseline.get(term) ?? 0;
    const currentCount = current.get(term) ?? 0;
    const currentSide = currentCount + alpha;
    const baselineSide = baselineCount + alpha;
    if (!(currentSide > 0) || !(baselineSide > 0)) continue;
    const currentRest = currentTotal + priorTotal - currentSide;
    const baselineRest = baselineTotal + priorTotal - baselineSide;
    if (!(currentRest > 0) || !(baselineRest > 0)) continue;
    const logOddsRatio = Math.log(currentSide / currentRest) - Math.log(baselineSide / baselineRest);
    const z = logOddsRatio / Math.sqrt(1 / currentSide + 1 / baselineSide);
    shifts.push({ term, z, logOddsRatio, baselineCount, currentCount });
  }
  const byTerm = (a: TermShift, b: TermShift): number => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
  const listed = options.terms === 'all' ? (sorted: TermShift[]) => sorted : contentOnly;
  return {
    overRepresented: listed(shifts.filter((s) => s.z > 0 && s.z >= minAbsZ).sort((a, b) => b.z - a.z || byTerm(a, b))).slice(0, top),
    underRepresented: listed(shifts.filter((s) => s.z < 0 && -s.z >= minAbsZ).sort((a, b) => a.z - b.z || byTerm(a, b))).slice(0, top),
  };
}

/** Content words only, the first (largest |z|) form of each stem, in the given order. */
function contentOnly(sorted: readonly TermShift[]): TermShift[] {
  const stems = new Set<string>();
  const kept: TermShift[] = [];
  for (const shift of sorted) {
    if (!isContentTerm(shift.term)) continue;
    const root = stem(shift.term);
    if (stems.has(root)) continue;
    stems.add(root);
    kept.push(shift);
  }
  return kept;
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [term, count] of counts) {
    if (!(count >= 0) || !Number.isFinite(count)) throw new RangeError(`count of "${term}" must be a finite number ≥ 0, got ${count}`);
    sum += count;
  }
  return sum;
}
