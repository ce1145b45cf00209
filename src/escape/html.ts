import { ANSI_SEQUENCE, CONTROL } from './_controls.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Untrusted text as HTML text or a quoted attribute value: `& < > " '` become entities (the
 * OWASP XSS prevention cheat sheet's rule for HTML contexts), escape sequences and control
 * characters other than tab, LF and CR are removed (they are not allowed in HTML).
 *
 * @example html('<img src=x onerror="alert(1)">') // '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 */
export function html(text: string): string {
  return text
    .replace(ANSI_SEQUENCE, '')
    .replace(CONTROL, '')
    .replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}
