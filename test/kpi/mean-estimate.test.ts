import { describe, expect, it } from 'vitest';
import { MIN_N_MEAN, meanAndVariance, meanEstimate } from '../../src/kpi/index.js';
import { frozen } from './_helpers.js';

describe('meanEstimate', () => {
  // R: t.test(1:10)$conf.int = 3.334149 7.665851 (mean 5.5, sd 3.02765, qt(0.975, 9) = 2.262157).
  it('meanEstimate(1..10) is 5.5 with CI [3.334149, 7.665851] (R t.test)', () => {
    const result = meanEstimate(frozen([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(result).toMatchObject({ kind: 'estimate', value: 5.5, n: 10 });
    if (result.kind !== 'estimate') return;
    expect(result.ci95?.[0]).toBeCloseTo(3.334149, 5);
    expect(result.ci95?.[1]).toBeCloseTo(7.665851, 5);
    expect(result.sd).toBeCloseTo(3.02765, 5);
  });

  // CES sample worked by hand: [5, 6, 7] → mean 6, s² = 1, SE = 1/√3, qt(0.975, 2) = 4.302653
  // → 6 ± 2.484138 = [3.515862, 8.484138].
  it('meanEstimate([5, 6, 7, null]) is 6 ± 2.484138', () => {
    const result = meanEstimate([5, 6, 7, null]);
    if (result.kind !== 'estimate') throw new Error('expected an estimate');
    expect(result.ci95?.[0]).toBeCloseTo(3.515862, 5);
    expect(result.ci95?.[1]).toBeCloseTo(8.484138, 5);
  });

  it('meanEstimate of equal values has a zero-width interval', () => {
    expect(meanEstimate([4, 4, 4])).toMatchObject({ value: 4, ci95: [4, 4], sd: 0 });
  });

  it('meanEstimate of one value is insufficient', () => {
    expect(meanEstimate([3, Number.NaN, Infinity])).toEqual({ kind: 'insufficient', n: 1, needed: MIN_N_MEAN, sd: null });
  });
});

describe('meanAndVariance', () => {
  // Wikipedia "Standard deviation" example: 2,4,4,4,5,5,7,9 → mean 5, population variance 4,
  // sample variance 32/7.
  it('meanAndVariance([2,4,4,4,5,5,7,9]) is mean 5, variance 32/7', () => {
    const result = meanAndVariance([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(result.n).toBe(8);
    expect(result.mean).toBe(5);
    expect(result.variance).toBeCloseTo(32 / 7, 12);
  });
  it('meanAndVariance is stable for large offsets (Welford)', () => {
    const result = meanAndVariance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(result.variance).toBeCloseTo(30, 6);
  });
});
