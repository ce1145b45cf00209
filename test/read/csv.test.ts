import { describe, expect, it } from 'vitest';
import { CxError } from '../../src/errors.js';
import { corpus, readFile, readText, rows, skips } from './_read-all.js';

async function error(promise: Promise<unknown>): Promise<CxError> {
  try {
    await promise;
  } catch (caught) {
    if (caught instanceof CxError) return caught;
    throw caught;
  }
  throw new Error('expected a CxError');
}

describe('openInput on CSV', () => {
  it('keeps delimiters, doubled quotes and newlines inside quoted fields, with the line each record starts on', async () => {
    const text = 'id,comment\n1,"a, b"\n2,"she said ""hi"""\n\n3,"line one\nline two\nline three"\n4,after\n';
    const { opened, items } = await readText(text);
    expect(opened.format).toBe('csv');
    expect(opened.delimiter).toBe(',');
    expect(opened.columns).toEqual(['id', 'comment']);
    expect(rows(items)).toEqual([
      { line: 2, fields: { id: '1', comment: 'a, b' } },
      { line: 3, fields: { id: '2', comment: 'she said "hi"' } },
      { line: 5, fields: { id: '3', comment: 'line one\nline two\nline three' } },
      { line: 8, fields: { id: '4', comment: 'after' } },
    ]);
  });

  it('gives the same lines for CRLF, LF and CR-only files', async () => {
    const lines = ['id,comment', '1,"x', 'y"', '', '2,z'];
    for (const end of ['\n', '\r\n', '\r']) {
      const { items } = await readText(lines.join(end) + end);
      expect(rows(items), JSON.stringify(end)).toEqual([
        { line: 2, fields: { id: '1', comment: `x${end}y` } },
        { line: 5, fields: { id: '2', comment: 'z' } },
      ]);
    }
  });

  it('reads a CR-only corpus file', async () => {
    const { items } = await readFile(corpus('cr-only.csv'));
    expect(rows(items)).toEqual([
      { line: 2, fields: { id: '1', comment: 'first\rsecond' } },
      { line: 4, fields: { id: '2', comment: 'third' } },
    ]);
  });

  it('pads short rows, skips long ones, and drops empty trailing fields', async () => {
    const { items } = await readFile(corpus('ragged.csv'));
    expect(rows(items)).toEqual([
      { line: 2, fields: { id: '1', comment: 'short row', nps: '' } },
      { line: 4, fields: { id: '3', comment: 'just right', nps: '7' } },
      { line: 5, fields: { id: '4', comment: 'trailing empty', nps: '8' } },
    ]);
    expect(skips(items)).toEqual([{ line: 3, reason: 'malformed_row', detail: 'expected 3 fields, got 4' }]);
  });

  it('names the line where an unclosed quote starts', async () => {
    const caught = await error(readFile(corpus('unclosed-quote.csv')));
    expect(caught.code).toBe('malformed_input');
    expect(caught.line).toBe(7);
    expect(caught.message).toBe('line 7: unclosed quote (the record starting here never ends)');
  });

  it('rejects an empty file and a header without records', async () => {
    const empty = await error(readFile(corpus('empty.csv')));
    expect([empty.code, empty.message]).toEqual(['empty_input', `${corpus('empty.csv')} is empty`]);
    const blank = await error(readFile(corpus('blank-lines.csv')));
    expect(blank.code).toBe('empty_input');
    const headerOnly = await error(readFile(corpus('header-only.csv')));
    expect([headerOnly.code, headerOnly.message]).toEqual([
      'empty_input',
      `${corpus('header-only.csv')} has a header but no records`,
    ]);
  });

  it('reports a missing file as file_not_found', async () => {
    const caught = await error(readFile(corpus('does-not-exist.csv')));
    expect(caught.code).toBe('file_not_found');
    expect(caught.file).toBe(corpus('does-not-exist.csv'));
  });

  it('sniffs ; and keeps decimal commas as text', async () => {
    const { opened, items } = await readFile(corpus('semicolon-decimal-comma.csv'));
    expect(opened.delimiter).toBe(';');
    expect(rows(items).map((row) => row.fields)).toEqual([
      { id: '1', comment: 'Nice; really', rating: '4,5' },
      { id: '2', comment: 'Meh', rating: '3' },
      { id: '3', comment: 'Bad', rating: '1,5' },
    ]);
  });

  it.each([
    ['comma beats commas inside quotes', 'a,b,c\n"x;y;z",2,3\n"p;q",5,6\n', ','],
    ['tab', 'a\tb\tc\n1\t2,5\t3\n', '\t'],
    ['pipe', 'a|b\n1|2\n', '|'],
    ['semicolon with decimal commas', 'a;b;c\n1,5;2;3\n4;5,5;6\n', ';'],
    ['one column', 'comment\nhello\n', ','],
  ])('sniffs the delimiter: %s', async (_name, text, delimiter) => {
    const { opened } = await readText(text);
    expect(opened.delimiter).toBe(delimiter);
  });

  it('uses the delimiter and format given', async () => {
    const { opened, items } = await readText('a;b\n1;2\n', { delimiter: ',' });
    expect(opened.columns).toEqual(['a;b']);
    expect(rows(items)).toEqual([{ line: 2, fields: { 'a;b': '1;2' } }]);
    const tsv = await readText('a,b\tc\n1,2\t3\n', { filename: 'x.tsv' });
    expect([tsv.opened.format, tsv.opened.delimiter, tsv.opened.columns]).toEqual(['tsv', '\t', ['a,b', 'c']]);
  });

  it('names duplicate and blank headers', async () => {
    const { opened, items } = await readFile(corpus('duplicate-headers.csv'));
    expect(opened.columns).toEqual(['comment', 'comment_2', 'column_3', 'id']);
    expect(rows(items)[0]?.fields).toEqual({ comment: 'first', comment_2: 'second', column_3: 'x', id: '1' });
  });

  it('skips rows that repeat the header', async () => {
    const { items } = await readFile(corpus('second-header.csv'));
    expect(skips(items)).toEqual([
      { line: 2, reason: 'duplicate_header', detail: 'repeats the header row' },
      { line: 4, reason: 'duplicate_header', detail: 'repeats the header row' },
    ]);
    expect(rows(items).map((row) => row.line)).toEqual([3, 5]);
  });

  it('skips a Qualtrics question-text row and ImportId row, but not a row of N/A scores', async () => {
    const header = 'ResponseId,Q1_NPS,Q2,Q3_Comment';
    const data = ['R1,9,4,Good', 'R2,3,2,Bad', 'R3,10,5,Great', 'R4,7,3,Ok'];
    const text = [
      header,
      'Response ID,How likely are you to recommend us?,How satisfied were you?,Anything else?',
      '"{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3_TEXT""}"',
      ...data,
      '',
    ].join('\n');
    const { items } = await readText(text);
    expect(skips(items)).toEqual([
      { line: 2, reason: 'duplicate_header', detail: 'a second header row (question texts)' },
      { line: 3, reason: 'duplicate_header', detail: 'a second header row (question texts)' },
    ]);
    const notHeader = await readText([header, 'R0,N/A,n/a,no scores given', ...data, ''].join('\n'));
    expect(skips(notHeader.items)).toEqual([]);
    expect(rows(notHeader.items)).toHaveLength(5);
  });

  it('names columns column_1… without a header', async () => {
    const { opened, items } = await readFile(corpus('no-header.csv'), { header: false });
    expect(opened.columns).toEqual(['column_1', 'column_2', 'column_3']);
    expect(rows(items)).toEqual([
      { line: 1, fields: { column_1: 'R1', column_2: 'Great shop', column_3: '9' } },
      { line: 2, fields: { column_1: 'R2', column_2: 'Slow delivery', column_3: '3' } },
    ]);
  });

  it('skips rows whose fields are all empty, and ignores blank lines', async () => {
    const { items } = await readText('a,b\n\n,\n1,2\n   \n');
    expect(skips(items)).toEqual([
      { line: 3, reason: 'blank_row', detail: 'every field is empty' },
      { line: 5, reason: 'blank_row', detail: 'every field is empty' },
    ]);
    expect(rows(items)).toEqual([{ line: 4, fields: { a: '1', b: '2' } }]);
  });

  it('reads records the same whatever the chunk size', async () => {
    const text = 'id,comment\n1,"naïve café — ok"\r\n2,"😀 multi\r\nline"\r\n3,end\r\n';
    const whole = await readText(text);
    for (const size of [1, 2, 3, 7]) {
      const chunked = await readText(text, {}, size);
      expect(rows(chunked.items), `chunk ${size}`).toEqual(rows(whole.items));
    }
    expect(rows(whole.items).map((row) => row.line)).toEqual([2, 3, 5]);
  });

  it('lets a consumer stop early and open the same file again', async () => {
    const { openInput } = await import('../../src/read/index.js');
    for (let i = 0; i < 3; i++) {
      const opened = await openInput({ path: corpus('ragged.csv') });
      const iterator = opened.items[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toMatchObject({ kind: 'record', line: 2 });
      await iterator.return?.();
    }
  });

  it('keeps __proto__ and constructor as ordinary columns', async () => {
    const { items } = await readText('__proto__,constructor,comment\nx,y,z\n');
    const item = items[0];
    expect(item?.kind).toBe('record');
    if (item?.kind !== 'record') return;
    expect(Object.getPrototypeOf(item.fields)).toBeNull();
    expect(item.fields['__proto__']).toBe('x');
    expect(item.fields['constructor']).toBe('y');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
