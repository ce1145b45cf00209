import { describe, expect, it } from 'vitest';
import { corpus, readFile, readText, rows, skips } from './_read-all.js';

describe('openInput on JSON Lines', () => {
  it('skips lines that are not JSON objects, with their line numbers', async () => {
    const { opened, items } = await readFile(corpus('bad.jsonl'));
    expect(opened.format).toBe('jsonl');
    expect(opened.columns).toEqual(['id', 'body']);
    expect(rows(items)).toEqual([
      { line: 1, fields: { id: '1', body: 'fine' } },
      { line: 5, fields: { id: '3', body: 'last' } },
    ]);
    const skipped = skips(items);
    expect(skipped.map(({ line, reason }) => [line, reason])).toEqual([
      [2, 'invalid_json'],
      [4, 'invalid_json'],
    ]);
    expect(skipped[0]?.detail).toMatch(/^not valid JSON: /);
    expect(skipped[1]?.detail).toBe('expected a JSON object, got an array');
  });

  it('flattens nested objects with dots, arrays as JSON, null as empty, and is safe with __proto__', async () => {
    const { opened, items } = await readFile(corpus('nested.jsonl'));
    expect(opened.columns).toEqual(['ticket.id', 'ticket.tags', 'csat', 'ok', 'n', 'body', '__proto__.x', 'constructor']);
    expect(rows(items)).toEqual([
      { line: 1, fields: { 'ticket.id': 'T-1', 'ticket.tags': '["a","b"]', csat: '', ok: 'true', n: '4.5', body: 'hi' } },
      { line: 2, fields: { '__proto__.x': '1', constructor: 'c', body: 'x' } },
    ]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('collects columns from the first records in first-seen order and keeps streaming', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => JSON.stringify(i === 1100 ? { late: 'x', body: 'b' } : i % 2 === 0 ? { a: i, body: 'b' } : { body: 'b', z: i }));
    const { opened, items } = await readText(lines.join('\r\n'));
    expect(opened.columns).toEqual(['a', 'body', 'z']);
    expect(items).toHaveLength(1200);
    expect(rows(items)[1100]?.fields).toEqual({ late: 'x', body: 'b' });
  });

  it('reads a JSON array element by element, with the line each object starts on', async () => {
    const { opened, items } = await readFile(corpus('array.json'));
    expect(opened.format).toBe('json');
    expect(rows(items)).toEqual([
      { line: 2, fields: { id: '1', body: 'first' } },
      { line: 3, fields: { id: '2', body: 'second, with [brackets] and {braces}' } },
      { line: 6, fields: { id: '3', body: 'third' } },
    ]);
    expect(skips(items)).toEqual([{ line: 5, reason: 'invalid_json', detail: 'expected a JSON object, got a string' }]);
  });

  it('sniffs JSON from the first character when the name does not say', async () => {
    expect((await readText('  [{"body":"x"}]')).opened.format).toBe('json');
    expect((await readText('{"body":"x"}\n')).opened.format).toBe('jsonl');
    expect((await readText('{"body":"x"}\n', { filename: 'export.json' })).opened.format).toBe('jsonl');
  });

  it('rejects a JSON array that is never closed', async () => {
    await expect(readText('[{"body":"x"},\n{"body":"y"')).rejects.toMatchObject({
      code: 'malformed_input',
      message: 'line 2: the JSON array is never closed (missing "]")',
    });
  });

  it('rejects an empty JSON array', async () => {
    await expect(readText('[]', { source: 'x.json' })).rejects.toMatchObject({ code: 'empty_input', message: 'x.json has no records' });
  });
});
