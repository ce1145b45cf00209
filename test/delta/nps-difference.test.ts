import { describe, expect, it } from 'vitest';
import { npsDifference } from '../../src/delta/index.js';

describe('npsDifference', () => {
  // Worked by hand (Rocks 2016, difference of two adjusted-Wald estimates).
  // Baseline 50 P / 30 passive / 20 D: NPS' = 29.1262, SE = 7.69151 (see test/kpi/nps.test.ts).
  // Current 40 / 30 / 30: n' = 103, p' = 40.75/103 = 0.395631, d' = 30.75/103 = 0.298544,
  // p' − d' = 0.097087, V = (0.694175 − 0.009426)/103 = 0.0066481, SE = 8.15358 points.
  // SE(diff) = √(7.69151² + 8.15358²) = 11.20892; adjusted diff = 9.7087 − 29.1262 = −19.4175;
  // CI = −19.4175 ± 1.959964 × 11.20892 = [−41.3865, 2.5516]; z = −1.73232, p = 0.08322.
  it('npsDifference(30 → 10) is −20 with CI [−41.39, 2.55], p = 0.0832', () => {
    const result = npsDifference(
      Object.freeze({ n: 100, promoters: 50, passives: 30, detractors: 20 }),
      Object.freeze({ n: 100, promoters: 40, passives: 30, detractors: 30 }),
    );
    expect(result.delta).toBe(-20);
    expect(result.standardError).toBeCloseTo(11.20892, 4);
    expect(result.ci95[0]).toBeCloseTo(-41.3865, 3);
    expect(result.ci95[1]).toBeCloseTo(2.5516, 3);
    expect(result.z).toBeCloseTo(-1.73232, 4);
    expect(result.pValue).toBeCloseTo(0.08322, 4);
  });

  // Current 30 / 30 / 40 (NPS −10): SE is the same 8.15358 by symmetry; adjusted diff
  // = −9.7087 − 29.1262 = −38.8350, z = −38.8350/11.20892 = −3.46465, p = 0.000531.
  it('npsDifference(30 → −10) is significant: z = −3.465, p = 0.00053', () => {
    const result = npsDifference(
      { n: 100, promoters: 50, passives: 30, detractors: 20 },
      { n: 100, promoters: 30, passives: 30, detractors: 40 },
    );
    expect(result.delta).toBe(-40);
    expect(result.z).toBeCloseTo(-3.46465, 4);
    expect(result.pValue).toBeCloseTo(0.000531, 5);
    expect(result.ci95[1]).toBeLessThan(0);
  });

  it('npsDifference of identical samples is 0 with p = 1 and a symmetric interval', () => {
    const side = { n: 60, promoters: 20, passives: 20, detractors: 20 };
    const result = npsDifference(side, side);
    expect(result.delta).toBe(0);
    expect(result.pValue).toBe(1);
    expect(result.ci95[0]).toBeCloseTo(-result.ci95[1], 12);
  });
});
