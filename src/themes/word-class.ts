/**
 * Is a word mostly used as a noun? From the English lexicon that ships with `natural`'s Brill
 * part-of-speech tagger (lexicon_from_posjs.json, ~93,000 words, each with its Penn Treebank tags,
 * most frequent first). Nouns name what customers talk about ("payment", "courier", "refund"),
 * so head terms of broad themes must be nouns, and labels prefer them over adverbs and verbs
 * ("twice", "used", "completely", "showing", "kept"). A word the lexicon does not know is taken
 * as a noun: unknown words in feedback are mostly product names and jargon ("app", "login", "paypal").
 * Loaded once, on first use.
 */
import { createRequire } from 'node:module';

/** Number words the lexicon lacks: they count things, they do not name them. */
export const numberWords: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty',
  'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'half', 'dozen', 'couple', 'first', 'second',
  'third', 'fourth', 'fifth', 'once', 'twice',
]);

let lexicon: Readonly<Record<string, readonly string[]>> | null = null;

function load(): Readonly<Record<string, readonly string[]>> {
  if (lexicon === null) {
    try {
      const require = createRequire(import.meta.url);
      const raw = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
      lexicon = raw;
    } catch {
      lexicon = Object.create(null) as Record<string, readonly string[]>;
    }
  }
  return lexicon!;
}

/** True when the lower-cased word's most frequent tag is a noun tag (NN, NNS, NNP, NNPS) or the word is unknown (number words such as "two" and "half" are not nouns here). */
export function isNounWord(word: string): boolean {
  if (numberWords.has(word)) return false;
  const lex = load();
  const tags = Object.prototype.hasOwnProperty.call(lex, word) ? lex[word] : undefined;
  if (tags === undefined || !Array.isArray(tags) || tags.length === 0) return true;
  return String(tags[0]).startsWith('NN');
}

/** True for a noun (see isNounWord) or a word the lexicon also knows as an adjective (JJ, JJR, JJS): "late", "damaged" — not "gave", "sent". */
export function isNounOrAdjective(word: string): boolean {
  if (isNounWord(word)) return true;
  const lex = load();
  const tags = Object.prototype.hasOwnProperty.call(lex, word) ? lex[word] : undefined;
  return Array.isArray(tags) && tags.some((t) => String(t).startsWith('JJ'));
}
