/** "Did you mean …?" for a column named in a flag that does not exist. */
import { compactName } from './_header-words.js';

export function closestColumn(wanted: string, columns: readonly string[]): string | null {
  const target = compactName(wanted);
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const column of columns) {
    const candidate = compactName(column);
    const distance = candidate === target ? 0 : levenshtein(target, candidate);
    if (distance < bestDistance) {
      best = column;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(target.length / 3));
  return best !== null && bestDistance <= limit ? best : null;
}

/** Edit distance (insert, delete, substitute), O(a·b) with one row of memory; inputs are header names. */
function levenshtein(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
