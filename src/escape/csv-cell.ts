export type CsvCellOptions = {
  /** Field delimiter (default ','). Fields containing it are quoted. */
  readonly delimiter?: string;
};

// A plain decimal number (optionally signed, with decimals or an exponent). Spreadsheets read it
// as a number, never as a formula, so it keeps its leading '-' or '+'.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// OWASP "CSV Injection": cells starting with these characters can be run as formulas.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, safe to open in a spreadsheet.
 *
 * 1. CSV injection (OWASP, https://owasp.org/www-community/attacks/CSV_Injection): a text that
 *    starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading single quote, so
 *    Excel, LibreOffice and Google Sheets show it as text instead of evaluating it. Plain
 *    numbers such as `-0.42` or `+3` are left as they are: a spreadsheet reads them as numbers,
 *    which cannot execute, and analysts need them to stay numeric.
 * 2. RFC 4180 quoting: a field containing the delimiter, a double quote, CR or LF is wrapped in
 *    double quotes, with inner double quotes doubled.
 *
 * `null`/`undefined` and non-finite numbers are empty fields.
 *
 * @example csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 * @example csvCell(-0.42)                   // '-0.42'
 */
export function csvCell(value: string | number | boolean | null | undefined, options: CsvCellOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  const delimiter = options.delimiter ?? ',';
  if (text.includes(delimiter) || /["\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** A CSV record: the cells joined by the delimiter (no line terminator). */
export function csvRow(values: readonly (string | number | boolean | null | undefined)[], options: CsvCellOptions = {}): string {
  return values.map((value) => csvCell(value, options)).join(options.delimiter ?? ',');
}
