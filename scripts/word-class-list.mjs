#!/usr/bin/env node
// Writes model/word-class/not-nouns.txt and model/word-class/adjectives.txt: the words of natural's
// Brill POS lexicon (lexicon_from_posjs.json, ~93,000 words with their Penn Treebank tags, most
// frequent first) that src/themes/word-class.ts needs, so cx does not load the 4 MB lexicon at run
// time. isNounWord is true for unknown words, so only the lexicon words whose first tag is not a
// noun tag (NN, NNS, NNP, NNPS) are listed; isNounOrAdjective also needs the words with any
// adjective tag (JJ, JJR, JJS). Only entries that can match a lower-cased word token are kept (the
// themes stage looks up token norms, which are lower case): no capitals, no spaces, a letter in it.
// Each file is a line break, then the words sorted in code-unit order, each followed by a line break.
// Run after updating natural:
//   node scripts/word-class-list.mjs            (writes the files)
//   node scripts/word-class-list.mjs --check    (exit 1 when a committed file differs)
// test/scripts/word-class-list.test.ts runs the check.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const LEXICON = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
export const TARGETS = {
  notNouns: fileURLToPath(new URL('../model/word-class/not-nouns.txt', import.meta.url)),
  adjectives: fileURLToPath(new URL('../model/word-class/adjectives.txt', import.meta.url)),
};

/** True for an entry a lower-cased word token can equal. */
const canMatch = (word) => word === word.toLowerCase() && /\p{L}/u.test(word) && !/[\s\n\r\u2028\u2029]/u.test(word);

/** The two sorted word lists, from the lexicon object (word → tags, most frequent first). */
export function wordClassLists(lexicon) {
  const notNouns = [];
  const adjectives = [];
  for (const word of Object.keys(lexicon)) {
    if (!canMatch(word)) continue;
    const tags = lexicon[word];
    if (!Array.isArray(tags) || tags.length === 0) continue; // unknown to the tagger: a noun
    if (!String(tags[0]).startsWith('NN')) notNouns.push(word);
    if (tags.some((tag) => String(tag).startsWith('JJ'))) adjectives.push(word);
  }
  const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return { notNouns: notNouns.sort(order), adjectives: adjectives.sort(order) };
}

/** The two files' texts, from the installed lexicon. */
export function generate() {
  const { notNouns, adjectives } = wordClassLists(createRequire(import.meta.url)(LEXICON));
  const text = (words) => `\n${words.join('\n')}\n`;
  return { notNouns: text(notNouns), adjectives: text(adjectives) };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const texts = generate();
  for (const key of Object.keys(TARGETS)) {
    if (process.argv.includes('--check')) {
      if (readFileSync(TARGETS[key], 'utf8') !== texts[key]) {
        console.error(`${TARGETS[key]} differs from what scripts/word-class-list.mjs generates; run it without --check`);
        process.exitCode = 1;
      }
    } else {
      mkdirSync(dirname(TARGETS[key]), { recursive: true });
      writeFileSync(TARGETS[key], texts[key]);
      console.error(`wrote ${TARGETS[key]}`);
    }
  }
}
