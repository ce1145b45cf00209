/**
 * read → columns → normalize → tokenize → sentiment, streaming: the first records (up to
 * SAMPLE_SIZE) are buffered to detect the columns, then every record is normalised and scored.
 * Keeps, per analysed record, its numbers in the columns of an AnalysedRows table and one
 * `ThemeDoc` (themes need the tokens and clause scores of every row); the original fields only
 * when asked (enrich of stdin).
 */
import { availableParallelism } from 'node:os';
import { detectColumns, resolveDateFormat, sparseTextWarning, TextFillCounter } from '../columns/index.js';
import type { ColumnMapping, ColumnOverrides } from '../columns/types.js';
import { CxError } from '../errors.js';
import { DateOrderEvidence, normalizeRecord, settleDateOrder, undecidedDatesWarning } from '../normalize/index.js';
import { openInput } from '../read/index.js';
import type { OpenedInput, RawRecord, ReadItem } from '../read/types.js';
import { createScorer } from '../sentiment/index.js';
import type { ThemeDoc } from '../themes/types.js';
import { tokenize, Vocabulary } from '../tokenize/index.js';
import { createRowFilter, type WhereCondition } from '../filter/index.js';
import { DocStore } from './compact-docs.js';
import { Ledger } from './ledger.js';
import { RowTableBuilder } from './row-table.js';
import type { AnalysedRows, AnalyzeOptions, Progress } from './types.js';
import { scoreBatch, VocabularyMap } from './workers/packed.js';
import { ScorePool, workersAvailable, type Scored } from './workers/pool.js';

export const SAMPLE_SIZE = 1000;
/** Records read on one thread before worker threads start (smaller inputs never start them). */
export const PARALLEL_FROM = 20_000;
/** Comments per batch sent to a worker. */
export const BATCH_ROWS = 1000;
/** Batches outstanding per worker beyond which the main thread scores the next batch itself. */
const BACKLOG = 2;
/** Threads when not told: the available cores, at most this many. */
export const DEFAULT_THREADS = 4;
/** Batches read and not yet merged beyond which reading waits for the oldest (bounds the memory in flight). */
const MAX_PENDING = 16;
/** Most worker threads, whatever --threads asks. */
export const MAX_WORKERS = 7;

/** Every input record in order, for `cx enrich`. */
export type LedgerEntry =
  | { readonly kind: 'analysed'; readonly row: number; readonly fields: Readonly<Record<string, string>> }
  | {
      readonly kind: 'skipped';
      readonly line: number;
      readonly reason: string;
      readonly fields: Readonly<Record<string, string>>;
    };

/**
 * What collect takes: the reading and scoring part of AnalyzeOptions, and what enrich and delta ask for.
 * `threads`: threads for tokenize + sentiment, this one included (default: the available cores,
 * at most DEFAULT_THREADS): with N > 1, N − 1 worker threads score batches once `parallelFrom`
 * records are read (default PARALLEL_FROM), and this thread scores a batch itself when they have
 * a backlog. The result is the same for any N. Without the built worker script (code run from
 * the TypeScript sources, as in unit tests) everything runs on this thread. `onProgress` is
 * called every PROGRESS_EVERY records while reading, and once when reading is done. `where`:
 * records that fail a condition are counted in the ledger as `filtered_out`, not analysed.
 */
export type CollectOptions = Pick<
  AnalyzeOptions,
  'input' | 'columns' | 'by' | 'where' | 'dateFormat' | 'thresholds' | 'extraLexicon' | 'threads' | 'parallelFrom' | 'batchRows' | 'onProgress'
> & {
  /** Also keep the values of the segment columns detected or named (after `by`, in `by` of the rows). */
  readonly segments?: boolean;
  /** Keep every record's original fields, skipped ones included (enrich). */
  readonly keepEntries?: boolean;
  /**
   * Keep, per skipped record, its position among the records read and its reason (`skipsAt`), so
   * that a second read of the same input can tell analysed from skipped records (enrich, files).
   */
  readonly keepSkips?: boolean;
  /** Mask PII in the invalid score values echoed in the report (default true; false with --no-redact). */
  readonly redactValues?: boolean;
  /**
   * Keep every analysed comment's text (default true): `rows.text` is null without it. Analyze of
   * a file reads its examples' texts again instead (src/pipeline/reread-examples.ts); enrich and
   * themes export never need them.
   */
  readonly keepTexts?: boolean;
};

/** Records between two progress calls. */
export const PROGRESS_EVERY = 4096;

export type Collected = {
  readonly opened: OpenedInput;
  readonly mapping: ColumnMapping;
  readonly ledger: Ledger;
  readonly rows: AnalysedRows;
  readonly docs: readonly ThemeDoc[];
  readonly entries: readonly LedgerEntry[];
  /** With `keepSkips`: position of each skipped record among all records read (0-based) → its reason. */
  readonly skipsAt: ReadonlyMap<number, string>;
  readonly by: readonly string[];
  readonly warnings: readonly string[];
  /** Set when slash dates could be D/M or M/D and no value in the file settles it: those dates are left out (delta by date refuses). */
  readonly undecidedDates?: string | null;
};

const NO_VALUES: readonly string[] = Object.freeze([]);
const EMPTY_FIELDS: Readonly<Record<string, string>> = Object.freeze(Object.create(null) as Record<string, string>);

export async function collect(options: CollectOptions): Promise<Collected> {
  const opened = await openInput(options.input);
  const named = [...new Set(options.by ?? [])];
  for (const column of named) {
    if (!opened.columns.includes(column)) {
      throw new CxError('usage', `--by: no column named "${column}"; the columns are: ${opened.columns.join(', ')}`, {
        file: opened.source,
      });
    }
  }

  const batches = opened.batches[Symbol.asyncIterator]();
  const buffered: (readonly ReadItem[])[] = [];
  const sample: RawRecord[] = [];
  let exhausted = false;
  while (sample.length < SAMPLE_SIZE) {
    const next = await batches.next();
    if (next.done === true) {
      exhausted = true;
      break;
    }
    buffered.push(next.value);
    for (const item of next.value) if (item.kind === 'record' && sample.length < SAMPLE_SIZE) sample.push(item);
  }

  if (sample.length === 0 && exhausted && buffered.some((batch) => batch.length > 0)) unreadableRecords(opened, buffered.flat());
  const mapping = atFile(opened.source, () => detectColumns(opened.columns, sample, options.columns ?? {}, opened.questionTexts === undefined ? {} : { questionTexts: opened.questionTexts }));
  const by = options.segments === true ? [...new Set([...named, ...mapping.segments.map((segment) => segment.column)])] : named;
  const where = options.where === undefined || options.where.length === 0 ? null : atFile(opened.source, () => createRowFilter(options.where ?? [], opened.columns));
  // Slash dates the sample cannot order are settled by the whole file (src/normalize/date-order-evidence.ts).
  const dateFormat = atFile(opened.source, () => resolveDateFormat(mapping, sample, options.dateFormat, 'defer'));
  const dateEvidence = new DateOrderEvidence();
  const provisionalDates: number[] = [];
  const normalizeOptions = dateFormat === undefined || dateFormat === null ? { dateEvidence } : { dateFormat };
  // The pipeline keeps scores and clause ranges only; explanations are for `cx sentiment`.
  const scorer = createScorer({
    collectContributions: false,
    ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }),
    ...(options.extraLexicon === undefined || options.extraLexicon.length === 0 ? {} : { extraLexicon: options.extraLexicon }),
  });
  const ledger = new Ledger(options.redactValues !== false);
  const rows = new RowTableBuilder(
    { nps: mapping.nps !== null, csat: mapping.csat !== null, ces: mapping.ces !== null, rating: mapping.rating !== null },
    by.length,
    mapping.id !== null,
  );
  const textFill = new TextFillCounter(mapping);
  const docs: ThemeDoc[] = [];
  const vocabulary = new Vocabulary();
  const keepTexts = options.keepTexts !== false;
  const store = new DocStore(vocabulary, keepTexts);
  const entries: LedgerEntry[] = [];
  const keep = options.keepEntries === true;
  const skipsAt = new Map<number, string>();
  const keepSkips = options.keepSkips === true;
  let analysed = 0;

  // Tokenize + sentiment run on batches of comments: on this thread (`ownVocabulary`), or, once
  // `parallelFrom` records are read and more than one thread is allowed, on worker threads.
  // Either way the results are merged here in input order (src/pipeline/workers/packed.ts).
  const threads = Math.max(1, Math.floor(options.threads ?? Math.min(availableParallelism(), DEFAULT_THREADS)));
  const parallelFrom = options.parallelFrom ?? PARALLEL_FROM;
  const batchRows = Math.max(1, options.batchRows ?? BATCH_ROWS);
  const ownVocabulary = new Vocabulary();
  const ownMap = new VocabularyMap(vocabulary);
  const workerMaps: VocabularyMap[] = [];
  let pool: ScorePool | null = null;
  /** A batch waiting to be merged; `done` is set when its scores are in. */
  // A row's values go into `rows` when it is read; its sentiment when its batch is merged (in input order).
  type Pending = { readonly texts: readonly string[]; readonly scored: Promise<Scored> | null; done: Scored | null };
  const pending: Pending[] = [];
  let texts: string[] = [];

  const merge = ({ batch, worker }: Scored, batchTexts: readonly string[]): void => {
    const map = worker < 0 ? ownMap : (workerMaps[worker] ??= new VocabularyMap(vocabulary));
    for (const doc of store.addBatch(batchTexts, batch, map)) docs.push(doc);
    rows.addSentiment(batch.scores, batch.labels);
  };
  const flush = (): void => {
    if (texts.length === 0) return;
    if (pool === null && threads > 1 && ledger.rows >= parallelFrom && workersAvailable()) {
      pool = new ScorePool(Math.min(threads - 1, MAX_WORKERS), {
        ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }),
        ...(options.extraLexicon === undefined ? {} : { extraLexicon: options.extraLexicon }),
        ranges: keepTexts,
      });
    }
    // The workers have a backlog: this thread scores the batch itself rather than wait idle later.
    const here = pool === null || pool.outstanding >= BACKLOG * pool.size;
    const scored = here ? { batch: scoreBatch(texts, tokenize, scorer, ownVocabulary, keepTexts), worker: -1 } : (pool as ScorePool).submit(texts);
    if (pending.length === 0 && !(scored instanceof Promise)) merge(scored, texts);
    else if (scored instanceof Promise) {
      const entry: Pending = { texts, scored, done: null };
      scored.then((result) => (entry.done = result), () => undefined);
      pending.push(entry);
    } else pending.push({ texts, scored: null, done: scored });
    texts = [];
  };
  /** Merges finished batches in order until at most `limit` are outstanding. */
  const settle = async (limit: number): Promise<void> => {
    while (pending.length > 0) {
      const head = pending[0] as Pending;
      // Ready batches are merged at once; a batch still being scored is waited for only beyond `limit`.
      if (head.done === null && pending.length <= limit) return;
      pending.shift();
      merge(head.done ?? (await (head.scored as Promise<Scored>)), head.texts);
    }
  };

  const onProgress = options.onProgress;
  const report = (stage: Progress['stage']): void =>
    onProgress?.({ stage, rows: ledger.rows, bytes: opened.bytesRead?.() ?? null, totalBytes: opened.totalBytes ?? null });
  const take = (item: ReadItem): void => {
    ledger.rows += 1;
    if (onProgress !== undefined && ledger.rows % PROGRESS_EVERY === 0) report('reading');
    if (item.kind === 'skip') {
      ledger.skip(item);
      if (keepSkips) skipsAt.set(ledger.rows - 1, item.reason);
      if (keep) entries.push({ kind: 'skipped', line: item.line, reason: item.reason, fields: EMPTY_FIELDS });
      return;
    }
    if (where !== null && !where(item.fields)) {
      ledger.filteredOut();
      if (keepSkips) skipsAt.set(ledger.rows - 1, 'filtered_out');
      if (keep) entries.push({ kind: 'skipped', line: item.line, reason: 'filtered_out', fields: item.fields });
      return;
    }
    textFill.add(item.line, item.fields);
    const result = atFile(opened.source, () => normalizeRecord(item, mapping, normalizeOptions));
    for (const invalid of result.invalid) ledger.invalidValue(invalid);
    const row = result.row;
    if (row === null) {
      const skip = result.skip ?? { kind: 'skip' as const, line: item.line, reason: 'malformed_row' as const, detail: 'record not usable' };
      ledger.skip(skip);
      if (keepSkips) skipsAt.set(ledger.rows - 1, skip.reason);
      if (keep) entries.push({ kind: 'skipped', line: item.line, reason: skip.reason, fields: item.fields });
      return;
    }
    if (result.provisionalDate === true) provisionalDates.push(analysed);
    if (keep) entries.push({ kind: 'analysed', row: analysed, fields: item.fields });
    rows.add({
      line: row.line,
      id: row.id,
      date: row.date,
      nps: row.nps,
      csat: row.csat,
      ces: row.ces,
      rating: row.rating,
      by: by.length === 0 ? NO_VALUES : by.map((column) => (item.fields[column] ?? '').trim()),
    });
    texts.push(row.text);
    analysed += 1;
    ledger.analyzed += 1;
    if (texts.length >= batchRows) flush();
  };

  try {
    for (const batch of buffered) for (const item of batch) take(item);
    buffered.length = 0;
    if (!exhausted) {
      for (;;) {
        const next = await batches.next();
        if (next.done === true) break;
        for (const item of next.value) take(item);
        if (pool !== null) await settle(MAX_PENDING);
      }
    }
    flush();
    await settle(0);
  } finally {
    await (pool as ScorePool | null)?.close();
  }

  report('analysing');
  // Reader warnings (NUL bytes removed, invalid UTF-8 replaced, …) are complete once the items are read.
  const warnings: string[] = [...opened.warnings];
  if (ledger.rows === 0) throw new CxError('empty_input', 'no records to analyse', { file: opened.source });
  const sparse = sparseTextWarning(textFill.result());
  if (sparse !== null && options.columns?.strict === true) throw new CxError('no_text_column', sparse.replace(/ \(--strict makes this an error\)$/, ' (--strict)'), { file: opened.source });
  if (sparse !== null) warnings.push(sparse);
  // D/M versus M/D is settled by the whole file: the rows read provisionally are read back and rewritten.
  const provisional = provisionalDates.map((index) => rows.dateOf(index));
  const dated = settleDateOrder(provisional, provisional.map((_, index) => index), dateEvidence);
  if (dated.rows !== provisional) dated.rows.forEach((row, index) => rows.setDate(provisionalDates[index] as number, row.date));
  for (const invalid of dated.invalid) ledger.invalidValue(invalid);
  const undecidedDates = provisionalDates.length > 0 && dated.order === null && mapping.date !== null ? undecidedDatesWarning(mapping.date.column, dateEvidence) : null;
  if (undecidedDates !== null) warnings.push(undecidedDates);
  return { opened, mapping, ledger, rows: rows.build(keepTexts ? (index) => store.textOf(index) as string : null), docs, entries, skipsAt, by, warnings, undecidedDates };
}

/** Every record was skipped by the reader (e.g. a CSV read as JSON Lines): say why, not "no text column". */
function unreadableRecords(opened: OpenedInput, skips: readonly ReadItem[]): never {
  const reasons = new Map<string, number>();
  for (const item of skips) if (item.kind === 'skip') reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1);
  const counts = [...reasons].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([reason, count]) => `${reason}: ${count}`);
  const first = skips.find((item) => item.kind === 'skip');
  const hint = reasons.has('invalid_json') ? `; is it really ${opened.format === 'json' ? 'JSON' : 'JSON Lines'}? (--input-format csv|tsv|jsonl|json)` : '';
  throw new CxError('malformed_input', `none of the ${skips.length} records could be read (${counts.join(', ')})${hint}`, {
    file: opened.source,
    ...(first === undefined ? {} : { line: first.line }),
  });
}

/** Runs `step`; a CxError it throws without a file gets the input's name. */
function atFile<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof CxError && error.file === undefined) {
      throw new CxError(error.code, error.message, {
        file,
        ...(error.line === undefined ? {} : { line: error.line }),
        ...(error.column === undefined ? {} : { column: error.column }),
      });
    }
    throw error;
  }
}

/** Throws when nothing could be analysed: a report over zero comments would mislead. */
export function requireAnalysed(collected: Collected): void {
  if (collected.rows.length > 0) return;
  const reasons = Object.entries(collected.ledger.summary(collected.opened).skippedByReason)
    .map(([reason, count]) => `${reason}: ${count}`)
    .join(', ');
  throw new CxError('insufficient_data', `none of the ${collected.ledger.rows} records could be analysed (${reasons})`, {
    file: collected.opened.source,
  });
}
