export type * from './types.js';
/** Opens a file ('-' = stdin): decompresses, decodes, sniffs the format, yields records and skips. Throws CxError. */
export { openInput } from './open-input.js';
/** The same on any byte stream (stdin, tests). */
export { openStream } from './open-stream.js';
