import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFile, rows, skips } from './_read-all.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

// Expected counts from fixtures/README.md (651 + header; 40 tickets; 30 + 2 header rows).
describe('openInput on the fixtures', () => {
  it('reads feedback.csv: 651 records, multi-line comments shift the line numbers', async () => {
    const { opened, items } = await readFile(fixture('feedback.csv'));
    expect(opened.columns).toEqual([
      'response_id',
      'submitted_at',
      'How likely are you to recommend us to a friend?',
      'csat',
      'channel',
      'region',
      'product_category',
      'comment',
    ]);
    expect(items).toHaveLength(651);
    expect(skips(items)).toEqual([]);
    const read = rows(items);
    expect(read[0]?.line).toBe(2);
    expect(read[650]?.fields.response_id).toBe('R-2510651');
    expect(read[650]?.line).toBe(656); // `wc -l` = 656: four comments span extra lines
  });

  it('reads feedback.jsonl: 40 nested tickets', async () => {
    const { opened, items } = await readFile(fixture('feedback.jsonl'));
    expect(opened.format).toBe('jsonl');
    expect(opened.columns).toEqual([
      'ticket.id',
      'ticket.priority',
      'ticket.tags',
      'created_at',
      'csat',
      'channel',
      'customer.region',
      'customer.tier',
      'body',
    ]);
    expect(rows(items)).toHaveLength(40);
  });

  it('reads feedback-messy.csv: BOM, ;, CRLF, question row skipped, quoted CRLF, ragged row padded', async () => {
    const { opened, items } = await readFile(fixture('feedback-messy.csv'));
    expect([opened.delimiter, opened.encoding]).toEqual([';', 'utf-8']);
    expect(opened.columns).toEqual(['ResponseId', 'RecordedDate', 'Q1_NPS', 'Q2_CSAT', 'Q3_Comment', 'Country', 'OrderValue']);
    expect(skips(items)).toEqual([{ line: 2, reason: 'duplicate_header', detail: 'a second header row (question texts)' }]);
    const read = rows(items);
    expect(read).toHaveLength(30);
    const multiLine = read.find((row) => row.fields.ResponseId === 'R_2L52Ax7u6b');
    expect(multiLine?.fields.Q3_Comment).toBe('Great prices, but "express" delivery took 5 days;\r\nnot express at all.');
    const ragged = read.find((row) => row.fields.ResponseId === 'R_2KAIFxjspg');
    expect([ragged?.fields.Country, ragged?.fields.OrderValue]).toEqual(['', '']);
    // data record k starts on line k + 2; the 27th spans lines 29-30, so the 28th starts on 31
    expect(multiLine?.line).toBe(29);
    expect(read.find((row) => row.line === 31)?.fields.ResponseId).toBe('R_2LB69xcmj');
  });
});
