import { describe, expect, it } from 'vitest';
import { averageLinkage } from '../../../src/themes/structures/average-linkage.js';

describe('averageLinkage', () => {
  // worked by hand: items 0,1 (0.9) merge first; then {0,1}–2 = mean(0.8, 0.6) = 0.7 beats 2–3 (0.5)
  // and {0,1}–3 = mean(0.1, 0.1) = 0.1; with two clusters left: {0,1,2} and {3}
  const s = Float64Array.from([
    1, 0.9, 0.8, 0.1,
    0.9, 1, 0.6, 0.1,
    0.8, 0.6, 1, 0.5,
    0.1, 0.1, 0.5, 1,
  ]);
  it('merges the pair with the highest mean similarity until the cluster count is reached', () => {
    expect(Array.from(averageLinkage(s, 4, 2))).toEqual([0, 0, 0, 1]);
    expect(Array.from(averageLinkage(s, 4, 3))).toEqual([0, 0, 1, 2]);
  });
  it('stops below minSimilarity', () => {
    // after {0,1} (0.9) and {0,1,2} (0.7), the last link is mean(0.1, 0.1, 0.5) = 0.233 < 0.3
    expect(Array.from(averageLinkage(s, 4, 1, 0.3))).toEqual([0, 0, 0, 1]);
  });
});
