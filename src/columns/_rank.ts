/** Picking among candidate columns without depending on their order in the file. */

/**
 * The column with the smallest key (compared element by element), ties broken by name: the same
 * export with its columns shuffled gives the same choice.
 */
export function bestColumn(columns: readonly string[], key: (column: string) => readonly number[]): string | undefined {
  let best: string | undefined;
  let bestKey: readonly number[] = [];
  for (const column of columns) {
    const k = key(column);
    if (best === undefined || compareKeys(k, bestKey) < 0 || (compareKeys(k, bestKey) === 0 && column < best)) {
      best = column;
      bestKey = k;
    }
  }
  return best;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
