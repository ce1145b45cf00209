export type * from './types.js';
/** Decides which column plays which role, from flags, header names and sample values. Throws CxError('usage') for a flagged column that does not exist. */
export { detectColumns } from './detect-columns.js';
/** Day/month order of slash dates in the date column; throws CxError('ambiguous_date'). */
export { resolveDateFormat } from './resolve-date-format.js';
/** The guard after reading: the text empty on most rows while another prose column is filled. */
export { sparseTextWarning, TextFillCounter, type TextFill } from './text-guard.js';
