/** `cx delta <file> [file2]`: options → delta() → renderer; exit 3 with --fail-on-decline when a KPI worsened significantly. */
import { hasSignificantDecline } from '../../delta/index.js';
import { delta, isBySegment, type DeltaOptions } from '../../pipeline.js';
import { deltaRenderers, type Format } from '../../render/index.js';
import { columnsNote, ledgerNotes, warningNotes } from '../../render/notes.js';
import type { PeriodUnit } from '../../delta/types.js';
import { colorLevel, note, openSink, terminalWidth, writeResult, type CliIo } from '../io.js';
import { createProgress, reportContext } from '../progress.js';
import { toColumnOverrides, toDateFormat, toFormat, toInputOptions, toThresholds, type RawOptions } from '../options.js';
import { loadTaxonomy } from './_shared.js';

export function toDeltaOptions(files: readonly string[], raw: RawOptions): DeltaOptions {
  const thresholds = toThresholds(raw);
  const dateFormat = toDateFormat(raw);
  const optional = <K extends keyof DeltaOptions>(key: K, value: DeltaOptions[K] | undefined): Partial<DeltaOptions> =>
    value === undefined ? {} : ({ [key]: value } as Partial<DeltaOptions>);
  return {
    inputs: files.map((file) => toInputOptions(file, raw)),
    columns: toColumnOverrides(raw),
    ...optional('dateFormat', dateFormat),
    ...optional('thresholds', thresholds),
    ...optional('maxThemes', raw.maxThemes),
    ...optional('split', raw.split),
    ...optional('period', raw.period as PeriodUnit | undefined),
    ...optional('baselineFrom', raw.baselineFrom),
    ...optional('baselineTo', raw.baselineTo),
    ...optional('currentFrom', raw.currentFrom),
    ...optional('currentTo', raw.currentTo),
    ...optional('by', Array.isArray(raw.by) ? (raw.by as string[])[0] : (raw.by as string | undefined)),
    ...optional('baselineValue', raw.baseline),
    ...optional('currentValue', raw.current),
  };
}

export async function runDelta(args: readonly string[], raw: RawOptions, io: CliIo): Promise<number> {
  const files = args.filter((arg) => arg !== undefined);
  const format = toFormat<Format>(raw, 'table');
  const options = toDeltaOptions(files, raw);
  const taxonomy = raw.taxonomy === undefined ? undefined : await loadTaxonomy(raw.taxonomy, io);
  const sink = await openSink(io, raw.output, [...files, ...(raw.taxonomy === undefined ? [] : [raw.taxonomy])]);
  let declined = false;
  const progress = createProgress(io, raw.quiet === true);
  try {
    const withProgress = progress.onProgress === undefined ? options : { ...options, onProgress: progress.onProgress };
    const result = await delta(taxonomy === undefined ? withProgress : { ...withProgress, taxonomy });
    progress.done();
    const quiet = raw.quiet === true;
    result.columns.forEach((mapping, index) => {
      const label = result.columns.length > 1 ? `${files[index]}: ` : '';
      note(io, quiet, label + columnsNote(mapping));
      const input = result.output.inputs[index];
      if (input !== undefined) for (const line of ledgerNotes(input)) note(io, quiet, label + line);
    });
    for (const line of warningNotes(result.output.warnings)) note(io, quiet, line);
    const toFile = raw.output !== undefined && raw.output !== '-';
    await writeResult(sink, deltaRenderers[format](result.output, { color: colorLevel(raw.color !== false, io, toFile), width: terminalWidth(io, toFile), ...reportContext(io), columns: result.columns }));
    const comparisons = isBySegment(result.output) ? result.output.comparisons : [result.output];
    declined = comparisons.some((report) => hasSignificantDecline(report));
  } catch (error) {
    progress.done();
    await sink.abort();
    throw error;
  }
  return raw.failOnDecline === true && declined ? 3 : 0;
}
