import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../src/delta/index.js';

describe('benjaminiHochberg', () => {
  // Issue 5 acceptance example; by hand, sorted p 0.001, 0.0025, 0.01, 0.02, 0.05, 0.5, 0.69 →
  // m·p/rank 0.007, 0.00875, 0.02333, 0.035, 0.07, 0.58333, 0.69 (already monotone).
  // R: p.adjust(c(0.50, 0.01, 0.001, 0.69, 0.02, 0.05, 0.0025), "BH").
  const p = Object.freeze([0.5, 0.01, 0.001, 0.69, 0.02, 0.05, 0.0025]);

  it('benjaminiHochberg gives the R p.adjust BH q-values', () => {
    const q = benjaminiHochberg(p);
    const expected = [0.583333, 0.023333, 0.007, 0.69, 0.035, 0.07, 0.00875];
    q.forEach((value, index) => expect(value).toBeCloseTo(expected[index] as number, 6));
  });

  it('at q = 0.05 it rejects the 2nd, 3rd, 5th and 7th hypotheses', () => {
    const rejected = benjaminiHochberg(p).flatMap((q, index) => (q < 0.05 ? [index + 1] : []));
    expect(rejected).toEqual([2, 3, 5, 7]);
  });

  // Step-up makes q monotone: p = (0.01, 0.04, 0.045) → raw m·p/rank 0.03, 0.06, 0.045 →
  // q = 0.03, 0.045, 0.045 (the 2nd takes the smaller value from above).
  it('q-values are monotone (step-up) and capped at 1', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.045]);
    expect(q[0]).toBeCloseTo(0.03, 12);
    expect(q[1]).toBeCloseTo(0.045, 12);
    expect(q[2]).toBeCloseTo(0.045, 12);
    expect(benjaminiHochberg([1, 1])).toEqual([1, 1]);
  });

  it('handles empty input and rejects p outside [0, 1]', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(() => benjaminiHochberg([0.5, Number.NaN])).toThrow(RangeError);
    expect(() => benjaminiHochberg([1.2])).toThrow(RangeError);
  });
});
