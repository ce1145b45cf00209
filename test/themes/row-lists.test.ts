import { describe, expect, it } from 'vitest';
import { RowLists } from '../../src/themes/structures/row-lists.js';

describe('RowLists', () => {
  it('keeps each row its own values, newest first, and empties on clear', () => {
    const lists = new RowLists(3);
    lists.add(0, 5);
    lists.add(2, 7);
    lists.add(0, 9);
    const of = (row: number): number[] => {
      const out: number[] = [];
      lists.forEach(row, (v) => out.push(v));
      return out;
    };
    expect(of(0)).toEqual([9, 5]);
    expect(of(1)).toEqual([]);
    expect(of(2)).toEqual([7]);
    expect([lists.isEmpty(0), lists.isEmpty(1)]).toEqual([false, true]);
    expect([lists.has(0, 5), lists.has(0, 7), lists.has(2, 7)]).toEqual([true, false, true]);
    lists.clear();
    expect([of(0), lists.isEmpty(2)]).toEqual([[], true]);
    lists.add(1, 4);
    expect(of(1)).toEqual([4]);
  });

  it('grows past its first buffer', () => {
    const lists = new RowLists(2);
    for (let v = 0; v < 5000; v++) lists.add(v % 2, v);
    let count = 0;
    lists.forEach(1, () => count++);
    expect(count).toBe(2500);
  });
});
