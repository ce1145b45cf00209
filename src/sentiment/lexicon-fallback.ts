/**
 * The valence of a word no lexicon lists, from a listed form of it (docs/sentiment.md, "Word valence"): stretched
 * letters collapsed ("goood" → "good"), then inflections — -s -es -ies -ed -ly -ily -ably -iest -est -ier -er and
 * g-dropping ("lovin") — onto a base with a non-zero valence, except bases whose other senses dominate ("likely" is
 * not "like"). Pure: the scorer caches the answers per word.
 */
import type { LexEntry } from './lexicon.js';
import { POLYSEMOUS_BASES } from './model/rule-words.js';
import { collapse, hasStretch } from './rules/emphasis.js';

/** The entry a word absent from `words` borrows (null: none). */
export function fallbackEntry(norm: string, words: ReadonlyMap<string, LexEntry>): LexEntry | null {
  if (hasStretch(norm)) {
    const two = collapse(norm, 2);
    const e2 = words.get(two);
    if (e2 !== undefined) return e2;
    const one = collapse(norm, 1);
    const e1 = words.get(one);
    if (e1 !== undefined) return e1;
    return inflection(two, words) ?? inflection(one, words);
  }
  return inflection(norm, words);
}

/** The entry of the base form of an inflected word (null: none). */
export function inflection(w: string, words: ReadonlyMap<string, LexEntry>): LexEntry | null {
  const n = w.length;
  if (n < 5 && !(n === 4 && w.endsWith('in'))) return null;
  const tryBase = (base: string): LexEntry | undefined => {
    const e = words.get(base);
    return e !== undefined && e.valence !== 0 && !POLYSEMOUS_BASES.has(base) ? e : undefined;
  };
  let e: LexEntry | undefined;
  if (w.endsWith('ies')) e = tryBase(w.slice(0, -3) + 'y');
  else if (w.endsWith('es')) e = tryBase(w.slice(0, -2)) ?? tryBase(w.slice(0, -1));
  else if (w.endsWith('s') && !w.endsWith('ss')) e = tryBase(w.slice(0, -1));
  else if (w.endsWith('ily')) e = tryBase(w.slice(0, -3) + 'y');
  else if (w.endsWith('ably') || w.endsWith('ibly')) e = tryBase(w.slice(0, -1) + 'e'); // "forgettably" → "forgettable"
  else if (w.endsWith('ly')) e = tryBase(w.slice(0, -2));
  else if (w.endsWith('ed')) e = tryBase(w.slice(0, -2)) ?? tryBase(w.slice(0, -1));
  else if (w.endsWith('iest')) e = tryBase(w.slice(0, -4) + 'y'); // "happiest" → "happy"
  else if (w.endsWith('est')) e = tryBase(w.slice(0, -3)) ?? tryBase(w.slice(0, -2)) ?? doubled(w.slice(0, -3)); // "coolest", "nicest", "saddest"
  else if (w.endsWith('ier')) e = tryBase(w.slice(0, -3) + 'y'); // "happier"
  else if (w.endsWith('er') && n >= 6) e = tryBase(w.slice(0, -2)) ?? tryBase(w.slice(0, -1)); // "cooler", "nicer"
  else if (w.endsWith('in')) e = tryBase(w + 'g'); // g-dropping: "lovin", "rockin"
  return e ?? null;
  function doubled(base: string): LexEntry | undefined {
    const k = base.length;
    return k > 2 && base[k - 1] === base[k - 2] ? tryBase(base.slice(0, -1)) : undefined;
  }
}

