/** `cx enrich` lines: JSONL (one JSON object per line) or CSV (original columns + cx_* columns). */
import { csvRow } from '../escape/index.js';
import type { EnrichLine } from '../pipeline/types.js';

export const ENRICH_CSV_EXTRA = ['cx_sentiment', 'cx_sentiment_label', 'cx_themes', 'cx_skipped'] as const;

export function enrichJsonLine(line: EnrichLine): string {
  return `${JSON.stringify(line)}\n`;
}

export function enrichCsvHeader(fieldNames: readonly string[]): string {
  return `${csvRow([...fieldNames, ...ENRICH_CSV_EXTRA])}\n`;
}

/** Original values (CSV-injection-safe), then score, label, theme ids joined by ';', skip reason. */
export function enrichCsvLine(line: EnrichLine, fieldNames: readonly string[]): string {
  return `${csvRow([
    ...fieldNames.map((name) => line.fields[name] ?? ''),
    line.sentiment?.score ?? null,
    line.sentiment?.label ?? null,
    line.themes.join(';'),
    line.skipped ?? null,
  ])}\n`;
}
