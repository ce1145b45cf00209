/** `cx init <file>`: detect the columns on FILE and write them, with every other setting at its default, to cx.config.json. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectInput, starterConfig } from '../../config/index.js';
import { CxError } from '../../errors.js';
import { note, openSink, writeResult, type CliIo } from '../io.js';
import { toColumnOverrides, toDateFormat, toInputOptions, type RawOptions } from '../options.js';
import { CONFIG_FILE } from '../settings.js';
import { mappingNotes } from './_shared.js';

export async function runInit(file: string, raw: RawOptions, io: CliIo): Promise<number> {
  const name = typeof raw.config === 'string' ? raw.config : CONFIG_FILE;
  const target = resolve(io.cwd, name);
  if (existsSync(target) && raw.force !== true) {
    throw new CxError('usage', `${name} already exists; edit it, or run cx init again with --force to replace it`, { file: name });
  }
  const detected = await detectInput(toInputOptions(file, raw), toColumnOverrides(raw), toDateFormat(raw));
  const sink = await openSink(io, name, [file]);
  await writeResult(sink, `${JSON.stringify(starterConfig(detected.mapping, detected.dateFormat), null, 2)}\n`);
  const quiet = raw.quiet === true;
  for (const line of mappingNotes(detected.mapping, null)) note(io, quiet, line);
  note(io, quiet, `wrote ${name}: correct the columns there if needed (null = detect); cx analyze, enrich, delta and themes export read it from this folder`);
  return 0;
}
