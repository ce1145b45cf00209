import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CxError } from '../../src/errors.js';
import { corpus, readFile, readText, rows } from './_read-all.js';

describe('openInput decoding', () => {
  it('strips a UTF-8 BOM', async () => {
    const { opened, items } = await readText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,comment\n1,ok\n')]));
    expect(opened.columns).toEqual(['id', 'comment']);
    expect(opened.encoding).toBe('utf-8');
    expect(rows(items)).toEqual([{ line: 2, fields: { id: '1', comment: 'ok' } }]);
  });

  it.each([
    ['utf16le-bom.csv', 'utf-16le'],
    ['utf16be-bom.csv', 'utf-16be'],
  ])('decodes %s by its BOM', async (name, encoding) => {
    const { opened, items } = await readFile(corpus(name));
    expect(opened.encoding).toBe(encoding);
    expect(opened.columns).toEqual(['id', 'comment']);
    expect(rows(items)).toEqual([{ line: 2, fields: { id: '1', comment: 'Zürich café' } }]);
  });

  it('recognises UTF-16 without a BOM from the NUL bytes of ASCII text', async () => {
    const text = 'id,comment\n1,Zürich café\n';
    const le = await readText(Buffer.from(text, 'utf16le'));
    const be = await readText(Buffer.from(text, 'utf16le').swap16());
    expect([le.opened.encoding, be.opened.encoding]).toEqual(['utf-16le', 'utf-16be']);
    expect(rows(le.items)[0]?.fields.comment).toBe('Zürich café');
    expect(rows(be.items)[0]?.fields.comment).toBe('Zürich café');
  });

  it('decodes Windows-1252 when asked (smart quotes 0x93/0x94, é 0xE9)', async () => {
    const { opened, items } = await readFile(corpus('windows-1252.csv'), { encoding: 'windows-1252' });
    expect(opened.encoding).toBe('windows-1252');
    expect(rows(items)[0]?.fields.comment).toBe('“Café” was shut');
    const latin1 = await readFile(corpus('windows-1252.csv'), { encoding: 'latin1' });
    expect(rows(latin1.items)[0]?.fields.comment).toBe('“Café” was shut');
  });

  it('replaces invalid UTF-8 with U+FFFD and warns with the line and the --encoding hint', async () => {
    const { opened, items } = await readFile(corpus('invalid-utf8.csv'));
    expect(rows(items)[1]?.fields.comment).toBe('caf\uFFFD au lait');
    expect(opened.warnings).toEqual([
      'invalid UTF-8: 1 byte sequence replaced with U+FFFD (first on line 3); if the file was saved by Excel or another Windows program, try --encoding windows-1252',
    ]);
  });

  it('does not count a real U+FFFD in the file as invalid', async () => {
    const { opened } = await readText('id,comment\n1,\uFFFD is fine\n');
    expect(opened.warnings).toEqual([]);
  });

  it('removes NUL bytes and says so', async () => {
    const { opened, items } = await readFile(corpus('nul-bytes.csv'));
    expect(rows(items).map((row) => row.fields.comment)).toEqual(['Hello there', 'Second']);
    expect(opened.warnings).toEqual(['removed 2 NUL characters (\\0) from the input']);
  });

  it('rejects an unknown encoding as a usage error', async () => {
    await expect(readText('a\n1\n', { encoding: 'klingon' })).rejects.toMatchObject({
      code: 'usage',
      message: 'unknown encoding "klingon"; supported: utf8, utf16le, utf16be, latin1, windows-1252, iso-8859-15',
    });
  });

  it('does not split a multibyte character across chunks', async () => {
    const text = 'id,comment\n1,€😀ü\n';
    const { items } = await readText(text, {}, 1);
    expect(rows(items)[0]?.fields.comment).toBe('€😀ü');
  });
});

describe('openInput decompression', () => {
  it('gunzips .gz files', async () => {
    const { opened, items } = await readFile(corpus('gzipped.csv.gz'));
    expect([opened.compressed, opened.format]).toEqual([true, 'csv']);
    expect(rows(items).map((row) => row.fields.comment)).toEqual(['compressed', 'still compressed']);
  });

  it('recognises gzip by its magic bytes and then sniffs JSONL', async () => {
    const { opened, items } = await readFile(corpus('gzip-no-extension'));
    expect([opened.compressed, opened.format]).toEqual([true, 'jsonl']);
    expect(rows(items)).toEqual([{ line: 1, fields: { body: 'sniffed gzip' } }]);
  });

  it('reports a truncated gzip stream as unreadable_input', async () => {
    const bytes = gzipSync(Buffer.from('id,comment\n' + '1,hello\n'.repeat(1000)));
    const caught = await readText(bytes.subarray(0, bytes.length - 20)).catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(CxError);
    expect((caught as CxError).code).toBe('unreadable_input');
    expect((caught as CxError).message).toMatch(/^-: not a valid gzip file \(/);
  });
});
