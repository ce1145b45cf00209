/** Which known export layout a header is (see model/layouts.ts): fully, or partly. */
import { compactName } from './_header-words.js';
import { LAYOUTS, type Layout } from './model/layouts.js';

/** A header compared ignoring case, spaces and punctuation; a header of punctuation only (`#`) as written. */
const key = (header: string): string => compactName(header) || header.trim();

/** Share of a layout's signature that must be present for a partial match (a column dropped or renamed). */
export const PARTIAL_SHARE = 2 / 3;

export type LayoutMatch = {
  readonly layout: Layout;
  /** Signature headers present, of `layout.signature.length`. */
  readonly present: number;
  readonly partial: boolean;
};

/**
 * The layout whose signature headers are all present (the longest signature wins, then list order);
 * else the one with most of them present (at least two thirds and two headers, the higher share
 * wins, then the longer signature). A layout is evidence, never a gate: its columns are still
 * checked against the values.
 */
export function recognizeLayout(columns: readonly string[]): LayoutMatch | null {
  const present = new Set(columns.map(key));
  let best: LayoutMatch | null = null;
  for (const layout of LAYOUTS) {
    const found = layout.signature.filter((name) => present.has(key(name))).length;
    const share = found / layout.signature.length;
    if (found < 2 || share < PARTIAL_SHARE || (found < layout.signature.length && layout.fullMatchOnly === true)) continue;
    const candidate = { layout, present: found, partial: found < layout.signature.length };
    if (best === null) {
      best = candidate;
      continue;
    }
    const bestShare = best.present / best.layout.signature.length;
    if (share > bestShare || (share === bestShare && layout.signature.length > best.layout.signature.length)) best = candidate;
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
