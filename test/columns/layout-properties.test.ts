import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/columns/index.js';
import type { RawRecord } from '../../src/read/index.js';
import { corpus, expectedRoles, readFixture, rolesOf, type CorpusEntry, type Read } from './_layout-corpus.js';

const RUNS = Number(process.env.CX_PROPERTY_RUNS ?? 300);
const SEED = 17;

// SurveyMonkey's blank headers belong to the question on their left: there, column order is part of the data.
const shuffleable = corpus.filter((entry) => !entry.file.startsWith('surveymonkey'));

/** Columns that play no expected role: any of them may be missing from an export. */
function optionalColumns(entry: CorpusEntry, columns: readonly string[]): string[] {
  const roles = new Set<string>(entry.expected.text);
  for (const role of ['rating', 'date', 'id', 'nps', 'csat'] as const) {
    const column = entry.expected[role];
    if (typeof column === 'string') roles.add(column);
  }
  return columns.filter((column) => !roles.has(column));
}

/** Unrelated columns an export may carry: flags, links, codes, amounts, addresses, labels. */
const UNRELATED: Readonly<Record<string, (row: number) => string>> = {
  'Internal flag': (i) => (i % 2 === 0 ? 'yes' : 'no'),
  'Extra link': (i) => `https://example.com/item/${i}`,
  'Tracking code': (i) => `ZX${1000 + i}Q`,
  'Order amount': (i) => (1000 + i * 37.5).toFixed(2),
  'Contact email address': (i) => `person${i}@example.net`,
  'Sales region': (i) => ['north', 'south', 'east'][i % 3] as string,
};

type Variant = { readonly order: readonly string[]; readonly drop: string | null; readonly add: { readonly name: string; readonly at: number } | null };

function apply(read: Read, variant: Variant): { columns: string[]; records: RawRecord[] } {
  const columns = variant.order.filter((column) => column !== variant.drop);
  const add = variant.add !== null && !columns.includes(variant.add.name) ? variant.add : null;
  if (add !== null) columns.splice(add.at % (columns.length + 1), 0, add.name);
  const records = read.records.map((record, i) => {
    const fields = Object.assign(Object.create(null) as Record<string, string>, record.fields);
    if (variant.drop !== null) delete fields[variant.drop];
    if (add !== null) fields[add.name] = (UNRELATED[add.name] as (row: number) => string)(i);
    return { ...record, fields };
  });
  return { columns, records };
}

describe('detectColumns: the choice does not depend on column order, an optional column or an unrelated one (fast-check, seed fixed)', () => {
  const reads = new Map<string, Read>();
  beforeAll(async () => {
    for (const entry of shuffleable) reads.set(entry.file, await readFixture(entry.file));
  });

  it(`holds on ${shuffleable.length} layouts of the corpus`, () => {
    const variant = fc.constantFrom(...shuffleable).chain((entry) => {
      const read = reads.get(entry.file) as Read;
      const optional = optionalColumns(entry, read.columns);
      return fc.record({
        entry: fc.constant(entry),
        order: fc.shuffledSubarray([...read.columns], { minLength: read.columns.length, maxLength: read.columns.length }),
        drop: optional.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...optional), { nil: null }),
        add: fc.option(fc.record({ name: fc.constantFrom(...Object.keys(UNRELATED)), at: fc.nat(60) }), { nil: null }),
      });
    });
    fc.assert(
      fc.property(variant, ({ entry, ...change }) => {
        const read = reads.get(entry.file) as Read;
        const { columns, records } = apply(read, change);
        const mapping = detectColumns(columns, records, {}, read.questionTexts === undefined ? {} : { questionTexts: read.questionTexts });
        expect(rolesOf(mapping, entry.expected)).toEqual(expectedRoles(entry.expected));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
