import { describe, expect, it } from 'vitest';
import { isContentTerm } from '../../src/delta/content-term.js';

describe('isContentTerm', () => {
  it.each([
    ['outage', true],
    ['cold', true],
    ['refund', true],
    ['wi-fi', true],
    ['café', true],
    ['biryani', true],
    ['ks', false], // a fragment (initials cut by the tokenizer)
    ['dj', false], // two letters: too short to tell a word from a fragment
    ['24h', false], // digits
    ['2nd', false],
    ['1234', false],
    ['#12', false],
    ['two', false], // number word
    ['third', false], // ordinal
    ['several', false], // quantifier
    ['whole', false],
    ['loads', false],
    ['last', false], // time word
    ['think', false], // light verb
    ['tried', false],
    ['mentioned', false],
  ] as const)('isContentTerm(%s) is %s', (term, expected) => {
    expect(isContentTerm(term)).toBe(expected);
  });
});
