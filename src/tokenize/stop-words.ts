import { createRequire } from 'node:module';
import { extraStopWords } from './model/extra-stop-words.js';

const require = createRequire(import.meta.url);

let stopWords: ReadonlySet<string> | undefined;

/** Built on first use so that importing this module does nothing. */
function stopWordSet(): ReadonlySet<string> {
  if (stopWords === undefined) {
    // natural's English list, by submodule path (never `import 'natural'`: its index reads .env and prints).
    const natural = require('natural/lib/natural/util/stopwords.js') as { words: readonly string[] };
    stopWords = new Set([...natural.words, ...extraStopWords]);
  }
  return stopWords;
}

/**
 * English stop word? Takes a normalised token (`Token.norm`: lower case, straight apostrophes).
 * natural's 170-word list plus negations, contractions and a few function words (model/extra-stop-words.ts).
 * Negations are stop words for themes; the sentiment scorer does not use this list.
 * @example isStopWord('the') // true; isStopWord("don't") // true; isStopWord('delivery') // false
 */
export function isStopWord(norm: string): boolean {
  return stopWordSet().has(norm);
}
