/** `cx themes export <file>`: the discovered themes as a taxonomy file for --taxonomy. */
import { themesExport } from '../../pipeline.js';
import { renderJson } from '../../render/index.js';
import { openSink, writeResult, type CliIo } from '../io.js';
import { toColumnOverrides, toDateFormat, toInputOptions, toThresholds, type RawOptions } from '../options.js';
import { loadTaxonomy, printNotes } from './_shared.js';

export async function runThemesExport(file: string, raw: RawOptions, io: CliIo): Promise<number> {
  const thresholds = toThresholds(raw);
  const dateFormat = toDateFormat(raw);
  const taxonomy = raw.taxonomy === undefined ? undefined : await loadTaxonomy(raw.taxonomy, io);
  const sink = await openSink(io, raw.output, [file, ...(raw.taxonomy === undefined ? [] : [raw.taxonomy])]);
  try {
    const result = await themesExport({
      input: toInputOptions(file, raw),
      columns: toColumnOverrides(raw),
      ...(dateFormat === undefined ? {} : { dateFormat }),
      ...(thresholds === undefined ? {} : { thresholds }),
      ...(raw.maxThemes === undefined ? {} : { maxThemes: raw.maxThemes }),
      ...(taxonomy === undefined ? {} : { taxonomy }),
    });
    printNotes(io, raw.quiet === true, { ...result, warnings: result.warnings });
    await writeResult(sink, renderJson(result.taxonomy));
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return 0;
}
