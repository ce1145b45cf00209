import { describe, expect, it } from 'vitest';
import { themeDrivers, type DriverTheme } from '../../src/delta/index.js';

type Respondent = { readonly side: 1 | 2; readonly y: number; readonly themes: readonly string[] };

/** Doc-indexed inputs from a list of respondents. */
function inputs(respondents: readonly Respondent[]) {
  const ids = [...new Set(respondents.flatMap((r) => r.themes))].sort();
  const themes: DriverTheme[] = ids.map((id) => ({ id, label: id, rows: respondents.flatMap((r, index) => (r.themes.includes(id) ? [index] : [])) }));
  return {
    kpi: 'nps' as const,
    themes,
    values: respondents.map((r) => r.y),
    baseline: respondents.flatMap((r, index) => (r.side === 1 ? [index] : [])),
    current: respondents.flatMap((r, index) => (r.side === 2 ? [index] : [])),
  };
}
const many = (count: number, respondent: Respondent): Respondent[] => Array.from({ length: count }, () => respondent);

// Worked by hand (docs/statistics.md, "Why"): baseline 6 "food" promoters + 4 untagged passives
// (NPS 60); current 4 "food" promoters, 3 "outage" detractors, 1 detractor on both (weight ½ each),
// 2 untagged passives (NPS 0). K̄ = 30.
//   food:    W 0.6 → 0.45, k 100 → 350/4.5 = 77.78; mix = −0.15·(88.89 − 30) = −8.833, rate = −22.22·0.525 = −11.667 → −20.5
//   outage:  W 0 → 0.35, k −100 (new: k₁ = k₂); mix = 0.35·(−100 − 30) = −45.5, rate 0 → −45.5
//   untagged: W 0.4 → 0.2, k 0; mix = −0.2·(0 − 30) = +6 → +6;   sum −20.5 − 45.5 + 6 = −60 = the change.
const HAND: readonly Respondent[] = Object.freeze([
  ...many(6, { side: 1, y: 100, themes: ['food'] }),
  ...many(4, { side: 1, y: 0, themes: [] }),
  ...many(4, { side: 2, y: 100, themes: ['food'] }),
  ...many(3, { side: 2, y: -100, themes: ['outage'] }),
  { side: 2, y: -100, themes: ['food', 'outage'] },
  ...many(2, { side: 2, y: 0, themes: [] }),
]);

describe('themeDrivers', () => {
  it('splits the NPS change over the themes as worked by hand; a theme absent at baseline is new', () => {
    const drivers = themeDrivers(inputs(HAND));
    expect(drivers.map((d) => [d.kind, d.id])).toEqual([['theme', 'outage'], ['theme', 'food'], ['untagged', null]]);
    const [outage, food, untagged] = drivers;
    expect(outage?.contribution.value).toBeCloseTo(-45.5, 10);
    expect(outage?.mix).toBeCloseTo(-45.5, 10);
    expect(outage?.rate).toBe(0);
    expect(outage?.new).toBe(true);
    expect(outage?.current).toEqual({ weight: 0.35, kpi: -100, count: 4 });
    expect(food?.mix).toBeCloseTo(-8.8333333, 6);
    expect(food?.rate).toBeCloseTo(-11.6666667, 6);
    expect(food?.contribution.value).toBeCloseTo(-20.5, 10);
    expect(food?.new).toBe(false);
    expect(untagged?.contribution.value).toBeCloseTo(6, 10);
    expect(drivers.reduce((sum, d) => sum + d.contribution.value, 0)).toBeCloseTo(-60, 10);
  });

  it('lists the top contributors each way and puts the rest in "other", still summing to the change', () => {
    const drivers = themeDrivers({ ...inputs(HAND), eachWay: 1 });
    expect(drivers.map((d) => [d.kind, d.id])).toEqual([['theme', 'outage'], ['untagged', null], ['other', null]]);
    expect(drivers[2]?.contribution.value).toBeCloseTo(-20.5, 10);
    expect(drivers.reduce((sum, d) => sum + d.contribution.value, 0)).toBeCloseTo(-60, 10);
  });

  it('gives a stable theme in a stable sample no contribution and flags nothing', () => {
    const same: Respondent[] = [1, 2].flatMap((side) => [
      ...many(30, { side: side as 1 | 2, y: 100, themes: ['food'] }),
      ...many(30, { side: side as 1 | 2, y: -100, themes: ['wait'] }),
      ...many(40, { side: side as 1 | 2, y: 0, themes: [] }),
    ]);
    expect(themeDrivers(inputs(same))).toEqual([]);
  });

  it('its standard error agrees with a seeded bootstrap over respondents (1000 resamples, within 10%)', () => {
    const base = HAND.flatMap((r) => many(12, r));
    const sides = [1, 2].map((side) => base.filter((r) => r.side === side));
    const wanted = (drivers: ReturnType<typeof themeDrivers>, id: string): number => drivers.find((d) => d.id === id)?.contribution.value ?? 0;
    let state = 777;
    const random = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 4294967296;
    };
    const draws: { outage: number; food: number }[] = [];
    for (let b = 0; b < 1000; b++) {
      const sample = sides.flatMap((list) => list.map(() => list[Math.floor(random() * list.length)] as Respondent));
      const drivers = themeDrivers({ ...inputs(sample), eachWay: 10 });
      draws.push({ outage: wanted(drivers, 'outage'), food: wanted(drivers, 'food') });
    }
    const sd = (values: number[]): number => {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
    };
    const drivers = themeDrivers({ ...inputs(base), eachWay: 10 });
    const se = (id: string): number => drivers.find((d) => d.id === id)?.contribution.standardError ?? NaN;
    expect(sd(draws.map((d) => d.outage)) / se('outage')).toBeGreaterThan(0.9);
    expect(sd(draws.map((d) => d.outage)) / se('outage')).toBeLessThan(1.1);
    expect(sd(draws.map((d) => d.food)) / se('food')).toBeGreaterThan(0.9);
    expect(sd(draws.map((d) => d.food)) / se('food')).toBeLessThan(1.1);
  });
});

describe('themeDrivers gatekeeping', () => {
  it('flags no contribution when the KPI change itself is not significant', () => {
    const drivers = themeDrivers({ ...inputs(HAND.flatMap((r) => many(20, r))), changeSignificant: false });
    expect(drivers[0]?.qValue).toBeLessThan(0.05);
    expect(drivers.some((d) => d.significant)).toBe(false);
  });
});
