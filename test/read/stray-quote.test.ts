import { describe, expect, it } from 'vitest';
import { readText } from './_read-all.js';

describe('readCsv: a stray quote that merges records is reported, not silent', () => {
  it('warns with the line where the merged record starts', async () => {
    // '1,"ok' opens a quote that the quote before "bad" closes: lines 2-3 become one record.
    const { opened, items } = await readText('id,comment\n1,"ok\n2,"bad\n3,fine\n');
    expect(items.filter((item) => item.kind === 'record').map((item) => item.line)).toEqual([2, 4]);
    expect(opened.warnings).toEqual([
      'line 2: a field runs over 2 lines and holds a stray quote; records on those lines may have been merged into one — check the quoting there',
    ]);
  });

  it('stays quiet for a well-quoted comment over several lines with doubled quotes', async () => {
    const { opened, items } = await readText('id,comment\n1,"multi\nline ""quoted"" ok"\n2,fine\n');
    expect(items.map((item) => item.line)).toEqual([2, 4]);
    expect(opened.warnings).toEqual([]);
  });
});
