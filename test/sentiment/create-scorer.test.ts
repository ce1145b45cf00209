import { describe, expect, it } from 'vitest';
import { createRuleScorer, createScorer, DEFAULT_THRESHOLDS } from '../../src/sentiment/index.js';
import { tokenize } from '../../src/tokenize/index.js';

const scorer = createScorer();
const label = (text: string): string => scorer.score(text).label;

describe('createScorer: the learned layer decides whether there is an opinion', () => {
  it.each([
    // questions, requests and plain facts are neutral (issue 18)
    ['what time does the store open?', 'neutral'],
    ['how do I change the email on my account?', 'neutral'],
    ['can you send me the tracking number please', 'neutral'],
    ['the parcel arrived on monday', 'neutral'],
    // errors of the rule layer alone that issue 18 lists, in our own words
    ['the quality feels cheap and it is not worth the money', 'negative'],
    ['very convenient location', 'positive'],
    ['the arm holes are huge and gape', 'negative'],
    ['these shoes run small', 'negative'],
    ['love it, works perfectly', 'positive'],
    ['I waited two weeks and still nothing', 'negative'],
  ])('%s → %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('with the default thresholds the label is neutral exactly when neutral is the most probable class', () => {
    for (const text of ['great', 'meh', 'where is my order?', 'it broke after a day', 'ok I guess', 'not bad at all']) {
      const r = scorer.score(text);
      const p = r.probabilities!;
      const neutralMost = p.neutral >= p.negative && p.neutral >= p.positive;
      expect(r.label === 'neutral').toBe(neutralMost);
    }
  });

  it('keeps the rules\' clause scores, weights and contributions', () => {
    const text = 'delivery was quick but support was rude';
    const a = scorer.score(text);
    const b = createRuleScorer().score(text);
    expect(a.clauses).toEqual(b.clauses);
    expect(a.ruleScore).toBe(b.score);
  });

  it('bulk mode gives the same score and label without explanations', () => {
    const bulk = createScorer({ collectContributions: false });
    for (const text of ['great', 'where is my order?', 'it broke after a day']) {
      const a = scorer.score(text);
      const b = bulk.score(text, tokenize(text));
      expect(b.score).toBe(a.score);
      expect(b.label).toBe(a.label);
      expect(b.features).toBeUndefined();
    }
  });

  it('model: null scores with the rules alone', () => {
    const text = 'what time does the store open? it is great';
    expect(createScorer({ model: null }).score(text).score).toBe(createRuleScorer().score(text).score);
  });

  it('explains the learned layer: features sorted by pull, named', () => {
    const r = scorer.score('what time does the store open?');
    expect(r.features?.map((f) => f.feature)).toContain('information question share');
    const pulls = (r.features ?? []).map((f) => Math.abs(f.toPositive) + Math.abs(f.toNeutral));
    expect(pulls).toEqual([...pulls].sort((x, y) => y - x));
  });

  it('DEFAULT_THRESHOLDS is ±0.05, frozen', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ positive: 0.05, negative: -0.05 });
    expect(Object.isFrozen(DEFAULT_THRESHOLDS)).toBe(true);
  });

  it('empty text is neutral 0', () => {
    expect(scorer.score('')).toEqual({ score: 0, label: 'neutral', clauses: [] });
  });
});
