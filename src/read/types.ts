/** Types of the read stage: bytes in, raw records (or skips) out. */

export type InputFormat = 'csv' | 'tsv' | 'jsonl' | 'json';

export type ReadOptions = {
  /** File path, or '-' for stdin. `.gz` is decompressed transparently. */
  readonly path: string;
  /** Force a format; otherwise by extension, then by sniffing the first bytes. */
  readonly format?: InputFormat;
  /** Force a CSV delimiter; otherwise sniffed among , ; \t | */
  readonly delimiter?: string;
  /** Force an encoding (utf8, utf16le, utf16be, latin1, windows-1252); otherwise BOM / UTF-8. */
  readonly encoding?: string;
  /** false = the first row is data, columns are named column_1, column_2, … */
  readonly header?: boolean;
};

/** Why a record was not analysed. Every input record ends up analysed or as exactly one Skip. */
export type SkipReason =
  | 'empty_text' // no text in the text column(s)
  | 'non_answer' // reserved: non-answers are counted by themes, not skipped (kept for schema stability)
  | 'malformed_row' // CSV record that could not be parsed (e.g. wrong field count beyond repair)
  | 'invalid_json' // JSONL line that is not a JSON object
  | 'duplicate_header' // a repeated header row inside the data
  | 'blank_row'; // a record with every field empty

export type Skip = {
  readonly kind: 'skip';
  /** 1-based line number where the record starts in the input. */
  readonly line: number;
  readonly reason: SkipReason;
  readonly detail: string;
};

/** One record as read: field values are strings (JSON values are stringified; nested objects flattened with dots). */
export type RawRecord = {
  readonly kind: 'record';
  /** 1-based line number where the record starts in the input. */
  readonly line: number;
  /** Null-prototype object: column name → raw string value. */
  readonly fields: Readonly<Record<string, string>>;
};

export type ReadItem = RawRecord | Skip;

export type OpenedInput = {
  /** What the user passed (path or '-'); used in messages. */
  readonly source: string;
  readonly format: InputFormat;
  readonly delimiter: string | null;
  readonly encoding: string;
  readonly compressed: boolean;
  /** Column names in input order (for JSON: keys of the first records, flattened, in first-seen order). */
  readonly columns: readonly string[];
  /** Records in input order; the first ones may have been buffered to sniff columns. */
  readonly items: AsyncIterable<ReadItem>;
  /**
   * The same records in input order, in batches (about one per 64 KB of input): the fast way to
   * consume them, one `await` per batch instead of per record. Iterate `items` or `batches`, not both.
   */
  readonly batches: AsyncIterable<readonly ReadItem[]>;
  /**
   * Problems that did not stop the read, as sentences for the analyst (invalid UTF-8 replaced,
   * NUL bytes removed, …). Filled while `items` is consumed: read it after the iteration ends.
   */
  readonly warnings: readonly string[];
  /** Column → its question wording, from a second header row (Qualtrics, SurveyMonkey); absent when there is none. */
  readonly questionTexts?: Readonly<Record<string, string>>;
  /** Bytes of the file read so far (compressed bytes for .gz), for progress; absent for stdin. */
  readonly bytesRead?: () => number;
  /** The file's size in bytes; absent for stdin. */
  readonly totalBytes?: number;
};

/** Options of `openStream`: like ReadOptions, but the bytes come from a stream (stdin, tests). */
export type StreamOptions = Omit<ReadOptions, 'path'> & {
  /** Name used in messages and as `source` (e.g. '-' or the path). */
  readonly source: string;
  /** Name used to pick the format by extension (the path), if any. */
  readonly filename?: string;
};
