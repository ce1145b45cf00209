import { describe, expect, it } from 'vitest';
import { lift } from '../../../src/themes/discovery/01-candidates.js';

describe('lift', () => {
  it('compares a word\'s share of comments with 2 / rank, the share Zipf\'s law gives English text', () => {
    // worked by hand: "work" (GloVe rank 142, 0-based) in 7.8% of comments: 0.078 · 143 / 2 = 5.577
    expect(lift(0.078, 142)).toBeCloseTo(5.577, 3);
    // "keyboard" (rank 9669) in 6.4%: 0.064 · 9670 / 2 = 309.44
    expect(lift(0.064, 9669)).toBeCloseTo(309.44, 2);
    // a word without a vector counts as rank 40,000: 0.01 · 40,000 / 2 = 200
    expect(lift(0.01, -1)).toBe(200);
  });
});
