import { describe, expect, it } from 'vitest';
import { markdownCell } from '../../src/escape/index.js';

describe('markdownCell', () => {
  it.each([
    ['plain comment', 'plain comment'],
    ['a | b', 'a \\| b'],
    ['line1\nline2', 'line1<br>line2'],
    ['line1\r\nline2\rline3', 'line1<br>line2<br>line3'],
    ['`rm -rf`', '\\`rm -rf\\`'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<!-- hidden -->', '&lt;!-- hidden --&gt;'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![x](http://tracker.example/p.gif)', '!\\[x\\](http://tracker.example/p.gif)'],
    ['**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_'],
    ['AT&T &amp;', 'AT&amp;T &amp;amp;'],
    ['back\\slash', 'back\\\\slash'],
    ['tab\there', 'tab here'],
    ['\x1b[31mred\x1b[0m', 'red'],
    ['bell\x07', 'bell'],
    ['love it 😍👍🏽', 'love it 😍👍🏽'],
  ])('escapes %j as %j', (input, expected) => expect(markdownCell(input)).toBe(expected));
});
