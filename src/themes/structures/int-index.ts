/**
 * A hash map from non-negative integer keys (below 2^53) to small dense indices 0, 1, 2, … given in
 * order of first insertion, in typed arrays (open addressing, linear probing): no Map entry or boxed
 * number per key. Callers keep per-key values in arrays indexed by that number, and iterate keys
 * in insertion order (keyAt), as a Map would.
 */
const EMPTY = -1;

export class IntIndex {
  private slots: Float64Array;
  private ids: Int32Array;
  private mask: number;
  private readonly keyList: number[] = [];

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Float64Array(size).fill(EMPTY);
    this.ids = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Number of keys. */
  get size(): number {
    return this.keyList.length;
  }

  /** The index of `key`, or -1 when it has none. */
  get(key: number): number {
    const slots = this.slots;
    for (let h = hash(key) & this.mask; ; h = (h + 1) & this.mask) {
      const k = slots[h]!;
      if (k === key) return this.ids[h]!;
      if (k === EMPTY) return -1;
    }
  }

  /** The index of `key`, given (the next one) on first sight. */
  add(key: number): number {
    const slots = this.slots;
    let h = hash(key) & this.mask;
    for (; ; h = (h + 1) & this.mask) {
      const k = slots[h]!;
      if (k === key) return this.ids[h]!;
      if (k === EMPTY) break;
    }
    const id = this.keyList.length;
    slots[h] = key;
    this.ids[h] = id;
    this.keyList.push(key);
    if (this.keyList.length * 2 > slots.length) this.grow();
    return id;
  }

  /** The key given index `id`. */
  keyAt(id: number): number {
    return this.keyList[id]!;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Float64Array(size).fill(EMPTY);
    this.ids = new Int32Array(size);
    this.mask = size - 1;
    const slots = this.slots;
    this.keyList.forEach((key, id) => {
      let h = hash(key) & this.mask;
      while (slots[h] !== EMPTY) h = (h + 1) & this.mask;
      slots[h] = key;
      this.ids[h] = id;
    });
  }
}

/** Mixes both 32-bit halves of an integer below 2^53. */
function hash(key: number): number {
  const h = Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 4294967296), 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 15);
}
