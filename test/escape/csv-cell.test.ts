import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../src/escape/index.js';

describe('csvCell', () => {
  // RFC 4180 §2.6-2.7: fields with commas, quotes or line breaks are quoted, quotes doubled.
  it.each([
    ['plain text', 'plain text'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['line1\r\nline2', '"line1\r\nline2"'],
    ['😀 emoji, fine', '"😀 emoji, fine"'],
  ])('quotes %j as %j (RFC 4180)', (input, expected) => expect(csvCell(input)).toBe(expected));

  // OWASP CSV injection: formula-starting cells get a leading single quote (inside the quotes).
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil.example","click")', '"\'=HYPERLINK(""http://evil.example"",""click"")"'],
    ['+cmd|\' /C calc\'!A0', "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', '"\'\r=1+1"'],
    ['- great service', "'- great service"],
    ['+44 20 7946 0958', "'+44 20 7946 0958"],
  ])('neutralises %j as %j (OWASP)', (input, expected) => expect(csvCell(input)).toBe(expected));

  // Plain numbers stay numbers: a spreadsheet cannot execute them.
  it.each([
    ['-0.42', '-0.42'],
    ['+3', '+3'],
    ['-1e-5', '-1e-5'],
    ['-.5', '-.5'],
    ['42', '42'],
  ])('keeps the plain number %j', (input, expected) => expect(csvCell(input)).toBe(expected));

  it('writes numbers, booleans and missing values', () => {
    expect(csvCell(-0.42)).toBe('-0.42');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes for the delimiter in use', () => {
    expect(csvCell('a;b', { delimiter: ';' })).toBe('"a;b"');
    expect(csvCell('a,b', { delimiter: ';' })).toBe('a,b');
    expect(csvCell('a\tb', { delimiter: '\t' })).toBe('"a\tb"');
  });
});

describe('csvRow', () => {
  it('joins escaped cells with the delimiter', () => {
    expect(csvRow(['R-1', -0.42, '=cmd', 'a, "b"', null])).toBe('R-1,-0.42,\'=cmd,"a, ""b""",');
    expect(csvRow(['a;b', 1], { delimiter: ';' })).toBe('"a;b";1');
  });
});
