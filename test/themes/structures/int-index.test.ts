import { describe, expect, it } from 'vitest';
import { IntIndex } from '../../../src/themes/structures/int-index.js';

describe('IntIndex', () => {
  it('gives indices 0, 1, 2, … in order of first insertion, the same index again for a key seen', () => {
    const index = new IntIndex();
    expect(index.add(42)).toBe(0);
    expect(index.add(7)).toBe(1);
    expect(index.add(42)).toBe(0);
    expect(index.add(0)).toBe(2);
    expect(index.size).toBe(3);
    expect([0, 1, 2].map((i) => index.keyAt(i))).toEqual([42, 7, 0]);
    expect(index.get(7)).toBe(1);
    expect(index.get(8)).toBe(-1);
  });

  it('keeps keys above 2^32 apart (n-gram keys can exceed 32 bits), through many growths', () => {
    const index = new IntIndex(16);
    const keys: number[] = [];
    // keys that differ only in their high or only in their low 32 bits
    for (let i = 0; i < 5000; i++) keys.push((i + 1) * 4294967296 + 17, 17 + i, 2 ** 52 + i);
    keys.forEach((key, i) => expect(index.add(key)).toBe(i));
    expect(index.size).toBe(15000);
    keys.forEach((key, i) => expect(index.get(key)).toBe(i));
    expect(index.get(5001 * 4294967296 + 17)).toBe(-1);
    expect(index.get(4294967296 + 18)).toBe(-1);
  });
});
