// wordsMatcher (examples.ts): the first whole-word, case-insensitive mention of any phrase. It
// replaced one pattern with \p{L}\p{N} look-arounds per theme (slow to compile); the reference
// below is that pattern, and the answers must be the same index on awkward text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsMatcher } from '../../src/pipeline/examples.js';

function reference(phrases: readonly string[]): (text: string) => number {
  const parts = phrases
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '')
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  if (parts.length === 0) return () => -1;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => text.search(pattern);
}

describe('wordsMatcher', () => {
  const cases: ReadonlyArray<readonly [phrases: readonly string[], text: string, at: number]> = [
    [['delivery'], 'Late delivery again', 5],
    [['delivery'], 'DELIVERY was late', 0],
    [['delivery'], 'redelivery, then delivery', 17], // not inside a longer word
    [['app'], 'the apps crash; the app too', 20],
    [['app store', 'app'], 'app stores and the app', 0], // "app store" fails its boundary, "app" holds at 0
    [['app store'], 'the app   store', 4], // any run of whitespace inside a phrase
    [['refund'], 'refund2 and refund', 12], // a digit is part of a word
    [['café'], 'Cafés, then CAFÉ!', 12],
    [['size'], 'size', 0],
    [['size'], '😀size', 2], // an emoji is not a letter: a boundary
    [['size'], '𝐀size size', 7], // 𝐀 (U+1D400) is a letter made of two code units
    [['c++'], 'I code c++ daily', 7], // regex characters are literal
    [['a.a'], 'ba.a.a', 3], // the match at 1 follows a letter; the overlapping one at 3 holds
    [['(beta)'], 'in (beta) now', 3],
    [['courier', 'delivery'], 'delivery by courier', 0],
    [['courier', 'delivery'], 'courier delivery', 0],
    [[], 'anything', -1],
    [['  '], 'anything', -1],
    [['missing'], 'nothing here', -1],
    [['straße'], 'STRASSE or Straße', 11], // simple case folding only, as the i flag
  ];
  it.each(cases)('%j in %j → %i (the same as the former single pattern)', (phrases, text, at) => {
    expect(wordsMatcher(phrases)(text)).toBe(at);
    expect(reference(phrases)(text)).toBe(at);
  });

  it('agrees with the single look-around pattern on random text from a small alphabet', () => {
    const alphabet = ['a', 'b', 'A', 'B', ' ', '\t', '-', "'", '1', 'é', 'É', '😀', '𝐀', 'ß', '.'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((chars) => chars.join(''));
    const phrase = fc.array(fc.constantFrom('a', 'b', 'B', 'é', ' ', '1', '.', 'ß'), { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 3 }), text, (phrases, sample) => wordsMatcher(phrases)(sample) === reference(phrases)(sample)),
      { numRuns: 300, seed: 11 },
    );
  });
});
