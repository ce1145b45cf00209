import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CxError } from '../../src/errors.js';
import type { ReadItem } from '../../src/read/index.js';
import { readText } from './_read-all.js';

// Random CSV and JSONL written by a reference writer; every data record written must come back as
// exactly one record or skip, in order, on the line where the writer started it.
const RUNS = Number(process.env.CX_PROPERTY_RUNS ?? 200);
const SEED = 20251123;

const char = fc.constantFrom('a', 'b', 'é', '😀', ' ', ',', ';', '|', '\t', '"', '\n', '\r', '\r\n', '7', '{', '0');
const field = fc.array(char, { maxLength: 8 }).map((chars) => chars.join(''));
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

const breaks = (text: string): number => (text.match(/\r\n|\r|\n/g) ?? []).length;

type Expected = { readonly line: number; readonly kind: 'record' | 'skip'; readonly fields?: Record<string, string> };

function collect(items: readonly ReadItem[]): Expected[] {
  return items.map((item) =>
    item.kind === 'record' ? { line: item.line, kind: 'record' as const, fields: { ...item.fields } } : { line: item.line, kind: 'skip' as const },
  );
}

describe('openStream on random input (fast-check, seed fixed)', () => {
  it('CSV: records + skips = data records written, on the right lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(',', ';', '\t', '|'),
        lineEnd,
        fc.boolean(),
        fc.array(fc.tuple(fc.array(field, { minLength: 0, maxLength: 6 }), fc.nat(5)), { maxLength: 25 }),
        fc.nat(7),
        async (width, delimiter, end, trailing, records, chunk) => {
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const quote = (value: string): string =>
            value === '' && width === 1
              ? '""'
              : /[",;|\t\r\n]/.test(value) || value.trim() !== value
                ? `"${value.replaceAll('"', '""')}"`
                : value;
          let text = header.join(delimiter);
          const expected: { line: number; values: string[] }[] = [];
          for (const [values, blankLines] of records) {
            const row = values.length === 0 ? [''] : values;
            text += end + end.repeat(blankLines % 3);
            expected.push({ line: breaks(text) + 1, values: row });
            const written = row.map(quote).join(delimiter);
            text += written === '' ? '""' : written;
          }
          if (trailing) text += end;
          let items: readonly ReadItem[];
          try {
            items = (await readText(text, { delimiter }, chunk === 0 ? 0 : chunk * 3)).items;
          } catch (error) {
            expect(error).toBeInstanceOf(CxError);
            expect((error as CxError).code).toBe('empty_input');
            expect(expected).toHaveLength(0);
            return;
          }
          const got = collect(items);
          expect(got.map((item) => item.line)).toEqual(expected.map((item) => item.line));
          got.forEach((item, index) => {
            const values = (expected[index] as { values: string[] }).values;
            const extra = values.slice(width).some((value) => value.trim() !== '');
            const blank = values.every((value) => value.trim() === '');
            const repeatsHeader = values.length === width && values.every((value, i) => value.trim().toLowerCase() === header[i]);
            if (extra || blank || repeatsHeader) expect(item.kind).toBe('skip');
            else {
              expect(item.kind).toBe('record');
              expect(item.fields).toEqual(Object.fromEntries(header.map((name, i) => [name, values[i] ?? ''])));
            }
          });
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('JSONL: records + skips = non-blank lines written, on the right lines', async () => {
    const key = fc.constantFrom('body', 'id', '__proto__', 'constructor', 'a.b', 'x');
    const value: fc.Arbitrary<unknown> = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.dictionary(fc.constantFrom('k', 'constructor'), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
    );
    const object = fc.dictionary(key, value, { maxKeys: 4 }).map((o) => JSON.stringify(o));
    const garbage = fc.constantFrom('{"a":', 'oops', '42', '[1]', '"text"', 'null', '{"a" 1}');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.oneof(object, object, garbage), fc.nat(2)), { maxLength: 25 }),
        lineEnd,
        fc.nat(5),
        async (lines, end, chunk) => {
          let text = '';
          const expected: { line: number; ok: boolean; json: string }[] = [];
          for (const [json, blanks] of lines) {
            text += end.repeat(blanks);
            expected.push({ line: breaks(text) + 1, ok: json.startsWith('{') && isObject(json), json });
            text += json + end;
          }
          let items: readonly ReadItem[];
          try {
            items = (await readText(text, { filename: 'x.jsonl' }, chunk === 0 ? 0 : chunk * 2)).items;
          } catch (error) {
            expect(error).toBeInstanceOf(CxError);
            expect(expected).toHaveLength(0);
            return;
          }
          expect(items.map((item) => item.line)).toEqual(expected.map((item) => item.line));
          items.forEach((item, index) => {
            const want = expected[index] as { ok: boolean };
            expect(item.kind).toBe(want.ok ? 'record' : 'skip');
            if (item.kind === 'skip') expect(item.reason).toBe('invalid_json');
            else expect(Object.getPrototypeOf(item.fields)).toBeNull();
          });
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    expect(({} as Record<string, unknown>)['k']).toBeUndefined();
  });
});

describe('openStream on random JSON arrays (fast-check, seed fixed)', () => {
  it('yields one item per element, on the line where JSON.stringify(…, null, 2) starts it', async () => {
    const element: fc.Arbitrary<unknown> = fc.oneof(
      fc.dictionary(fc.constantFrom('body', 'id', '__proto__', 'n'), fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)), { maxKeys: 3 }),
      fc.dictionary(fc.constantFrom('t'), fc.dictionary(fc.constantFrom('id', 'tags'), fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }), { maxKeys: 2 }), { maxKeys: 1 }),
      fc.string({ maxLength: 4 }),
      fc.integer(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(element, { minLength: 1, maxLength: 20 }), fc.nat(5), async (elements, chunk) => {
        const text = JSON.stringify(elements, null, 2);
        const { items } = await readText(text, { filename: 'x.json' }, chunk === 0 ? 0 : chunk * 2 + 1);
        // With 2-space indentation every element starts on its own line: line 2, then after the previous element.
        let line = 2;
        const expected = elements.map((value) => {
          const start = line;
          line += breaks(JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')) + 1;
          return { line: start, kind: value !== null && typeof value === 'object' && !Array.isArray(value) ? 'record' : 'skip' };
        });
        expect(items.map((item) => ({ line: item.line, kind: item.kind }))).toEqual(expected);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

function isObject(json: string): boolean {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}
