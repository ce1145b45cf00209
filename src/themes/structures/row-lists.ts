/**
 * Small lists of integers per row (the themes a comment is in), in typed arrays instead of one JS
 * array per row: a comment's entries form a linked list, newest first. An entry's value and link sit
 * side by side (one cache line per hop, not two). Memory is 4 bytes per row plus 8 per entry,
 * whatever the number of rows.
 */
import { IntList } from './int-list.js';

export class RowLists {
  private readonly first: Int32Array;
  /** Entry e: its value at 2e, the next entry of its row (or -1) at 2e + 1. */
  private entries: IntList;

  /** `entries`: how many will be added, when known (a capacity, not a limit). */
  constructor(rows: number, entries = 1024) {
    this.first = new Int32Array(rows).fill(-1);
    this.entries = new IntList(2 * entries);
  }

  add(row: number, value: number): void {
    const at = this.entries.length >> 1;
    this.entries.push(value);
    this.entries.push(this.first[row]!);
    this.first[row] = at;
  }

  isEmpty(row: number): boolean {
    return this.first[row]! < 0;
  }

  has(row: number, value: number): boolean {
    const data = this.entries.data;
    for (let e = this.first[row]!; e >= 0; e = data[2 * e + 1]!) if (data[2 * e] === value) return true;
    return false;
  }

  forEach(row: number, visit: (value: number) => void): void {
    const data = this.entries.data;
    for (let e = this.first[row]!; e >= 0; e = data[2 * e + 1]!) visit(data[2 * e]!);
  }

  clear(): void {
    this.first.fill(-1);
    this.entries = new IntList();
  }
}
