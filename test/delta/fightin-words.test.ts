import { describe, expect, it } from 'vitest';
import { fightinWords } from '../../src/delta/index.js';

const counts = (entries: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(entries));

describe('fightinWords', () => {
  const baseline = counts({ late: 10, great: 30, app: 10 });
  const current = counts({ late: 30, great: 10, app: 10 });

  // Monroe, Colaresi & Quinn (2008) eq. 16/22 by hand, prior α = 1 per term (α₀ = 3), n = 50 each:
  // δ_late = ln(31/(50 + 3 − 31)) − ln(11/(53 − 11)) = ln(31/22) − ln(11/42) = 0.342945 + 1.339774
  // = 1.682719; σ² = 1/31 + 1/11 = 0.123167; z = 1.682719/0.350952 = 4.794730. "great" mirrors it;
  // "app" has δ = 0 and appears in neither list.
  it('fightinWords with a flat prior of 1 gives z(late) = 4.7947 and z(great) = −4.7947', () => {
    const result = fightinWords(baseline, current, { prior: counts({ late: 1, great: 1, app: 1 }) });
    expect(result.overRepresented).toHaveLength(1);
    expect(result.overRepresented[0]).toMatchObject({ term: 'late', baselineCount: 10, currentCount: 30 });
    expect(result.overRepresented[0]?.logOddsRatio).toBeCloseTo(1.682719, 6);
    expect(result.overRepresented[0]?.z).toBeCloseTo(4.79473, 5);
    expect(result.underRepresented[0]?.term).toBe('great');
    expect(result.underRepresented[0]?.z).toBeCloseTo(-4.79473, 5);
  });

  // Pooled prior scaled to α₀ = 100: α_late = 100 × 40/100 = 40, α_great = 40, α_app = 20.
  // δ_late = ln(70/(150 − 70)) − ln(50/(150 − 50)) = ln(0.875) − ln(0.5) = 0.559616;
  // σ² = 1/70 + 1/50 = 0.0342857; z = ln(1.75)/0.1851640 = 0.5596158/0.1851640 = 3.02227.
  it('fightinWords with the pooled prior of size 100 gives z(late) = 3.02227', () => {
    const result = fightinWords(baseline, current, { priorSize: 100 });
    expect(result.overRepresented[0]?.logOddsRatio).toBeCloseTo(0.559616, 6);
    expect(result.overRepresented[0]?.z).toBeCloseTo(3.02227, 5);
  });

  it('returns at most `top` terms each way, ties broken by term, and is safe for "constructor"', () => {
    const before = new Map<string, number>();
    const after = new Map<string, number>();
    for (const term of ['m', 'l', 'k', 'j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a', 'constructor', '__proto__']) {
      before.set(term, 2);
      after.set(term, 8);
    }
    before.set('filler', 200);
    after.set('filler', 110);
    const result = fightinWords(before, after, { top: 10, terms: 'all' });
    expect(result.overRepresented.map((shift) => shift.term)).toEqual(['__proto__', 'a', 'b', 'c', 'constructor', 'd', 'e', 'f', 'g', 'h']);
    expect(result.underRepresented.map((shift) => shift.term)).toEqual(['filler']);
  });

  it('is independent of map order and does not mutate its inputs', () => {
    const reversed = new Map([...baseline].reverse());
    expect(fightinWords(reversed, current)).toEqual(fightinWords(baseline, current));
    expect([...baseline]).toEqual([['late', 10], ['great', 30], ['app', 10]]);
  });

  it("lists content words only, one form per stem, by default ('all' lists every term); the z values are the same", () => {
    const before = counts({ late: 10, great: 30, app: 10, two: 10, ks: 10, '24h': 10, tried: 10, outage: 1, outages: 1 });
    const after = counts({ late: 30, great: 10, app: 10, two: 30, ks: 30, '24h': 30, tried: 30, outage: 20, outages: 12 });
    const prior = counts({ late: 1, great: 1, app: 1, two: 1, ks: 1, '24h': 1, tried: 1, outage: 1, outages: 1 });
    const all = fightinWords(before, after, { prior, terms: 'all' });
    const content = fightinWords(before, after, { prior });
    expect(all.overRepresented.map((shift) => shift.term)).toEqual(['outage', 'outages', '24h', 'ks', 'late', 'tried', 'two']);
    // the number word, the fragment, the digits and the light verb go; 'outages' (stem 'outag', smaller z) too
    expect(content.overRepresented.map((shift) => shift.term)).toEqual(['outage', 'late']);
    expect(content.overRepresented).toEqual(all.overRepresented.filter((shift) => shift.term === 'outage' || shift.term === 'late'));
    expect(content.underRepresented).toEqual(all.underRepresented);
  });

  it('empty inputs give empty lists; negative counts throw', () => {
    expect(fightinWords(new Map(), new Map())).toEqual({ overRepresented: [], underRepresented: [] });
    expect(() => fightinWords(counts({ a: -1 }), counts({ a: 1 }))).toThrow(RangeError);
  });
});
