import { describe, expect, it } from 'vitest';
import { stem } from '../../src/tokenize/index.js';

describe('stem (Porter 1980)', () => {
  // Values from the Porter algorithm as implemented by natural (checked by hand against Porter's paper examples:
  // caresses→caress, ponies→poni, relational→relat, hopping→hop).
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['relational', 'relat'],
    ['hopping', 'hop'],
    ['refunds', 'refund'],
    ['delivered', 'deliv'],
    ['delivery', 'deliveri'],
  ];
  it.each(cases)('stem(%s) = %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
    expect(stem(word)).toBe(expected); // memoised path gives the same answer
  });
});
