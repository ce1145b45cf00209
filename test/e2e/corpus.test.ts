// Issue 6, scope 1 and 3: every file of the bad-input corpus (test/e2e/corpus/, described in its
// README.md; the big ones are generated into os.tmpdir()) run through the CLI (in this process,
// cxIn; the built binary for stdin), with the exact outcome: a one-line error with the right exit code and no stack trace, or a JSON result
// whose `input` ledger counts rows, analysed and skipped-by-reason with the right line numbers.
// Line numbers are 1-based physical lines of the input file, header included (worked by hand
// from the corpus files).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, corpus, cx, cxIn, expectOneLineError, jsonLines, ledgerOf, okJson, tempDir } from './_run.js';

const analyze = (file: string, ...flags: string[]) => cxIn(['analyze', corpus(file), '--format', 'json', '-q', ...flags]);
const enrich = (file: string, ...flags: string[]) => cxIn(['enrich', corpus(file), '-q', ...flags]);

describe('files that cannot be analysed: one line on stderr, exit 1, no stack trace', () => {
  it('empty file', async () => {
    expectOneLineError(await analyze('empty.csv'), 1, /^cx: test\/e2e\/corpus\/empty\.csv\b.* is empty$/);
  });

  it('header only', async () => {
    expectOneLineError(await analyze('header-only.csv'), 1, /^cx: test\/e2e\/corpus\/header-only\.csv\b.* has a header but no records$/);
  });

  it('no usable text column: lists the columns and names --text', async () => {
    expectOneLineError(await analyze('no-text-column.csv'), 1, /no-text-column\.csv: no column looks like free-text comments; columns are: id, nps, channel\. Name it with --text <column>/);
  });

  it('unbalanced quote: names the file and the line where the record started (3)', async () => {
    expectOneLineError(await analyze('unbalanced-quote.csv'), 1, /^cx: test\/e2e\/corpus\/unbalanced-quote\.csv:3: .*unclosed quote/);
  });

  it('missing file', async () => {
    expectOneLineError(await analyze('does-not-exist.csv'), 1, /does-not-exist\.csv: .*no such file/);
  });

  it('a truncated gzip file', async () => {
    expectOneLineError(await analyze('bad-gzip.csv.gz'), 1, /bad-gzip\.csv\.gz: not a valid gzip file/);
  });

  it('a directory instead of a file', async () => {
    expectOneLineError(await cxIn(['analyze', 'test/e2e/corpus', '--format', 'json']), 1, /test\/e2e\/corpus is a directory, not a file/);
  });

  it('every record has an empty comment: says how many and why', async () => {
    expectOneLineError(await analyze('all-empty-text.csv'), 1, /all-empty-text\.csv: none of the 2 records could be analysed \(empty_text: 2\)/);
  });

  it('ambiguous DD/MM vs MM/DD dates: analyze still runs, leaves the dates out and says period splits need --date-format (#17)', async () => {
    const report = okJson(await analyze('dates-ambiguous.csv')) as { input: { analyzed: number; invalidValues: unknown }; warnings: string[] };
    expect(report.input.analyzed).toBe(4);
    expect(report.input.invalidValues).toEqual({ date: { date_ambiguous: 4 } });
    expect(report.warnings).toContain(
      'dates like 04/03/2025 in column "date" could be D/M or M/D and no value in the file settles it: 4 dates are left out, so period splits (trends, delta by date) need --date-format dmy or mdy',
    );
  });

  it('usage errors exit 2: unknown encoding, unknown --text column', async () => {
    expectOneLineError(await analyze('ragged.csv', '--encoding', 'klingon'), 2, /unknown encoding "klingon"; supported: utf8, utf16le, utf16be, latin1, windows-1252/);
    expectOneLineError(await analyze('ragged.csv', '--text', 'nosuch'), 2, /--text: column "nosuch" not found; columns are: id, comment, nps/);
    expectOneLineError(await analyze('ragged.csv', '--text', 'coment'), 2, /--text: column "coment" not found; columns are: id, comment, nps \(did you mean "comment"\?\)$/);
    expectOneLineError(await analyze('ragged.csv', '--delimiter', '::'), 2, /^cx: --delimiter: expected one character \(or tab\), got "::"$/);
  });

  it('--debug shows the stack trace that is otherwise hidden', async () => {
    const run = await analyze('empty.csv', '--debug');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^\s+at /m);
  });
});

describe('a CSV read as JSON Lines', () => {
  it('says that the lines are not JSON', async () => {
    const line = expectOneLineError(await analyze('ragged.csv', '--input-format', 'jsonl'), 1, /invalid_json|JSON/);
    expect(line).not.toMatch(/columns are: \./);
  });
});

describe('a second header row plus a repeated header', () => {
  it('skips both line 2 and line 6 as duplicate_header', async () => {
    const report = okJson(await analyze('second-header-and-repeat.csv'));
    expect(ledgerOf(report.input)).toEqual({
      rows: 7,
      analyzed: 5,
      skipped: 2,
      skippedByReason: { duplicate_header: 2 },
      skippedLines: [
        [2, 'duplicate_header'],
        [6, 'duplicate_header'],
      ],
    });
    expect(report.input.invalidValues).toEqual({});
  });
});

describe('CSV structure', () => {
  it('ragged rows: a short row is padded and analysed; a long row is skipped as malformed_row on its line', async () => {
    const report = okJson(await analyze('ragged.csv'));
    expect(ledgerOf(report.input)).toEqual({
      rows: 4,
      analyzed: 3,
      skipped: 1,
      skippedByReason: { malformed_row: 1 },
      skippedLines: [[4, 'malformed_row']],
    });
    expect(report.input.firstSkipped[0].detail).toBe('expected 3 fields, got 5');
  });

  it('stdin ("-") reads the same as the file, sniffing compression, encoding and format', async () => {
    const { readFileSync } = await import('node:fs');
    const run = await cx(['analyze', '-', '--format', 'json', '-q'], { input: readFileSync(corpus('ragged.csv')) });
    const report = okJson(run);
    expect(report.input.file).toBe('-');
    expect(ledgerOf(report.input)).toEqual({ rows: 4, analyzed: 3, skipped: 1, skippedByReason: { malformed_row: 1 }, skippedLines: [[4, 'malformed_row']] });
    // Sniffed from the bytes alone: gzip, UTF-16 BOM, JSON Lines; an empty stdin is an error.
    const gz = okJson(await cx(['analyze', '-', '--format', 'json', '-q'], { input: readFileSync(corpus('gzip.csv.gz')) }));
    expect([gz.input.compressed, gz.input.rows]).toEqual([true, 3]);
    const utf16 = okJson(await cx(['analyze', '-', '--format', 'json', '-q'], { input: readFileSync(corpus('utf16le-bom.csv')) }));
    expect([utf16.input.encoding, utf16.input.rows]).toEqual(['utf-16le', 2]);
    const jsonl = okJson(await cx(['analyze', '-', '--format', 'json', '-q'], { input: readFileSync(corpus('bad-line.jsonl')) }));
    expect(ledgerOf(jsonl.input)).toMatchObject({ rows: 5, skipped: 2, skippedLines: [[2, 'invalid_json'], [5, 'invalid_json']] });
    expectOneLineError(await cx(['analyze', '-', '--format', 'json']), 1, /^cx: - is empty$/);
  });

  it('CR-only line ends (old Mac): 3 records, a quoted CR kept inside its field', async () => {
    const run = await enrich('cr-only.csv');
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.line)).toEqual([2, 3, 5]);
    expect(lines[1].fields.comment).toBe('two\rlines');
    const report = okJson(await analyze('cr-only.csv'));
    expect(ledgerOf(report.input)).toEqual({ rows: 3, analyzed: 3, skipped: 0, skippedByReason: {}, skippedLines: [] });
  });

  it('duplicate and blank header names: repeats get _2, blanks become column_N', async () => {
    const run = await enrich('duplicate-headers.csv');
    expect(run.code).toBe(0);
    const [first] = jsonLines(run.stdout);
    expect(Object.keys(first.fields)).toEqual(['comment', 'comment_2', 'column_3', 'nps', 'column_5']);
    expect(first.fields.comment).toBe('delivery was quick');
    const report = okJson(await analyze('duplicate-headers.csv'));
    expect(report.columns.text).toEqual([{ column: 'comment', detectedBy: 'header' }]);
    expect(ledgerOf(report.input)).toEqual({ rows: 2, analyzed: 2, skipped: 0, skippedByReason: {}, skippedLines: [] });
  });

  it('a second header row of question texts (Qualtrics) is skipped as duplicate_header on line 2', async () => {
    const report = okJson(await analyze('second-header-row.csv'));
    expect(ledgerOf(report.input)).toEqual({
      rows: 6,
      analyzed: 5,
      skipped: 1,
      skippedByReason: { duplicate_header: 1 },
      skippedLines: [[2, 'duplicate_header']],
    });
    // The question text is not counted as an invalid NPS value.
    expect(report.input.invalidValues).toEqual({});
    expect(report.kpis.nps).toMatchObject({ n: 5, promoters: 2, passives: 1, detractors: 2 });
  });

  it('a header repeated inside the data (concatenated exports) is skipped on its line', async () => {
    const report = okJson(await analyze('repeated-header.csv'));
    expect(ledgerOf(report.input)).toEqual({
      rows: 4,
      analyzed: 3,
      skipped: 1,
      skippedByReason: { duplicate_header: 1 },
      skippedLines: [[4, 'duplicate_header']],
    });
  });

  it('--no-header: the first row is data, columns are column_1…; without it the first row is the header', async () => {
    const report = okJson(await analyze('no-header.csv', '--no-header'));
    expect(ledgerOf(report.input)).toEqual({ rows: 3, analyzed: 3, skipped: 0, skippedByReason: {}, skippedLines: [] });
    expect(report.columns.text).toEqual([{ column: 'column_2', detectedBy: 'values' }]);
    const run = await enrich('no-header.csv', '--no-header');
    expect(jsonLines(run.stdout).map((line) => [line.line, line.fields.column_1])).toEqual([
      [1, '1'],
      [2, '2'],
      [3, '3'],
    ]);
    const withHeader = okJson(await analyze('no-header.csv'));
    expect(withHeader.input.rows).toBe(2);
  });
});

describe('bytes and encodings', () => {
  it('NUL bytes are removed and the row kept', async () => {
    const report = okJson(await analyze('nul-bytes.csv'));
    expect(ledgerOf(report.input)).toEqual({ rows: 2, analyzed: 2, skipped: 0, skippedByReason: {}, skippedLines: [] });
    const run = await enrich('nul-bytes.csv');
    expect(jsonLines(run.stdout)[0].fields.comment).toBe('delivery was quick');
  });

  it('invalid UTF-8: the row is kept with U+FFFD, nothing skipped', async () => {
    const report = okJson(await analyze('invalid-utf8.csv'));
    expect(ledgerOf(report.input)).toEqual({ rows: 3, analyzed: 3, skipped: 0, skippedByReason: {}, skippedLines: [] });
    expect(report.input.encoding).toBe('utf-8');
    const run = await enrich('invalid-utf8.csv');
    expect(jsonLines(run.stdout)[1].fields.comment).toBe('caf\uFFFD was cold');
  });

  it.each([
    ['utf16le-bom.csv', 'utf-16le'],
    ['utf16be-bom.csv', 'utf-16be'],
  ])('%s is decoded from its BOM', async (file, encoding) => {
    const report = okJson(await analyze(file));
    expect(report.input.encoding).toBe(encoding);
    expect(ledgerOf(report.input)).toEqual({ rows: 2, analyzed: 2, skipped: 0, skippedByReason: {}, skippedLines: [] });
    expect(report.columns.text).toEqual([{ column: 'comment', detectedBy: 'header' }]);
    const run = await enrich(file);
    expect(jsonLines(run.stdout).map((line) => line.fields.comment)).toEqual(['café was great', 'refund took weeks']);
  });

  it('Windows-1252 with --encoding windows-1252 (and the latin1 alias): é, curly quotes, en dash, euro sign', async () => {
    for (const name of ['windows-1252', 'latin1']) {
      const run = await enrich('windows-1252.csv', '--encoding', name);
      expect(run.code, run.stderr).toBe(0);
      expect(jsonLines(run.stdout)[0].fields.comment).toBe('café “great” – €5 off');
    }
    const report = okJson(await analyze('windows-1252.csv', '--encoding', 'windows-1252'));
    expect(report.input.encoding).toBe('windows-1252');
    expect(report.input.rows).toBe(2);
  });

  it('gzip is decompressed transparently', async () => {
    const report = okJson(await analyze('gzip.csv.gz'));
    expect(report.input.compressed).toBe(true);
    expect(report.input.format).toBe('csv');
    expect(ledgerOf(report.input)).toEqual({ rows: 3, analyzed: 3, skipped: 0, skippedByReason: {}, skippedLines: [] });
  });
});

describe('read warnings reach the analyst (JSON `warnings` and stderr)', () => {
  it('invalid UTF-8 names the line and hints at --encoding windows-1252', async () => {
    const report = okJson(await analyze('invalid-utf8.csv'));
    expect(report.warnings).toContainEqual(expect.stringMatching(/invalid UTF-8: 1 byte sequence replaced .*first on line 3.*--encoding windows-1252/));
    const run = await cxIn(['analyze', corpus('invalid-utf8.csv'), '--format', 'json']);
    expect(run.stderr).toMatch(/--encoding windows-1252/);
  });

  it('Windows-1252 read as UTF-8 hints at --encoding', async () => {
    const report = okJson(await analyze('windows-1252.csv'));
    expect(report.warnings).toContainEqual(expect.stringMatching(/--encoding windows-1252/));
  });

  it('NUL bytes removed are reported', async () => {
    const report = okJson(await analyze('nul-bytes.csv'));
    expect(report.warnings).toContainEqual(expect.stringMatching(/removed 1 NUL character/));
  });
});

describe('scores', () => {
  it('NPS "10 - Extremely likely", "9.0", " 7 ", "0 - Not at all likely" parse; "N/A" and blank are missing; "abc" and "11" are counted invalid', async () => {
    const report = okJson(await analyze('nps-variants.csv'));
    // Every record has text, so all 8 are analysed; bad scores drop only that KPI's value.
    expect(ledgerOf(report.input)).toEqual({ rows: 8, analyzed: 8, skipped: 0, skippedByReason: {}, skippedLines: [] });
    // 10 and 9.0 promoters, 7 passive, 0 detractor; N/A, blank, abc, 11 not counted.
    expect(report.kpis.nps).toMatchObject({ n: 4, promoters: 2, passives: 1, detractors: 1 });
    expect(report.input.invalidValues).toEqual({ nps: { nps_not_a_number: 1, nps_out_of_range: 1 } });
    expect(report.input.firstInvalid).toEqual([
      { line: 7, kpi: 'nps', reason: 'nps_not_a_number', value: 'abc' },
      { line: 8, kpi: 'nps', reason: 'nps_out_of_range', value: '11' },
    ]);
  });
});

describe('dates (checked through cx delta --split 2025-03-10: the parsed date ranges of each side)', () => {
  const split = (file: string, ...flags: string[]) => cxIn(['delta', corpus(file), '--split', '2025-03-10', '--format', 'json', '-q', ...flags]);
  const sides = (report: { baseline: object; current: object }) => [report.baseline, report.current];
  const march = [
    { label: 'before 2025-03-10', from: '2025-03-04', to: '2025-03-05', n: 2 },
    { label: 'from 2025-03-10', from: '2025-03-20', to: '2025-03-21', n: 2 },
  ];

  it('ISO dates and date-times', async () => {
    expect(sides(okJson(await split('dates-iso.csv')))).toEqual(march);
  });

  it('M/D/YYYY H:MM', async () => {
    expect(sides(okJson(await split('dates-mdy-time.csv')))).toEqual(march);
  });

  it('epoch seconds (1741046400 = 2025-03-04T00:00Z)', async () => {
    expect(sides(okJson(await split('dates-epoch.csv')))).toEqual(march);
  });

  it('ambiguous DD/MM/YYYY: delta also asks for --date-format; with dmy 04/03/2025 is 4 March', async () => {
    expectOneLineError(await split('dates-ambiguous.csv'), 1, /--date-format dmy or mdy/);
    expect(sides(okJson(await split('dates-ambiguous.csv', '--date-format', 'dmy')))).toEqual([
      { label: 'before 2025-03-10', from: '2025-03-04', to: '2025-03-05', n: 2 },
      { label: 'from 2025-03-10', from: '2025-04-06', to: '2025-04-07', n: 2 },
    ]);
  });
});

describe('JSON input', () => {
  it('JSONL with a broken line and a non-object line: both skipped as invalid_json on their lines; the blank line is not a record', async () => {
    const report = okJson(await analyze('bad-line.jsonl'));
    expect(report.input.format).toBe('jsonl');
    expect(ledgerOf(report.input)).toEqual({
      rows: 5,
      analyzed: 3,
      skipped: 2,
      skippedByReason: { invalid_json: 2 },
      skippedLines: [
        [2, 'invalid_json'],
        [5, 'invalid_json'],
      ],
    });
    expect(report.kpis.nps).toMatchObject({ n: 3, promoters: 1, detractors: 2 });
    // cx enrich: one line per record, skipped ones included, in input order.
    const run = await enrich('bad-line.jsonl');
    expect(jsonLines(run.stdout).map((line) => [line.line, line.skipped ?? null])).toEqual([
      [1, null],
      [2, 'invalid_json'],
      [3, null],
      [5, 'invalid_json'],
      [6, null],
    ]);
  });

  it('the ledger is in the table and Markdown reports too, with the skipped lines', async () => {
    const table = await cxIn(['analyze', corpus('bad-line.jsonl'), '-q']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('5 records read, 3 analysed, 2 skipped (invalid_json 2)');
    expect(table.stdout).toContain('first skipped: line 2 invalid_json, line 5 invalid_json');
    const md = await cxIn(['analyze', corpus('bad-line.jsonl'), '--format', 'md', '-q']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('5 records read, 3 analysed, 2 skipped (invalid\\_json 2)');
    expect(md.stdout).toContain('First skipped: line 2 (invalid\\_json), line 5 (invalid\\_json).');
    // Without -q, stderr carries the same summary (the only place for it with --format csv).
    const csv = await cxIn(['analyze', corpus('bad-line.jsonl'), '--format', 'csv']);
    expect(csv.stderr).toContain('cx: read 5 records: 3 analysed, 2 skipped (invalid_json 2); first skipped on line 2, 5');
  });

  it('nested objects: --text response.comment (and --nps response.score)', async () => {
    const report = okJson(await analyze('nested.jsonl', '--text', 'response.comment', '--nps', 'response.score'));
    expect(report.columns.text).toEqual([{ column: 'response.comment', detectedBy: 'flag' }]);
    expect(ledgerOf(report.input)).toEqual({
      rows: 3,
      analyzed: 2,
      skipped: 1,
      skippedByReason: { empty_text: 1 },
      skippedLines: [[3, 'empty_text']],
    });
    expect(report.kpis.nps).toMatchObject({ n: 2, promoters: 1, detractors: 1 });
  });

  it('a JSON array file: records on their start lines; a non-object element is invalid_json', async () => {
    const report = okJson(await analyze('array.json'));
    expect(report.input.format).toBe('json');
    expect(ledgerOf(report.input)).toEqual({
      rows: 4,
      analyzed: 2,
      skipped: 2,
      skippedByReason: { empty_text: 1, invalid_json: 1 },
      skippedLines: [
        [5, 'empty_text'],
        [6, 'invalid_json'],
      ],
    });
    const run = await enrich('array.json');
    expect(jsonLines(run.stdout).map((line) => line.line)).toEqual([2, 3, 5, 6]);
  });
});

describe('big inputs generated at test time', () => {
  let dir = '';
  let bigFieldBreaks = 0;
  beforeAll(() => {
    dir = tempDir();
    // 4 MB in one quoted field (with commas, quotes and newlines inside), then a normal row. The reader
    // alone is tested on 20 MB (test/read/large.test.ts); bigger inputs belong to `npm run bench`.
    const field = ('slow refund, "again"\nand again ' + 'the parcel never came and nobody answered '.repeat(20)).repeat(4_600).slice(0, 4_000_000);
    bigFieldBreaks = field.split('\n').length - 1;
    writeFileSync(join(dir, 'big-field.csv'), `id,comment,nps\n1,"${field.replace(/"/g, '""')}",9\n2,refund took weeks,2\n3,,5\n`);
    // 10,000 columns: the comment first, then 9,999 numeric columns, 3 records.
    const header = ['comment', ...Array.from({ length: 9999 }, (_, i) => `c${i + 1}`)].join(',');
    const row = (text: string) => [text, ...Array.from({ length: 9999 }, (_, i) => String(i % 10))].join(',');
    writeFileSync(join(dir, 'wide.csv'), [header, row('delivery was quick'), row('refund took weeks'), row('app keeps crashing')].join('\n') + '\n');
  });
  afterAll(() => cleanup(dir));

  it('a 4 MB single field is read whole: 3 records, and line numbers after it count its line breaks', async () => {
    const run = await cxIn(['analyze', join(dir, 'big-field.csv'), '--format', 'json', '-q']);
    const report = okJson(run);
    // Record 1 starts on line 2 and spans bigFieldBreaks more lines; record 3 (empty comment) two lines later.
    expect(ledgerOf(report.input)).toEqual({
      rows: 3,
      analyzed: 2,
      skipped: 1,
      skippedByReason: { empty_text: 1 },
      skippedLines: [[2 + bigFieldBreaks + 2, 'empty_text']],
    });
    expect(bigFieldBreaks).toBeGreaterThan(4_000);
  }, 60_000);

  it('10,000 columns: the comment column is found, 3 records analysed', async () => {
    const report = okJson(await cxIn(['analyze', join(dir, 'wide.csv'), '--format', 'json', '-q']));
    expect(report.columns.text).toEqual([{ column: 'comment', detectedBy: 'header' }]);
    expect(ledgerOf(report.input)).toEqual({ rows: 3, analyzed: 3, skipped: 0, skippedByReason: {}, skippedLines: [] });
  });
});
