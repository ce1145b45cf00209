import { describe, expect, it } from 'vitest';
import { compareThemes, fightinWords, isPractical, type ThemeInput } from '../../src/delta/index.js';

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

describe('compareThemes flags only top-level, practical changes', () => {
  const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
  const make = (id: string, before: number, after: number, parent: string | null, score = -0.5, offset = 0, side = 200) => {
    const rows = [...range(offset, offset + before), ...range(side + offset, side + offset + after)];
    return { id, label: id, rows, aspectScores: rows.map(() => score), parent };
  };

  it('a sub-theme is flagged only under a flagged parent: the detail of its change, never a change of its own', () => {
    // late 20 → 50 (rising, flagged) with a sub-theme that rises with it; steady 40 → 40 with a sub-theme 5 → 30.
    const themes = [
      make('late', 20, 50, null),
      make('late-courier', 20, 50, 'late'),
      make('steady', 40, 40, null, -0.5, 60),
      make('steady-part', 5, 30, 'steady', -0.5, 60),
    ];
    const result = compareThemes(themes, range(0, 200), range(200, 400));
    const byId = (id: string) => result.find((t) => t.id === id);
    expect(byId('late')).toMatchObject({ significant: true, status: 'rising', parent: null });
    expect(byId('late-courier')).toMatchObject({ significant: true, status: 'rising', parent: 'late', practical: true });
    expect(byId('steady')).toMatchObject({ significant: false, status: 'stable' });
    const orphan = byId('steady-part');
    expect(orphan?.qValue).toBeLessThan(0.05);
    expect(orphan).toMatchObject({ significant: false, status: 'stable', worsening: false, practical: true });
  });

  it('a significant change smaller than 10% of the larger share is not flagged: 40% → 43% on 20,000 rows a side', () => {
    // p̄ = 0.415, SE = √(0.415·0.585·2/20000) = 0.0049271, z = 6.089: p ≈ 1.1e-9, yet 3 pp < 10% of 43% = 4.3 pp.
    const themes = [make('everyday', 8000, 8600, null, -0.5, 0, 20000)];
    const [entry] = compareThemes(themes, range(0, 20000), range(20000, 40000));
    expect(entry?.pValue).toBeLessThan(1e-8);
    expect(entry).toMatchObject({ practical: false, significant: false, status: 'stable' });
  });

  it('isPractical: the interval must clear ±1 pp and |delta| ≥ 10% of the larger share', () => {
    expect(isPractical(9, [5.3, 12.6], 0.09, 0.18)).toBe(true); // 5.3 ≥ 1, 9 ≥ 1.8
    expect(isPractical(-2.4, [-4.14, -0.72], 0.05, 0.026)).toBe(false); // −0.72 is inside ±1
    expect(isPractical(3, [2.0, 4.0], 0.4, 0.43)).toBe(false); // 3 < 4.3
    expect(isPractical(-4.5, [-6.1, -2.9], 0.43, 0.385)).toBe(true); // −2.9 ≤ −1, 4.5 ≥ 4.3
    expect(isPractical(2, null, 0.1, 0.12)).toBe(false);
  });

  it('the lean follows the outcome: a theme praised in words but rated by detractors is negative, and its rise a worsening', () => {
    // "cheap" docs 0-19 and 200-249, all scored +0.6 in words but NPS 2; every other doc NPS 9.
    const themes = [make('cheap', 20, 50, null, 0.6)];
    const nps = range(0, 400).map((i) => (i < 20 || (i >= 200 && i < 250) ? 2 : 9));
    const [entry] = compareThemes(themes, range(0, 200), range(200, 400), { outcome: { metric: 'nps', scores: nps } });
    expect(entry).toMatchObject({ lean: 'negative', status: 'rising', worsening: true });
    const [wordsOnly] = compareThemes(themes, range(0, 200), range(200, 400));
    expect(wordsOnly).toMatchObject({ lean: 'positive', status: 'rising', worsening: false });
  });

  it('a theme whose lean is neutral can rise but is never a worsening', () => {
    const rows = [...range(0, 20), ...range(200, 250)];
    const mixed = { id: 'mixed', label: 'mixed', rows, aspectScores: rows.map((_, i) => (i % 2 === 0 ? -0.5 : 0.5)), parent: null };
    const [entry] = compareThemes([mixed], range(0, 200), range(200, 400));
    expect(entry).toMatchObject({ lean: 'neutral', status: 'rising', significant: true, worsening: false });
  });
});

describe('fightinWords minAbsZ', () => {
  it('keeps only terms at or beyond |z| ≥ 1.96 (late z = 4.795 by hand, app z = 0)', () => {
    const prior = new Map([['late', 1], ['great', 1], ['app', 1]]);
    const shifts = fightinWords(new Map([['late', 10], ['great', 30], ['app', 10]]), new Map([['late', 30], ['great', 10], ['app', 10]]), { prior, minAbsZ: 1.96 });
    expect(shifts.overRepresented.map((s) => s.term)).toEqual(['late']);
    expect(shifts.underRepresented.map((s) => s.term)).toEqual(['great']);
  });
});
