import { describe, expect, it } from 'vitest';
import { centredCosines } from '../../../src/themes/discovery/02-similarity.js';
import type { WordVectors } from '../../../src/vectors/index.js';

/** Three unit vectors in two dimensions, as the shipped vectors would hand them over. */
const rows = [
  [1, 0],
  [0.8, 0.6],
  [0.6, 0.8],
];
const vectors: WordVectors = {
  dims: 2,
  indexOf: () => -1,
  cosine: (a, b) => rows[a]![0]! * rows[b]![0]! + rows[a]![1]! * rows[b]![1]!,
  vector: (r) => Float64Array.from(rows[r]!),
};

describe('centredCosines (step 2: the domain taken away)', () => {
  it('gives the cosines of the vectors minus their mean, worked by hand', () => {
    // mean = (0.8, 0.4667); a − m = (0.2, −0.4667), b − m = (0, 0.1333), c − m = (−0.2, 0.3333)
    // cos(a, c) = (−0.04 − 0.1556) / (0.5077 · 0.3887) = −0.991 (0.6 before: both "point the domain's way")
    // cos(a, b) = −0.0622 / (0.5077 · 0.1333) = −0.919;  cos(b, c) = 0.0444 / (0.1333 · 0.3887) = 0.857
    const out = centredCosines(Int32Array.from([0, 1, 2]), vectors);
    expect(out[0 * 3 + 2]).toBeCloseTo(-0.991, 3);
    expect(out[2 * 3 + 0]).toBeCloseTo(-0.991, 3);
    expect(out[0 * 3 + 1]).toBeCloseTo(-0.919, 3);
    expect(out[1 * 3 + 2]).toBeCloseTo(0.857, 3);
    expect(out[1 * 3 + 1]).toBeCloseTo(1, 9);
  });

  it('gives 0 for a word without a vector and leaves it out of the mean', () => {
    const out = centredCosines(Int32Array.from([0, -1, 2]), vectors);
    expect(out[0 * 3 + 1]).toBe(0);
    expect(out[1 * 3 + 1]).toBe(0);
    // mean of a and c only = (0.8, 0.4): a − m = (0.2, −0.4), c − m = (−0.2, 0.4), opposite
    expect(out[0 * 3 + 2]).toBeCloseTo(-1, 9);
  });
});
