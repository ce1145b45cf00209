export type * from './types.js';
/** One raw record → a typed row (or a skip), with invalid score values dropped per KPI and reported. */
export { normalizeRecord, withoutControls, type NormalizeOptions, type NormalizeResult } from './normalize-record.js';
export { parseScore, isMissingAnswer, type ParsedScore } from './parse-score.js';
export { parseDate, slashParts, isIsoDate, type DateOrder, type ParsedDate } from './parse-date.js';
/** D/M vs M/D from the whole file: evidence while normalising, settled after the last record. */
export { DateOrderEvidence, settleDateOrder, swapMonthDay, undecidedDatesWarning, type SettledDates } from './date-order-evidence.js';
