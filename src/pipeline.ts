/**
 * The pipeline: composes the stages into the commands' results. Pure of console and process:
 * warnings and the column mapping come back as data; src/cli prints them.
 *
 *   read → columns → normalize → tokenize → sentiment → themes → kpi (→ delta) → report
 */
export type * from './pipeline/types.js';
export { SCHEMA_VERSION } from './pipeline/types.js';
export { analyze, buildReport } from './pipeline/analyze.js';
export { collect, type Collected, type CollectOptions } from './pipeline/collect.js';
export { rowAt, rowTable } from './pipeline/row-table.js';
export { enrich, enrichLines, themesByRow, type EnrichOptions, type EnrichResult } from './pipeline/enrich.js';
export { themesExport, type ThemesExportOptions, type ThemesExportResult } from './pipeline/themes-export.js';
export { delta, deltaMode, isBySegment, type DeltaOptions, type DeltaResult } from './pipeline/delta.js';
