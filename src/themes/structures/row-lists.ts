/**
 * Small lists of integers per row (the themes a comment is in), in three typed arrays instead of
 * one JS array per row: a comment's entries form a linked list, newest first. Memory is 4 bytes
 * per row plus 8 per entry, whatever the number of rows.
 */
import { IntList } from './int-list.js';

export class RowLists {
  private readonly first: Int32Array;
  private values: IntList;
  private next: IntList;

  /** `entries`: how many will be added, when known (a capacity, not a limit). */
  constructor(rows: number, entries = 1024) {
    this.first = new Int32Array(rows).fill(-1);
    this.values = new IntList(entries);
    this.next = new IntList(entries);
  }

  add(row: number, value: number): void {
    const at = this.values.length;
    this.values.push(value);
    this.next.push(this.first[row]!);
    this.first[row] = at;
  }

  isEmpty(row: number): boolean {
    return this.first[row]! < 0;
  }

  has(row: number, value: number): boolean {
    for (let e = this.first[row]!; e >= 0; e = this.next.data[e]!) if (this.values.data[e] === value) return true;
    return false;
  }

  forEach(row: number, visit: (value: number) => void): void {
    for (let e = this.first[row]!; e >= 0; e = this.next.data[e]!) visit(this.values.data[e]!);
  }

  clear(): void {
    this.first.fill(-1);
    this.values = new IntList();
    this.next = new IntList();
  }
}
