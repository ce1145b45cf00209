/**
 * CSV/TSV text → rows with the line they start on, through csv-parse's parser core, in batches:
 * each chunk of text is parsed synchronously and its rows are yielded as one array, so the
 * per-record cost is a function call, not a stream push and an `await`.
 */
import { parse, type CsvError } from 'csv-parse';
import { CxError } from '../errors.js';
import { countBreaks, type TextChunk } from './_decode.js';
import { RecordLines } from './_record-lines.js';
import type { Skip } from './types.js';

export type CsvRow = { readonly kind: 'row'; readonly line: number; readonly values: readonly string[] };


/**
 * The synchronous core of csv-parse that its stream `Parser` wraps (`parser.api`, the same
 * object its `_transform` and `_flush` call): `parse(buffer, end, push, close)` pushes every
 * complete record in the buffer and keeps the rest for the next call; it returns a fatal error.
 */
type CsvCore = {
  parse(buffer: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  /** Counters; `bytes` is where the record just pushed ends (after its line break). */
  readonly info: { readonly bytes: number };
};

/**
 * Yields every non-blank record with the 1-based line where it starts. Line numbers are counted
 * from the raw text csv-parse consumed for each record (CRLF, LF and lone CR count once each), so
 * quoted fields spanning lines and skipped blank lines are accounted for.
 * An unclosed quote that runs to the end of the input throws CxError('malformed_input').
 */
const MAX_MERGE_WARNINGS = 5;

/**
 * A record that runs over several lines and closes a quoted field with a quote that is not
 * followed by a delimiter or line end: with relaxed quoting this is how a stray quote swallows the
 * following lines ('1,"ok⏎2,"bad' becomes one record). A legitimate multi-line comment, with its
 * quotes doubled ("") and closed before a delimiter or line end, does not trigger it. Linear scan.
 */
function mergedLines(raw: string, delimiter: string): boolean {
  // Most records have no quote, or no line break but the one that ends them: no copy made.
  if (!raw.includes('"') || !breakInside(raw)) return false;
  const body = raw.trim();
  if (!body.includes('"') || (!body.includes('\n') && !body.includes('\r'))) return false;
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '"') continue;
    const previous = i === 0 ? '\n' : body[i - 1];
    const next = body[i + 1];
    if (!quoted) {
      if (previous === delimiter || previous === '\n' || previous === '\r') quoted = true;
    } else if (next === '"') {
      i += 1; // an escaped quote inside a quoted field
    } else {
      quoted = false;
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') return true;
    }
  }
  return false;
}

/** Whether a line break sits between the first and the last character that is not white space (as in `raw.trim()`). */
function breakInside(raw: string): boolean {
  let end = raw.length;
  while (end > 0 && WHITE_SPACE.test(raw.charAt(end - 1))) end -= 1;
  const newline = raw.indexOf('\n');
  const carriage = raw.indexOf('\r');
  const first = newline === -1 ? carriage : carriage === -1 ? newline : Math.min(newline, carriage);
  if (first === -1 || first >= end) return false;
  // A break before `end`: inside unless only white space comes before it (leading blank lines).
  for (let i = 0; i < first; i++) if (!WHITE_SPACE.test(raw.charAt(i))) return true;
  return raw.trim().search(/[\n\r]/) !== -1;
}

/** The white space `String.prototype.trim` removes. */
const WHITE_SPACE = /^\s$/;

export async function* readCsv(
  text: AsyncIterable<TextChunk>,
  delimiter: string,
  recordDelimiter: string,
  source: string,
  warn: (message: string) => void = () => undefined,
): AsyncGenerator<(CsvRow | Skip)[]> {
  let linesBefore = 0;
  let suspicious = 0;
  const pendingSkips: Skip[] = [];
  let unclosed = false;
  const lines = new RecordLines();
  const parser = parse({
    delimiter,
    record_delimiter: recordDelimiter,
    quote: '"',
    escape: '"',
    info: false,
    raw: false,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 0,
    bom: false,
    on_skip: (error: CsvError | undefined) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
        unclosed = true;
        return;
      }
      const line = typeof error?.lines === 'number' ? error.lines : linesBefore + 1;
      pendingSkips.push({
        kind: 'skip',
        line,
        reason: 'malformed_row',
        detail: error === undefined ? 'record could not be parsed' : error.message,
      });
    },
  });
  const core = (parser as unknown as { readonly api?: CsvCore }).api;
  // csv-parse 5 and 6 have it; fail loudly (a test catches it) if a later version drops it.
  if (typeof core?.parse !== 'function') throw new Error('csv-parse: this version has no synchronous parser core (parser.api)');
  /** The line where the record ending at byte `end` starts (after the blank lines before it). */
  const startOf = (end: number): { readonly line: number; readonly from: number; readonly inside: boolean } => {
    const from = lines.next;
    const range = lines.take(end);
    const start = linesBefore + 1 + range.leading;
    linesBefore += range.breaks;
    return { line: start, from, inside: range.inside };
  };
  let batch: (CsvRow | Skip)[] = [];
  const push = (record: string[]): void => {
    const end = core.info.bytes;
    const { line, from, inside } = startOf(end);
    // Only a record that spans lines can hide a stray quote: its text is read back for the check.
    const raw = inside ? lines.text(from, end) : '';
    if (inside && mergedLines(raw, delimiter)) {
      suspicious += 1;
      if (suspicious <= MAX_MERGE_WARNINGS) {
        warn(
          `line ${line}: a field runs over ${countBreaks(raw.trim()) + 1} lines and holds a stray quote; ` +
            `records on those lines may have been merged into one — check the quoting there`,
        );
      }
    }
    while (pendingSkips.length > 0 && (pendingSkips[0] as Skip).line <= line) batch.push(pendingSkips.shift() as Skip);
    batch.push({ kind: 'row', line, values: record });
  };
  const close = (): void => undefined;
  for await (const chunk of text) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    lines.add(bytes);
    const error = core.parse(bytes, false, push, close);
    if (error !== undefined) throw error;
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  const error = core.parse(undefined, true, push, close);
  if (error !== undefined) throw error;
  for (const skip of pendingSkips) batch.push(skip);
  if (batch.length > 0) yield batch;
  if (unclosed) {
    const { line } = startOf(lines.end);
    throw new CxError('malformed_input', `line ${line}: unclosed quote (the record starting here never ends)`, {
      file: source,
      line,
    });
  }
}
