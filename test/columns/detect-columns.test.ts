import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/columns/index.js';
import { CxError } from '../../src/errors.js';
import { records } from './_records.js';

const comments = [
  'Delivery was late and nobody told me why',
  'Great service, will order again soon',
  'The app keeps crashing at checkout time',
  'Refund took three weeks to arrive here',
  'Friendly staff in the store today',
  'Wrong size sent, had to return it twice',
];

describe('detectColumns', () => {
  it('recognises roles from header names, ignoring case, spaces and punctuation', () => {
    const columns = ['Response ID', 'Submitted At', 'NPS Score', 'CSAT', 'Customer Effort', 'Star Rating', 'Channel', 'Comments'];
    const rows = comments.map((text, i) => [`R${i}`, `2025-09-0${i + 1}`, String(i + 4), String((i % 5) + 1), String((i % 7) + 1), String((i % 5) + 1), i % 2 ? 'web' : 'app', text]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping).toEqual({
      text: [{ column: 'Comments', detectedBy: 'header' }],
      id: { column: 'Response ID', detectedBy: 'header' },
      date: { column: 'Submitted At', detectedBy: 'header' },
      nps: { column: 'NPS Score', detectedBy: 'header' },
      csat: { column: 'CSAT', detectedBy: 'header' },
      ces: { column: 'Customer Effort', detectedBy: 'header' },
      rating: { column: 'Star Rating', detectedBy: 'header' },
      segments: [{ column: 'Channel', detectedBy: 'values' }],
      ratingScale: { min: 1, max: 5 },
      csatScale: { min: 1, max: 5 },
      layout: null,
      notes: [],
    });
  });

  it.each([
    ['How likely are you to recommend us to a friend?', 'nps'],
    ['Q1_NPS', 'nps'],
    ['ltr', 'nps'],
    ['Overall satisfaction', 'csat'],
    ['CES', 'ces'],
    ['stars', 'rating'],
  ])('takes %j as %s', (header, role) => {
    const columns = ['comment', header];
    const mapping = detectColumns(columns, records(columns, comments.map((text, i) => [text, String((i % 5) + 1)])), {});
    expect(mapping[role as 'nps' | 'csat' | 'ces' | 'rating']).toEqual({ column: header, detectedBy: 'header' });
  });

  it.each([
    'What could we improve?',
    'Why did you give this score?',
    'Tell us more',
    'Q3_Comment',
    'verbatim',
    'review_text',
    'body',
    'Feedback',
  ])('takes %j as the text column', (header) => {
    const columns = ['id', header, 'region'];
    const mapping = detectColumns(columns, records(columns, comments.map((text, i) => [`${i}`, text, i % 2 ? 'EU' : 'US'])), {});
    expect(mapping.text).toEqual([{ column: header, detectedBy: 'header' }]);
  });

  it('finds NPS by its values (0-10 with lows and 9-10) under an odd name, but not a count column', () => {
    const columns = ['q7', 'items', 'col3'];
    const rows = comments.map((text, i) => [String([0, 10, 6, 9, 3, 8][i]), String([0, 10, 6, 9, 3, 8][i]), text]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping.nps).toEqual({ column: 'q7', detectedBy: 'values' });
    expect(mapping.text).toEqual([{ column: 'col3', detectedBy: 'values' }]);
  });

  it('does not take a named score column whose values are words (an NPS reason column)', () => {
    const columns = ['nps', 'nps_reason'];
    const rows = comments.map((text, i) => [String(i + 3), text]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping.nps?.column).toBe('nps');
    expect(mapping.text).toEqual([{ column: 'nps_reason', detectedBy: 'header' }]);
  });

  it('does not take a rating column with negative points (a sentiment label)', () => {
    const columns = ['comment', 'rating'];
    const rows = comments.map((text, i) => [text, ['-2.5', '1.8', '3.1', '0.4', '2.2', '1.0'][i] as string]);
    expect(detectColumns(columns, records(columns, rows), {}).rating).toBeNull();
  });

  it('finds the text by values: the longest wordy, mostly distinct column', () => {
    const columns = ['a', 'b', 'c'];
    const rows = comments.map((text, i) => [`x${i}`, i % 2 ? 'yes' : 'no', text]);
    expect(detectColumns(columns, records(columns, rows), {}).text).toEqual([{ column: 'c', detectedBy: 'values' }]);
  });

  it('takes segments among low-cardinality labels only', () => {
    const columns = ['comment', 'region', 'order_value', 'email', 'created'];
    const rows = comments.map((text, i) => [text, ['EMEA', 'NA', 'APAC'][i % 3] as string, `${i}7,50`, `u${i}@example.com`, `2025-09-0${i + 1}`]);
    const mapping = detectColumns(columns, records(columns, rows), {});
    expect(mapping.segments).toEqual([{ column: 'region', detectedBy: 'values' }]);
    expect(mapping.date).toEqual({ column: 'created', detectedBy: 'header' });
  });

  it('lets flags win, matching names loosely', () => {
    const columns = ['comment', 'other_text', 'Score A', 'Region'];
    const rows = comments.map((text, i) => [text, 'more words here please', String(i), 'EU']);
    const mapping = detectColumns(columns, records(columns, rows), {
      text: ['other_text', 'comment'],
      nps: 'score a',
      segments: ['region'],
    });
    expect(mapping.text).toEqual([
      { column: 'other_text', detectedBy: 'flag' },
      { column: 'comment', detectedBy: 'flag' },
    ]);
    expect(mapping.nps).toEqual({ column: 'Score A', detectedBy: 'flag' });
    expect(mapping.segments).toEqual([{ column: 'Region', detectedBy: 'flag' }]);
  });

  it('rejects a flagged column that does not exist, suggesting the closest', () => {
    const columns = ['response_id', 'comment', 'nps'];
    let caught: unknown;
    try {
      detectColumns(columns, records(columns, [['1', 'ok', '9']]), { text: ['coment'] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CxError);
    expect((caught as CxError).code).toBe('usage');
    expect((caught as CxError).message).toBe(
      '--text: column "coment" not found; columns are: response_id, comment, nps (did you mean "comment"?)',
    );
    expect(() => detectColumns(columns, [], { nps: 'zzzzzz' })).toThrow(
      '--nps: column "zzzzzz" not found; columns are: response_id, comment, nps',
    );
  });

  it('fails with no_text_column when nothing holds free text', () => {
    const columns = ['id', 'nps', 'csat'];
    let caught: unknown;
    try {
      detectColumns(columns, records(columns, [['1', '9', '5'], ['2', '3', '2'], ['3', '10', '4']]), {});
    } catch (error) {
      caught = error;
    }
    expect((caught as CxError).code).toBe('no_text_column');
    expect((caught as CxError).message).toBe(
      'no column looks like free-text comments; columns are: id, nps, csat. Name it with --text <column>',
    );
  });

  it('does not depend on the order of the sample rows', () => {
    const columns = ['id', 'score', 'comment', 'region'];
    const rows = comments.map((text, i) => [`${i}`, String((i * 3) % 11), text, i % 2 ? 'EU' : 'US']);
    const forward = detectColumns(columns, records(columns, rows), {});
    const backward = detectColumns(columns, records(columns, [...rows].reverse()), {});
    expect(backward).toEqual(forward);
  });

  it('keeps a named comment column even when the sample has no comments yet', () => {
    const columns = ['id', 'comment'];
    expect(detectColumns(columns, records(columns, [['1', ''], ['2', '']]), {}).text).toEqual([
      { column: 'comment', detectedBy: 'header' },
    ]);
  });
});
