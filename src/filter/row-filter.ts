import { CxError } from '../errors.js';
import type { RowFilter, WhereCondition } from './types.js';

/**
 * The conditions as one predicate on a record's fields, checked against the input's columns.
 *
 * Meaning: `=` conditions on the same column are alternatives (`--where region=EMEA --where
 * region=APAC` keeps both regions); everything else must hold together (`=` on different columns,
 * and every `!=`). Values are compared trimmed and exactly (case matters: "EMEA" is not "emea").
 * A record without the column has the value ''. No conditions → every record passes.
 *
 * Errors: a column the input does not have → CxError 'usage' naming the columns there are.
 *
 * @example
 * const keep = createRowFilter([{ column: 'region', operator: '=', value: 'EMEA' }, { column: 'channel', operator: '!=', value: 'phone' }], ['region', 'channel'])
 * keep({ region: 'EMEA', channel: 'web' }) // true;  keep({ region: 'EMEA', channel: 'phone' }) // false
 */
export function createRowFilter(conditions: readonly WhereCondition[], columns: readonly string[]): RowFilter {
  for (const condition of conditions) {
    if (!columns.includes(condition.column)) {
      throw new CxError('usage', `--where: no column named "${condition.column}"; the columns are: ${columns.join(', ')}`);
    }
  }
  const anyOf = new Map<string, Set<string>>();
  const noneOf: [string, string][] = [];
  for (const condition of conditions) {
    if (condition.operator === '!=') {
      noneOf.push([condition.column, condition.value]);
      continue;
    }
    let values = anyOf.get(condition.column);
    if (values === undefined) anyOf.set(condition.column, (values = new Set()));
    values.add(condition.value);
  }
  const required = [...anyOf.entries()];
  return (fields) => {
    for (const [column, values] of required) if (!values.has((fields[column] ?? '').trim())) return false;
    for (const [column, value] of noneOf) if ((fields[column] ?? '').trim() === value) return false;
    return true;
  };
}

/** 'region = EMEA or APAC, channel ≠ phone': the conditions in words, for notes and report headers. */
export function describeWhere(conditions: readonly WhereCondition[]): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const condition of conditions) {
    if (condition.operator === '!=') {
      parts.push(`${condition.column} ≠ ${condition.value}`);
      continue;
    }
    if (seen.has(condition.column)) continue;
    seen.add(condition.column);
    const values = conditions.filter((other) => other.operator === '=' && other.column === condition.column).map((other) => other.value);
    parts.push(`${condition.column} = ${values.join(' or ')}`);
  }
  return parts.join(', ');
}
