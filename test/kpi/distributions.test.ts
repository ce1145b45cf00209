import { describe, expect, it } from 'vitest';
import {
  Z95,
  erfc,
  logFactorial,
  logGamma,
  normalCdf,
  normalTwoSidedP,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from '../../src/kpi/index.js';

describe('logGamma', () => {
  // Exact values: Γ(n) = (n − 1)!, Γ(½) = √π, Γ(3/2) = √π/2.
  it.each([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [10, Math.log(362880)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [1.5, Math.log(Math.sqrt(Math.PI) / 2)],
    [101, 363.73937555556347], // ln 100! (R: lfactorial(100) = 363.7394)
  ])('logGamma(%d) = %d', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });

  it('logGamma uses reflection below ½: Γ(−½) = −2√π, so ln|Γ(−½)| = ln(2√π)', () => {
    expect(logGamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 10);
  });

  it('logFactorial(0) = 0 and logFactorial(4) = ln 24', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(4)).toBeCloseTo(Math.log(24), 12);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('I_0.3(2, 5) = 1 − 0.7⁶ − 6·0.3·0.7⁵ = 0.579825 (binomial identity, by hand)', () => {
    expect(regularizedIncompleteBeta(0.3, 2, 5)).toBeCloseTo(0.579825, 12);
  });
  it('I_x(a, a) at x = ½ is ½ by symmetry', () => {
    expect(regularizedIncompleteBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 12);
  });
  it('I_x(1, 1) = x (uniform) and the edges are 0 and 1', () => {
    expect(regularizedIncompleteBeta(0.37, 1, 1)).toBeCloseTo(0.37, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
  it('rejects a ≤ 0', () => {
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
  });
});

describe('normal distribution', () => {
  // erfc values: Abramowitz & Stegun table 7.1 / R: 2 * pnorm(-x * sqrt(2)).
  it.each([
    [0, 1],
    [1, 0.15729920705028513],
    [2, 0.004677734981047266],
    [3, 2.209049699858544e-5],
    [5, 1.5374597944280349e-12],
    [-1, 1.8427007929497148],
  ])('erfc(%d) = %d', (x, expected) => {
    expect(erfc(x) / expected).toBeCloseTo(1, 12);
  });

  it('normalCdf(Z95) = 0.975 and normalTwoSidedP(Z95) = 0.05 (R: qnorm(0.975) = 1.959964)', () => {
    expect(normalCdf(Z95)).toBeCloseTo(0.975, 14);
    expect(normalTwoSidedP(Z95)).toBeCloseTo(0.05, 14);
    expect(normalTwoSidedP(-Z95)).toBeCloseTo(0.05, 14);
  });

  it('normalCdf(-3) = 0.001349898 (R: pnorm(-3))', () => {
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 14);
  });
});

describe('Student t distribution', () => {
  // R: qt(p, df)
  it.each([
    [0.975, 9, 2.262157],
    [0.975, 1, 12.706205],
    [0.975, 2, 4.302653],
    [0.975, 30, 2.042272],
    [0.975, 100, 1.983972],
    [0.995, 5, 4.032143],
    [0.95, 10, 1.812461],
    [0.025, 9, -2.262157],
  ])('studentTQuantile(%d, %d) = %d (R qt)', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 5);
  });

  it('studentTCdf matches the closed forms for df = 1 (Cauchy) and df = 2', () => {
    // df = 1: F(t) = ½ + atan(t)/π; df = 2: F(t) = ½ + t/(2√(2 + t²)).
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 14);
    expect(studentTCdf(-2, 1)).toBeCloseTo(0.5 + Math.atan(-2) / Math.PI, 14);
    expect(studentTCdf(1, 2)).toBeCloseTo(0.5 + 1 / (2 * Math.sqrt(3)), 14);
    expect(studentTCdf(0, 7)).toBe(0.5);
  });

  it('studentTTwoSidedP(2.262157, 9) = 0.05 (inverse of R qt(0.975, 9))', () => {
    expect(studentTTwoSidedP(2.2621571627982, 9)).toBeCloseTo(0.05, 10);
  });

  it('a huge df falls back to the normal', () => {
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(Z95, 6);
  });

  it('rejects df ≤ 0 and p outside (0, 1)', () => {
    expect(() => studentTCdf(1, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
  });
});
