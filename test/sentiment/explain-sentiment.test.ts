import { describe, expect, it } from 'vitest';
import { explainSentiment } from '../../src/sentiment/index.js';

describe('explainSentiment', () => {
  it('gives the text, score, label and contributions of each clause', () => {
    const e = explainSentiment('delivery was quick but support was rude');
    expect(e.clauses.map((c) => c.text)).toEqual(['delivery was quick', 'but support was rude']);
    expect(e.clauses.map((c) => c.label)).toEqual(['positive', 'negative']);
    expect(e.clauses[0]?.contributions[0]).toMatchObject({ term: 'quick', source: 'cx' });
    expect(e.clauses[1]?.contributions.map((c) => c.source)).toEqual(['cx', 'contrast']);
    expect(e.label).toBe('negative');
  });

  it('the clause score is x / sqrt(x² + 15) of the summed contributions', () => {
    // hand-worked: "not nice": nice = mean(VADER 1.8, AFINN 3 × 0.8) = 2.1, negated × −0.74 → −1.554;
    // score = −1.554 / sqrt(1.554² + 15)
    const e = explainSentiment('not nice');
    const c = e.clauses[0];
    const x = c?.contributions.reduce((s, k) => s + k.effect, 0) ?? NaN;
    expect(x).toBeCloseTo(-1.554, 10);
    expect(c?.score).toBeCloseTo(-1.554 / Math.sqrt(1.554 * 1.554 + 15), 10);
    expect(e.score).toBeCloseTo(c?.score ?? NaN, 12);
    expect(c?.contributions.map((k) => k.source)).toEqual(['vader+afinn', 'negation']);
  });

  it('honours thresholds', () => {
    expect(explainSentiment('good', { thresholds: { positive: 0.9, negative: -0.9 } }).label).toBe('neutral');
    expect(explainSentiment('good').label).toBe('positive');
  });

  it('empty text has no clauses', () => {
    expect(explainSentiment('')).toEqual({ text: '', score: 0, label: 'neutral', clauses: [] });
  });
});
