import { ANSI_SEQUENCE, BIDI, CONTROL, unifyNewlines } from './_controls.js';

/**
 * Untrusted text as the content of a GitHub-flavoured Markdown table cell (or inline text):
 * - `\` `|` `` ` `` `[` `]` `*` `_` are backslash-escaped, so the text cannot end the cell, open
 *   code spans, links, images or emphasis;
 * - `&`, `<` and `>` become `&amp;` `&lt;` `&gt;`, so no raw HTML (script, img, comments) gets
 *   through;
 * - line breaks become `<br>` (a table row must stay on one line);
 * - escape sequences, control and bidi characters are removed; tabs become spaces.
 *
 * @example markdownCell('a | b\n<script>') // 'a \\| b<br>&lt;script&gt;'
 */
export function markdownCell(text: string): string {
  return unifyNewlines(text.replace(ANSI_SEQUENCE, ''))
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(/\t/g, ' ')
    .replace(/[\\|`[\]*_]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, '<br>');
}
