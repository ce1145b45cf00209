/** Header rows: naming columns and recognising repeated or second header rows inside the data. */

/** Column names from a header row: trimmed; blanks become `column_N`; repeats get `_2`, `_3`, … */
export function nameColumns(header: readonly string[]): string[] {
  const used = new Set<string>();
  const names: string[] = [];
  header.forEach((value, index) => {
    const base = value.trim() === '' ? `column_${index + 1}` : value.trim();
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    names.push(name);
  });
  return names;
}

/** `column_1` … `column_n` for headerless input. */
export const numberedColumns = (count: number): string[] => Array.from({ length: count }, (_, i) => `column_${i + 1}`);

const comparable = (value: string): string => value.trim().toLowerCase();

/** A data row that repeats the header (concatenated exports): same values, case and spaces aside. */
export function repeatsHeader(values: readonly string[], header: readonly string[]): boolean {
  return headerRepeat(header)(values);
}

/** `repeatsHeader` for one header, prepared once: the test for each row compares prepared names. */
export function headerRepeat(header: readonly string[]): (values: readonly string[]) => boolean {
  if (header.filter((value) => value.trim() !== '').length < 2) return () => false;
  const names = header.map(comparable);
  return (values) => {
    if (values.length !== names.length) return false;
    for (let index = 0; index < names.length; index++) if (comparable(values[index] as string) !== names[index]) return false;
    return true;
  };
}

const NUMBER_START = /^\s*[+-]?\d/;
const MISSING = new Set(['', 'n/a', 'na', 'n.a.', 'none', 'null', 'nan', '-', '--', '?', 'unknown', 'not applicable', 'no answer']);
const IMPORT_ID = /^\s*\{\s*"ImportId"/;

/**
 * Columns whose values (in `rows`) are numbers or start with one, e.g. `7`, `9.0`, `10 - Extremely
 * likely`, `2025-09-07`: at least 3 non-missing values and at least 90% of them.
 */
export function numericColumns(rows: readonly (readonly string[])[], width: number): number[] {
  const columns: number[] = [];
  for (let column = 0; column < width; column++) {
    let present = 0;
    let numeric = 0;
    for (const row of rows) {
      const value = row[column] ?? '';
      if (MISSING.has(comparable(value))) continue;
      present += 1;
      if (NUMBER_START.test(value)) numeric += 1;
    }
    if (present >= 3 && numeric >= 0.9 * present) columns.push(column);
  }
  return columns;
}

/** Qualtrics' third header row: every filled cell is `{"ImportId":"QID1"}`. */
export function isImportIdRow(values: readonly string[]): boolean {
  const filled = values.filter((value) => value.trim() !== '');
  return filled.length > 0 && filled.every((value) => IMPORT_ID.test(value));
}

/**
 * A second header row in the style of Qualtrics exports, right after the header: either the
 * question texts (every numeric column holds words, not a number and not a missing marker such as
 * "N/A") or the `{"ImportId":"QID1"}` row. Conservative: needs at least one numeric column.
 */
export function looksLikeQuestionRow(values: readonly string[], numeric: readonly number[]): boolean {
  if (isImportIdRow(values)) return true;
  if (numeric.length === 0) return false;
  return numeric.every((column) => {
    const value = values[column] ?? '';
    return !MISSING.has(comparable(value)) && !NUMBER_START.test(value) && /\p{L}/u.test(value);
  });
}
