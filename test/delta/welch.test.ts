import { describe, expect, it } from 'vitest';
import { welch, welchFromValues } from '../../src/delta/index.js';

// R's `sleep` data (Cushny & Peebles 1905, via Student 1908): extra hours of sleep.
const group1 = Object.freeze([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]);
const group2 = Object.freeze([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);

describe('welch', () => {
  // R: t.test(extra ~ group, data = sleep) → t = -1.8608, df = 17.776, p-value = 0.07939,
  // 95 percent confidence interval: -3.3654832 0.2054832; means 0.75 and 2.33.
  // Here baseline = group 2, current = group 1, so delta = 0.75 − 2.33 = −1.58.
  it('welchFromValues on the sleep data matches R t.test', () => {
    const result = welchFromValues(group2, group1);
    expect(result.delta).toBeCloseTo(-1.58, 12);
    expect(result.t).toBeCloseTo(-1.8608, 4);
    expect(result.df).toBeCloseTo(17.776, 3);
    expect(result.pValue).toBeCloseTo(0.07939, 5);
    expect(result.ci95[0]).toBeCloseTo(-3.3654832, 6);
    expect(result.ci95[1]).toBeCloseTo(0.2054832, 6);
  });

  // Same data from summaries: var(group1) = 3.200556, var(group2) = 4.009 (R: var()).
  it('welch from summaries gives the same t and df', () => {
    const result = welch({ mean: 2.33, variance: 4.009, n: 10 }, { mean: 0.75, variance: 3.2005556, n: 10 });
    expect(result.t).toBeCloseTo(-1.8608, 4);
    expect(result.df).toBeCloseTo(17.776, 3);
  });

  // Hand: means 2 and 5, s² = 1 and 4, n = 5 and 10: SE = √(0.2 + 0.4) = 0.774597, t = 3.872983,
  // df = 0.36 / (0.04/4 + 0.16/9) = 12.96; p = 2 × ∫ t-density from 3.872983 to ∞ = 0.0019324 (checked by
  // Simpson integration of the t density, independent of the incomplete-beta code).
  it('welch with unequal variances and sizes: t = 3.873, df = 12.96', () => {
    const result = welch({ mean: 2, variance: 1, n: 5 }, { mean: 5, variance: 4, n: 10 });
    expect(result.standardError).toBeCloseTo(0.774597, 6);
    expect(result.t).toBeCloseTo(3.872983, 6);
    expect(result.df).toBeCloseTo(12.96, 10);
    expect(result.pValue).toBeCloseTo(0.0019324, 6);
  });

  it('welch with zero variances: p = 1 for equal means, 0 otherwise', () => {
    expect(welch({ mean: 3, variance: 0, n: 4 }, { mean: 3, variance: 0, n: 4 })).toMatchObject({ pValue: 1, t: 0, ci95: [0, 0] });
    expect(welch({ mean: 3, variance: 0, n: 4 }, { mean: 4, variance: 0, n: 4 })).toMatchObject({ pValue: 0, t: Infinity });
  });

  it('welch needs two values per side', () => {
    expect(() => welchFromValues([1], [1, 2, 3])).toThrow(RangeError);
  });
});
