export type * from './types.js';
import type { RawRecord } from '../read/types.js';
import type { ColumnMapping, ColumnOverrides } from './types.js';

/** Decides which column plays which role, from flags, header names and sample values. Throws CxError('usage') for a flagged column that does not exist. */
export function detectColumns(
  columns: readonly string[],
  sample: readonly RawRecord[],
  overrides: ColumnOverrides,
): ColumnMapping {
  void columns; void sample; void overrides;
  throw new Error('not implemented yet (columns stage)');
}
