import { describe, expect, it } from 'vitest';
import {
  chooseOutcome,
  orderChildren,
  rankCost,
  rankThemes,
  ratingBandCounts,
  ratingBands,
  sentimentEffect,
  summarizeAspects,
  themeLean,
  themeVerdict,
  type RankInput,
} from '../../src/kpi/index.js';

const theme = (id: string, low: number | null, high = 0, count = 100): RankInput => ({
  id,
  count,
  effect: low === null ? null : { value: (low + high) / 2, ci95: [low, high] },
});

describe('chooseOutcome', () => {
  it.each([
    [{ nps: true, csat: true, rating: true }, 'nps'],
    [{ nps: false, csat: true, rating: true }, 'csat'],
    [{ nps: false, csat: false, rating: true }, 'rating'],
    [{ nps: false, csat: false, rating: false }, 'sentiment'],
  ] as const)('chooseOutcome(%j) is %s', (available, outcome) => {
    expect(chooseOutcome(available)).toBe(outcome);
  });
});

describe('themeVerdict', () => {
  it.each([
    [[-3.1, -0.9], 'pain'],
    [[0.2, 1.4], 'delight'],
    [[-2, 0.5], 'mixed'],
    [[-2, 0], 'mixed'], // an interval that reaches 0 does not exclude it
    [[0, 0.4], 'mixed'],
  ] as const)('an effect with 95%% interval %j is %s', (ci95, verdict) => {
    expect(themeVerdict({ value: (ci95[0] + ci95[1]) / 2, ci95 })).toBe(verdict);
  });
  it('no effect (too few scored rows) is mixed', () => {
    expect(themeVerdict(null)).toBe('mixed');
  });
});

describe('rankCost', () => {
  it('is the interval end nearest zero: a pain point with CI [−0.26, −0.14] costs 0.14', () => {
    expect(rankCost(theme('a', -0.26, -0.14))).toBeCloseTo(0.14, 12);
  });
  it('a delight with CI [0.05, 0.31] gains 0.05; a mixed theme costs 0', () => {
    expect(rankCost(theme('d', 0.05, 0.31))).toBeCloseTo(0.05, 12);
    expect(rankCost(theme('m', -0.4, 0.1))).toBe(0);
    expect(rankCost(theme('none', null))).toBe(0);
  });
});

describe('rankThemes', () => {
  it('a well-measured −0.20★ [−0.26, −0.14] outranks a wide −0.30★ [−0.55, −0.05] (cost 0.14 > 0.05)', () => {
    const ranking = rankThemes(Object.freeze([theme('wide', -0.55, -0.05, 90), theme('sure', -0.26, -0.14, 400)]));
    expect(ranking.painPoints).toEqual([
      { id: 'sure', verdict: 'pain', cost: expect.closeTo(0.14, 12), rank: 1 },
      { id: 'wide', verdict: 'pain', cost: expect.closeTo(0.05, 12), rank: 2 },
    ]);
  });

  it('lists only significant themes: the rest are mixed, by count then id', () => {
    const ranking = rankThemes([
      theme('pain', -3, -1),
      theme('love', 0.5, 2),
      theme('unsure-big', -2, 1, 300),
      theme('unsure-b', -1, 1, 50),
      theme('unsure-a', null, 0, 50),
    ]);
    expect(ranking.painPoints.map((t) => t.id)).toEqual(['pain']);
    expect(ranking.delights.map((t) => t.id)).toEqual(['love']);
    expect(ranking.mixed.map((t) => t.id)).toEqual(['unsure-big', 'unsure-a', 'unsure-b']);
    expect(ranking.mixed.every((t) => t.cost === 0 && t.verdict === 'mixed')).toBe(true);
  });

  it('equal costs go by the larger point effect, then count, then id', () => {
    const ranking = rankThemes([
      { id: 'c', count: 10, effect: { value: -1, ci95: [-2, -0.5] } },
      { id: 'b', count: 10, effect: { value: -2, ci95: [-3.5, -0.5] } },
      { id: 'a', count: 10, effect: { value: -1, ci95: [-2, -0.5] } },
      { id: 'd', count: 20, effect: { value: -1, ci95: [-2, -0.5] } },
    ]);
    expect(ranking.painPoints.map((t) => t.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('is independent of input order', () => {
    const themes = [theme('b', -2, -1), theme('a', -2, -1), theme('c', -3, -1), theme('m', -1, 1), theme('d', 1, 2)];
    expect(rankThemes([...themes].reverse())).toEqual(rankThemes(themes));
  });
});

describe('orderChildren', () => {
  const children = [
    theme('praise', 0.02, 0.18, 50),
    theme('big-cost', -0.3, -0.1, 80),
    theme('small-cost', -0.2, -0.05, 40),
    theme('unsure', -0.3, 0.1, 60),
    theme('tiny', null, 0, 5),
  ];
  it('under a pain point: significant pains by cost, then the rest most negative first, no effect last', () => {
    // costs 0.1 and 0.05; then unsure (−0.1) before praise (+0.1); tiny has no effect.
    expect(orderChildren(children, 'pain')).toEqual(['big-cost', 'small-cost', 'unsure', 'praise', 'tiny']);
  });
  it('under a delight: the delights first, then the most positive', () => {
    expect(orderChildren(children, 'delight')).toEqual(['praise', 'unsure', 'small-cost', 'big-cost', 'tiny']);
  });
  it('under a mixed theme: pains, then delights, then mixed', () => {
    expect(orderChildren(children, 'mixed')).toEqual(['big-cost', 'small-cost', 'praise', 'unsure', 'tiny']);
  });
});

describe('sentimentEffect', () => {
  it('is share × mean aspect with the t interval scaled: five −0.5 and five −0.3 at share 0.2', () => {
    // mean −0.4, s² = (5·0.01 + 5·0.01)/9, s/√10 = 0.0333333, t(0.975, 9) = 2.2621572 → ±0.0754052
    const effect = sentimentEffect(Object.freeze([-0.5, -0.5, -0.5, -0.5, -0.5, -0.3, -0.3, -0.3, -0.3, -0.3]), 0.2);
    expect(effect.kind).toBe('estimate');
    if (effect.kind !== 'estimate' || effect.ci95 === null) return;
    expect(effect.value).toBeCloseTo(-0.08, 12);
    expect(effect.n).toBe(10);
    expect(effect.ci95[0]).toBeCloseTo(-0.0950810, 6);
    expect(effect.ci95[1]).toBeCloseTo(-0.0649190, 6);
  });
  it('fewer than 10 scores is insufficient', () => {
    expect(sentimentEffect([-0.5, -0.4], 0.1)).toEqual({ kind: 'insufficient', n: 2, needed: 10 });
  });
});

describe('ratingBands', () => {
  it.each([
    [{ min: 1, max: 5 }, { low: 2, high: 4 }],
    [{ min: 1, max: 7 }, { low: 2.5, high: 5.5 }],
    [{ min: 1, max: 10 }, { low: 3.25, high: 7.75 }],
    [{ min: 0, max: 10 }, { low: 2.5, high: 7.5 }],
  ])('ratingBands(%j) is %j (bottom and top quarter)', (scale, bands) => {
    expect(ratingBands(scale)).toEqual(bands);
  });
  it('ratingBandCounts counts 1-2★ and 4-5★ on 1-5; 2.5 and 3 are neither; null is not counted', () => {
    expect(ratingBandCounts([1, 2, 2.5, 3, 4, 5, 5, null], { min: 1, max: 5 })).toEqual({ n: 7, low: 2, high: 3 });
  });
  it('a scale with max ≤ min is a RangeError', () => {
    expect(() => ratingBands({ min: 5, max: 5 })).toThrow(RangeError);
  });
});

describe('themeLean', () => {
  it.each([
    [{ negativeShare: 0.5, positiveShare: 0.2, meanSentiment: 0.1 }, 'negative'],
    [{ negativeShare: 0.2, positiveShare: 0.5, meanSentiment: -0.1 }, 'positive'],
    [{ negativeShare: 0.3, positiveShare: 0.3, meanSentiment: -0.01 }, 'negative'],
    [{ negativeShare: 0, positiveShare: 0, meanSentiment: 0 }, 'neutral'],
  ] as const)('themeLean(%j) is %s', (shares, lean) => {
    expect(themeLean(shares)).toBe(lean);
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
