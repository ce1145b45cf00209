/** Which known export layout a header is (see model/layouts.ts). */
import { compactName } from './_header-words.js';
import { LAYOUTS, type Layout } from './model/layouts.js';

/** A header compared ignoring case, spaces and punctuation; a header of punctuation only (`#`) as written. */
const key = (header: string): string => compactName(header) || header.trim();

/** The layout whose signature headers are all present; the longest signature wins, then list order. */
export function recognizeLayout(columns: readonly string[]): Layout | null {
  const present = new Set(columns.map(key));
  let best: Layout | null = null;
  for (const layout of LAYOUTS) {
    if (!layout.signature.every((name) => present.has(key(name)))) continue;
    if (best === null || layout.signature.length > best.signature.length) best = layout;
  }
  return best;
}

/** The first of `names` present among the columns (compared as compact names), in the order given. */
export function firstPresent(names: readonly string[] | undefined, columns: readonly string[]): string[] {
  if (names === undefined) return [];
  const found: string[] = [];
  for (const name of names) {
    const column = columns.find((c) => c === name) ?? columns.find((c) => key(c) === key(name));
    if (column !== undefined && !found.includes(column)) found.push(column);
  }
  return found;
}
