import { CxError } from '../errors.js';
import type { WhereCondition } from './types.js';

/**
 * `COL=VALUE` or `COL!=VALUE` → a condition. The first `!=` or `=` splits column from value, so a
 * value may itself contain `=` ("note=a=b" is column note, value "a=b"); column and value are
 * trimmed; an empty value matches empty cells. A column name containing `=` cannot be filtered on.
 *
 * @example parseWhere('region=EMEA') // { column: 'region', operator: '=', value: 'EMEA' }
 * parseWhere('channel != phone') // { column: 'channel', operator: '!=', value: 'phone' }
 */
export function parseWhere(spec: string): WhereCondition {
  const equals = spec.indexOf('=');
  if (equals <= 0) throw new CxError('usage', `--where: expected COLUMN=VALUE or COLUMN!=VALUE, got "${spec}"`);
  const negated = spec[equals - 1] === '!';
  const column = spec.slice(0, negated ? equals - 1 : equals).trim();
  if (column === '') throw new CxError('usage', `--where: no column name in "${spec}"`);
  return { column, operator: negated ? '!=' : '=', value: spec.slice(equals + 1).trim() };
}
