/**
 * `enrich`: every input record → one EnrichLine (skipped records included, with sentiment null,
 * themes [] and the skip reason), so the output joins back to the input line for line. Themes
 * are discovered over all analysed rows first, exactly as `analyze` does.
 *
 * Two passes over a file: the first (collect) keeps only what themes and the lines need (not the
 * original fields); the second reads the file again and streams one line per record as it goes,
 * so memory does not grow with the fields. Standard input cannot be read twice: there the first
 * pass keeps every record's fields. Records are matched by position and line; a file that changed
 * between the reads (records moved or gone) fails with malformed_input.
 */
import type { ColumnMapping } from '../columns/types.js';
import { CxError } from '../errors.js';
import { openInput } from '../read/index.js';
import { redact as maskPii } from '../redact/index.js';
import { discoverThemes } from '../themes/index.js';
import type { ThemeModel } from '../themes/types.js';
import { collect, type Collected, type LedgerEntry } from './collect.js';
import { LABELS } from './workers/packed.js';
import type { AnalysedRows, AnalyzeOptions, EnrichLine, InputSummary } from './types.js';

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
  /** One line per input record, in input order (a one-shot iterable; a file is read again as it is iterated). */
  readonly lines: AsyncIterable<EnrichLine>;
};

export async function enrich(options: EnrichOptions): Promise<EnrichResult> {
  const twice = options.input.path !== '-';
  const collected = await collect({ ...options, keepEntries: !twice, keepSkips: twice, keepTexts: false });
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
    lines: twice
      ? rereadLines(options, collected, model, options.redact === true)
      : asAsync(enrichLines(collected.entries, collected.rows, model, options.redact === true)),
  };
}

async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

const EMPTY_FIELDS: Readonly<Record<string, string>> = Object.freeze(Object.create(null) as Record<string, string>);

/** The second pass over a file: the same records in the same order, joined to the first pass's results. */
async function* rereadLines(options: EnrichOptions, collected: Collected, model: ThemeModel, redact: boolean): AsyncGenerator<EnrichLine> {
  const { rows, skipsAt } = collected;
  const themesOf = themeLookup(model, rows.length);
  const fieldsOut = fieldsFor(redact);
  const changed = (line: number): never => {
    throw new CxError('malformed_input', `the input changed while cx enrich read it a second time (at line ${line})`, {
      file: collected.opened.source,
      line,
    });
  };
  const opened = await openInput(options.input);
  let position = 0;
  let row = 0;
  for await (const batch of opened.batches) {
    for (const item of batch) {
      const reason = skipsAt.get(position);
      position += 1;
      if (reason !== undefined) {
        const fields = item.kind === 'record' ? item.fields : EMPTY_FIELDS;
        yield { line: item.line, id: null, sentiment: null, themes: [], skipped: reason, fields: fieldsOut(fields) };
        continue;
      }
      if (row >= rows.length || item.kind !== 'record' || rows.line[row] !== item.line) changed(item.line);
      yield {
        line: rows.line[row] as number,
        id: rows.id(row),
        sentiment: sentimentOf(rows, row),
        themes: themesOf(row),
        fields: fieldsOut(item.kind === 'record' ? item.fields : EMPTY_FIELDS),
      };
      row += 1;
    }
  }
  if (position !== collected.ledger.rows) changed(rows.length === 0 ? 1 : (rows.line[rows.length - 1] as number));
}

function sentimentOf(rows: AnalysedRows, row: number): EnrichLine['sentiment'] {
  return { score: rows.score[row] as number, label: LABELS[rows.label[row] as number] ?? 'neutral' };
}

function fieldsFor(redact: boolean): (fields: Readonly<Record<string, string>>) => Readonly<Record<string, string>> {
  return (fields) => {
    if (!redact) return fields;
    const out: Record<string, string> = Object.create(null);
    for (const [key, value] of Object.entries(fields)) out[key] = maskPii(value);
    return out;
  };
}

/** Theme ids per analysed row, in the model's theme order. */
export function themesByRow(model: ThemeModel, rowCount: number): readonly (readonly string[])[] {
  const lookup = themeLookup(model, rowCount);
  return Array.from({ length: rowCount }, (_, row) => lookup(row));
}

/**
 * Theme ids of a row, built when asked: the (row, theme) pairs are held in two typed arrays
 * (rows × themes per row × 4 bytes) instead of one array of ids per row, so a file's second pass
 * streams without first building a million small arrays.
 */
function themeLookup(model: ThemeModel, rowCount: number): (row: number) => readonly string[] {
  const ends = new Int32Array(rowCount + 1);
  for (const theme of model.themes) for (const index of theme.rows) if (index >= 0 && index < rowCount) ends[index + 1]! += 1;
  for (let row = 0; row < rowCount; row++) ends[row + 1]! += ends[row] as number;
  const themeOf = new Int32Array(ends[rowCount] as number);
  const filled = ends.slice(0, rowCount);
  model.themes.forEach((theme, t) => {
    for (const index of theme.rows) if (index >= 0 && index < rowCount) themeOf[filled[index]!++] = t;
  });
  return (row) => {
    const out: string[] = [];
    for (let at = ends[row] as number; at < (ends[row + 1] as number); at++) out.push((model.themes[themeOf[at] as number] as ThemeModel['themes'][number]).id);
    return out;
  };
}

export function* enrichLines(
  entries: readonly LedgerEntry[],
  rows: AnalysedRows,
  model: ThemeModel,
  redact: boolean,
): Generator<EnrichLine> {
  const themesOf = themeLookup(model, rows.length);
  const fieldsOut = fieldsFor(redact);
  for (const entry of entries) {
    if (entry.kind === 'skipped') {
      yield { line: entry.line, id: null, sentiment: null, themes: [], skipped: entry.reason, fields: fieldsOut(entry.fields) };
      continue;
    }
    yield {
      line: rows.line[entry.row] as number,
      id: rows.id(entry.row),
      sentiment: sentimentOf(rows, entry.row),
      themes: themesOf(entry.row),
      fields: fieldsOut(entry.fields),
    };
  }
}
