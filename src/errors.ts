/**
 * The one error a run that cannot give a result fails with. Stages throw it; only src/cli/
 * turns it into a message and an exit code (usage → 2, everything else → 1).
 */
export type CxErrorCode =
  | 'usage' // bad flag combination, unknown column named in a flag, bad option value
  | 'file_not_found'
  | 'unreadable_input' // I/O error, bad gzip, undecodable bytes
  | 'empty_input' // no bytes, or header only with no records
  | 'no_text_column' // no column could be used as the comment text
  | 'malformed_input' // the file as a whole cannot be parsed (e.g. unbalanced quote at EOF)
  | 'ambiguous_date' // dates like 03/04/2025 where D/M vs M/D cannot be decided: ask for --date-format
  | 'invalid_taxonomy'
  | 'insufficient_data';

export class CxError extends Error {
  readonly code: CxErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: string | undefined;
  constructor(
    code: CxErrorCode,
    message: string,
    where: { readonly file?: string; readonly line?: number; readonly column?: string } = {},
  ) {
    super(message);
    this.name = 'CxError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}

export const isUsageError = (error: CxError): boolean => error.code === 'usage';
