/**
 * The lines cx writes to stderr beside a result (the CLI prefixes each with "cx: "): the
 * column mapping used, the row ledger, dropped values and warnings. Plain text, terminal-safe.
 */
import { terminalSafe } from '../escape/index.js';
import type { ColumnAssignment, ColumnMapping, InputSummary } from '../pipeline/types.js';
import { countsText } from './format.js';

const assigned = (a: ColumnAssignment): string => `${terminalSafe(a.column)} (${a.detectedBy})`;

/** 'columns: text=comment (header), nps=How likely… (values), …, segments=channel (values), region (values)' */
export function columnsNote(mapping: ColumnMapping): string {
  const parts: string[] = [];
  if (mapping.text.length > 0) parts.push(`text=${mapping.text.map(assigned).join(' + ')}`);
  for (const role of ['id', 'date', 'nps', 'csat', 'ces', 'rating'] as const) {
    const value = mapping[role];
    if (value !== null) parts.push(`${role}=${assigned(value)}`);
  }
  if (mapping.rating !== null && mapping.ratingScale !== null) parts.push(`rating scale ${mapping.ratingScale.min}-${mapping.ratingScale.max}`);
  if (mapping.segments.length > 0) parts.push(`segments=${mapping.segments.map(assigned).join(', ')}`);
  return `columns: ${parts.join(', ')}`;
}

/** 'read 651 records: 641 analysed, 10 skipped (empty_text 10); first skipped lines 45, 97, …' */
export function ledgerNotes(input: InputSummary): string[] {
  const notes: string[] = [];
  let line = `read ${input.rows} records: ${input.analyzed} analysed, ${input.skipped} skipped`;
  if (input.skipped > 0) line += ` (${countsText(input.skippedByReason)})`;
  // Records left out by --where (filtered_out) are not faults: they are counted, not listed by line.
  const faults = input.skipped - (input.skippedByReason.filtered_out ?? 0);
  if (input.firstSkipped.length > 0) {
    line += `; first skipped on line ${input.firstSkipped.map((s) => s.line).join(', ')}`;
    if (faults > input.firstSkipped.length) line += ', …';
  }
  notes.push(line);
  const invalid = Object.entries(input.invalidValues);
  if (invalid.length > 0) {
    const first = input.firstInvalid.slice(0, 3).map((v) => `line ${v.line} ${v.kpi}=${JSON.stringify(terminalSafe(v.value))}`);
    notes.push(
      `invalid values dropped for that KPI only: ${invalid.map(([kpi, reasons]) => `${kpi} (${countsText(reasons)})`).join('; ')}` +
        (first.length > 0 ? `; e.g. ${first.join(', ')}` : ''),
    );
  }
  return notes;
}

export function warningNotes(warnings: readonly string[]): string[] {
  return warnings.map((warning) => `warning: ${terminalSafe(warning)}`);
}
