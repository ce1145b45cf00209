// Issue 6, scope 4: hostile text. 1 MB lines made to trip catastrophic regex backtracking are
// analysed whole (each stage's linearity is guarded by a time ratio on n vs 4n in its own unit
// test: no wall-clock limit here, a busy machine must not fail the suite), and keys or words such as __proto__, constructor and
// hasOwnProperty are plain data: no prototype pollution, no NaN anywhere in the output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, cx, cxIn, expectNoStack, jsonLines, ledgerOf, okJson, tempDir, type Run } from './_run.js';

const ONE_MB = 1024 * 1024;
/** Kill a run that hangs (catastrophic backtracking would take hours on 1 MB). */
const HANG_MS = 100_000;

// A few ordinary comments so that themes, sentiment and KPIs all run alongside the hostile one.
const ORDINARY = ['slow delivery again', 'slow delivery and no tracking', 'the slow delivery ruined it', 'refund took weeks', 'refund took weeks to arrive'];

const HOSTILE: readonly (readonly [string, string])[] = [
  ['aaaa', 'a'.repeat(ONE_MB)],
  ['!!!!', '!'.repeat(ONE_MB)],
  ['emoji', '😡👍🏽🇬🇧‍'.repeat(Math.floor(ONE_MB / 16))],
  // Nested quotes: in CSV every quote inside a quoted field is doubled, so the field is '""""…'.
  ['nested quotes', '"\'«"»\''.repeat(Math.floor(ONE_MB / 6))],
  ['words and punctuation without spaces', 'not-good!!!very...bad??'.repeat(Math.floor(ONE_MB / 23))],
];

const csvField = (text: string): string => `"${text.replace(/"/g, '""')}"`;

describe('1 MB hostile lines are analysed (analyze, enrich, sentiment)', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    HOSTILE.forEach(([, text], index) => {
      const rows = ['id,comment,nps', ...ORDINARY.map((comment, i) => `${i + 1},${comment},${i * 2}`), `99,${csvField(text)},5`];
      writeFileSync(join(dir, `hostile-${index}.csv`), rows.join('\n') + '\n');
      writeFileSync(join(dir, `hostile-${index}.txt`), text + '\n');
    });
  });
  afterAll(() => cleanup(dir));

  it.each(HOSTILE.map(([name], index) => [name, index] as const))('%s: cx analyze', async (_name, index) => {
    const run = await cx(['analyze', join(dir, `hostile-${index}.csv`), '--format', 'json', '-q'], { timeoutMs: HANG_MS });
    const report = okJson(run);
    expect(ledgerOf(report.input)).toEqual({ rows: 6, analyzed: 6, skipped: 0, skippedByReason: {}, skippedLines: [] });
  }, HANG_MS + 10_000);

  // One process scores all five lines (one per stdin line), each test checks its own.
  let sentiment: Run | undefined;
  const sentimentRun = async (): Promise<Run> =>
    (sentiment ??= await cx(['sentiment', '-', '--format', 'json'], { timeoutMs: HANG_MS, input: HOSTILE.map(([, text]) => text).join('\n') + '\n' }));

  it.each(HOSTILE.map(([name], index) => [name, index] as const))('%s: cx sentiment - (stdin)', async (_name, index) => {
    const run = await sentimentRun();
    expect(run.code, run.stderr).toBe(0);
    expectNoStack(run.stderr);
    expect(run.stdout).not.toMatch(/NaN/);
    const results = jsonLines(run.stdout);
    expect(results).toHaveLength(HOSTILE.length);
    const result = results[index];
    expect(Number.isFinite(result.score)).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(-1);
    expect(result.score).toBeLessThanOrEqual(1);
  }, HANG_MS + 10_000);
});

describe('__proto__, constructor, hasOwnProperty as keys and words are plain data', () => {
  let dir = '';
  const WORDS = ['__proto__', 'constructor', 'hasOwnProperty', 'prototype', 'toString', 'valueOf', '__defineGetter__', 'isPrototypeOf'];
  beforeAll(() => {
    dir = tempDir();
    const lines: string[] = [];
    for (let i = 0; i < 30; i++) {
      const words = Array.from({ length: 5 }, (_, j) => WORDS[(i + j) % WORDS.length]).join(' ');
      // JSON.stringify writes "__proto__" as an own key, exactly as a hostile export would.
      lines.push(
        `{"id":"${i}","comment":"${words} slow delivery","nps":${i % 11},"__proto__":{"polluted":"yes","comment":"x"},` +
          `"constructor":{"prototype":{"polluted":"yes"}},"hasOwnProperty":"boom","toString":"${i}"}`,
      );
    }
    writeFileSync(join(dir, 'proto.jsonl'), lines.join('\n') + '\n');
    writeFileSync(
      join(dir, 'proto.csv'),
      '__proto__,comment,constructor,hasOwnProperty\n' +
        Array.from({ length: 12 }, (_, i) => `p${i % 3},${WORDS[i % WORDS.length]} constructor __proto__ slow delivery,${i % 11},h${i % 2}`).join('\n') +
        '\n',
    );
  });
  afterAll(() => cleanup(dir));

  it('JSONL: every record analysed, themes counted, no NaN; the keys survive as flattened fields', async () => {
    const report = okJson(await cxIn(['analyze', join(dir, 'proto.jsonl'), '--format', 'json', '-q']));
    expect(ledgerOf(report.input)).toEqual({ rows: 30, analyzed: 30, skipped: 0, skippedByReason: {}, skippedLines: [] });
    expect(report.columns.text).toEqual([{ column: 'comment', detectedBy: 'header' }]);
    expect(report.kpis.nps.n).toBe(30);
    for (const theme of report.themes) {
      expect(Number.isInteger(theme.count)).toBe(true);
      expect(theme.count).toBeGreaterThan(0);
      expect(typeof theme.label).toBe('string');
    }
    const run = await cxIn(['enrich', join(dir, 'proto.jsonl'), '-q']);
    expect(run.code).toBe(0);
    const [first] = jsonLines(run.stdout);
    expect(first.fields['__proto__.polluted']).toBe('yes');
    expect(first.fields['constructor.prototype.polluted']).toBe('yes');
    expect(first.fields.hasOwnProperty).toBe('boom');
    expect(run.stdout).not.toMatch(/NaN/);
  });

  it('CSV: header names __proto__, constructor, hasOwnProperty work as columns (also --by __proto__)', async () => {
    const report = okJson(await cxIn(['analyze', join(dir, 'proto.csv'), '--format', 'json', '-q', '--by', '__proto__', '--nps', 'constructor']));
    expect(ledgerOf(report.input)).toEqual({ rows: 12, analyzed: 12, skipped: 0, skippedByReason: {}, skippedLines: [] });
    expect(report.kpis.nps.n).toBe(12);
    const segment = report.segments.find((s: { column: string }) => s.column === '__proto__');
    expect(segment).toBeDefined();
    const counts = Object.fromEntries(segment.values.map((v: { value: string; n?: number; count?: number }) => [v.value, v.n ?? v.count]));
    expect(counts).toEqual({ p0: 4, p1: 4, p2: 4 });
  });
});

describe('deeply nested JSON values (once a stack overflow in src/read/_flatten.ts)', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    const deepArray = '['.repeat(5000) + ']'.repeat(5000);
    const deepObject = '{"a":'.repeat(20000) + '1' + '}'.repeat(20000);
    writeFileSync(
      join(dir, 'deep.jsonl'),
      ['{"comment":"slow delivery again","nps":3}', `{"comment":"nested","tags":${deepArray}}`, `{"comment":"nested too","meta":${deepObject}}`, '{"comment":"refund took weeks","nps":2}'].join('\n') +
        '\n',
    );
  });
  afterAll(() => cleanup(dir));

  it('the run completes and the ordinary records are analysed', async () => {
    const report = okJson(await cxIn(['analyze', join(dir, 'deep.jsonl'), '--format', 'json', '-q']));
    expect(report.input.rows).toBe(4);
    expect(report.input.analyzed).toBeGreaterThanOrEqual(2);
    expect(report.kpis.nps.n).toBe(2);
  });
});
