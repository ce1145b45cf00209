import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openInput, type RawRecord } from '../../src/read/index.js';

export type Expected = {
  readonly text: readonly string[];
  readonly rating?: string | null;
  readonly date?: string | null;
  readonly id?: string | null;
  readonly nps?: string | null;
  readonly csat?: string | null;
};

export type CorpusEntry = {
  readonly file: string;
  readonly tool: string;
  readonly header: string;
  readonly layout: string | null;
  readonly expected: Expected;
};

const dir = new URL('../../fixtures/layouts/', import.meta.url);

/** fixtures/layouts/manifest.json: one entry per real export layout. */
export const corpus: readonly CorpusEntry[] = (JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { layouts: CorpusEntry[] }).layouts;

export type Read = { readonly columns: readonly string[]; readonly records: readonly RawRecord[]; readonly questionTexts?: Readonly<Record<string, string>> };

/** The real reader, then every record (the fixtures are small): what collect() hands to detection. */
export async function readFixture(file: string): Promise<Read> {
  const opened = await openInput({ path: fileURLToPath(new URL(file, dir)) });
  const records: RawRecord[] = [];
  for await (const item of opened.items) if (item.kind === 'record') records.push(item);
  return { columns: opened.columns, records, ...(opened.questionTexts === undefined ? {} : { questionTexts: opened.questionTexts }) };
}

/** The roles a manifest entry names (text as a sorted list: several open questions are one choice). */
export function rolesOf(mapping: { readonly text: readonly { column: string }[] } & Record<'rating' | 'date' | 'id' | 'nps' | 'csat', { column: string } | null>, expected: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = { text: mapping.text.map((a) => a.column).sort() };
  for (const role of ['rating', 'date', 'id', 'nps', 'csat'] as const) if (expected[role] !== undefined) out[role] = mapping[role]?.column ?? null;
  return out;
}

export const expectedRoles = (expected: Expected): Record<string, unknown> => {
  const out: Record<string, unknown> = { text: [...expected.text].sort() };
  for (const role of ['rating', 'date', 'id', 'nps', 'csat'] as const) if (expected[role] !== undefined) out[role] = expected[role];
  return out;
};
