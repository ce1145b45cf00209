export type * from './types.js';
import type { OpenedInput, ReadOptions } from './types.js';

/** Opens a file ('-' = stdin): decompresses, decodes, sniffs the format, yields records and skips. Throws CxError. */
export async function openInput(options: ReadOptions): Promise<OpenedInput> {
  void options;
  throw new Error('not implemented yet (read stage)');
}
