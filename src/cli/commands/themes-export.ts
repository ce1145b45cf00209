/** `cx themes export <file>`: the discovered themes as a taxonomy file for --taxonomy. */
import { themesExport } from '../../pipeline/themes-export.js';
import { renderJson } from '../../render/json.js';
import { openSink, writeResult, type CliIo } from '../io.js';
import { toInputOptions, type RawOptions } from '../options.js';
import { commonOptions, commonSettings, printNotes } from './_shared.js';

export async function runThemesExport(file: string, raw: RawOptions, io: CliIo): Promise<number> {
  const common = await commonSettings(raw, io);
  const sink = await openSink(io, raw.output, [file, ...(common.taxonomyFile === undefined ? [] : [common.taxonomyFile])]);
  try {
    const result = await themesExport({ input: toInputOptions(file, raw), columns: common.columns, ...commonOptions(common) });
    printNotes(io, raw.quiet === true, { ...result, warnings: result.warnings }, common.settings.file);
    await writeResult(sink, renderJson(result.taxonomy));
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return 0;
}
