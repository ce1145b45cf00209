// Issue 6, scope 2: the row ledger holds for any input. fast-check generates small CSV files
// (random delimiter among , ; tab |, random quoting, CRLF or LF, UTF-8 with or without BOM,
// UTF-16LE with BOM, or Latin-1 bytes that are invalid UTF-8; blank and invalid score fields;
// comments with delimiters, quotes, newlines, emoji and words like __proto__) and JSONL files
// (valid, broken and non-object lines, nested objects), writes them to a temporary directory and analyses them. For every case:
//   - the run ends with a result or a CxError that is not a usage error (CLI exit 0 or 1), never
//     another exception (CLI: never a stack trace);
//   - on success rows = analyzed + skipped, the per-reason counts add up, and rows equals the
//     number of records the generator wrote (blank JSONL lines are not records);
//   - nothing leaks onto Object.prototype.
// The first part calls `analyze` from src/pipeline; a smaller number of cases run through the
// CLI (main(argv, io), in this process: no Node start-up per case) to check its exit codes and
// messages. Runs: CX_PROPERTY_RUNS (default 50, sized for CI; raise it to search longer) with a
// fixed seed; CX_PROPERTY_SEED to replay another.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CxError } from '../../src/errors.js';
import { analyze } from '../../src/pipeline.js';
import { cleanup, cxIn, expectLedger, expectNoStack, nonFinite, tempDir } from './_run.js';

const RUNS = Number(process.env.CX_PROPERTY_RUNS ?? 50);
const SEED = Number(process.env.CX_PROPERTY_SEED ?? 20251123);
const CLI_RUNS = Math.max(10, Math.round(RUNS / 5));

// ------------------------------------------------------------------------------------------
// Generators

const WORDS = ['delivery', 'refund', 'slow', 'great', 'rude', 'app', 'crash', 'price', 'staff', 'not', 'very', 'good', 'bad', '__proto__', 'constructor', 'hasOwnProperty', 'café', '😡', '👍🏽', 'N/A', '10'];
const PUNCT = [',', ';', '\t', '|', '"', "'", '\n', '\r\n', ' ', '  ', '!', '?', '=', '-', '@'];

const comment = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '  \t ') },
  { weight: 6, arbitrary: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT)), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const score = fc.oneof(
  fc.integer({ min: 0, max: 10 }).map(String),
  fc.constantFrom('', ' ', 'N/A', 'abc', '11', '-1', '9.0', ' 7 ', '10 - Extremely likely', '0 - Not at all likely', '7,5'),
);
const id = fc.oneof(fc.nat({ max: 9999 }).map(String), fc.constant(''));

type CsvCase = {
  readonly delimiter: string;
  readonly eol: string;
  /** latin1: single bytes ≥ 0x80 that are invalid UTF-8, read without --encoding (U+FFFD, rows kept). */
  readonly encoding: 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'latin1';
  readonly quoteAll: boolean;
  readonly records: readonly (readonly [string, string, string])[];
};

const csvCase: fc.Arbitrary<CsvCase> = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  eol: fc.constantFrom('\n', '\r\n'),
  encoding: fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'latin1'),
  quoteAll: fc.boolean(),
  records: fc.array(fc.tuple(id, comment, score), { minLength: 0, maxLength: 15 }),
});

function csvText(c: CsvCase): string {
  const field = (value: string): string => {
    const needs = value.includes(c.delimiter) || /["\r\n]/.test(value) || value !== value.trim();
    return c.quoteAll || needs ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const lines = [['id', 'comment', 'nps'], ...c.records].map((record) => record.map(field).join(c.delimiter));
  return lines.join(c.eol) + c.eol;
}

function encode(text: string, encoding: CsvCase['encoding']): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'latin1') return Buffer.from(text.replace(/[^\u0000-\u00ff]/gu, '?'), 'latin1');
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

// JSONL lines: a record (counted), a bad line (counted, skipped as invalid_json) or blank (not a record).
type JsonlLine = { readonly kind: 'record' | 'bad' | 'blank'; readonly text: string };

const jsonValue = fc.oneof(comment, score, fc.integer(), fc.constant(null), fc.boolean());
const recordLine: fc.Arbitrary<JsonlLine> = fc
  .record({
    id,
    comment: fc.oneof({ weight: 5, arbitrary: comment }, { weight: 1, arbitrary: fc.integer() }, { weight: 1, arbitrary: fc.constant(null) }),
    nps: fc.oneof(score, fc.integer({ min: -2, max: 12 }), fc.constant(null)),
    nested: fc.option(fc.dictionary(fc.constantFrom('a', 'b', '__proto__', 'constructor'), jsonValue, { maxKeys: 3 })),
    hostileKey: fc.option(fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString')),
  })
  .map(({ id: idValue, comment: text, nps, nested, hostileKey }) => {
    const parts = [`"id":${JSON.stringify(idValue)}`, `"comment":${JSON.stringify(text)}`, `"nps":${JSON.stringify(nps)}`];
    if (nested !== null) parts.push(`"extra":${JSON.stringify(nested)}`);
    if (hostileKey !== null) parts.push(`${JSON.stringify(hostileKey)}:{"polluted":"yes"}`);
    return { kind: 'record' as const, text: `{${parts.join(',')}}` };
  });
const badLine: fc.Arbitrary<JsonlLine> = fc
  .oneof(
    fc.constantFrom('{"id":1,"comment":"trunc', '[1,2,3]', '42', '"just a string"', 'null', '{bad json}', '}{', '{"a":1}}'),
    recordLine.map((line) => line.text.slice(0, Math.max(1, line.text.length - 1))),
  )
  .map((text) => ({ kind: 'bad' as const, text }));
const jsonlLines = fc.array(fc.oneof({ weight: 6, arbitrary: recordLine }, { weight: 2, arbitrary: badLine }, { weight: 1, arbitrary: fc.constant<JsonlLine>({ kind: 'blank', text: '' }) }), {
  minLength: 0,
  maxLength: 15,
});

// ------------------------------------------------------------------------------------------
// The property

let dir = '';
let counter = 0;
beforeAll(() => {
  dir = tempDir('cx-prop-');
});
afterAll(() => cleanup(dir));

const write = (name: string, bytes: Buffer | string): string => {
  counter += 1;
  const path = join(dir, `${counter}-${name}`);
  writeFileSync(path, bytes);
  return path;
};

const outcomes = { report: 0, error: 0 };
async function checkInProcess(path: string, expectedRows: number, delimiter?: string): Promise<void> {
  try {
    const report = await analyze({ input: delimiter === undefined ? { path } : { path, delimiter }, examples: 1 });
    outcomes.report += 1;
    expectLedger(report.input);
    expect(report.input.rows).toBe(expectedRows);
    expect(nonFinite(report)).toEqual([]);
  } catch (error) {
    if (!(error instanceof CxError)) throw error;
    outcomes.error += 1;
    expect(error.code).not.toBe('usage');
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

describe('ledger property (in process)', () => {
  it(`random CSV: rows = analyzed + skipped = records written (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(csvCase, async (c) => {
        const path = write('random.csv', encode(csvText(c), c.encoding));
        await checkInProcess(path, c.records.length, c.delimiter);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  it(`random CSV, delimiter sniffed: rows = analyzed + skipped = records written (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(csvCase, async (c) => {
        const path = write('sniffed.csv', encode(csvText(c), c.encoding));
        await checkInProcess(path, c.records.length);
      }),
      { numRuns: RUNS, seed: SEED + 4 },
    );
  }, 120_000);

  it(`random JSONL: rows = analyzed + skipped = non-blank lines written (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(jsonlLines, async (lines) => {
        const path = write('random.jsonl', lines.map((line) => line.text).join('\n') + '\n');
        await checkInProcess(path, lines.filter((line) => line.kind !== 'blank').length);
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  }, 120_000);

  it('most generated files give a report (the property is not met vacuously by errors)', () => {
    expect(outcomes.report).toBeGreaterThan(outcomes.error);
  });
});

describe('ledger property through the CLI (exit 0 or 1, never a stack trace)', () => {
  const run = async (path: string, expectedRows: number, flags: string[]): Promise<void> => {
    const result = await cxIn(['analyze', path, '--format', 'json', '-q', ...flags]);
    expectNoStack(result.stderr);
    expect([0, 1], result.stderr).toContain(result.code);
    if (result.code === 0) {
      const report = JSON.parse(result.stdout);
      expectLedger(report.input);
      expect(report.input.rows).toBe(expectedRows);
      expect(nonFinite(report)).toEqual([]);
    } else {
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^cx: /);
    }
  };

  it(`random CSV and JSONL files (${CLI_RUNS} runs each)`, async () => {
    await fc.assert(
      fc.asyncProperty(csvCase, async (c) => {
        const path = write('spawn.csv', encode(csvText(c), c.encoding));
        await run(path, c.records.length, ['--delimiter', c.delimiter]);
      }),
      { numRuns: CLI_RUNS, seed: SEED + 2 },
    );
    await fc.assert(
      fc.asyncProperty(jsonlLines, async (lines) => {
        const path = write('spawn.jsonl', lines.map((line) => line.text).join('\n') + '\n');
        await run(path, lines.filter((line) => line.kind !== 'blank').length, []);
      }),
      { numRuns: CLI_RUNS, seed: SEED + 3 },
    );
  }, 120_000);
});
