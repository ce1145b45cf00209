import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../src/config/index.js';
import { CxError } from '../../src/errors.js';

describe('parseLexicon', () => {
  it('reads word or phrase,score lines: optional header, comments, quotes, ; and tab, the last entry for a term winning', () => {
    const text = '\uFEFFterm,score\n# sizing\nruns small,-1.5\n"very convenient",+2\ncheap;0\nlag\t-1\n\nRuns  Small,-2\n';
    expect(parseLexicon(text, 'words.csv')).toEqual([
      { term: 'runs small', valence: -2 },
      { term: 'very convenient', valence: 2 },
      { term: 'cheap', valence: 0 },
      { term: 'lag', valence: -1 },
    ]);
  });

  it.each([
    ['cheap\n', 'words.csv: line 1: expected "word or phrase,score", got "cheap"', 1],
    ['ok,1\ncheap,very\n', 'words.csv: line 2: the score must be a number from -4 to 4 (VADER\'s valence scale), got a string ("very")', 2],
    ['ok,1\nok,2\nbad,-5\n', 'words.csv: line 3: the score must be a number from -4 to 4 (VADER\'s valence scale), got a number (-5)', 3],
    ['ok,1\n:-(,-2\n', 'words.csv: line 2: the term: a term must be a word or a phrase of words, got ":-("', 2],
  ])('%j → usage error with the line', (text, message, line) => {
    let caught: unknown;
    try {
      parseLexicon(text, 'words.csv');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CxError);
    expect((caught as CxError).code).toBe('usage');
    expect((caught as CxError).line).toBe(line);
    expect((caught as CxError).message).toBe(message);
  });
});
