import { describe, expect, it } from 'vitest';
import { MIN_N_PROPORTION, csat, proportion, wilson } from '../../src/kpi/index.js';
import { frozen } from './_helpers.js';

describe('wilson', () => {
  // Newcombe (1998) Table I / Wilson (1927): k = 8, n = 10 → 0.4902 to 0.9433 (hand: centre
  // (0.8 + 0.19208)/1.38416 = 0.716738, half-width 1.416021 × 0.160012 = 0.226581).
  it('wilson(8, 10) is [0.4902, 0.9433]', () => {
    const [low, high] = wilson(8, 10);
    expect(low).toBeCloseTo(0.4902, 4);
    expect(high).toBeCloseTo(0.9433, 4);
  });
  // Newcombe (1998) Table I: 0/10 → 0 to 0.2775; 1/29 → 0.0061 to 0.1718; 81/263 → 0.2553 to 0.3662.
  it.each([
    [0, 10, 0, 0.2775],
    [1, 29, 0.0061, 0.1718],
    [81, 263, 0.2553, 0.3662],
    [10, 10, 0.7225, 1],
  ])('wilson(%d, %d) is [%d, %d] (Newcombe 1998 Table I)', (k, n, low, high) => {
    const interval = wilson(k, n);
    expect(interval[0]).toBeCloseTo(low, 4);
    expect(interval[1]).toBeCloseTo(high, 4);
  });
  it('wilson with n = 0 is [0, 1]; k > n throws', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
    expect(() => wilson(3, 2)).toThrow(RangeError);
  });
});

describe('proportion', () => {
  it('proportion(8, 10) is 0.8 with the Wilson interval', () => {
    const result = proportion(8, 10);
    expect(result).toMatchObject({ kind: 'estimate', value: 0.8, n: 10 });
    if (result.kind === 'estimate') expect(result.ci95?.[0]).toBeCloseTo(0.4902, 4);
  });
  it('proportion below MIN_N_PROPORTION is insufficient', () => {
    expect(proportion(3, 9)).toEqual({ kind: 'insufficient', n: 9, needed: MIN_N_PROPORTION });
  });
});

describe('csat', () => {
  // 7 of 10 scores are 4 or 5 → 70%; Wilson(7, 10) = [0.3968, 0.8922] (hand: centre
  // (0.7 + 0.19208)/1.38416 = 0.644492, half-width 1.416021 × sqrt(0.021 + 0.009604) = 0.247713).
  it('csat of [5,4,4,3,5,2,4,5,1,4] is 70% with CI [39.68, 89.22]', () => {
    const result = csat(frozen([5, 4, 4, 3, 5, 2, 4, 5, 1, 4]));
    expect(result).toMatchObject({ kind: 'estimate', value: 70, n: 10, topTwoBox: 7 });
    if (result.kind !== 'estimate') return;
    expect(result.ci95?.[0]).toBeCloseTo(39.68, 2);
    expect(result.ci95?.[1]).toBeCloseTo(89.22, 2);
  });
  it('csat ignores nulls and values outside 1..scale; scale 7 uses 6-7 as top two boxes', () => {
    expect(csat([5, 4, null, 0, 6, 3, 3, 3, 3, 3, 3, 3, 3])).toMatchObject({ kind: 'estimate', n: 10, value: 20 });
    expect(csat([7, 6, 5, 5, 5, 5, 5, 5, 5, 5], 7)).toMatchObject({ kind: 'estimate', value: 20 });
  });
  it('csat with fewer than 10 scores is insufficient', () => {
    expect(csat([5, 5, 5])).toMatchObject({ kind: 'insufficient', n: 3, needed: 10, topTwoBox: 3 });
  });
});
