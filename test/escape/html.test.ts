import { describe, expect, it } from 'vitest';
import { html } from '../../src/escape/index.js';

describe('html', () => {
  // OWASP XSS Prevention Cheat Sheet, rule #1: & < > " ' as entities.
  it.each([
    ['plain', 'plain'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ["it's", 'it&#39;s'],
    ['fish & chips', 'fish &amp; chips'],
    ['&lt;', '&amp;lt;'],
    ['line1\nline2', 'line1\nline2'],
    ['nul\x00byte\x1b[2J', 'nulbyte'],
    ['café ☕', 'café ☕'],
  ])('escapes %j as %j', (input, expected) => expect(html(input)).toBe(expected));
});
