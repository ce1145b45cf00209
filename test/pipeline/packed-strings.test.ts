import { describe, expect, it } from 'vitest';
import { PackedStrings } from '../../src/pipeline/packed-strings.js';

describe('PackedStrings', () => {
  it('gives back every string added, across chunks, wide characters and nulls included', () => {
    const values = Array.from({ length: 2500 }, (_, i) =>
      i % 7 === 0 ? null : i % 11 === 0 ? `wide ${i} 😀 “quoted”` : i % 13 === 0 ? '' : `café number ${i}`,
    );
    const packed = new PackedStrings();
    for (const value of values) packed.add(value);
    expect(packed.length).toBe(2500);
    expect(Array.from({ length: 2500 }, (_, i) => packed.get(i))).toEqual(values);
    expect(packed.get(2500)).toBeNull();
  });
});
