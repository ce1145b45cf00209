/**
 * read → columns → normalize → tokenize → sentiment, streaming: the first records (up to
 * SAMPLE_SIZE) are buffered to detect the columns, then every record is normalised and scored.
 * Keeps one compact `AnalysedRow` and one `ThemeDoc` per analysed record (themes need the
 * tokens and clause scores of every row); the original fields only when asked (enrich).
 */
import { availableParallelism } from 'node:os';
import { detectColumns, resolveDateFormat } from '../columns/index.js';
import type { ColumnMapping, ColumnOverrides } from '../columns/types.js';
import { CxError } from '../errors.js';
import { normalizeRecord } from '../normalize/index.js';
import { openInput } from '../read/index.js';
import type { OpenedInput, RawRecord, ReadItem } from '../read/types.js';
import { createScorer } from '../sentiment/index.js';
import type { CxEntry } from '../sentiment/index.js';
import type { SentimentLabel, Thresholds } from '../sentiment/types.js';
import type { ThemeDoc } from '../themes/types.js';
import { tokenize, Vocabulary } from '../tokenize/index.js';
import { createRowFilter, type WhereCondition } from '../filter/index.js';
import { DocStore } from './compact-docs.js';
import { Ledger } from './ledger.js';
import type { InputOptions } from './types.js';
import { LABELS, scoreBatch, VocabularyMap } from './workers/packed.js';
import { ScorePool, workersAvailable, type Scored } from './workers/pool.js';

export const SAMPLE_SIZE = 1000;
/** Records read on one thread before worker threads start (smaller inputs never start them). */
export const PARALLEL_FROM = 20_000;
/** Comments per batch sent to a worker. */
export const BATCH_ROWS = 1000;
/** Distinct dates and segment values shared between rows (beyond it, values are kept as they come). */
const MAX_INTERNED = 100_000;
/** Batches outstanding per worker beyond which the main thread scores the next batch itself. */
const BACKLOG = 2;
/** Threads when not told: the available cores, at most this many. */
export const DEFAULT_THREADS = 4;
/** Batches read and not yet merged beyond which reading waits for the oldest (bounds the memory in flight). */
const MAX_PENDING = 16;
/** Most worker threads, whatever --threads asks. */
export const MAX_WORKERS = 7;

export type AnalysedRow = {
  readonly line: number;
  readonly id: string | null;
  readonly text: string;
  readonly date: string | null;
  readonly nps: number | null;
  readonly csat: number | null;
  readonly ces: number | null;
  readonly rating: number | null;
  readonly score: number;
  readonly label: SentimentLabel;
  /** Values of the `by` columns, in the order given ('' when missing). */
  readonly by: readonly string[];
};

/** An analysed row before it is scored. */
type Draft = Omit<AnalysedRow, 'score' | 'label'>;

/** Every input record in order, for `cx enrich`. */
export type LedgerEntry =
  | { readonly kind: 'analysed'; readonly row: number; readonly fields: Readonly<Record<string, string>> }
  | {
      readonly kind: 'skipped';
      readonly line: number;
      readonly reason: string;
      readonly fields: Readonly<Record<string, string>>;
    };

export type CollectOptions = {
  readonly input: InputOptions;
  readonly columns?: ColumnOverrides;
  readonly by?: readonly string[];
  /** Also keep the values of the segment columns detected or named (after `by`, in `by` of the rows). */
  readonly segments?: boolean;
  /** `--where`: records that fail a condition are counted in the ledger as `filtered_out`, not analysed. */
  readonly where?: readonly WhereCondition[];
  readonly dateFormat?: 'ymd' | 'mdy' | 'dmy';
  readonly thresholds?: Thresholds;
  /** Keep every record's original fields, skipped ones included (enrich). */
  readonly keepEntries?: boolean;
  /**
   * Keep, per skipped record, its position among the records read and its reason (`skipsAt`), so
   * that a second read of the same input can tell analysed from skipped records (enrich, files).
   */
  readonly keepSkips?: boolean;
  /** Mask PII in the invalid score values echoed in the report (default true; false with --no-redact). */
  readonly redactValues?: boolean;
  /** Domain sentiment words (`--lexicon`, cx.config.json), valence on VADER's −4 … +4 scale. */
  readonly extraLexicon?: readonly CxEntry[];
  /**
   * Threads for tokenize + sentiment, this one included (default: the available cores, at most
   * DEFAULT_THREADS): with N > 1, N − 1 worker threads score batches once `parallelFrom` records
   * are read, and this thread scores a batch itself when they have a backlog. The result is the
   * same for any N. Without the built worker script (code run from the TypeScript sources, as in
   * unit tests) everything runs on this thread.
   */
  readonly threads?: number;
  /** Records read before worker threads start (default PARALLEL_FROM; tests lower it). */
  readonly parallelFrom?: number;
  /** Comments per scoring batch (default BATCH_ROWS; tests lower it). */
  readonly batchRows?: number;
  /** Called every PROGRESS_EVERY records while reading, and once when reading is done (the CLI draws it). */
  readonly onProgress?: (progress: Progress) => void;
};

/** How far collect is: records read so far, and bytes of the file when known. */
export type Progress = {
  readonly stage: 'reading' | 'analysing';
  readonly rows: number;
  /** Bytes read so far and the file's size; null for stdin. */
  readonly bytes: number | null;
  readonly totalBytes: number | null;
};

/** Records between two progress calls. */
export const PROGRESS_EVERY = 4096;

export type Collected = {
  readonly opened: OpenedInput;
  readonly mapping: ColumnMapping;
  readonly ledger: Ledger;
  readonly rows: readonly AnalysedRow[];
  readonly docs: readonly ThemeDoc[];
  readonly entries: readonly LedgerEntry[];
  /** With `keepSkips`: position of each skipped record among all records read (0-based) → its reason. */
  readonly skipsAt: ReadonlyMap<number, string>;
  readonly by: readonly string[];
  readonly warnings: readonly string[];
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
  const dateFormat = atFile(opened.source, () => resolveDateFormat(mapping, sample, options.dateFormat));
  const normalizeOptions = dateFormat === undefined || dateFormat === null ? {} : { dateFormat };
  // The pipeline keeps scores and clause ranges only; explanations are for `cx sentiment`.
  const scorer = createScorer({
    collectContributions: false,
    ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }),
    ...(options.extraLexicon === undefined || options.extraLexicon.length === 0 ? {} : { extraLexicon: options.extraLexicon }),
  });
  const ledger = new Ledger(options.redactValues !== false);
  const rows: AnalysedRow[] = [];
  const docs: ThemeDoc[] = [];
  const vocabulary = new Vocabulary();
  const store = new DocStore(vocabulary);
  const entries: LedgerEntry[] = [];
  const keep = options.keepEntries === true;
  const skipsAt = new Map<number, string>();
  const keepSkips = options.keepSkips === true;
  let analysed = 0;
  // Dates and segment values repeat across rows: one string each (a million rows name a few hundred days).
  const interned = new Map<string, string>();
  const intern = (value: string): string => {
    const known = interned.get(value);
    if (known !== undefined) return known;
    if (interned.size < MAX_INTERNED) interned.set(value, value);
    return value;
  };

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
  type Pending = { readonly drafts: readonly Draft[]; readonly texts: readonly string[]; readonly scored: Promise<Scored> | null; done: Scored | null };
  const pending: Pending[] = [];
  let drafts: Draft[] = [];
  let texts: string[] = [];

  const merge = ({ batch, worker }: Scored, batchDrafts: readonly Draft[], batchTexts: readonly string[]): void => {
    const map = worker < 0 ? ownMap : (workerMaps[worker] ??= new VocabularyMap(vocabulary));
    for (const doc of store.addBatch(batchTexts, batch, map)) docs.push(doc);
    for (let k = 0; k < batchDrafts.length; k++) {
      const draft = batchDrafts[k] as Draft;
      rows.push({
        line: draft.line,
        id: draft.id,
        text: draft.text,
        date: draft.date,
        nps: draft.nps,
        csat: draft.csat,
        ces: draft.ces,
        rating: draft.rating,
        score: batch.scores[k] as number,
        label: LABELS[batch.labels[k] as number] as SentimentLabel,
        by: draft.by,
      });
    }
  };
  const flush = (): void => {
    if (drafts.length === 0) return;
    if (pool === null && threads > 1 && ledger.rows >= parallelFrom && workersAvailable()) {
      pool = new ScorePool(Math.min(threads - 1, MAX_WORKERS), {
        ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }),
        ...(options.extraLexicon === undefined ? {} : { extraLexicon: options.extraLexicon }),
      });
    }
    // The workers have a backlog: this thread scores the batch itself rather than wait idle later.
    const here = pool === null || pool.outstanding >= BACKLOG * pool.size;
    const scored = here ? { batch: scoreBatch(texts, tokenize, scorer, ownVocabulary), worker: -1 } : (pool as ScorePool).submit(texts);
    if (pending.length === 0 && !(scored instanceof Promise)) merge(scored, drafts, texts);
    else if (scored instanceof Promise) {
      const entry: Pending = { drafts, texts, scored, done: null };
      scored.then((result) => (entry.done = result), () => undefined);
      pending.push(entry);
    } else pending.push({ drafts, texts, scored: null, done: scored });
    drafts = [];
    texts = [];
  };
  /** Merges finished batches in order until at most `limit` are outstanding. */
  const settle = async (limit: number): Promise<void> => {
    while (pending.length > 0) {
      const head = pending[0] as Pending;
      // Ready batches are merged at once; a batch still being scored is waited for only beyond `limit`.
      if (head.done === null && pending.length <= limit) return;
      pending.shift();
      merge(head.done ?? (await (head.scored as Promise<Scored>)), head.drafts, head.texts);
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
    if (keep) entries.push({ kind: 'analysed', row: analysed, fields: item.fields });
    drafts.push({
      line: row.line,
      id: row.id,
      text: row.text,
      date: row.date === null ? null : intern(row.date),
      nps: row.nps,
      csat: row.csat,
      ces: row.ces,
      rating: row.rating,
      by: by.length === 0 ? NO_VALUES : by.map((column) => intern((item.fields[column] ?? '').trim())),
    });
    texts.push(row.text);
    analysed += 1;
    ledger.analyzed += 1;
    if (drafts.length >= batchRows) flush();
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
  return { opened, mapping, ledger, rows, docs, entries, skipsAt, by, warnings };
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
