// Shared by the command handlers: loading a taxonomy file, and the stderr notes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ColumnMapping } from '../../columns/types.js';
import { CxError } from '../../errors.js';
import type { InputSummary } from '../../pipeline/types.js';
import { columnsNote, ledgerNotes, warningNotes } from '../../render/notes.js';
import type { Taxonomy } from '../../themes/types.js';
import { note, type CliIo } from '../io.js';

export async function loadTaxonomy(path: string, io: CliIo): Promise<Taxonomy> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CxError('file_not_found', 'taxonomy file not found', { file: path });
    throw new CxError('unreadable_input', `cannot read the taxonomy: ${(error as Error).message}`, { file: path });
  }
  const { parseTaxonomy } = await import('../../themes/index.js');
  return parseTaxonomy(text, path);
}

export function printNotes(
  io: CliIo,
  quiet: boolean,
  result: { readonly columns: ColumnMapping; readonly input: InputSummary; readonly warnings: readonly string[] },
  label = '',
): void {
  if (quiet) return;
  const prefix = label === '' ? '' : `${label}: `;
  note(io, false, prefix + columnsNote(result.columns));
  for (const line of ledgerNotes(result.input)) note(io, false, prefix + line);
  for (const line of warningNotes(result.warnings)) note(io, false, prefix + line);
}
