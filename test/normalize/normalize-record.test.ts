import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/columns/index.js';
import { normalizeRecord } from '../../src/normalize/index.js';
import type { RawRecord } from '../../src/read/index.js';

const record = (line: number, fields: Record<string, string>): RawRecord =>
  Object.freeze({ kind: 'record' as const, line, fields: Object.freeze(Object.assign(Object.create(null), fields)) });

const mapping: ColumnMapping = {
  text: [{ column: 'comment', detectedBy: 'header' }],
  id: { column: 'id', detectedBy: 'header' },
  date: { column: 'date', detectedBy: 'header' },
  nps: { column: 'nps', detectedBy: 'header' },
  csat: { column: 'csat', detectedBy: 'header' },
  ces: { column: 'ces', detectedBy: 'header' },
  rating: { column: 'stars', detectedBy: 'header' },
  segments: [{ column: 'region', detectedBy: 'values' }],
  ratingScale: { min: 1, max: 5 },
};

describe('normalizeRecord', () => {
  it('types every field', () => {
    const input = record(7, {
      id: ' R1 ',
      comment: '  Late again.  ',
      date: '2025-09-07T23:30:00-05:00',
      nps: '10 - Extremely likely',
      csat: ' 4 ',
      ces: '6',
      stars: '4,5',
      region: ' EMEA ',
    });
    const result = normalizeRecord(input, mapping, {});
    expect(result.skip).toBeNull();
    expect(result.invalid).toEqual([]);
    expect(result.row).toMatchObject({
      line: 7,
      id: 'R1',
      text: 'Late again.',
      date: '2025-09-07',
      nps: 10,
      csat: 4,
      ces: 6,
      rating: 4.5,
      segments: { region: 'EMEA' },
    });
    expect(result.row?.fields).toBe(input.fields);
  });

  it('drops invalid scores for that KPI only', () => {
    const result = normalizeRecord(
      record(3, { comment: 'ok', nps: '11', csat: 'N/A', ces: '0', stars: 'great', date: '31/31/2025' }),
      mapping,
      {},
    );
    expect(result.row).toMatchObject({ text: 'ok', nps: null, csat: null, ces: null, rating: null, date: null, id: null });
    expect(result.invalid).toEqual([
      { line: 3, kpi: 'nps', reason: 'nps_out_of_range', value: '11' },
      { line: 3, kpi: 'ces', reason: 'ces_out_of_range', value: '0' },
      { line: 3, kpi: 'rating', reason: 'rating_not_a_number', value: 'great' },
      { line: 3, kpi: 'date', reason: 'date_unparseable', value: '31/31/2025' },
    ]);
  });

  it.each([
    ['9', 9, null],
    ['9.0', 9, null],
    [' 7 ', 7, null],
    ['0 - Not at all likely', 0, null],
    ['7.5', null, 'nps_out_of_range'],
    ['-1', null, 'nps_out_of_range'],
    ['seven', null, 'nps_not_a_number'],
    ['na', null, null],
    ['', null, null],
  ] as const)('NPS %j → %s (%s)', (raw, nps, reason) => {
    const result = normalizeRecord(record(2, { comment: 'x', nps: raw }), mapping, {});
    expect(result.row?.nps).toBe(nps);
    expect(result.invalid.map((invalid) => invalid.reason)).toEqual(reason === null ? [] : [reason]);
  });

  it('skips an empty or whitespace-only comment, naming the column', () => {
    for (const comment of ['', '   ', '\t\n']) {
      expect(normalizeRecord(record(9, { comment, nps: '5' }), mapping, {})).toEqual({
        row: null,
        skip: { kind: 'skip', line: 9, reason: 'empty_text', detail: 'column "comment" is empty' },
        invalid: [],
      });
    }
  });

  it('joins several text columns, dropping empty parts', () => {
    const several: ColumnMapping = {
      ...mapping,
      text: [
        { column: 'liked', detectedBy: 'flag' },
        { column: 'improve', detectedBy: 'flag' },
        { column: 'other', detectedBy: 'flag' },
      ],
    };
    expect(normalizeRecord(record(2, { liked: 'Fast', improve: ' ', other: 'Price' }), several, {}).row?.text).toBe('Fast. Price');
    expect(normalizeRecord(record(2, { liked: 'Fast!', improve: 'Price', other: '' }), several, {}).row?.text).toBe('Fast! Price');
    expect(normalizeRecord(record(2, { liked: '', improve: '', other: '' }), several, {}).skip?.detail).toBe(
      'columns "liked", "improve", "other" are empty',
    );
  });

  it('reads slash dates in the order given, and flags them when no order is known', () => {
    const input = record(4, { comment: 'x', date: '03/04/2025 10:00' });
    expect(normalizeRecord(input, mapping, { dateFormat: 'dmy' }).row?.date).toBe('2025-04-03');
    expect(normalizeRecord(input, mapping, { dateFormat: 'mdy' }).row?.date).toBe('2025-03-04');
    expect(normalizeRecord(input, mapping, {}).invalid).toEqual([
      { line: 4, kpi: 'date', reason: 'date_ambiguous', value: '03/04/2025 10:00' },
    ]);
  });

  it('gives missing segment values as empty strings in a null-prototype object', () => {
    const row = normalizeRecord(record(2, { comment: 'x' }), mapping, {}).row;
    expect(row?.segments.region).toBe('');
    expect(Object.getPrototypeOf(row?.segments)).toBeNull();
  });
});

describe('normalizeRecord: detected scales and extra header lines', () => {
  it('reads CSAT on the detected 1-7 scale (7 valid, 8 out of range)', () => {
    const sevenPoint: ColumnMapping = { ...mapping, csatScale: { min: 1, max: 7 } };
    expect(normalizeRecord(record(3, { comment: 'fine', csat: '7' }), sevenPoint, {}).row?.csat).toBe(7);
    expect(normalizeRecord(record(4, { comment: 'fine', csat: '8' }), sevenPoint, {}).invalid).toEqual([{ line: 4, kpi: 'csat', reason: 'csat_out_of_range', value: '8' }]);
    // without a detected scale CSAT stays 1-5
    expect(normalizeRecord(record(5, { comment: 'fine', csat: '7' }), mapping, {}).row?.csat).toBeNull();
  });

  it('skips a second header row (SurveyMonkey answer labels) as duplicate_header', () => {
    const withLabels: ColumnMapping = { ...mapping, headerLines: [2] };
    const result = normalizeRecord(record(2, { comment: 'Open-Ended Response', nps: 'Response' }), withLabels, {});
    expect(result).toEqual({ row: null, skip: { kind: 'skip', line: 2, reason: 'duplicate_header', detail: 'a second header row (answer labels)' }, invalid: [] });
    expect(normalizeRecord(record(3, { comment: 'Great', nps: '9' }), withLabels, {}).row?.nps).toBe(9);
  });
});
