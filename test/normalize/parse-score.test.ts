import { describe, expect, it } from 'vitest';
import { parseScore } from '../../src/normalize/index.js';
import { expectLinear } from '../_linear.js';

describe('parseScore', () => {
  it.each([
    ['7', 7],
    [' 7 ', 7],
    ['9.0', 9],
    ['10.0', 10],
    ['4,5', 4.5],
    ['10 - Extremely likely', 10],
    ['0 - Not at all likely', 0],
    ['5 - Very satisfied', 5],
    ['1 – Very dissatisfied', 1],
    ['4 stars', 4],
    ['4/5', 4],
    ['★★★★', 4],
    ['⭐⭐⭐⭐⭐', 5],
    ['★★★☆☆', 3],
    ['+3', 3],
    ['11', 11],
  ])('reads %j as %d', (raw, value) => {
    expect(parseScore(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['', '   ', 'N/A', 'n/a', 'na', 'NA', '-', '—', 'none', 'null', 'NaN', 'Not applicable', "Don't know"])(
    'treats %j as a missing answer',
    (raw) => {
      expect(parseScore(raw)).toEqual({ kind: 'missing' });
    },
  );

  it.each(['seven', 'ten', '7-8', '7 8', '#9', 'x9', '9 ?'])('rejects %j as not a number', (raw) => {
    expect(parseScore(raw)).toEqual({ kind: 'not_a_number' });
  });

  it('runs in linear time on a long value (time on 4n vs n characters)', () => {
    expect(parseScore('9'.repeat(100_000) + 'x').kind).toBe('not_a_number');
    expect(parseScore('1 ' + '-'.repeat(100_000)).kind).toBe('not_a_number');
    expectLinear((n) => '9'.repeat(n) + 'x', parseScore, 100_000);
    expectLinear((n) => '1 ' + '-'.repeat(n), parseScore, 100_000);
  });
});
