/** Types of the redact stage: which kinds of personal data cx masks, and where they were found. */

/** Kinds of personal data cx masks. Each is replaced by its placeholder, e.g. `[email]`. */
export type PiiKind = 'email' | 'phone' | 'card' | 'iban';

/** One piece of personal data found in a text: `text.slice(start, end)` is what gets masked. */
export type PiiSpan = {
  readonly kind: PiiKind;
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just past the last character. */
  readonly end: number;
};

export type RedactOptions = {
  /** Kinds to mask (default: all four). */
  readonly kinds?: readonly PiiKind[];
};
