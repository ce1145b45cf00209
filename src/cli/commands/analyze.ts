/** `cx analyze <file>`: options → analyze() → the chosen renderer → stdout or --output. */
import { analyze } from '../../pipeline.js';
import { analyzeRenderers, type Format } from '../../render/index.js';
import { colorLevel, openSink, terminalWidth, writeResult, type CliIo } from '../io.js';
import { createProgress, reportContext } from '../progress.js';
import { toColumnOverrides, toDateFormat, toFormat, toInputOptions, toThresholds, type RawOptions } from '../options.js';
import type { AnalyzeOptions } from '../../pipeline/types.js';
import { loadTaxonomy, printNotes } from './_shared.js';

/** Flags → AnalyzeOptions (taxonomy loaded separately). Exported for the argv tests. */
export function toAnalyzeOptions(file: string, raw: RawOptions): AnalyzeOptions {
  const thresholds = toThresholds(raw);
  const dateFormat = toDateFormat(raw);
  return {
    input: toInputOptions(file, raw),
    columns: toColumnOverrides(raw),
    by: [...(raw.by ?? [])],
    ...(dateFormat === undefined ? {} : { dateFormat }),
    ...(thresholds === undefined ? {} : { thresholds }),
    ...(raw.maxThemes === undefined ? {} : { maxThemes: raw.maxThemes }),
    examples: raw.examples ?? 3,
    redact: raw.redact !== false,
  };
}

export async function runAnalyze(file: string, raw: RawOptions, io: CliIo): Promise<number> {
  const format = toFormat<Format>(raw, 'table');
  const options = { ...toAnalyzeOptions(file, raw), ...(format === 'html' ? { series: true } : {}) };
  const taxonomy = raw.taxonomy === undefined ? undefined : await loadTaxonomy(raw.taxonomy, io);
  const sink = await openSink(io, raw.output, [file, ...(raw.taxonomy === undefined ? [] : [raw.taxonomy])]);
  const progress = createProgress(io, raw.quiet === true);
  try {
    const withProgress = progress.onProgress === undefined ? options : { ...options, onProgress: progress.onProgress };
    const report = await analyze(taxonomy === undefined ? withProgress : { ...withProgress, taxonomy });
    progress.done();
    printNotes(io, raw.quiet === true, report);
    const toFile = raw.output !== undefined && raw.output !== '-';
    const text = analyzeRenderers[format](report, { color: colorLevel(raw.color !== false, io, toFile), width: terminalWidth(io, toFile), ...reportContext(io) });
    await writeResult(sink, text);
  } catch (error) {
    progress.done();
    await sink.abort();
    throw error;
  }
  return 0;
}
