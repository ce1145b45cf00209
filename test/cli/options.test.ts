import { describe, expect, it } from 'vitest';
import { CxError } from '../../src/errors.js';
import { parseDelimiter, toColumnOverrides, toFormat, toInputOptions, toThresholds } from '../../src/cli/options.js';
import { colorLevel } from '../../src/cli/io.js';
import { fakeIo } from './_io.js';

describe('toInputOptions', () => {
  it('passes only the flags given', () => {
    expect(toInputOptions('a.csv', {})).toEqual({ path: 'a.csv' });
    expect(toInputOptions('-', { inputFormat: 'jsonl', delimiter: 'tab', encoding: 'latin1', header: false })).toEqual({
      path: '-',
      format: 'jsonl',
      delimiter: '\t',
      encoding: 'latin1',
      header: false,
    });
  });
});

describe('parseDelimiter', () => {
  it.each([
    [',', ','],
    [';', ';'],
    ['\\t', '\t'],
    ['tab', '\t'],
    ['TAB', '\t'],
    ['|', '|'],
    ['pipe', '|'],
  ])('%j → %j', (flag, delimiter) => expect(parseDelimiter(flag)).toBe(delimiter));
  it.each([[',,'], ['"'], ['']])('rejects %j as a usage error', (flag) => {
    expect(() => parseDelimiter(flag)).toThrowError(CxError);
    try {
      parseDelimiter(flag);
    } catch (error) {
      expect((error as CxError).code).toBe('usage');
    }
  });
});

describe('toColumnOverrides', () => {
  it('maps flags to roles, repeatable ones as arrays', () => {
    expect(toColumnOverrides({ text: ['title', 'body'], nps: 'Q1', segment: ['region'], csat: 'sat' })).toEqual({
      text: ['title', 'body'],
      nps: 'Q1',
      csat: 'sat',
      segments: ['region'],
    });
    expect(toColumnOverrides({})).toEqual({});
  });
});

describe('toThresholds', () => {
  it('fills the other threshold with its default', () => {
    expect(toThresholds({})).toBeUndefined();
    expect(toThresholds({ positiveThreshold: 0.2 })).toEqual({ positive: 0.2, negative: -0.05 });
    expect(toThresholds({ negativeThreshold: -0.3 })).toEqual({ positive: 0.05, negative: -0.3 });
  });
  it('rejects negative above positive', () => {
    expect(() => toThresholds({ positiveThreshold: 0.1, negativeThreshold: 0.2 })).toThrowError(/must not be above/);
  });
});

describe('toFormat', () => {
  it('--json means json; conflicts are usage errors', () => {
    expect(toFormat({}, 'table')).toBe('table');
    expect(toFormat({ json: true }, 'table')).toBe('json');
    expect(toFormat({ format: 'md' }, 'table')).toBe('md');
    expect(() => toFormat({ json: true, format: 'md' }, 'table')).toThrowError(/--json conflicts with --format md/);
  });
});

describe('colorLevel', () => {
  it('follows --no-color, NO_COLOR, FORCE_COLOR and the terminal', () => {
    expect(colorLevel(true, fakeIo({ tty: true }), false)).toBe(1);
    expect(colorLevel(true, fakeIo({ tty: false }), false)).toBe(0);
    expect(colorLevel(false, fakeIo({ tty: true }), false)).toBe(0);
    expect(colorLevel(true, fakeIo({ tty: true, env: { NO_COLOR: '1' } }), false)).toBe(0);
    expect(colorLevel(true, fakeIo({ tty: true, env: { NO_COLOR: '' } }), false)).toBe(1);
    expect(colorLevel(true, fakeIo({ tty: false, env: { FORCE_COLOR: '1' } }), false)).toBe(1);
    expect(colorLevel(true, fakeIo({ tty: false, env: { FORCE_COLOR: '3' } }), false)).toBe(3);
    expect(colorLevel(true, fakeIo({ tty: true, env: { FORCE_COLOR: '0' } }), false)).toBe(0);
    expect(colorLevel(true, fakeIo({ tty: true, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }), false)).toBe(0);
    expect(colorLevel(true, fakeIo({ tty: true }), true)).toBe(0); // --output file
  });
});
