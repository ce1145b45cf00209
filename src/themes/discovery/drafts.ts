/** Editing a discovery's drafts: folding or dropping themes, duplicates removed. */
import type { Discovery, DraftTheme } from './types.js';

/**
 * Drops a sub-theme whose rows equal its parent's or an earlier sibling's (it would be the same
 * theme twice); rows whose main theme it was fall back to the theme it duplicates.
 */
export function dropDuplicates(found: Discovery): Discovery {
  const { themes, main } = found;
  const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((r, i) => r === b[i]);
  const target = themes.map((_, i) => i);
  const firstOf = new Map<string, number>();
  themes.forEach((t, i) => {
    if (t.parent === null) return;
    const parent = themes[t.parent]!;
    if (same(t.rows, parent.rows)) {
      target[i] = t.parent;
      return;
    }
    const key = `${t.parent}:${t.rows.length}:${t.rows[0] ?? -1}:${t.rows[t.rows.length - 1] ?? -1}`;
    const earlier = firstOf.get(key);
    if (earlier !== undefined && same(themes[earlier]!.rows, t.rows)) target[i] = earlier;
    else firstOf.set(key, i);
  });
  if (target.every((t, i) => t === i)) return found;
  return remapDrafts(found, target);
}

/**
 * Removes drafts: target[i] is i to keep draft i, another draft to fold it into (its rows' main
 * theme moves there), or -1 to drop it (its main rows fall back to its parent, or to none).
 */
export function remapDrafts(found: Discovery, target: readonly number[]): Discovery {
  const { themes, main } = found;
  const newIndex = new Int32Array(themes.length).fill(-1);
  const kept: DraftTheme[] = [];
  themes.forEach((t, i) => {
    if (target[i] !== i) return;
    newIndex[i] = kept.length;
    kept.push(t);
  });
  const resolve = (i: number): number => {
    for (let step = 0; step <= themes.length; step++) {
      if (target[i] === i) return newIndex[i]!;
      const next = target[i]!;
      if (next < 0) {
        const parent = themes[i]!.parent;
        if (parent === null) return -1;
        i = parent;
      } else i = next;
    }
    return -1;
  };
  const remapped: DraftTheme[] = [];
  for (const t of kept) {
    if (t.parent === null) {
      remapped.push(t);
      continue;
    }
    const { within: oldWithin, ...rest } = t;
    const parent = resolve(t.parent);
    const moved: DraftTheme = { ...rest, parent: parent < 0 ? null : parent };
    const within = oldWithin === undefined ? -1 : resolve(oldWithin);
    remapped.push(within < 0 || within === moved.parent ? moved : { ...moved, within });
  }
  // each draft resolved once, then one plain pass over the rows (a callback per row cost ~6% of discovery at 200k)
  const to = new Int32Array(themes.length);
  for (let i = 0; i < themes.length; i++) to[i] = resolve(i);
  const mainOut = new Int32Array(main.length);
  for (let d = 0; d < main.length; d++) {
    const g = main[d]!;
    mainOut[d] = g < 0 ? g : to[g]!;
  }
  return { ...found, themes: remapped, main: mainOut };
}
