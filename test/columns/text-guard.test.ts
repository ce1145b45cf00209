import { describe, expect, it } from 'vitest';
import { detectColumns, sparseTextWarning, TextFillCounter } from '../../src/columns/index.js';
import { records } from './_records.js';

const fill = (text: number, alternative: number, rows: number) => ({ rows, text: ['comment'], textFilled: text, alternatives: [{ column: 'details', filled: alternative }] });

describe('sparseTextWarning', () => {
  it('speaks when the text leaves more than half the rows empty while another prose column fills more than half', () => {
    expect(sparseTextWarning(fill(33, 11990, 12000))).toBe(
      'the text column "comment" is empty on 11,967 of 12,000 rows (99.7%), while "details" is filled on 11,990 (99.9%): only 33 rows are analysed. Use --text "details" to analyse that column (--strict makes this an error)',
    );
  });

  it.each([
    ['text filled on exactly half', fill(500, 1000, 1000)],
    ['the other column filled on only half', fill(100, 500, 1000)],
    ['the other column less filled than the text', fill(400, 300, 1000)],
    ['no rows', fill(0, 0, 0)],
  ])('stays quiet: %s', (_, counts) => {
    expect(sparseTextWarning(counts)).toBeNull();
  });
});

describe('TextFillCounter', () => {
  it('counts the rows where the text and each watched column are filled, leaving out header rows', () => {
    const columns = ['comment', 'details'];
    const sample = records(columns, Array.from({ length: 12 }, (_, i) => [`comment number ${i} on the slow parcel`, `details of parcel ${i} arriving late again`]));
    const mapping = { ...detectColumns(columns, sample, {}), headerLines: [2] };
    expect(mapping.text.map((a) => a.column)).toEqual(['comment']);
    expect(mapping.textAlternatives).toEqual(['details']);
    const counter = new TextFillCounter(mapping);
    counter.add(2, { comment: 'Response', details: 'Response' });
    counter.add(3, { comment: 'late', details: 'it was late' });
    counter.add(4, { comment: '  ', details: 'it was late' });
    counter.add(5, { comment: '', details: '' });
    expect(counter.result()).toEqual({ rows: 3, text: ['comment'], textFilled: 1, alternatives: [{ column: 'details', filled: 2 }] });
  });
});
