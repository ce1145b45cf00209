import { describe, expect, it } from 'vitest';
import { delightScore, painScore, rankThemes, summarizeAspects, themeLean, type ImpactEstimate, type RankInput } from '../../src/kpi/index.js';

const impact = (low: number, high: number): ImpactEstimate => ({
  kind: 'estimate', value: (low + high) / 2, n: 50, restN: 500, ci95: [low, high], significant: low > 0 || high < 0, themeValue: 0, restValue: 0,
});

const theme = (id: string, overrides: Partial<RankInput> = {}): RankInput => ({
  id, count: 100, share: 0.2, meanSentiment: -0.5, negativeShare: 0.75, positiveShare: 0.1, ...overrides,
});

describe('painScore', () => {
  it('painScore is share × negativeShare × (1 + |mean|): 0.2 × 0.75 × 1.5 = 0.225', () => {
    expect(painScore(theme('a'))).toBeCloseTo(0.225, 12);
  });
  it('a significant NPS cost raises it by cost/10, using the interval end nearest 0: ×1.2 for [−8, −2]', () => {
    expect(painScore(theme('a', { impact: impact(-8, -2) }))).toBeCloseTo(0.27, 12);
  });
  it('an impact whose interval includes 0, or an insufficient one, adds nothing', () => {
    expect(painScore(theme('a', { impact: impact(-8, 1) }))).toBeCloseTo(0.225, 12);
    expect(painScore(theme('a', { impact: { kind: 'insufficient', n: 3, restN: 400, needed: 10 } }))).toBeCloseTo(0.225, 12);
  });
  it('a positive mean does not reduce pain below share × negativeShare', () => {
    expect(painScore(theme('a', { meanSentiment: 0.3 }))).toBeCloseTo(0.15, 12);
  });
});

describe('delightScore', () => {
  it('delightScore is share × positiveShare × (1 + mean) × (1 + gain/10): 0.1 × 0.8 × 1.5 × 1.3 = 0.156', () => {
    expect(delightScore(theme('d', { share: 0.1, positiveShare: 0.8, negativeShare: 0.05, meanSentiment: 0.5, impact: impact(3, 9) }))).toBeCloseTo(0.156, 12);
  });
});

describe('themeLean', () => {
  it.each([
    [{ negativeShare: 0.5, positiveShare: 0.2, meanSentiment: 0.1 }, 'negative'],
    [{ negativeShare: 0.2, positiveShare: 0.5, meanSentiment: -0.1 }, 'positive'],
    [{ negativeShare: 0.3, positiveShare: 0.3, meanSentiment: -0.01 }, 'negative'],
    [{ negativeShare: 0, positiveShare: 0, meanSentiment: 0 }, 'neutral'],
  ] as const)('themeLean(%j) is %s', (shares, lean) => {
    expect(themeLean(theme('x', shares))).toBe(lean);
  });
});

describe('rankThemes', () => {
  it('splits pain points, delights and neutral themes, ordered by score, then count, then id', () => {
    const themes = Object.freeze([
      theme('small-pain', { share: 0.05, count: 25 }),
      theme('big-pain', { share: 0.3, count: 150 }),
      theme('tie-b', { share: 0.1, count: 50 }),
      theme('tie-a', { share: 0.1, count: 50 }),
      theme('love', { share: 0.2, count: 100, negativeShare: 0, positiveShare: 0.9, meanSentiment: 0.6 }),
      theme('meh', { share: 0.1, count: 50, negativeShare: 0, positiveShare: 0, meanSentiment: 0 }),
    ]);
    const ranking = rankThemes(themes);
    expect(ranking.painPoints.map((t) => t.id)).toEqual(['big-pain', 'tie-a', 'tie-b', 'small-pain']);
    expect(ranking.painPoints[0]).toEqual({ id: 'big-pain', lean: 'negative', score: expect.closeTo(0.3375, 12), rank: 1 });
    expect(ranking.delights).toEqual([{ id: 'love', lean: 'positive', score: expect.closeTo(0.2 * 0.9 * 1.6, 12), rank: 1 }]);
    expect(ranking.neutral.map((t) => t.id)).toEqual(['meh']);
  });

  it('is independent of input order', () => {
    const themes = [theme('b', { share: 0.1 }), theme('a', { share: 0.1 }), theme('c', { share: 0.2 })];
    expect(rankThemes([...themes].reverse())).toEqual(rankThemes(themes));
  });
});

describe('summarizeAspects', () => {
  it('summarizeAspects([-0.6, -0.2, 0, 0.4]) is mean −0.1, half negative, a quarter positive', () => {
    const summary = summarizeAspects(Object.freeze([-0.6, -0.2, 0, 0.4]));
    expect(summary.n).toBe(4);
    expect(summary.mean).toBeCloseTo(-0.1, 12);
    expect(summary.negativeShare).toBe(0.5);
    expect(summary.positiveShare).toBe(0.25);
  });
  it('thresholds are inclusive (±0.05 counts) and empty input gives zeros', () => {
    expect(summarizeAspects([0.05, -0.05, 0.049])).toMatchObject({ negativeShare: 1 / 3, positiveShare: 1 / 3 });
    expect(summarizeAspects([])).toEqual({ n: 0, mean: 0, negativeShare: 0, positiveShare: 0 });
  });
});
