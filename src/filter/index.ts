/**
 * filter: which input records a command looks at (`--where COL=VALUE`, `--where COL!=VALUE`).
 * Pure: parsing the flag and matching a record's fields; the pipeline counts the records left out
 * in the row ledger as `filtered_out`.
 */
export type * from './types.js';
export { parseWhere } from './parse-where.js';
export { createRowFilter, describeWhere } from './row-filter.js';
