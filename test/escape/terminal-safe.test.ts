import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/escape/index.js';
import { expectLinear } from '../_linear.js';

describe('terminalSafe', () => {
  it.each([
    ['plain text', 'plain text'],
    ['\x1b[31mred\x1b[0m', 'red'], // SGR colour
    ['\x1b[1;32;48;5;200mbold\x1b[m', 'bold'],
    ['\x1b[2J\x1b[Hcleared', 'cleared'], // erase screen, cursor home
    ['\x1b]0;pwned title\x07after', 'after'], // OSC window title, BEL-terminated
    ['\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\', 'link'], // OSC 8 hyperlink, ST-terminated
    ['\x1bPq#0;2;0;0;0\x1b\\sixel', 'sixel'], // DCS
    ['\x1bcreset', 'reset'], // RIS (two-byte escape)
    ['\x9b31mc1 csi', 'c1 csi'], // 8-bit CSI
    ['nul\x00 bell\x07 bs\x08 del\x7f c1\x85', 'nul bell bs del c1'],
    ['tab\there', 'tab here'],
    ['fake\rreal', 'fake real'],
    ['two\nlines', 'two lines'],
    ['abc\u202edcba', 'abcdcba'], // right-to-left override
    ['family 👨\u200d👩\u200d👧 ok', 'family 👨\u200d👩\u200d👧 ok'], // ZWJ kept
    ['\x1b[', ''], // a lone CSI introducer is removed as a two-byte escape
    ['\x1b[999 tail', 'ail'], // parsed as a terminal would: CSI 999, intermediate ' ', final 't'
  ])('cleans %j to %j', (input, expected) => expect(terminalSafe(input)).toBe(expected));

  it('keeps line breaks when asked, normalising CRLF and CR to LF', () => {
    expect(terminalSafe('a\r\nb\rc\nd\x1b[0m', { keepNewlines: true })).toBe('a\nb\nc\nd');
  });

  it.each([
    ['escape-bracket pairs', '', '\x1b['],
    ['an unterminated CSI', '\x1b[', '0;'],
    ['unterminated OSCs', '', '\x1b]0;x'],
    ['control characters', '', '\x07'],
  ])('runs in linear time on %s (time on 4n vs n characters)', (_name, prefix, unit) => {
    expectLinear((n) => prefix + unit.repeat(Math.ceil(n / unit.length)), (text) => terminalSafe(text), 100_000);
  });
});
