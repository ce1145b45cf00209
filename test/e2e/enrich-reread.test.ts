// cx enrich reads a file twice (themes first, then one line per record as it re-reads the file)
// and standard input once (keeping the fields): both give the same lines.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CxError } from '../../src/errors.js';
import { enrich } from '../../src/pipeline.js';
import { cleanup, cx, ROOT, tempDir } from './_run.js';

const messy = join(ROOT, 'fixtures', 'feedback-messy.csv');

describe('cx enrich on a file (read twice) and on stdin (read once)', () => {
  it('writes the same lines, skipped records included', async () => {
    const fromFile = await cx(['enrich', messy, '-q']);
    const fromStdin = await cx(['enrich', '-', '-q'], { input: readFileSync(messy) });
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromFile.stdout).toBe(fromStdin.stdout);
    const lines = fromFile.stdout.trim().split('\n').map((line) => JSON.parse(line) as { skipped?: string });
    expect(lines.some((line) => line.skipped !== undefined)).toBe(true);
  });
});

describe('enrich() when the file changes between its two reads', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => cleanup(dir));

  it('fails with malformed_input and the line when records moved, instead of joining the wrong records', async () => {
    const file = join(dir, 'changing.csv');
    writeFileSync(file, 'id,comment\n1,slow delivery\n2,refund took weeks\n3,great app\n');
    const result = await enrich({ input: { path: file } });
    // A line is inserted: record 2 moves from line 3 to line 4 (records are matched by position and line).
    writeFileSync(file, 'id,comment\n1,slow delivery\n\n2,refund took weeks\n3,great app\n');
    const read = async (): Promise<number> => {
      let count = 0;
      for await (const _ of result.lines) count += 1;
      return count;
    };
    const error = await read().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CxError);
    expect(error).toMatchObject({ code: 'malformed_input', line: 4 });
  });
});
