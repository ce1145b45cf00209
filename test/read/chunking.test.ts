import { describe, expect, it } from 'vitest';
import { openStream } from '../../src/read/index.js';
import { RecordLines } from '../../src/read/_record-lines.js';

/** Every item read from `bytes` delivered in chunks of `size`, `size + 1`, `size + 2`, … bytes (0: whole). */
async function readAll(bytes: Buffer, size: number) {
  async function* chunks(): AsyncGenerator<Buffer> {
    if (size === 0) {
      yield bytes;
      return;
    }
    for (let at = 0, k = 0; at < bytes.length; k++) {
      const length = size + (k % 3);
      yield bytes.subarray(at, at + length);
      at += length;
    }
  }
  const opened = await openStream(chunks(), { source: 'test.csv', filename: 'test.csv' });
  const items = [];
  for await (const batch of opened.batches) items.push(...batch);
  return { items, warnings: opened.warnings };
}

// Own text: multibyte characters (2, 3 and 4 bytes), a BOM, CRLF and lone CR, blank lines, a quoted
// field over two lines, a stray quote, a genuine U+FFFD, one invalid byte, a
// lone CR and a lone LF inside quotes (records end with CRLF).
const file = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from('id,comment\r\n\r\n1,"café — ok €5 😀"\r\n2,"two\r\nlines"\r\n3,"x "y\r\nz",w\r\n\r\n4,replacement \uFFFD here\r\n5,bad '),
  Buffer.from([0xff]),
  Buffer.from(' byte\r\n6,"lone\rcr and\nlf"\r\n7,last\r\n'),
]);

describe('openStream in small chunks', () => {
  it('reads the same records, lines and warnings whatever the chunk size', async () => {
    const whole = await readAll(file, 0);
    // Lines 2 and 8 are blank; records 2 and 6 run over two and three lines; "3,"x "y⏎z",w" is two records.
    expect(whole.items.map((item) => item.line)).toEqual([3, 4, 6, 7, 9, 10, 11, 14]);
    // (The line named is that of the first U+FFFD in the text, here the genuine one on line 9.)
    expect(whole.warnings).toEqual([
      'invalid UTF-8: 1 byte sequence replaced with U+FFFD (first on line 9); if the file was saved by Excel or another Windows program, try --encoding windows-1252',
    ]);
    for (const size of [1, 2, 3, 5]) expect(await readAll(file, size)).toEqual(whole);
  });
});

describe('RecordLines', () => {
  it('counts CRLF, LF and lone CR once each, and the blank lines before a record', () => {
    const lines = new RecordLines();
    const bytes = Buffer.from('a\r\n\n\nb,"x\ry"\r\nc');
    lines.add(bytes);
    // "a\r\n": one break; "\n\nb,…\r\n": two leading, one inside the quotes, one at the end.
    expect(lines.take(3)).toEqual({ leading: 0, breaks: 1, inside: false });
    expect(lines.take(14)).toEqual({ leading: 2, breaks: 4, inside: true });
    expect(lines.text(5, 14)).toBe('b,"x\ry"\r\n');
    expect(lines.take(15)).toEqual({ leading: 0, breaks: 0, inside: false });
  });
});
