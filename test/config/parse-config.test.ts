import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, parseConfig } from '../../src/config/index.js';
import { CxError } from '../../src/errors.js';

const caught = (text: string): CxError => {
  try {
    parseConfig(text, 'cx.config.json');
  } catch (error) {
    return error as CxError;
  }
  throw new Error('expected parseConfig to throw');
};

describe('parseConfig', () => {
  it('reads every field', () => {
    const config = parseConfig(
      JSON.stringify({
        columns: { text: 'Review', rating: 'Stars', date: null, segments: ['plan', 'region'] },
        by: 'plan',
        ignoreTerms: ['Acme', ' acme app '],
        lexicon: { 'Runs Small': -1.5, cheap: 0 },
        taxonomy: 'themes.json',
        thresholds: { positive: 0.1 },
        maxThemes: 12,
        dateFormat: 'dmy',
      }),
      'cx.config.json',
    );
    expect(config).toEqual({
      columns: { text: ['Review'], rating: 'Stars', segments: ['plan', 'region'] },
      by: ['plan'],
      ignoreTerms: ['Acme', 'acme app'],
      lexicon: [
        { term: 'runs small', valence: -1.5 },
        { term: 'cheap', valence: 0 },
      ],
      taxonomy: { path: 'themes.json' },
      thresholds: { positive: 0.1 },
      maxThemes: 12,
      dateFormat: 'dmy',
      ignored: [],
    });
  });

  it('an empty object is the empty config', () => {
    expect(parseConfig('{}', 'cx.config.json')).toEqual(EMPTY_CONFIG);
  });

  it('keeps an inline taxonomy for the themes stage to validate', () => {
    const taxonomy = { version: 1, themes: [{ id: 'refund', label: 'Refund', phrases: ['refund*'] }] };
    expect(parseConfig(JSON.stringify({ taxonomy }), 'cx.config.json').taxonomy).toEqual({ inline: taxonomy });
  });

  it.each([
    ['{"columns": {"text": 3}}', 'cx.config.json: "columns.text" must be a string or a list of non-empty strings, got a number (3)'],
    ['{"columns": {"rating": ["a"]}}', 'cx.config.json: "columns.rating" must be a column name (string) or null, got a list'],
    ['{"ignoreTerms": "acme, beta"}', null],
    ['{"ignoreTerms": [1]}', 'cx.config.json: "ignoreTerms" must be a string or a list of non-empty strings, got a list'],
    ['{"lexicon": ["cheap"]}', 'cx.config.json: "lexicon" must be an object of word or phrase → valence (-4 to 4), got a list'],
    ['{"lexicon": {"cheap": "good"}}', 'cx.config.json: "lexicon" entry "cheap" must be a number from -4 to 4 (VADER\'s valence scale), got a string ("good")'],
    ['{"lexicon": {"cheap": 7}}', 'cx.config.json: "lexicon" entry "cheap" must be a number from -4 to 4 (VADER\'s valence scale), got a number (7)'],
    ['{"lexicon": {"!!": 1}}', 'cx.config.json: "lexicon" entry "!!": a term must be a word or a phrase of words, got "!!"'],
    ['{"thresholds": {"positive": 2}}', 'cx.config.json: "thresholds.positive" must be a number from -1 to 1, got a number (2)'],
    ['{"thresholds": {"positive": -0.2, "negative": 0.1}}', 'cx.config.json: "thresholds.negative" (0.1) must not be above "thresholds.positive" (-0.2)'],
    ['{"maxThemes": 2.5}', 'cx.config.json: "maxThemes" must be a whole number ≥ 1, got a number (2.5)'],
    ['{"dateFormat": "dd/mm"}', 'cx.config.json: "dateFormat" must be "ymd", "mdy" or "dmy", got a string ("dd/mm")'],
    ['{"taxonomy": 5}', 'cx.config.json: "taxonomy" must be a file path (string) or a taxonomy object, got a number (5)'],
    ['[]', 'cx.config.json: expected a JSON object, got a list'],
  ])('%s → a usage error naming the field', (text, message) => {
    if (message === null) {
      expect(parseConfig(text, 'cx.config.json').ignoreTerms).toEqual(['acme, beta']);
      return;
    }
    const error = caught(text);
    expect(error).toBeInstanceOf(CxError);
    expect(error.code).toBe('usage');
    expect(error.message).toBe(message);
  });

  it('lists unknown fields (a typo, another tool\'s setting) in ignored instead of failing', () => {
    const config = parseConfig('{"ignoreTerm": ["acme"], "format": "table", "columns": {"stars": "x", "text": "body"}}', 'cx.config.json');
    expect(config.ignored).toEqual(['ignoreTerm', 'format', 'columns.stars']);
    expect(config.columns).toEqual({ text: ['body'] });
    expect(config.ignoreTerms).toEqual([]);
  });

  it('reports a JSON syntax error with its line', () => {
    const error = caught('{\n  "by": ["plan"],\n  "maxThemes": 12,\n}\n');
    expect(error.code).toBe('usage');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^cx\.config\.json: not valid JSON \(/);
  });
});
