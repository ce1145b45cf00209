// fallbackEntry / inflection (src/sentiment/lexicon-fallback.ts) over a small hand-made word table.
import { describe, expect, it } from 'vitest';
import { fallbackEntry, inflection, spellingTable } from '../../src/sentiment/lexicon-fallback.js';
import type { LexEntry } from '../../src/sentiment/lexicon.js';

const entry = (term: string, valence: number): LexEntry => ({ term, valence, negated: undefined, source: 'vader' });
const words: ReadonlyMap<string, LexEntry> = new Map([
  ['good', entry('good', 1.9)],
  ['happy', entry('happy', 2.7)],
  ['love', entry('love', 3.2)],
  ['loving', entry('loving', 2.9)],
  ['cool', entry('cool', 1.3)],
  ['sad', entry('sad', -2.1)],
  ['forgettable', entry('forgettable', -1.2)],
  ['like', entry('like', 2.0)],
  ['support', entry('support', 0)],
]);

describe('inflection', () => {
  it.each([
    ['happiest', 'happy'],
    ['happier', 'happy'],
    ['happily', 'happy'],
    ['loves', 'love'],
    ['loved', 'love'],
    ['coolest', 'cool'],
    ['cooler', 'cool'],
    ['saddest', 'sad'],
    ['forgettably', 'forgettable'],
    ['lovin', 'loving'],
  ])('%s → %s', (word, base) => {
    expect(inflection(word, words)?.term).toBe(base);
  });
  it('skips short words, zero-valence bases and polysemous bases ("likely" is not "like")', () => {
    expect(inflection('sads', words)).toBeNull();
    expect(inflection('supports', words)).toBeNull();
    expect(inflection('likely', words)).toBeNull();
  });
});

describe('fallbackEntry', () => {
  it('collapses stretched letters to two, then one ("goooood" → "good", "sooo saaad" style)', () => {
    expect(fallbackEntry('goooood', words)?.term).toBe('good');
    expect(fallbackEntry('saaaad', words)?.term).toBe('sad');
    expect(fallbackEntry('loooved', words)?.term).toBe('love');
  });
  it('returns null for a word with no listed form', () => {
    expect(fallbackEntry('parcel', words)).toBeNull();
  });
});

describe('spelling (doubled letters written once or twice)', () => {
  const table: ReadonlyMap<string, LexEntry> = new Map([
    ['disappointing', entry('disappointing', -2.2)],
    ['disappoint', entry('disappoint', -2.0)],
    ['definitely', entry('definitely', 1.7)],
    ['wedding', entry('wedding', 1.2)],
    ['weeding', entry('weeding', -0.5)], // invented valence: a key shared by words of opposite sign is dropped
    ['support', entry('support', 0)],
  ]);
  const table2 = spellingTable(table);
  const spelling = (): ReadonlyMap<string, LexEntry> => table2;
  it('reads a misspelt word as the listed word with the same letters', () => {
    expect(fallbackEntry('dissapointing', table, spelling)?.term).toBe('disappointing');
    expect(fallbackEntry('disapointing', table, spelling)?.term).toBe('disappointing');
    expect(fallbackEntry('deffinitely', table, spelling)?.term).toBe('definitely');
    expect(fallbackEntry('dissapoints', table, spelling)?.term).toBe('disappoint'); // then an inflection
  });
  it('leaves ambiguous keys, zero valences, short words and words without a table alone', () => {
    expect(table2.has('weding')).toBe(false);
    expect(fallbackEntry('wedding', new Map(), spelling)).toBeNull();
    expect(fallbackEntry('suport', table, spelling)).toBeNull();
    expect(fallbackEntry('dissapointing', table)).toBeNull();
  });
});
