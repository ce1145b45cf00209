/** Ascending lists of row (comment) indices: union, intersection, membership. */

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
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    while (j < b.length && b[j]! < x) j++;
    if (j < b.length && b[j] === x) out.push(x);
  }
  return out;
}

function binaryIndex(rows: readonly number[], d: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = rows[mid]!;
    if (v === d) return mid;
    if (v < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function binaryHas(rows: readonly number[], d: number): boolean {
  return binaryIndex(rows, d) >= 0;
}
