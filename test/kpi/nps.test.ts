import { describe, expect, it } from 'vitest';
import { MIN_N_NPS, nps, npsAdjustedWald, npsCounts, npsGroup } from '../../src/kpi/index.js';
import { frozen, repeat } from './_helpers.js';

describe('nps', () => {
  // Worked by hand (Rocks 2016 adjusted Wald): 50 promoters, 30 passives, 20 detractors.
  // n' = 103, p' = 50.75/103 = 0.492718, d' = 20.75/103 = 0.201456, p' − d' = 0.291262,
  // variance = (0.694175 − 0.084834)/103 = 0.0059159, SE = 0.0769151,
  // half-width = 1.959964 × 0.0769151 × 100 = 15.0751 → 29.1262 ± 15.0751 = [14.0511, 44.2013].
  it('nps of 50 promoters / 30 passives / 20 detractors is 30 with CI [14.05, 44.20]', () => {
    const scores = frozen([...repeat(10, 25), ...repeat(9, 25), ...repeat(8, 15), ...repeat(7, 15), ...repeat(0, 10), ...repeat(6, 10)]);
    const result = nps(scores);
    expect(result.kind).toBe('estimate');
    if (result.kind !== 'estimate') return;
    expect(result.value).toBe(30);
    expect(result.n).toBe(100);
    expect(result.ci95?.[0]).toBeCloseTo(14.0511, 3);
    expect(result.ci95?.[1]).toBeCloseTo(44.2013, 3);
    expect(result).toMatchObject({ promoters: 50, passives: 30, detractors: 20, promoterShare: 0.5, passiveShare: 0.3, detractorShare: 0.2 });
  });

  it('npsAdjustedWald gives the adjusted centre 29.1262 and SE 7.6915 points for the same counts', () => {
    const wald = npsAdjustedWald({ n: 100, promoters: 50, passives: 30, detractors: 20 });
    expect(wald.adjusted).toBeCloseTo(29.1262, 4);
    expect(wald.standardError).toBeCloseTo(7.6915, 4);
  });

  // All promoters, n = 10: n' = 13, p' = 10.75/13 = 0.826923, d' = 0.75/13 = 0.057692,
  // p' − d' = 0.769231, variance = (0.884615 − 0.591716)/13 = 0.0225307, SE = 0.150102,
  // half-width = 29.42 → [47.50, 106.34], clipped to the scale: [47.50, 100].
  it('nps of 10 promoters is 100 with the adjusted interval centred on 76.92, clipped at 100', () => {
    const result = nps(repeat(10, 10));
    if (result.kind !== 'estimate') throw new Error('expected an estimate');
    expect(result.value).toBe(100);
    expect(result.ci95?.[0]).toBeCloseTo(47.50, 1);
    expect(result.ci95?.[1]).toBe(100);
  });

  it('nps skips nulls and out-of-range values and reports insufficient data below MIN_N_NPS', () => {
    const result = nps([10, 9, null, 11, -1, Number.NaN, 3, 7]);
    expect(result).toEqual({
      kind: 'insufficient', n: 4, needed: MIN_N_NPS,
      promoters: 2, passives: 1, detractors: 1, promoterShare: 0.5, passiveShare: 0.25, detractorShare: 0.25,
    });
  });

  it('nps of nothing is insufficient with zero shares', () => {
    expect(nps([])).toMatchObject({ kind: 'insufficient', n: 0, needed: 10, promoterShare: 0 });
  });

  it.each([
    [0, 'detractor'], [6, 'detractor'], [7, 'passive'], [8, 'passive'], [9, 'promoter'], [10, 'promoter'],
    [10.5, null], [null, null],
  ] as const)('npsGroup(%s) is %s', (score, group) => {
    expect(npsGroup(score)).toBe(group);
  });

  it('npsCounts accepts any iterable', () => {
    expect(npsCounts(new Set([1, 7, 9]))).toEqual({ n: 3, promoters: 1, passives: 1, detractors: 1 });
  });
});
