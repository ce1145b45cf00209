import { describe, expect, it } from 'vitest';
import { intersectSorted, unionSorted } from '../../../src/themes/structures/sorted-rows.js';

/** Ascending distinct values below `max`, each present with probability `p` (a fixed LCG: deterministic). */
function sample(max: number, p: number, seed: number): number[] {
  const out: number[] = [];
  let s = seed;
  for (let v = 0; v < max; v++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    if (s / 4294967296 < p) out.push(v);
  }
  return out;
}

describe('intersectSorted', () => {
  it('gives the common values ascending, by hand', () => {
    expect(intersectSorted([1, 3, 5, 7, 9], [3, 4, 9, 12])).toEqual([3, 9]);
    expect(intersectSorted([2], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([2]);
    expect(intersectSorted(Int32Array.from([0, 10, 20, 30]), [30])).toEqual([30]);
    expect(intersectSorted([5, 6], [])).toEqual([]);
    expect(intersectSorted([100], [1, 2, 3])).toEqual([]);
  });

  it('agrees with a set filter when one list is far shorter than the other (the galloping search), either order', () => {
    for (const [p, q] of [[0.5, 0.01], [0.9, 0.001], [0.3, 0.3], [0.05, 0.6]] as const) {
      const a = sample(20000, p, 7);
      const b = sample(20000, q, 11);
      const inB = new Set(b);
      const expected = a.filter((x) => inB.has(x));
      expect(intersectSorted(a, b)).toEqual(expected);
      expect(intersectSorted(b, a)).toEqual(expected);
    }
  });
});

describe('unionSorted', () => {
  it('merges two ascending lists, a common value once', () => {
    expect(unionSorted([1, 4, 6], Int32Array.from([2, 4, 7]))).toEqual([1, 2, 4, 6, 7]);
    expect(unionSorted([], [3])).toEqual([3]);
  });
});
