import { describe, expect, it } from 'vitest';
import { kitagawa, type CellMoments, type KitagawaCell } from '../../src/delta/index.js';

/** Moments of NPS-coded answers: p promoters (+100), q passives (0), d detractors (−100). */
const nps = (p: number, q: number, d: number): CellMoments => ({ n: p + q + d, sum: 100 * (p - d), sumSquares: 10000 * (p + d) });
/** The respondents behind a cell, for the bootstrap. */
const expand = (p: number, q: number, d: number): number[] => [...Array(p).fill(100), ...Array(q).fill(0), ...Array(d).fill(-100)];

// Worked by hand (see docs/statistics.md, "Mix or real change"): phone 20 → 40 of 100 answers,
// NPS −25 in both quarters (5/5/10 → 10/10/20); web 80 → 60, NPS +30 in both (40/24/16 → 30/18/12).
// K₁ = 0.2·(−25) + 0.8·30 = 19; K₂ = 0.4·(−25) + 0.6·30 = 8; change −11.
// mix = (0.4 − 0.2)(−25 − 25)/2 + (0.6 − 0.8)(30 + 30)/2 = −5 − 6 = −11; rate = 0.
// Delta method for mix, baseline side: phone α = 25 + 0.2·25/0.4 = 37.5, β = 0.2/0.4 = 0.5; web
// α = −30 + 0.2·30/1.6 = −26.25, β = −0.125 → φ values 87.5/37.5/−12.5 (×5/5/10) and
// −38.75/−26.25/−13.75 (×40/24/16), mean −19, Σ(φ − φ̄)² = 90400, Var = 90400/99/100 = 9.13131.
// Current side: phone α = −25 + 0.2·25/0.8 = −18.75, β = 0.25; web α = 30 + 0.2·30/1.2 = 35,
// β = −1/6 → φ 6.25/−18.75/−43.75 (×10/10/20) and 18.33/35/51.67 (×30/18/12), mean 8,
// Σ(φ − φ̄)² = 99954.17, Var = 10.09638. SE = √(9.13131 + 10.09638) = 4.38494.
const PHONE_WEB: readonly KitagawaCell[] = Object.freeze([
  { key: 'phone', baseline: nps(5, 5, 10), current: nps(10, 10, 20) },
  { key: 'web', baseline: nps(40, 24, 16), current: nps(30, 18, 12) },
]);

describe('kitagawa', () => {
  it('splits a pure mix change (phone 20% → 40%, NPS unchanged inside channels) into mix −11, rate 0, worked by hand', () => {
    const result = kitagawa(PHONE_WEB);
    expect(result.baseline).toEqual({ value: 19, n: 100 });
    expect(result.current).toEqual({ value: 8, n: 100 });
    expect(result.change.value).toBeCloseTo(-11, 10);
    expect(result.mix.value).toBeCloseTo(-11, 10);
    expect(result.rate.value).toBeCloseTo(0, 10);
    expect(result.mix.standardError).toBeCloseTo(4.38494, 4);
    expect(result.mix.ci95[0]).toBeCloseTo(-11 - 1.959964 * 4.38494, 3);
    expect(result.rate.ci95[0]).toBeLessThan(0);
    expect(result.rate.ci95[1]).toBeGreaterThan(0);
    const phone = result.parts.find((part) => part.key === 'phone');
    expect(phone).toEqual({ key: 'phone', baseline: { share: 0.2, kpi: -25, n: 20 }, current: { share: 0.4, kpi: -25, n: 40 }, mix: -5, rate: 0 });
  });

  it('the change interval is the two samples\' variances added (φ = y): √(s₁²/n₁ + s₂²/n₂)', () => {
    const result = kitagawa(PHONE_WEB);
    // Baseline answers: 45 P, 29 passive, 26 D of 100 → mean 19, Σy² = 710000; s² = (710000 − 100·19²)/99.
    const s1 = (710000 - 100 * 19 ** 2) / 99;
    const s2 = (720000 - 100 * 8 ** 2) / 99; // 40 P, 28 passive, 32 D → mean 8, Σy² = 720000
    expect(result.change.standardError).toBeCloseTo(Math.sqrt(s1 / 100 + s2 / 100), 10);
  });

  it('mix + rate is the change exactly when both shares and means move', () => {
    const cells: KitagawaCell[] = [
      { key: 'a', baseline: nps(10, 5, 5), current: nps(5, 10, 25) },
      { key: 'b', baseline: nps(30, 20, 30), current: nps(12, 3, 5) },
      { key: 'c', baseline: nps(0, 0, 0), current: nps(3, 1, 1) },
    ];
    const result = kitagawa(cells);
    expect(result.mix.value + result.rate.value).toBeCloseTo(result.change.value, 12);
    // A segment new on the current side is all mix: w₂k₂ = 5/65 · 40 = 3.077 (current n = 40 + 20 + 5).
    const c = result.parts.find((part) => part.key === 'c');
    expect(c?.rate).toBe(0);
    expect(c?.mix).toBeCloseTo((5 / 65) * 40, 12);
  });

  it('the delta-method standard errors agree with a seeded bootstrap over respondents (2000 resamples, within 8%)', () => {
    const cells: KitagawaCell[] = [
      { key: 'phone', baseline: nps(8, 6, 16), current: nps(12, 14, 34) },
      { key: 'web', baseline: nps(60, 25, 15), current: nps(45, 20, 15) },
    ];
    const sides = [0, 1].map((side) =>
      cells.flatMap((cell, g) => {
        const m = side === 0 ? cell.baseline : cell.current;
        const p = (m.sum / 100 + (m.sumSquares / 10000)) / 2;
        const d = m.sumSquares / 10000 - p;
        return expand(p, m.n - p - d, d).map((y) => ({ g, y }));
      }),
    );
    let state = 12345;
    const random = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 4294967296;
    };
    const draws: { mix: number; rate: number }[] = [];
    for (let b = 0; b < 2000; b++) {
      const resampled = sides.map((respondents) => {
        const moments = cells.map(() => ({ n: 0, sum: 0, sumSquares: 0 }));
        for (let i = 0; i < respondents.length; i++) {
          const r = respondents[Math.floor(random() * respondents.length)] as { g: number; y: number };
          const m = moments[r.g] as { n: number; sum: number; sumSquares: number };
          m.n++;
          m.sum += r.y;
          m.sumSquares += r.y * r.y;
        }
        return moments;
      });
      const result = kitagawa(cells.map((cell, g) => ({ key: cell.key, baseline: resampled[0]![g]!, current: resampled[1]![g]! })));
      draws.push({ mix: result.mix.value, rate: result.rate.value });
    }
    const sd = (values: number[]): number => {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
    };
    const result = kitagawa(cells);
    expect(sd(draws.map((d) => d.mix)) / result.mix.standardError).toBeGreaterThan(0.92);
    expect(sd(draws.map((d) => d.mix)) / result.mix.standardError).toBeLessThan(1.08);
    expect(sd(draws.map((d) => d.rate)) / result.rate.standardError).toBeGreaterThan(0.92);
    expect(sd(draws.map((d) => d.rate)) / result.rate.standardError).toBeLessThan(1.08);
  });

  it('throws when a side has no rows', () => {
    expect(() => kitagawa([{ key: 'a', baseline: nps(0, 0, 0), current: nps(1, 1, 1) }])).toThrow(RangeError);
  });
});
