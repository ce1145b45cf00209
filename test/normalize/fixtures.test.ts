import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectColumns, resolveDateFormat } from '../../src/columns/index.js';
import { normalizeRecord } from '../../src/normalize/index.js';
import { openInput, type RawRecord, type Skip } from '../../src/read/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** read → columns → normalize, in the order the pipeline uses. */
async function run(name: string) {
  const opened = await openInput({ path: fixture(name) });
  const items = [];
  for await (const item of opened.items) items.push(item);
  const sample = items.filter((item): item is RawRecord => item.kind === 'record').slice(0, 1000);
  const mapping = detectColumns(opened.columns, sample, {});
  const dateFormat = resolveDateFormat(mapping, sample);
  const skips: Skip[] = items.filter((item): item is Skip => item.kind === 'skip');
  const results = items.flatMap((item) => (item.kind === 'record' ? [normalizeRecord(item, mapping, dateFormat === null ? {} : { dateFormat })] : []));
  for (const result of results) if (result.skip !== null) skips.push(result.skip);
  const rows = results.flatMap((result) => (result.row === null ? [] : [result.row]));
  const invalid = results.flatMap((result) => result.invalid);
  return { opened, mapping, dateFormat, rows, skips, invalid };
}

describe('read → columns → normalize on the fixtures', () => {
  // Counts checked independently with Python's csv module (utf-8-sig, delimiter ';', rows 3+).
  it('feedback-messy.csv: 29 rows, 1 empty comment, question row skipped, labelled scores read', async () => {
    const { mapping, dateFormat, rows, skips, invalid } = await run('feedback-messy.csv');
    expect(mapping.text).toEqual([{ column: 'Q3_Comment', detectedBy: 'header' }]);
    expect([mapping.id?.column, mapping.date?.column, mapping.nps?.column, mapping.csat?.column]).toEqual([
      'ResponseId',
      'RecordedDate',
      'Q1_NPS',
      'Q2_CSAT',
    ]);
    expect(mapping.segments).toEqual([{ column: 'Country', detectedBy: 'values' }]);
    expect(dateFormat).toBe('ymd');
    expect(skips.map((skip) => [skip.line, skip.reason])).toEqual([
      [2, 'duplicate_header'],
      [11, 'empty_text'],
    ]);
    expect(invalid).toEqual([]);
    expect(rows).toHaveLength(29);
    const nps = rows.map((row) => row.nps);
    expect(nps.filter((v) => v !== null && v >= 9)).toHaveLength(9); // promoters
    expect(nps.filter((v) => v !== null && v <= 6)).toHaveLength(14); // detractors
    expect(rows.filter((row) => row.csat !== null && row.csat >= 4)).toHaveLength(14);
    expect(rows.find((row) => row.id === 'R_2J3QMx1hlz')?.nps).toBe(7); // ' 7 '
    expect(rows.find((row) => row.id === 'R_2JM2Jx2a6a')?.nps).toBe(9); // '9.0'
    expect(rows.find((row) => row.id === 'R_2GQ70x3juz')).toMatchObject({ nps: 10, csat: 5, date: '2025-09-07' });
  });

  it('feedback.csv: NPS under a question header; 11 and out-of-range CSAT dropped per KPI', async () => {
    const { mapping, rows, skips, invalid } = await run('feedback.csv');
    expect(mapping.nps).toEqual({ column: 'How likely are you to recommend us to a friend?', detectedBy: 'header' });
    expect(mapping.segments.map((s) => s.column)).toEqual(['channel', 'region', 'product_category']);
    // fixtures/README.md: 10 blank comments; NPS 11 twice; CSAT 7 twice and 0 once.
    expect(skips.map((skip) => skip.reason)).toEqual(Array(10).fill('empty_text'));
    expect(rows).toHaveLength(641);
    expect(invalid.map((i) => `${i.reason}:${i.value}`).sort()).toEqual([
      'csat_out_of_range:0',
      'csat_out_of_range:7',
      'csat_out_of_range:7',
      'nps_out_of_range:11',
      'nps_out_of_range:11',
    ]);
  });

  it('feedback.jsonl: nested keys as columns', async () => {
    const { mapping, rows } = await run('feedback.jsonl');
    expect(mapping.text).toEqual([{ column: 'body', detectedBy: 'header' }]);
    expect([mapping.id?.column, mapping.date?.column, mapping.csat?.column]).toEqual(['ticket.id', 'created_at', 'csat']);
    expect(rows).toHaveLength(40);
    expect(rows.filter((row) => row.csat === null)).toHaveLength(11); // README: csat null in 11 rows
  });
});

describe('read → columns → normalize on the test corpus', () => {
  const corpus = (name: string): string => fileURLToPath(new URL(`../read/corpus/${name}`, import.meta.url));

  it('nps-variants.csv: labels, padding, 9.0, N/A and - as missing; 11 and "seven" invalid', async () => {
    const opened = await openInput({ path: corpus('nps-variants.csv') });
    const records: RawRecord[] = [];
    for await (const item of opened.items) if (item.kind === 'record') records.push(item);
    const mapping = detectColumns(opened.columns, records, {});
    const results = records.map((record) => normalizeRecord(record, mapping, {}));
    expect(results.map((result) => result.row?.nps)).toEqual([10, 0, 7, 9, null, null, null, null]);
    expect(results.flatMap((result) => result.invalid)).toEqual([
      { line: 7, kpi: 'nps', reason: 'nps_out_of_range', value: '11' },
      { line: 8, kpi: 'nps', reason: 'nps_not_a_number', value: 'seven' },
    ]);
  });

  it('no-text-column.csv: fails with no_text_column', async () => {
    const opened = await openInput({ path: corpus('no-text-column.csv') });
    const records: RawRecord[] = [];
    for await (const item of opened.items) if (item.kind === 'record') records.push(item);
    expect(() => detectColumns(opened.columns, records, {})).toThrow(
      'no column looks like free-text comments; columns are: id, nps, csat. Name it with --text <column>',
    );
  });
});
