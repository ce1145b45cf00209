import { Z95 } from '../kpi/index.js';
import type { IntervalEstimate, SegmentShift } from './types.js';

/** Count, sum and sum of squares of the per-respondent values in one cell (one segment value, one side). */
export type CellMoments = { readonly n: number; readonly sum: number; readonly sumSquares: number };

export type KitagawaCell = { readonly key: string; readonly baseline: CellMoments; readonly current: CellMoments };

/** A segment's part of the decomposition: the report's SegmentShift, keyed by the cell's key. */
export type KitagawaPart = Omit<SegmentShift, 'value'> & { readonly key: string };

export type KitagawaResult = {
  readonly baseline: { readonly value: number; readonly n: number };
  readonly current: { readonly value: number; readonly n: number };
  readonly change: IntervalEstimate;
  readonly mix: IntervalEstimate;
  readonly rate: IntervalEstimate;
  readonly parts: readonly KitagawaPart[];
};

/**
 * Kitagawa / shift-share decomposition of the change of a mean between two independent samples
 * split into the same segments: with w the segment's share of its side and k its mean,
 *   mix  = Σ (w₂ − w₁)(k₁ + k₂)/2   (the segments' shares moved),
 *   rate = Σ (k₂ − k₁)(w₁ + w₂)/2   (the mean moved inside the segments),
 *   mix + rate = Σ w₂k₂ − Σ w₁k₁ = K₂ − K₁ exactly.
 * A segment with no rows on one side takes the other side's mean there (its rate part is 0, the
 * whole of its appearance or disappearance is mix); the sum stays exact because its w is 0.
 *
 * Intervals (delta method, each side a sample of respondents, the sides independent): each part
 * is a smooth function of the side means a_g = share of segment g and b_g = mean of 1[g]·y; its
 * variance is Σ_sides Var(φ)/N, φ = ∂f/∂a_g + ∂f/∂b_g · y for a respondent of segment g with value y
 * (the empirical influence function), Var with divisor N − 1; ci95 = value ± 1.96 SE. With
 * k_g = b_g/a_g: ∂k/∂a = −k/a, ∂k/∂b = 1/a, so for the current side (D = w₂ − w₁, S = w₁ + w₂):
 *   mix:  ∂/∂a₂ = (k₁ + k₂)/2 − D·k₂/(2w₂), ∂/∂b₂ = D/(2w₂);  rate: ∂/∂a₂ = (k₂ − k₁)/2 − S·k₂/(2w₂), ∂/∂b₂ = S/(2w₂)
 * and for the baseline side
 *   mix:  ∂/∂a₁ = −(k₁ + k₂)/2 − D·k₁/(2w₁), ∂/∂b₁ = D/(2w₁);  rate: ∂/∂a₁ = (k₂ − k₁)/2 + S·k₁/(2w₁), ∂/∂b₁ = −S/(2w₁).
 *
 * Reference: E. M. Kitagawa (1955), "Components of a difference between two rates", JASA
 * 50:1168-1194; delta method: Casella & Berger, Statistical Inference, §5.5.4. Tested against
 * values worked by hand and a seeded bootstrap (test/delta/kitagawa.test.ts).
 *
 * Edge cases: cells with n = 0 on both sides are ignored; a side with no rows at all → RangeError.
 *
 * @example
 * // phone 20 → 40 of 100 responses, mean −50 on both sides; web 80 → 60, mean +50 on both:
 * // K₁ = 30, K₂ = 10, change −20 = mix −20 + rate 0.
 */
export function kitagawa(cells: readonly KitagawaCell[]): KitagawaResult {
  let n1 = 0;
  let n2 = 0;
  let sum1 = 0;
  let sum2 = 0;
  for (const cell of cells) {
    n1 += cell.baseline.n;
    n2 += cell.current.n;
    sum1 += cell.baseline.sum;
    sum2 += cell.current.sum;
  }
  if (!(n1 > 0) || !(n2 > 0)) throw new RangeError(`kitagawa needs rows on both sides, got ${n1} and ${n2}`);

  type Gradient = { readonly a: number; readonly b: number };
  type Term = { readonly part: KitagawaPart; readonly mix: readonly [Gradient, Gradient]; readonly rate: readonly [Gradient, Gradient] };
  const zero: Gradient = { a: 0, b: 0 };
  const terms: Term[] = [];
  for (const cell of cells) {
    const c1 = cell.baseline;
    const c2 = cell.current;
    if (c1.n === 0 && c2.n === 0) continue;
    const w1 = c1.n / n1;
    const w2 = c2.n / n2;
    const mean1 = c1.n === 0 ? null : c1.sum / c1.n;
    const mean2 = c2.n === 0 ? null : c2.sum / c2.n;
    const k1 = mean1 ?? (mean2 as number);
    const k2 = mean2 ?? (mean1 as number);
    const part: KitagawaPart = {
      key: cell.key,
      baseline: { share: w1, kpi: mean1, n: c1.n },
      current: { share: w2, kpi: mean2, n: c2.n },
      mix: ((w2 - w1) * (k1 + k2)) / 2,
      rate: ((k2 - k1) * (w1 + w2)) / 2,
    };
    if (mean1 === null) {
      // mix = w₂k₂ = b₂, rate = 0.
      terms.push({ part, mix: [zero, { a: 0, b: 1 }], rate: [zero, zero] });
      continue;
    }
    if (mean2 === null) {
      // mix = −w₁k₁ = −b₁, rate = 0.
      terms.push({ part, mix: [{ a: 0, b: -1 }, zero], rate: [zero, zero] });
      continue;
    }
    const d = w2 - w1;
    const s = w1 + w2;
    terms.push({
      part,
      mix: [
        { a: -(k1 + k2) / 2 - (d * k1) / (2 * w1), b: d / (2 * w1) },
        { a: (k1 + k2) / 2 - (d * k2) / (2 * w2), b: d / (2 * w2) },
      ],
      rate: [
        { a: (k2 - k1) / 2 + (s * k1) / (2 * w1), b: -s / (2 * w1) },
        { a: (k2 - k1) / 2 - (s * k2) / (2 * w2), b: s / (2 * w2) },
      ],
    });
  }

  const cellOf = new Map(cells.map((cell) => [cell.key, cell] as const));
  /** Var of the part's estimate: Σ over sides of the influence values' variance / N. */
  const variance = (gradient: (term: Term) => readonly [Gradient, Gradient]): number => {
    let total = 0;
    for (const side of [0, 1] as const) {
      const n = side === 0 ? n1 : n2;
      if (n < 2) continue;
      // Σ over segments of [β² · Σ(y − ȳ_g)² + n_g (φ̄_g − φ̄)²], φ̄_g = α + β ȳ_g.
      let weighted = 0;
      const means: { readonly n: number; readonly phi: number; readonly spread: number }[] = [];
      for (const term of terms) {
        const cell = cellOf.get(term.part.key) as KitagawaCell;
        const moments = side === 0 ? cell.baseline : cell.current;
        if (moments.n === 0) continue;
        const g = (gradient(term) as readonly Gradient[])[side] as Gradient;
        const mean = moments.sum / moments.n;
        const centred = Math.max(0, moments.sumSquares - moments.sum * mean);
        const phi = g.a + g.b * mean;
        means.push({ n: moments.n, phi, spread: g.b * g.b * centred });
        weighted += moments.n * phi;
      }
      const overall = weighted / n;
      let squares = 0;
      for (const m of means) squares += m.spread + m.n * (m.phi - overall) ** 2;
      total += squares / (n - 1) / n;
    }
    return total;
  };
  const estimate = (value: number, v: number): IntervalEstimate => {
    const standardError = Math.sqrt(v);
    return { value, ci95: [value - Z95 * standardError, value + Z95 * standardError], standardError };
  };
  let mix = 0;
  let rate = 0;
  for (const term of terms) {
    mix += term.part.mix;
    rate += term.part.rate;
  }
  const changeGradient = (term: Term): readonly [Gradient, Gradient] => [
    { a: term.mix[0].a + term.rate[0].a, b: term.mix[0].b + term.rate[0].b },
    { a: term.mix[1].a + term.rate[1].a, b: term.mix[1].b + term.rate[1].b },
  ];
  const k1 = sum1 / n1;
  const k2 = sum2 / n2;
  return {
    baseline: { value: k1, n: n1 },
    current: { value: k2, n: n2 },
    change: estimate(k2 - k1, variance(changeGradient)),
    mix: estimate(mix, variance((term) => term.mix)),
    rate: estimate(rate, variance((term) => term.rate)),
    parts: terms.map((term) => term.part),
  };
}
