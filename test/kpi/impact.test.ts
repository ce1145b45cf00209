import { describe, expect, it } from 'vitest';
import { MIN_N_IMPACT, createImpactCalculator, csatImpact, meanImpact, npsImpact } from '../../src/kpi/index.js';
import { frozen, repeat } from './_helpers.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe('npsImpact', () => {
  // Worked by hand. Theme rows 0-19: 2 promoters, 18 detractors (NPS −80). Rest (80 rows):
  // 40 promoters, 30 passives, 10 detractors (NPS 37.5). All: 42 P, 28 D → NPS 14.
  // impact = 14 − 37.5 = −23.5 = (20/100)(−80 − 37.5).
  // Adjusted Wald: theme n' = 23, p' = 0.119565, d' = 0.815217, V = 0.0196018;
  // rest n' = 83, p' = 0.490964, d' = 0.129518, V = 0.0059017.
  // SE = 0.2 × 100 × √(0.0196018 + 0.0059017) = 3.19398; centre 0.2 × 100 × (−0.695652 − 0.361446)
  // = −21.14196; CI = −21.14196 ± 1.959964 × 3.19398 = [−27.4021, −14.8819].
  const scores = frozen([...repeat(9, 2), ...repeat(3, 18), ...repeat(10, 40), ...repeat(8, 30), ...repeat(6, 10)]);
  const themeRows = frozen(range(0, 20));

  it('npsImpact is −23.5 with CI [−27.40, −14.88], significant', () => {
    const impact = npsImpact(scores, themeRows);
    expect(impact.kind).toBe('estimate');
    if (impact.kind !== 'estimate') return;
    expect(impact.value).toBeCloseTo(-23.5, 10);
    expect(impact.themeValue).toBe(-80);
    expect(impact.restValue).toBe(37.5);
    expect(impact.n).toBe(20);
    expect(impact.restN).toBe(80);
    expect(impact.ci95[0]).toBeCloseTo(-27.4021, 3);
    expect(impact.ci95[1]).toBeCloseTo(-14.8819, 3);
    expect(impact.significant).toBe(true);
  });

  it('a calculator built once gives the same answer for every theme, and ignores null scores', () => {
    const withNulls = frozen([...scores, null, null]);
    const calculator = createImpactCalculator(withNulls, 'nps');
    const impact = calculator(frozen([...themeRows, 100, 101]));
    expect(impact).toEqual(npsImpact(scores, themeRows));
  });

  it('a theme like the rest has impact 0 and is not significant', () => {
    // Two identical halves: 5 P, 3 passives, 2 D each.
    const half = [...repeat(10, 5), ...repeat(7, 3), ...repeat(0, 2)];
    const impact = npsImpact([...half, ...half], range(0, 10));
    expect(impact).toMatchObject({ kind: 'estimate', value: 0, significant: false });
  });

  it('a theme with fewer than MIN_N_IMPACT scored rows, or covering everything, is insufficient', () => {
    expect(npsImpact(scores, range(0, 9))).toEqual({ kind: 'insufficient', n: 9, restN: 91, needed: MIN_N_IMPACT });
    expect(npsImpact(scores, range(0, 100))).toEqual({ kind: 'insufficient', n: 100, restN: 0, needed: MIN_N_IMPACT });
  });

  it('theme rows must be strictly ascending indices inside the scores', () => {
    expect(() => npsImpact(scores, [3, 2])).toThrow(RangeError);
    expect(() => npsImpact(scores, [1, 1])).toThrow(RangeError);
    expect(() => npsImpact(scores, [100])).toThrow(RangeError);
  });
});

describe('csatImpact', () => {
  // Worked by hand. Theme rows 0-9: 2 of 10 in the top two boxes (20%); rest 30 rows: 24 of 30
  // (80%); all 26 of 40 (65%). impact = 65 − 80 = −15 points.
  // Agresti-Caffo: theme p̃ = 3/12 = 0.25, V = 0.25·0.75/12 = 0.015625; rest p̃ = 25/32 = 0.78125,
  // V = 0.78125·0.21875/32 = 0.00534058. Centre 0.25 × 100 × (0.25 − 0.78125) = −13.28125,
  // half-width 0.25 × 100 × 1.959964 × √0.02096558 = 7.09485 → [−20.3761, −6.1864].
  it('csatImpact is −15 points with CI [−20.38, −6.19]', () => {
    const scores = frozen([...repeat(5, 2), ...repeat(2, 8), ...repeat(4, 24), ...repeat(3, 6)]);
    const impact = csatImpact(scores, range(0, 10));
    if (impact.kind !== 'estimate') throw new Error('expected an estimate');
    expect(impact.value).toBeCloseTo(-15, 10);
    expect(impact.themeValue).toBeCloseTo(20, 10);
    expect(impact.restValue).toBeCloseTo(80, 10);
    expect(impact.ci95[0]).toBeCloseTo(-20.3761, 3);
    expect(impact.ci95[1]).toBeCloseTo(-6.1864, 3);
    expect(impact.significant).toBe(true);
  });
});

describe('meanImpact', () => {
  // Worked by hand. Theme ratings 1,2 ×5 (mean 1.5, s² = 2.5/9); rest 4,5 ×5 (mean 4.5, s² = 2.5/9).
  // All mean 3, impact = 3 − 4.5 = −1.5. SE = √(2 × 0.0277778) = 0.235702, Welch df = 18,
  // qt(0.975, 18) = 2.100922 (R) → half-width 0.5 × 2.100922 × 0.235702 = 0.247597.
  it('meanImpact is −1.5 with CI [−1.7476, −1.2524]', () => {
    const values = frozen([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5]);
    const impact = meanImpact(values, range(0, 10));
    if (impact.kind !== 'estimate') throw new Error('expected an estimate');
    expect(impact.value).toBeCloseTo(-1.5, 12);
    expect(impact.ci95[0]).toBeCloseTo(-1.747597, 5);
    expect(impact.ci95[1]).toBeCloseTo(-1.252403, 5);
    expect(impact.significant).toBe(true);
  });

  it('meanImpact with constant values has a zero-width interval', () => {
    const impact = meanImpact([...repeat(3, 10), ...repeat(5, 10)], range(0, 10));
    expect(impact).toMatchObject({ kind: 'estimate', value: -1, ci95: [-1, -1], significant: true });
  });
});

describe('createImpactCalculator over a row table column', () => {
  it.each(['nps', 'csat', 'mean'] as const)('reads NaN in a Float64Array as missing, as null in an array (%s)', (metric) => {
    // 60 rows cycling through 0-10 and a blank every seventh row; the theme is every third row.
    const scores = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? null : metric === 'csat' ? 1 + (i % 5) : i % 11));
    const column = Float64Array.from(scores, (value) => value ?? Number.NaN);
    const themeRows = scores.map((_, i) => i).filter((i) => i % 3 === 0);
    expect(createImpactCalculator(column, metric)(themeRows)).toEqual(createImpactCalculator(scores, metric)(themeRows));
  });
});
