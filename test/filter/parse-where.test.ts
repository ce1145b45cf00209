import { describe, expect, it } from 'vitest';
import { parseWhere } from '../../src/filter/index.js';
import { CxError } from '../../src/errors.js';

describe('parseWhere', () => {
  it.each([
    ['region=EMEA', { column: 'region', operator: '=', value: 'EMEA' }],
    ['channel != phone', { column: 'channel', operator: '!=', value: 'phone' }],
    ['note=a=b', { column: 'note', operator: '=', value: 'a=b' }],
    ['region=', { column: 'region', operator: '=', value: '' }],
    ['Product line=Home & Garden', { column: 'Product line', operator: '=', value: 'Home & Garden' }],
  ])('%s', (spec, expected) => {
    expect(parseWhere(spec)).toEqual(expected);
  });

  it.each(['region', '=EMEA', '!=EMEA', ' =x'])('refuses "%s" as a usage error', (spec) => {
    expect(() => parseWhere(spec)).toThrow(CxError);
    try {
      parseWhere(spec);
    } catch (error) {
      expect((error as CxError).code).toBe('usage');
    }
  });
});
