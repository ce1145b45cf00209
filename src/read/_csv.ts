/**
 * CSV/TSV text → rows with the line they start on, through csv-parse's parser core, in batches:
 * each chunk of text is parsed synchronously and its rows are yielded as one array, so the
 * per-record cost is a function call, not a stream push and an `await`.
 */
import { parse, type CsvError } from 'csv-parse';
import { CxError } from '../errors.js';
import { countBreaks } from './_decode.js';
import type { Skip } from './types.js';

export type CsvRow = { readonly kind: 'row'; readonly line: number; readonly values: readonly string[] };

type Parsed = { readonly record: string[]; readonly raw: string };

/**
 * The synchronous core of csv-parse that its stream `Parser` wraps (`parser.api`, the same
 * object its `_transform` and `_flush` call): `parse(buffer, end, push, close)` pushes every
 * complete record in the buffer and keeps the rest for the next call; it returns a fatal error.
 */
type CsvCore = {
  parse(buffer: Buffer | undefined, end: boolean, push: (parsed: Parsed) => void, close: () => void): Error | undefined;
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

export async function* readCsv(
  text: AsyncIterable<string>,
  delimiter: string,
  recordDelimiter: string,
  source: string,
  warn: (message: string) => void = () => undefined,
): AsyncGenerator<(CsvRow | Skip)[]> {
  let linesBefore = 0;
  let suspicious = 0;
  const pendingSkips: Skip[] = [];
  let unclosed: { readonly raw: string } | null = null;
  const parser = parse({
    delimiter,
    record_delimiter: recordDelimiter,
    quote: '"',
    escape: '"',
    info: false,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 0,
    bom: false,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
        unclosed = { raw: raw ?? '' };
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
  const startOf = (raw: string): number => {
    let leading = 0;
    while (leading < raw.length && (raw[leading] === '\n' || raw[leading] === '\r')) leading += 1;
    const start = linesBefore + 1 + countBreaks(raw.slice(0, leading));
    linesBefore += countBreaks(raw);
    return start;
  };
  let batch: (CsvRow | Skip)[] = [];
  const push = (parsed: Parsed): void => {
    const line = startOf(parsed.raw);
    if (mergedLines(parsed.raw, delimiter)) {
      suspicious += 1;
      if (suspicious <= MAX_MERGE_WARNINGS) {
        warn(
          `line ${line}: a field runs over ${countBreaks(parsed.raw.trim()) + 1} lines and holds a stray quote; ` +
            `records on those lines may have been merged into one — check the quoting there`,
        );
      }
    }
    while (pendingSkips.length > 0 && (pendingSkips[0] as Skip).line <= line) batch.push(pendingSkips.shift() as Skip);
    batch.push({ kind: 'row', line, values: parsed.record });
  };
  const close = (): void => undefined;
  for await (const chunk of text) {
    const error = core.parse(Buffer.from(chunk, 'utf8'), false, push, close);
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
  const open = unclosed as { readonly raw: string } | null;
  if (open !== null) {
    const line = startOf(open.raw);
    throw new CxError('malformed_input', `line ${line}: unclosed quote (the record starting here never ends)`, {
      file: source,
      line,
    });
  }
}
