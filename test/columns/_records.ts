import type { RawRecord } from '../../src/read/index.js';

/** Records from a header and rows of values (line numbers from 2, as after a header). */
export function records(columns: readonly string[], rows: readonly (readonly string[])[]): RawRecord[] {
  return rows.map((values, index) => ({
    kind: 'record' as const,
    line: index + 2,
    fields: Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(columns.map((c, i) => [c, values[i] ?? '']))),
  }));
}
