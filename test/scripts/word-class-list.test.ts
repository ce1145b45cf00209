// model/word-class/*.txt are generated from natural's Brill POS lexicon by
// scripts/word-class-list.mjs; src/themes/word-class.ts answers from them instead of loading the
// 4 MB lexicon. These tests keep the three in step: the committed files are what the script
// writes today, and isNounWord / isNounOrAdjective answer for every lower-case lexicon word (and for
// words it lacks) exactly as a look-up in the lexicon itself does. Callers pass token norms, which
// are lower case, so capitalised lexicon entries are left out of the files and of this check.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generate, LEXICON, TARGETS } from '../../scripts/word-class-list.mjs';
import { isNounOrAdjective, isNounWord, numberWords } from '../../src/themes/word-class.js';

const lexicon = createRequire(import.meta.url)(LEXICON) as Record<string, unknown>;

/** The look-up word-class.ts did before the generated lists (kept here as the reference). */
function tagsOf(word: string): unknown {
  return Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
}
function referenceIsNoun(word: string): boolean {
  if (numberWords.has(word)) return false;
  const tags = tagsOf(word);
  if (tags === undefined || !Array.isArray(tags) || tags.length === 0) return true;
  return String(tags[0]).startsWith('NN');
}
function referenceIsNounOrAdjective(word: string): boolean {
  if (referenceIsNoun(word)) return true;
  const tags = tagsOf(word);
  return Array.isArray(tags) && tags.some((tag) => String(tag).startsWith('JJ'));
}

describe('scripts/word-class-list.mjs', () => {
  it('generates exactly the committed model/word-class files', () => {
    const texts = (generate as () => Record<string, string>)();
    const targets = TARGETS as Record<string, string>;
    expect(Object.keys(targets).filter((key) => readFileSync(targets[key]!, 'utf8') !== texts[key])).toEqual([]);
  });
});

describe('isNounWord and isNounOrAdjective from the generated lists', () => {
  const unknown = ['app', 'paypal', 'login', 'checkout', 'zzzz', '', 'constructor', '__proto__', 'tostring', 'hasownproperty', 'café', '😀'];
  const lower = (word: string): boolean => word === word.toLowerCase() && /\p{L}/u.test(word) && !/\s/u.test(word);
  const words = [...Object.keys(lexicon).filter(lower), ...unknown, ...numberWords];

  it('answer as a look-up in the lexicon itself, for every lexicon word and for words it lacks', () => {
    const nounDisagreements = words.filter((word) => isNounWord(word) !== referenceIsNoun(word));
    const adjectiveDisagreements = words.filter((word) => isNounOrAdjective(word) !== referenceIsNounOrAdjective(word));
    expect(nounDisagreements).toEqual([]);
    expect(adjectiveDisagreements).toEqual([]);
  });

  it('tell nouns from verbs, adverbs and adjectives on everyday feedback words (tags as in the lexicon)', () => {
    // 'refund' NN…, 'courier' NN, 'late' JJ/RB, 'sent' VBD/VBN, 'twice' RB, 'two' a number word, 'app' unknown.
    expect(['refund', 'courier', 'payment', 'app'].map(isNounWord)).toEqual([true, true, true, true]);
    expect(['late', 'sent', 'twice', 'two', 'completely'].map(isNounWord)).toEqual([false, false, false, false, false]);
    expect(['late', 'damaged', 'sent', 'gave'].map(isNounOrAdjective)).toEqual([true, true, false, false]);
  });
});
