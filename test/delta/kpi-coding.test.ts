import { describe, expect, it } from 'vitest';
import { kpiCoder, type KpiRecord } from '../../src/delta/index.js';

const row = (over: Partial<KpiRecord>): KpiRecord => ({ nps: null, csat: null, ces: null, rating: null, sentiment: null, ...over });

describe('kpiCoder', () => {
  it('codes NPS promoter +100, passive 0, detractor −100 (the mean of the codes is the NPS)', () => {
    const code = kpiCoder('nps');
    expect([10, 9, 8, 7, 6, 0, null, 11].map((nps) => code(row({ nps })))).toEqual([100, 100, 0, 0, -100, -100, null, null]);
  });
  it('codes CSAT top-2-box on the scale, low ratings and % negative as 100 or 0', () => {
    expect([5, 4, 3, 1, 6].map((csat) => kpiCoder('csat')(row({ csat })))).toEqual([100, 100, 0, 0, null]);
    expect([7, 6, 5].map((csat) => kpiCoder('csat', { csatScale: 7 })(row({ csat })))).toEqual([100, 100, 0]);
    // 1-5 scale: low band ≤ 2 (src/kpi/rating-bands.ts)
    expect([1, 2, 2.5, 5].map((rating) => kpiCoder('ratingLow', { ratingScale: { min: 1, max: 5 } })(row({ rating })))).toEqual([100, 100, 0, 0]);
    expect(kpiCoder('ratingLow')(row({ rating: 1 }))).toBeNull();
    expect(kpiCoder('negative')(row({ sentiment: { score: -0.4, label: 'negative' } }))).toBe(100);
    expect(kpiCoder('negative')(row({ sentiment: { score: 0.4, label: 'positive' } }))).toBe(0);
  });
  it('passes means through', () => {
    expect(kpiCoder('rating')(row({ rating: 3.5 }))).toBe(3.5);
    expect(kpiCoder('ces')(row({ ces: 6 }))).toBe(6);
    expect(kpiCoder('sentiment')(row({ sentiment: { score: 0.25, label: 'positive' } }))).toBe(0.25);
  });
});
