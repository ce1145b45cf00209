import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openStream } from '../../src/read/index.js';
import type { ReadItem } from '../../src/read/index.js';
import { readText } from './_read-all.js';

/** Reads `content` through `batches`, cut into byte chunks of `chunkSize`. */
async function readBatches(content: string, filename: string, chunkSize: number): Promise<ReadItem[][]> {
  const bytes = Buffer.from(content, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const opened = await openStream(Readable.from(chunks), { source: '-', filename });
  const batches: ReadItem[][] = [];
  for await (const batch of opened.batches) batches.push([...batch]);
  return batches;
}

describe('openStream().batches', () => {
  // 300 records with a blank row (line 151), a repeated header (line 201) and a two-line field (line 251).
  const lines = ['id,comment'];
  for (let i = 1; i <= 300; i++) {
    if (i === 150) lines.push(',');
    else if (i === 200) lines.push('id,comment');
    else if (i === 250) lines.push(`${i},"two\nlines"`);
    else lines.push(`${i},comment number ${i}`);
  }
  const csv = lines.join('\n') + '\n';

  it('yields the same items, in the same order and with the same lines, as `items`', async () => {
    const one = (await readText(csv)).items;
    for (const size of [64, 1000, 1 << 20]) {
      const batches = await readBatches(csv, 'x.csv', size);
      expect(batches.flat(), `chunks of ${size} bytes`).toEqual(one);
    }
    // Hand-counted: the header is line 1, record i is on line i + 1, the field on line 251 spans two lines.
    expect(one.filter((item) => item.kind === 'skip').map((item) => [item.line, item.reason])).toEqual([
      [151, 'blank_row'],
      [201, 'duplicate_header'],
    ]);
    expect(one.at(-1)).toMatchObject({ kind: 'record', line: 302 });
  });

  it('groups records by chunk of input: past the first 64 KB (sniffed whole), small chunks give several batches', async () => {
    const big = 'id,comment\n' + Array.from({ length: 10_000 }, (_, i) => `${i + 1},comment number ${i + 1}\n`).join('');
    const batches = await readBatches(big, 'x.csv', 4096);
    expect(batches.length).toBeGreaterThan(10);
    expect(batches.flat()).toHaveLength(10_000);
  });

  it('batches JSON Lines too', async () => {
    const jsonl = Array.from({ length: 1200 }, (_, i) => JSON.stringify({ id: i + 1, comment: `c${i}` })).join('\n');
    const batches = await readBatches(jsonl, 'x.jsonl', 4096);
    expect(batches.flat().map((item) => item.line)).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    expect(batches.length).toBeGreaterThan(1);
  });
});
