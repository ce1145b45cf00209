import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/sentiment/index.js';
import { tokenize, Vocabulary } from '../../src/tokenize/index.js';

// Made-up comments: known words, unknown words seen again (the scorer caches them as unknown after
// the first sighting), inflections and stretched letters found by the fallback, names, emoji.
const texts = [
  'The courier was friendly but the parcel arrived late',
  'Zorbly app keeps crashing, zorbly support never answers',
  'zorbly zorbly zorbly is grrreat',
  'Loved it!!! sooo goood, would order again',
  'Not bad at all, though the refund took weeks',
  'Spirit Mountain Casino was fine 😡👍',
  'frobnicated twice, frobnicated again: awful',
  'Zorbly',
];

describe('createScorer().score with norm ids', () => {
  it('gives exactly the result it gives without them, text after text', () => {
    const plain = createScorer({ collectContributions: false });
    const withIds = createScorer({ collectContributions: false });
    const vocabulary = new Vocabulary();
    for (const round of [1, 2]) {
      for (const text of texts) {
        const tokens = tokenize(text);
        expect(withIds.score(text, tokens, vocabulary.idsOf(tokens)), `${text} (round ${round})`).toEqual(plain.score(text, tokens));
      }
    }
  });
});
