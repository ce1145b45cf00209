import { describe, expect, it } from 'vitest';
import { deltaMode, type DeltaOptions } from '../../src/pipeline.js';

const one = [{ path: 'a.csv' }];
const two = [{ path: 'a.csv' }, { path: 'b.csv' }];

describe('deltaMode', () => {
  it.each<[string, DeltaOptions, string]>([
    ['two files', { inputs: two }, 'files'],
    ['--split', { inputs: one, split: '2025-04-01' }, 'split'],
    ['--period', { inputs: one, period: 'month' }, 'period'],
    ['ranges', { inputs: one, baselineFrom: '2025-01-01', currentFrom: '2025-02-01' }, 'ranges'],
    ['--by', { inputs: one, by: 'region' }, 'by'],
    ['--by with values', { inputs: one, by: 'region', baselineValue: 'EMEA', currentValue: 'NA' }, 'by'],
  ])('%s → %s', (_name, options, mode) => expect(deltaMode(options)).toBe(mode));

  it.each<[string, DeltaOptions, RegExp]>([
    ['one file, nothing to split by', { inputs: one }, /needs a second file, or one of --split/],
    ['two ways at once', { inputs: one, split: '2025-04-01', period: 'month' }, /--split and --period cannot be combined/],
    ['two files and a split', { inputs: two, split: '2025-04-01' }, /--split needs a single file/],
    ['--baseline without --by', { inputs: one, split: '2025-04-01', baselineValue: 'EMEA' }, /name values of the --by column/],
    ['--by with one value', { inputs: one, by: 'region', baselineValue: 'EMEA' }, /needs both --baseline and --current/],
  ])('%s is a usage error', (_name, options, message) => {
    expect(() => deltaMode(options)).toThrowError(message);
    try {
      deltaMode(options);
    } catch (error) {
      expect((error as { code: string }).code).toBe('usage');
    }
  });
});
