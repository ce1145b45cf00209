import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFile, rows } from './_read-all.js';

// Generated at test time, never committed.
const dir = mkdtempSync(join(tmpdir(), 'cx-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openInput on large inputs', () => {
  it('reads a 20 MB quoted field spanning many chunks', async () => {
    const big = 'é, "quoted" and\nnewlines '.repeat(800_000); // 25 chars × 800k = 20 MB of text
    const path = join(dir, 'big-field.csv');
    writeFileSync(path, `id,comment\n1,"${big.replaceAll('"', '""')}"\n2,after\n`);
    const { items } = await readFile(path);
    const read = rows(items);
    expect(read).toHaveLength(2);
    expect(read[0]?.fields.comment?.length).toBe(big.length);
    expect(read[0]?.fields.comment === big).toBe(true);
    expect(read[1]).toEqual({ line: 2 + 800_000 + 1, fields: { id: '2', comment: 'after' } });
  });

  it('reads 10,000 columns', async () => {
    const columns = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const path = join(dir, 'wide.csv');
    writeFileSync(path, `${columns.join(',')}\n${columns.map((_, i) => String(i)).join(',')}\n`);
    const { opened, items } = await readFile(path);
    expect(opened.columns).toHaveLength(10_000);
    expect(rows(items)[0]?.fields.c9999).toBe('9999');
  });

  it('reads a 5 MB JSONL line', async () => {
    const body = '!'.repeat(5_000_000);
    const path = join(dir, 'long.jsonl');
    writeFileSync(path, `${JSON.stringify({ body })}\n${JSON.stringify({ body: 'x' })}\n`);
    const { items } = await readFile(path);
    expect(rows(items).map((row) => [row.line, row.fields.body?.length])).toEqual([
      [1, 5_000_000],
      [2, 1],
    ]);
  });
});
