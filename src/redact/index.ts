/** PII redaction: pure functions that mask e-mail addresses, phone numbers, card numbers and IBANs. */
export { redact, findPii } from './redact.js';
export { luhnValid } from './luhn.js';
export { ibanValid } from './iban.js';
export type { PiiKind, PiiSpan, RedactOptions } from './types.js';
