/**
 * The reader behind `openInput`, on any byte stream: gunzip (by magic bytes), decode, sniff the
 * format and delimiter, read the header (or the first JSON records, for the column list) and
 * return the records as an async iterable that keeps streaming.
 */
import type { Readable } from 'node:stream';
import { CxError } from '../errors.js';
import { ByteSource, gunzip, isGzip } from './_bytes.js';
import { readCsv, type CsvRow } from './_csv.js';
import { chooseEncoding, decodeText, textOf, type TextChunk } from './_decode.js';
import { headerRepeat, isImportIdRow, looksLikeQuestionRow, nameColumns, numberedColumns, numericColumns, repeatsHeader } from './_header.js';
import { readJsonArray } from './_json-array.js';
import { readJsonl } from './_jsonl.js';
import { formatFromContent, formatFromName, sniffDelimiter, sniffLineEnding } from './_sniff.js';
import type { InputFormat, OpenedInput, RawRecord, ReadItem, Skip, StreamOptions } from './types.js';

/** Text looked at to sniff the format, delimiter and line ending. */
const SNIFF_CHARS = 64 * 1024;
/** JSON records buffered to collect the column names. */
const JSON_COLUMN_RECORDS = 1000;
/** CSV rows buffered after the header to recognise a second header row. */
const CSV_LOOKAHEAD = 50;

export async function openStream(stream: Readable | AsyncIterable<unknown>, options: StreamOptions): Promise<OpenedInput> {
  const source = options.source;
  const where = { file: source };
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
  };

  let bytes = new ByteSource(stream as AsyncIterable<unknown>);
  const compressed = isGzip(await bytes.peek(2));
  if (compressed) bytes = new ByteSource(gunzip(bytes.chunks(), source));
  const head = await bytes.peek(512);
  if (head.length === 0) throw new CxError('empty_input', `${source} is empty`, where);
  const encoding = chooseEncoding(head, options.encoding);

  // Decode until enough text is buffered to sniff.
  const text = decodeText(bytes.chunks(), encoding, warn)[Symbol.asyncIterator]();
  const sniffParts: TextChunk[] = [];
  const sniffTexts: string[] = [];
  let sniffLength = 0;
  let complete = false;
  while (sniffLength < SNIFF_CHARS) {
    const next = await text.next();
    if (next.done === true) {
      complete = true;
      break;
    }
    const part = textOf(next.value);
    sniffParts.push(next.value);
    sniffTexts.push(part);
    sniffLength += part.length;
  }
  const sniffed = sniffTexts.join('');
  if (complete && sniffed.trim() === '') throw new CxError('empty_input', `${source} is empty (only blank lines)`, where);
  // Every chunk in order, the sniffed ones first (CSV takes them as they come, bytes or text).
  const allChunks = async function* (): AsyncGenerator<TextChunk> {
    for (const part of sniffParts.splice(0)) yield part;
    if (complete) return;
    for (;;) {
      const next = await text.next();
      if (next.done === true) return;
      yield next.value;
    }
  };
  const allText = async function* (): AsyncGenerator<string> {
    for await (const chunk of allChunks()) yield textOf(chunk);
  };

  const format = chooseFormat(options, sniffed);
  const common = { source, encoding, compressed, warnings };
  if (format === 'json' || format === 'jsonl') {
    const items = format === 'json' ? readJsonArray(allText(), source) : readJsonl(allText());
    return openJson(items, format, common);
  }
  const delimiter = chooseDelimiter(options.delimiter, format, sniffed, complete);
  const batches = readCsv(allChunks(), delimiter, sniffLineEnding(sniffed), source, warn);
  return openCsv(batches, delimiter === '\t' && format === 'csv' && options.format === undefined ? 'tsv' : format, delimiter, options.header !== false, common);
}

type Common = { readonly source: string; readonly encoding: string; readonly compressed: boolean; readonly warnings: string[] };

function chooseFormat(options: StreamOptions, sniffed: string): InputFormat {
  if (options.format !== undefined) return options.format;
  const byName = formatFromName(options.filename);
  const byContent = formatFromContent(sniffed);
  // `.json` holds either an array or (often) JSON Lines; `.jsonl` / `.ndjson` are trusted.
  if (byName === 'json') return byContent ?? byName;
  return byName ?? byContent ?? 'csv';
}

function chooseDelimiter(option: string | undefined, format: InputFormat, sniffed: string, complete: boolean): string {
  if (option !== undefined) {
    const delimiter = option === '\\t' || option.toLowerCase() === 'tab' ? '\t' : option;
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new CxError('usage', `--delimiter must be one character (or "tab"), got ${JSON.stringify(option)}`);
    }
    return delimiter;
  }
  if (format === 'tsv') return '\t';
  return sniffDelimiter(sniffed, complete) ?? ',';
}

async function openJson(items: AsyncGenerator<RawRecord | Skip>, format: InputFormat, common: Common): Promise<OpenedInput> {
  const buffered: ReadItem[] = [];
  const seen = new Set<string>();
  const columns: string[] = [];
  let records = 0;
  let done = false;
  while (records < JSON_COLUMN_RECORDS) {
    const next = await items.next();
    if (next.done === true) {
      done = true;
      break;
    }
    buffered.push(next.value);
    if (next.value.kind !== 'record') continue;
    records += 1;
    for (const key of Object.keys(next.value.fields)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  if (done && buffered.length === 0) {
    throw new CxError('empty_input', `${common.source} has no records`, { file: common.source });
  }
  async function* all(): AsyncGenerator<ReadItem[]> {
    yield buffered.splice(0);
    if (done) return;
    // JSON is parsed record by record; group them so consumers see the same batches as for CSV.
    let batch: ReadItem[] = [];
    for await (const item of items) {
      batch.push(item);
      if (batch.length === JSON_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  return withItems({ ...common, format, delimiter: null, columns }, all());
}

/** Records in batches of this many for JSON input. */
const JSON_BATCH = 512;

/** The opened input with its batches, and `items` as the same records one by one. */
function withItems(opened: Omit<OpenedInput, 'items' | 'batches'>, batches: AsyncIterable<readonly ReadItem[]>): OpenedInput {
  const items = {
    async *[Symbol.asyncIterator](): AsyncGenerator<ReadItem> {
      for await (const batch of batches) yield* batch;
    },
  };
  return { ...opened, items, batches };
}

async function openCsv(
  batches: AsyncGenerator<(CsvRow | Skip)[]>,
  format: InputFormat,
  delimiter: string,
  hasHeader: boolean,
  common: Common,
): Promise<OpenedInput> {
  const where = { file: common.source };
  // Buffer the header and the rows after it (whole batches: the sample is their first rows).
  const buffered: (CsvRow | Skip)[] = [];
  const sample: CsvRow[] = [];
  let done = false;
  let headerRow: CsvRow | null = null;
  while (sample.length < CSV_LOOKAHEAD) {
    const next = await batches.next();
    if (next.done === true) {
      done = true;
      break;
    }
    for (const item of next.value) {
      if (hasHeader && headerRow === null && item.kind === 'row') {
        headerRow = item;
        continue;
      }
      buffered.push(item);
      if (item.kind === 'row' && sample.length < CSV_LOOKAHEAD) sample.push(item);
    }
  }
  if (hasHeader && headerRow === null) throw new CxError('empty_input', `${common.source} is empty`, where);
  if (buffered.length === 0) {
    throw new CxError('empty_input', `${common.source} has a header but no records`, where);
  }
  const header = headerRow?.values ?? [];
  const columns = hasHeader
    ? nameColumns(header)
    : numberedColumns(sample.reduce((widest, row) => Math.max(widest, row.values.length), 0));

  // Second header rows (Qualtrics: question texts, ImportIds) right after the header.
  const questionRows = new Set<CsvRow>();
  if (hasHeader) {
    const data = sample;
    // Rows that repeat the header are not data: leave them out of the numeric sample.
    const numeric = numericColumns(
      data.slice(2).filter((row) => !repeatsHeader(row.values, header)).map((row) => row.values),
      columns.length,
    );
    for (const candidate of data.slice(0, 2)) {
      if (!looksLikeQuestionRow(candidate.values, numeric)) break;
      questionRows.add(candidate);
    }
    // Qualtrics' ImportId row settles it: the row above it is the question wording, whatever the answers look like.
    const [first, second] = data;
    if (first !== undefined && second !== undefined && isImportIdRow(second.values) && !questionRows.has(second)) {
      questionRows.add(first);
      questionRows.add(second);
    }
  }

  const wording = [...questionRows].find((row) => !row.values.some((value) => /^\s*\{\s*"ImportId"/.test(value)));
  const questionTexts = wording === undefined ? undefined : Object.fromEntries(columns.map((column, i) => [column, (wording.values[i] ?? '').trim()]));
  const isHeaderRepeat = headerRepeat(header);
  const toItem = (item: CsvRow | Skip): ReadItem => {
    if (item.kind === 'skip') return item;
    if (questionRows.has(item)) {
      return { kind: 'skip', line: item.line, reason: 'duplicate_header', detail: 'a second header row (question texts)' };
    }
    if (hasHeader && isHeaderRepeat(item.values)) {
      return { kind: 'skip', line: item.line, reason: 'duplicate_header', detail: 'repeats the header row' };
    }
    return toRecord(item, columns);
  };
  async function* all(): AsyncGenerator<ReadItem[]> {
    yield buffered.splice(0).map(toItem);
    if (done) return;
    for await (const batch of batches) yield batch.map(toItem);
  }
  return withItems({ ...common, format, delimiter, columns, ...(questionTexts === undefined ? {} : { questionTexts }) }, all());
}

function toRecord(row: CsvRow, columns: readonly string[]): RawRecord | Skip {
  const values = row.values;
  if (values.length > columns.length && values.slice(columns.length).some((value) => value.trim() !== '')) {
    return {
      kind: 'skip',
      line: row.line,
      reason: 'malformed_row',
      detail: `expected ${columns.length} fields, got ${values.length}`,
    };
  }
  if (values.every((value) => value.trim() === '')) {
    return { kind: 'skip', line: row.line, reason: 'blank_row', detail: 'every field is empty' };
  }
  const fields = Object.create(null) as Record<string, string>;
  for (let index = 0; index < columns.length; index++) fields[columns[index] as string] = values[index] ?? '';
  return { kind: 'record', line: row.line, fields };
}
