/** The render stage: reports → strings. A registry maps each `--format` to a renderer. */
export type * from './types.js';
import type { AnalyzeReport } from '../pipeline/types.js';
import { renderAnalyzeCsv } from './analyze-csv.js';
import { renderAnalyzeMarkdown } from './analyze-markdown.js';
import { renderAnalyzeTable } from './analyze-table.js';
import { renderJson } from './json.js';
import { renderAnalyzeHtml } from './html-analyze.js';
import { renderDeltaHtml } from './html-delta.js';
import type { Renderer } from './types.js';

export const FORMATS = ['table', 'json', 'md', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export const analyzeRenderers: Readonly<Record<Format, Renderer<AnalyzeReport>>> = {
  table: renderAnalyzeTable,
  json: renderJson,
  md: renderAnalyzeMarkdown,
  csv: renderAnalyzeCsv,
  html: renderAnalyzeHtml,
};

export { renderAnalyzeTable, renderAnalyzeMarkdown, renderAnalyzeCsv, renderJson, renderAnalyzeHtml, renderDeltaHtml };
export { commandLine } from './html-parts.js';
export { ANALYZE_CSV_COLUMNS } from './analyze-csv.js';
export { estimateText, fixed, percent, signed, truncate, kpiValue } from './format.js';
export { columnsNote, ledgerNotes, warningNotes } from './notes.js';
export { enrichCsvHeader, enrichCsvLine, enrichJsonLine, ENRICH_CSV_EXTRA } from './enrich.js';
export { renderSentimentDetail, renderSentimentLine, sentimentJson, type ExplainedText } from './sentiment.js';
export { renderDeltaTable, renderDeltaMarkdown, renderDeltaCsv, DELTA_CSV_COLUMNS, KPI_NAMES, verdict, arrow } from './delta.js';
import type { DeltaBySegmentOutput, DeltaOutput } from '../pipeline/types.js';
import { renderDeltaCsv, renderDeltaMarkdown, renderDeltaTable } from './delta.js';

export const deltaRenderers: Readonly<Record<Format, Renderer<DeltaOutput | DeltaBySegmentOutput>>> = {
  table: renderDeltaTable,
  json: renderJson,
  md: renderDeltaMarkdown,
  csv: renderDeltaCsv,
  html: renderDeltaHtml,
};
