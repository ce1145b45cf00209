export type * from './types.js';
import type { RawRecord, Skip } from '../read/types.js';
import type { ColumnMapping } from '../columns/types.js';
import type { FeedbackRow, InvalidValue } from './types.js';

export type NormalizeOptions = {
  /** Order of day/month/year in slash dates; detected from the data when absent. */
  readonly dateFormat?: 'ymd' | 'mdy' | 'dmy';
};

export type NormalizeResult = {
  readonly row: FeedbackRow | null;
  readonly skip: Skip | null;
  readonly invalid: readonly InvalidValue[];
};

/** One raw record → a typed row (or a skip), with invalid score values dropped per KPI and reported. */
export function normalizeRecord(record: RawRecord, mapping: ColumnMapping, options: NormalizeOptions): NormalizeResult {
  void record; void mapping; void options;
  throw new Error('not implemented yet (normalize stage)');
}
