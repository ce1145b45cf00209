import { describe, expect, it } from 'vitest';
import { wordVectors } from '../../src/vectors/index.js';

describe('wordVectors', () => {
  const v = wordVectors();
  const cos = (a: string, b: string): number => v.cosine(v.indexOf(a), v.indexOf(b));
  it('reads the shipped file: 100 dimensions, the commonest words first', () => {
    expect(v.dims).toBe(100);
    expect(v.indexOf('the')).toBe(0); // GloVe 6B's most frequent word
    expect(v.indexOf('Battery')).toBe(-1); // lower-case words only
  });
  it('gives synonyms a high cosine and unrelated words a low one (int8 values, float GloVe within ±0.01)', () => {
    // measured on the quantised file: quick/fast 0.71, friendly/polite 0.43, battery/screen 0.31
    expect(cos('quick', 'fast')).toBeCloseTo(0.71, 1);
    expect(cos('friendly', 'polite')).toBeCloseTo(0.43, 1);
    expect(cos('quick', 'fast')).toBeGreaterThan(cos('battery', 'screen'));
    expect(cos('refund', 'refund')).toBeCloseTo(1, 5);
  });
});
