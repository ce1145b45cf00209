import { describe, expect, it } from 'vitest';
import { compareThemes, type ThemeInput } from '../../src/delta/index.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
/** A theme on `baselineCount` docs of 0-199 and `currentCount` docs of 200-399, every mention scored `score`. */
function theme(id: string, baselineCount: number, currentCount: number, score: number, offset = 0): ThemeInput {
  const rows = [...range(offset, offset + baselineCount), ...range(200 + offset, 200 + offset + currentCount)];
  return Object.freeze({ id, label: id.replace('-', ' '), rows: Object.freeze(rows), aspectScores: Object.freeze(rows.map(() => score)) });
}
const baselineIdx = Object.freeze(range(0, 200));
const currentIdx = Object.freeze(range(200, 400));

describe('compareThemes', () => {
  // By hand (pooled z, see twoProportion): late 20/200 → 50/200: p̄ = 0.175, SE = 0.0379967,
  // z = 3.94771, p = 7.89e-5. support 50/200 → 24/200: p̄ = 0.185, SE = 0.0388297, z = −3.34795,
  // p = 8.14e-4. prices 30/200 → 32/200: p̄ = 0.155, SE = 0.0361905, z = 0.276316, p = 0.7823.
  // BH over the 3 tested: q = 3 × 7.89e-5 = 2.37e-4, 3/2 × 8.14e-4 = 1.22e-3, 0.7823.
  const themes = Object.freeze([
    theme('great-prices', 30, 32, 0.6),
    theme('late-delivery', 20, 50, -0.7),
    theme('app-crash', 0, 6, -0.8, 100),
    theme('good-support', 50, 24, 0.5, 120),
    theme('tiny', 2, 3, -0.2, 190),
  ]);
  const nps = Object.freeze(range(0, 400).map((i) => (i < 20 || (i >= 200 && i < 225) ? 2 : 9)));
  const result = compareThemes(themes, baselineIdx, currentIdx, { nps });
  const byId = (id: string) => result.find((entry) => entry.id === id);

  it('flags the doubled negative theme as rising, a significant worsening, with the hand-worked p and q', () => {
    const late = byId('late-delivery');
    expect(late).toMatchObject({
      label: 'late delivery', baseline: { count: 20, share: 0.1 }, current: { count: 50, share: 0.25 },
      status: 'rising', significant: true, lean: 'negative', worsening: true, test: 'two-proportion-z',
    });
    expect(late?.delta).toBeCloseTo(15, 10);
    expect(late?.pValue).toBeCloseTo(7.89e-5, 6);
    expect(late?.qValue).toBeCloseTo(3 * (late?.pValue ?? 0), 12);
  });

  it('a positive theme that shrinks significantly is a worsening too; an unchanged one is stable', () => {
    expect(byId('good-support')).toMatchObject({ status: 'falling', significant: true, worsening: true, lean: 'positive' });
    expect(byId('good-support')?.qValue).toBeCloseTo(1.5 * (byId('good-support')?.pValue ?? 0), 12);
    expect(byId('great-prices')).toMatchObject({ status: 'stable', significant: false, worsening: false });
    expect(byId('great-prices')?.pValue).toBeCloseTo(0.7823, 4);
    expect(byId('great-prices')?.qValue).toBeCloseTo(0.7823, 4);
  });

  it('too few mentions are not tested, so 0 → 6 mentions is not called new', () => {
    expect(byId('app-crash')).toMatchObject({
      status: 'stable', delta: null, ci95: null, pValue: null, qValue: null, significant: false,
      insufficient: { reason: 'mentions', needed: 10 },
    });
    expect(byId('tiny')).toMatchObject({ status: 'stable', insufficient: { reason: 'mentions', needed: 10 } });
  });

  it('orders worsenings by |delta|, then other significant changes, then the rest by |delta| and id', () => {
    expect(result.map((entry) => entry.id)).toEqual(['late-delivery', 'good-support', 'great-prices', 'app-crash', 'tiny']);
  });

  it('gives each side\'s sentiment and NPS of the rows mentioning the theme', () => {
    const late = byId('late-delivery');
    expect(late?.sentiment.baseline).toBeCloseTo(-0.7, 12);
    expect(late?.sentiment.current).toBeCloseTo(-0.7, 12);
    expect(late?.sentiment.change).toBeCloseTo(0, 12);
    // baseline: 20 detractors → −100; current: 25 detractors + 25 promoters → 0.
    expect(late?.nps).toEqual({ baseline: -100, current: 0, change: 100, baselineN: 20, currentN: 50 });
    // app-crash has no baseline mentions: NPS null there; 6 scores now (< 10) → null too.
    expect(byId('app-crash')?.nps).toEqual({ baseline: null, current: null, change: null, baselineN: 0, currentN: 6 });
  });

  it('a theme absent before is new only when its appearance is significant after correction', () => {
    // 0/200 → 20/200: expected cells 10 ≥ 5, pooled z = 0.1/sqrt(0.05·0.95·(2/200)) = 4.588, p = 4.5e-6 → new.
    const appeared = compareThemes([theme('app-crash', 0, 20, -0.8)], baselineIdx, currentIdx);
    expect(appeared[0]).toMatchObject({ status: 'new', significant: true, worsening: true });
    const vanished = compareThemes([theme('app-crash', 20, 0, -0.8)], baselineIdx, currentIdx);
    expect(vanished[0]).toMatchObject({ status: 'gone', significant: true, worsening: false });
  });

  it('is independent of theme order', () => {
    expect(compareThemes([...themes].reverse(), baselineIdx, currentIdx, { nps })).toEqual(result);
  });

  it('finds nothing significant when nothing changed', () => {
    const same = range(0, 12).map((i) => theme(`theme-${String(i).padStart(2, '0')}`, 10 + i, 10 + i, i % 2 ? 0.4 : -0.4, i));
    const unchanged = compareThemes(same, baselineIdx, currentIdx);
    expect(unchanged.every((entry) => !entry.significant && entry.status === 'stable' && entry.delta === 0)).toBe(true);
  });

  it('does not test when a side has fewer than 30 rows, and rejects overlapping sides', () => {
    const small = compareThemes([theme('late-delivery', 20, 20, -0.5)], range(0, 29), range(200, 400));
    expect(small[0]).toMatchObject({ significant: false, qValue: null, insufficient: { reason: 'side', needed: 30 } });
    expect(() => compareThemes([], [1, 2], [2, 3])).toThrow(RangeError);
  });
});

describe('compareThemes families', () => {
  const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
  const make = (id: string, before: number, after: number, parent: string | null) => {
    const rows = [...range(0, before), ...range(200, 200 + after)];
    return { id, label: id, rows, aspectScores: rows.map(() => -0.5), parent };
  };
  it('adjusts top-level themes and sub-themes as separate Benjamini-Hochberg families', () => {
    // late: 20/200 → 50/200, p = 7.89e-5 (worked above). Alone in the top-level family its q equals its p;
    // the two sub-themes share the other family: q = p × 2 / rank.
    const themes = [make('late', 20, 50, null), make('late-a', 20, 50, 'late'), make('late-b', 30, 32, 'late')];
    const result = compareThemes(themes, range(0, 200), range(200, 400));
    const late = result.find((t) => t.id === 'late');
    const subA = result.find((t) => t.id === 'late-a');
    expect(late?.qValue).toBeCloseTo(late?.pValue ?? -1, 12);
    expect(subA?.qValue).toBeCloseTo(2 * (subA?.pValue ?? -1), 12);
  });
});
