import { fillerWords } from './model/filler-words.js';

let fillers: ReadonlySet<string> | undefined;

/** Letters only (any script), at least three, with an inner apostrophe or hyphen allowed: "wi-fi", "o'clock". */
const WORD = /^\p{L}{2,}(?:['-]\p{L}+)*$/u;
const MIN_LETTERS = 3;

/**
 * Whether a term says what the comments are about, for "Words behind the change": a word of three
 * or more letters (no digits, no symbols: '24h', 'ks', '#12' are out) that is not a filler word —
 * a number word, quantifier, time word, hedge or light verb (model/filler-words.ts). Takes a
 * normalised token (lower case). Stop words are already left out where the counts are made.
 *
 * @example isContentTerm('outage') // true
 * @example isContentTerm('two') // false (number word); isContentTerm('ks') // false (fragment)
 */
export function isContentTerm(term: string): boolean {
  fillers ??= new Set(fillerWords);
  if (!WORD.test(term)) return false;
  if (Array.from(term.replace(/['-]/g, '')).length < MIN_LETTERS) return false;
  return !fillers.has(term);
}
