/**
 * A growing Int32Array (no boxed numbers, no per-element array slot). Give the capacity when it can
 * be bounded: a large typed array's pages cost memory only once written, so a generous bound is
 * cheaper than growing (each growth copies, and touches new memory).
 */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  /** Makes room for `extra` more values without growing again (for a caller that writes `data` directly). */
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const next = new Int32Array(Math.max(this.data.length * 2, this.length + extra));
    next.set(this.data);
    this.data = next;
  }
  /** The values, copied to an array of their length. */
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** The values as a view of the list's array (no copy; the unused capacity stays allocated, unwritten). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A growing Float64Array (see IntList). */
export class FloatList {
  data: Float64Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Float64Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}
