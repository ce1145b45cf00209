/** Types of the filter stage: `--where COL=VALUE` / `--where COL!=VALUE`. */

/** One condition: the column's value (trimmed) equals, or differs from, `value` (trimmed). */
export type WhereCondition = {
  readonly column: string;
  readonly operator: '=' | '!=';
  readonly value: string;
};

/** Does a record (column → raw value) pass every condition? */
export type RowFilter = (fields: Readonly<Record<string, string>>) => boolean;
