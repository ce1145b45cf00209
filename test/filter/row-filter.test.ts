import { describe, expect, it } from 'vitest';
import { createRowFilter, describeWhere, parseWhere } from '../../src/filter/index.js';

const COLUMNS = ['region', 'channel', 'comment'];
const filter = (...specs: string[]) => createRowFilter(specs.map(parseWhere), COLUMNS);
const row = (region: string, channel: string) => Object.freeze({ region, channel, comment: 'x' });

describe('createRowFilter', () => {
  it('keeps records whose value equals the condition, compared trimmed and case-sensitively', () => {
    const keep = filter('region=EMEA');
    expect([row('EMEA', 'web'), row(' EMEA ', 'web'), row('emea', 'web'), row('NA', 'web')].map(keep)).toEqual([true, true, false, false]);
  });

  it('treats = on one column as any of, and everything else as all of', () => {
    const keep = filter('region=EMEA', 'region=APAC', 'channel!=phone');
    expect([row('EMEA', 'web'), row('APAC', 'app'), row('APAC', 'phone'), row('NA', 'web')].map(keep)).toEqual([true, true, false, false]);
  });

  it('reads a missing field as empty', () => {
    const keep = createRowFilter([parseWhere('region=')], COLUMNS);
    expect(keep(Object.freeze({ channel: 'web' }))).toBe(true);
    expect(keep(row('EMEA', 'web'))).toBe(false);
  });

  it('names the columns there are when the column does not exist', () => {
    expect(() => filter('country=FR')).toThrow('--where: no column named "country"; the columns are: region, channel, comment');
  });

  it('keeps everything without conditions', () => {
    expect(filter()(row('NA', 'phone'))).toBe(true);
  });
});

describe('describeWhere', () => {
  it('says the conditions in words', () => {
    expect(describeWhere(['region=EMEA', 'region=APAC', 'channel!=phone'].map(parseWhere))).toBe('region = EMEA or APAC, channel ≠ phone');
  });
});
