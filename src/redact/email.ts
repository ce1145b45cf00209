import type { PiiSpan } from './types.js';

// local@domain.tld. The look-behind lets a match start only at the beginning of a run of
// local-part characters, so a long run without '@' is scanned once, not once per position.
const EMAIL = /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** Finds e-mail addresses (the domain needs a dot and a final label of two or more letters). */
export function findEmails(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const match of text.matchAll(EMAIL)) {
    let value = match[0];
    // "name@example.com." at the end of a sentence: the final dot is not part of the address.
    const tld = value.slice(value.lastIndexOf('.') + 1);
    if (!/^[A-Za-z]{2,63}$/.test(tld)) continue;
    value = value.replace(/^[.'-]+/, '');
    const start = match.index + (match[0].length - value.length);
    spans.push({ kind: 'email', start, end: match.index + match[0].length });
  }
  return spans;
}
