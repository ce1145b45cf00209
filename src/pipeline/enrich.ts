/**
 * `enrich`: every input record → one EnrichLine (skipped records included, with sentiment null,
 * themes [] and the skip reason), so the output joins back to the input line for line. Themes
 * are discovered over all analysed rows first, exactly as `analyze` does.
 */
import type { ColumnMapping } from '../columns/types.js';
import { redact as maskPii } from '../redact/index.js';
import { discoverThemes } from '../themes/index.js';
import type { ThemeModel } from '../themes/types.js';
import { collect, type AnalysedRow, type LedgerEntry } from './collect.js';
import type { AnalyzeOptions, EnrichLine, InputSummary } from './types.js';

export type EnrichOptions = Omit<AnalyzeOptions, 'examples' | 'by' | 'redact'> & {
  /** Mask PII in the original fields (default false: fields are passed through untouched). */
  readonly redact?: boolean;
};

export type EnrichResult = {
  readonly input: InputSummary;
  readonly columns: ColumnMapping;
  /** The input's column names, in order (for CSV output). */
  readonly fieldNames: readonly string[];
  readonly warnings: readonly string[];
  /** One line per input record, in input order (a one-shot iterable). */
  readonly lines: Iterable<EnrichLine>;
};

export async function enrich(options: EnrichOptions): Promise<EnrichResult> {
  const collected = await collect({ ...options, keepEntries: true });
  const model: ThemeModel =
    collected.docs.length === 0
      ? { themes: [], nonAnswer: [] }
      : discoverThemes(collected.docs, options);
  let nonAnswers = 0;
  for (const flag of model.nonAnswer) if (flag) nonAnswers += 1;
  return {
    input: { ...collected.ledger.summary(collected.opened), nonAnswers },
    columns: collected.mapping,
    fieldNames: collected.opened.columns,
    warnings: collected.warnings,
    lines: enrichLines(collected.entries, collected.rows, model, options.redact === true),
  };
}

/** Theme ids per analysed row, in the model's theme order. */
export function themesByRow(model: ThemeModel, rowCount: number): readonly (readonly string[])[] {
  const out: string[][] = Array.from({ length: rowCount }, () => []);
  for (const theme of model.themes) for (const index of theme.rows) out[index]?.push(theme.id);
  return out;
}

export function* enrichLines(
  entries: readonly LedgerEntry[],
  rows: readonly AnalysedRow[],
  model: ThemeModel,
  redact: boolean,
): Generator<EnrichLine> {
  const byRow = themesByRow(model, rows.length);
  const fieldsOut = (fields: Readonly<Record<string, string>>): Readonly<Record<string, string>> => {
    if (!redact) return fields;
    const out: Record<string, string> = Object.create(null);
    for (const [key, value] of Object.entries(fields)) out[key] = maskPii(value);
    return out;
  };
  for (const entry of entries) {
    if (entry.kind === 'skipped') {
      yield { line: entry.line, id: null, sentiment: null, themes: [], skipped: entry.reason, fields: fieldsOut(entry.fields) };
      continue;
    }
    const row = rows[entry.row] as AnalysedRow;
    yield {
      line: row.line,
      id: row.id,
      sentiment: { score: row.score, label: row.label },
      themes: byRow[entry.row] ?? [],
      fields: fieldsOut(entry.fields),
    };
  }
}
