/**
 * The valence of a word no lexicon lists, from a listed form of it (docs/sentiment.md, "Word valence"): stretched
 * letters collapsed ("goood" → "good"), then inflections — -s -es -ies -ed -ly -ily -ably -iest -est -ier -er and
 * g-dropping ("lovin") — onto a base with a non-zero valence, except bases whose other senses dominate ("likely" is
 * not "like"). Pure: the scorer caches the answers per word.
 */
import type { LexEntry } from './lexicon.js';
import { POLYSEMOUS_BASES } from './model/rule-words.js';
import { collapse, hasStretch } from './rules/emphasis.js';

/** Shortest misspelt word the doubled-letter fallback reads ("disapointed", "dissapointed"). */
const MIN_SPELLING_LENGTH = 6;

/**
 * The misspelling table (built once per lexicon): each word of at least MIN_SPELLING_LENGTH letters with a valence,
 * keyed by its spelling with every doubled letter written once ("disappointing" → "disapointing"). A key two words of
 * different sign share is left out ("weeding" / "wedding"), and so are the bases of POLYSEMOUS_BASES.
 */
export function spellingTable(words: ReadonlyMap<string, LexEntry>): ReadonlyMap<string, LexEntry> {
  const table = new Map<string, LexEntry | null>();
  for (const [w, e] of words) {
    if (w.length < MIN_SPELLING_LENGTH || e.valence === 0 || w.includes(' ') || POLYSEMOUS_BASES.has(w)) continue;
    const key = singleLetters(w);
    const prior = table.get(key);
    if (prior === undefined) table.set(key, e);
    else if (prior !== null && Math.sign(prior.valence) !== Math.sign(e.valence)) table.set(key, null);
  }
  const out = new Map<string, LexEntry>();
  for (const [k, e] of table) if (e !== null) out.set(k, e);
  return out;
}

/** A word with every run of a repeated letter written once; the word itself when it has none (most words). */
function singleLetters(w: string): string {
  for (let k = 1; k < w.length; k++) if (w.charCodeAt(k) === w.charCodeAt(k - 1)) return collapse(w, 1);
  return w;
}

/**
 * The entry a word absent from `words` borrows (null: none). With a misspelling table (`spelling` returns the
 * spellingTable, built when first asked for), a word of at least MIN_SPELLING_LENGTH letters that nothing else
 * explains is read as the listed word it matches with doubled letters written once: "dissapointed", "disapointing",
 * "deffinitely".
 */
export function fallbackEntry(norm: string, words: ReadonlyMap<string, LexEntry>, spelling?: () => ReadonlyMap<string, LexEntry>): LexEntry | null {
  const e = formEntry(norm, words);
  if (e !== null || spelling === undefined || norm.length < MIN_SPELLING_LENGTH) return e;
  const table = spelling();
  const key = singleLetters(norm);
  return table.get(key) ?? inflection(key, table);
}

function formEntry(norm: string, words: ReadonlyMap<string, LexEntry>): LexEntry | null {
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

