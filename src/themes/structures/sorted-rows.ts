/** Ascending lists of row (comment) indices: union, intersection. */

export function unionSorted(a: readonly number[], b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

export function intersectSorted(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  // walk the shorter list, searching the longer ahead of the last match (galloping: a phrase's few
  // comments inside a topic's many cost their own count times a log, not the topic's size)
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const out: number[] = [];
  let lo = 0;
  for (let i = 0; i < short.length && lo < long.length; i++) {
    const x = short[i]!;
    if (long[lo]! < x) {
      let step = 1;
      let hi = lo + 1;
      while (hi < long.length && long[hi]! < x) {
        lo = hi;
        step *= 2;
        hi = lo + step;
      }
      // long[lo] < x, and long[hi] >= x or hi is past the end: the first value ≥ x lies in (lo, hi]
      if (hi > long.length) hi = long.length;
      lo++;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (long[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
    }
    if (lo < long.length && long[lo] === x) out.push(x);
  }
  return out;
}
