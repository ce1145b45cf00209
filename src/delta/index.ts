/**
 * delta: comparing a baseline with a current sample — KPI and theme deltas with 95% intervals,
 * p-values and Benjamini-Hochberg q-values, the words that drive the change, and period helpers.
 * Pure functions; the distributions (normal, t, incomplete beta, lnΓ) live in the kpi stage.
 */
export type * from './types.js';
export { npsDifference } from './nps-difference.js';
export { twoProportion } from './two-proportion.js';
export { fisherExact } from './fisher-exact.js';
export { welch, welchFromValues } from './welch.js';
export { benjaminiHochberg } from './benjamini-hochberg.js';
export { fightinWords } from './fightin-words.js';
export { splitByDate, selectDateRange, periodOf, lastCompletePeriods } from './periods.js';
export { compareKpis } from './compare-kpis.js';
export { compareThemes, isPractical } from './compare-themes.js';
export { hasSignificantDecline } from './has-significant-decline.js';
export { deltaReport, DELTA_SCHEMA_VERSION } from './delta-report.js';
export { DRIVER_DEFAULTS } from './sample-size.js';
export { kpiCoder, type CodedKpi } from './kpi-coding.js';
export { kitagawa, type CellMoments, type KitagawaCell, type KitagawaResult } from './kitagawa.js';
export { segmentChanges, segmentGroups, type SegmentColumn } from './segment-changes.js';
export { segmentDecomposition } from './segment-decomposition.js';
export { themeDrivers, type DriverTheme, type ThemeDriverDraft, type ThemeDriversInput } from './theme-drivers.js';
