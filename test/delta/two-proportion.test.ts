import { describe, expect, it } from 'vitest';
import { fisherExact, twoProportion } from '../../src/delta/index.js';

describe('twoProportion', () => {
  // Newcombe (1998), Stat. Med. 17:873-890, Table II example (a): 56/70 − 48/80 = 0.2000,
  // method 10 (hybrid score) CI 0.0524 to 0.3339.
  // Pooled z by hand: p̄ = 104/150 = 0.693333, SE = √(0.693333 × 0.306667 × (1/70 + 1/80))
  // = 0.0754669, z = 2.65017, p = 0.008045 (R: prop.test(c(56, 48), c(70, 80), correct = FALSE)
  // gives X-squared = 7.0234, p-value = 0.008045).
  it('twoProportion(48/80 → 56/70) is +20 pp, CI [5.24, 33.39], p = 0.008045', () => {
    const result = twoProportion(48, 80, 56, 70);
    expect(result.delta).toBeCloseTo(20, 10);
    expect(result.ci95[0]).toBeCloseTo(5.24, 2);
    expect(result.ci95[1]).toBeCloseTo(33.39, 2);
    expect(result.z).toBeCloseTo(2.65017, 4);
    expect(result.pValue).toBeCloseTo(0.008045, 5);
    expect(result.test).toBe('two-proportion-z');
  });

  // Newcombe (1998) Table II example (b): 9/10 − 3/10 = 0.6, method 10: 0.1705 to 0.8090.
  // Expected cells 10 × 12/20 = 6 and 10 × 8/20 = 4 < 5 → Fisher: R fisher.test(matrix(c(9,1,3,7),2))
  // p-value = 0.01977.
  it('twoProportion(3/10 → 9/10) uses Fisher (expected cell 4 < 5): p = 0.01977, CI [17.05, 80.90]', () => {
    const result = twoProportion(3, 10, 9, 10);
    expect(result.delta).toBeCloseTo(60, 10);
    expect(result.ci95[0]).toBeCloseTo(17.05, 2);
    expect(result.ci95[1]).toBeCloseTo(80.9, 2);
    expect(result.test).toBe('fisher-exact');
    expect(result.pValue).toBeCloseTo(0.01977, 5);
  });

  // Hand: p̄ = 55/200 = 0.275, SE = √(0.275 × 0.725 × 0.02) = 0.0631467, z = 0.15/0.0631467 = 2.37543,
  // p = 0.017530 (R: prop.test(c(35, 20), c(100, 100), correct = FALSE) → p-value = 0.01753).
  it('twoProportion(20/100 → 35/100) is +15 pp, z = 2.3754, p = 0.01753', () => {
    const result = twoProportion(20, 100, 35, 100);
    expect(result.delta).toBeCloseTo(15, 10);
    expect(result.z).toBeCloseTo(2.37543, 4);
    expect(result.pValue).toBeCloseTo(0.01753, 5);
  });

  it('twoProportion of two zero proportions is 0 with p = 1', () => {
    expect(twoProportion(0, 50, 0, 40)).toMatchObject({ delta: 0, pValue: 1, z: 0, test: 'two-proportion-z' });
  });

  it('twoProportion rejects empty sides and k > n', () => {
    expect(() => twoProportion(0, 0, 1, 2)).toThrow(RangeError);
    expect(() => twoProportion(3, 2, 1, 2)).toThrow(RangeError);
  });
});

describe('fisherExact', () => {
  // Fisher (1935) "lady tasting tea": [[3, 1], [1, 3]], two-sided p = 34/70 = 0.4857
  // (R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 0.4857); P(table) = 16/70 = 0.2286.
  it('fisherExact(3, 1, 1, 3) — the tea-tasting table — has p = 0.4857', () => {
    const result = fisherExact(3, 1, 1, 3);
    expect(result.pValue).toBeCloseTo(34 / 70, 10);
    expect(result.tableProbability).toBeCloseTo(16 / 70, 10);
  });

  // Wikipedia "Fisher's exact test" example (dieting by sex): [[1, 9], [11, 3]], p = 0.002759.
  it('fisherExact(1, 9, 11, 3) has p = 0.002759', () => {
    expect(fisherExact(1, 9, 11, 3).pValue).toBeCloseTo(0.002759, 6);
  });

  it('fisherExact of a table with a zero margin is 1; counts must be non-negative integers', () => {
    expect(fisherExact(0, 0, 5, 5).pValue).toBeCloseTo(1, 12);
    expect(() => fisherExact(1.5, 1, 1, 1)).toThrow(RangeError);
    expect(() => fisherExact(-1, 1, 1, 1)).toThrow(RangeError);
  });
});
