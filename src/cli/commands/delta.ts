/** `cx delta <file> [file2]`: options → delta() → renderer; exit 3 with --fail-on-decline when a KPI worsened significantly. */
import { hasSignificantDecline } from '../../delta/index.js';
import { delta, isBySegment, type DeltaOptions } from '../../pipeline/delta.js';
import type { Format } from '../../render/index.js';
import { loadDeltaRenderer } from '../../render/load-renderer.js';
import { ledgerNotes, warningNotes } from '../../render/notes.js';
import type { PeriodUnit } from '../../delta/types.js';
import { colorLevel, note, openSink, terminalWidth, writeResult, type CliIo } from '../io.js';
import { toFormat, toInputOptions, type RawOptions } from '../options.js';
import { createProgress, reportContext } from '../progress.js';
import { commonOptions, commonSettings, mappingNotes, type Common } from './_shared.js';

export function toDeltaOptions(files: readonly string[], raw: RawOptions, common: Common): DeltaOptions {
  const optional = <K extends keyof DeltaOptions>(key: K, value: DeltaOptions[K] | undefined): Partial<DeltaOptions> =>
    value === undefined ? {} : ({ [key]: value } as Partial<DeltaOptions>);
  const by = Array.isArray(raw.by) ? (raw.by as string[])[0] : (raw.by as string | undefined);
  return {
    inputs: files.map((file) => toInputOptions(file, raw)),
    columns: common.columns,
    ...commonOptions(common),
    ...optional('split', raw.split),
    ...optional('period', raw.period as PeriodUnit | undefined),
    ...optional('baselineFrom', raw.baselineFrom),
    ...optional('baselineTo', raw.baselineTo),
    ...optional('currentFrom', raw.currentFrom),
    ...optional('currentTo', raw.currentTo),
    ...optional('by', by),
    ...optional('baselineValue', raw.baseline),
    ...optional('currentValue', raw.current),
  };
}

export async function runDelta(args: readonly string[], raw: RawOptions, io: CliIo): Promise<number> {
  const files = args.filter((arg) => arg !== undefined);
  const format = toFormat<Format>(raw, 'table');
  const render = loadDeltaRenderer(format);
  const common = await commonSettings(raw, io);
  const options = toDeltaOptions(files, raw, common);
  const sink = await openSink(io, raw.output, [...files, ...(common.taxonomyFile === undefined ? [] : [common.taxonomyFile])]);
  let declined = false;
  const progress = createProgress(io, raw.quiet === true);
  try {
    const result = await delta(progress.onProgress === undefined ? options : { ...options, onProgress: progress.onProgress });
    progress.done();
    const quiet = raw.quiet === true;
    result.columns.forEach((mapping, index) => {
      const label = result.columns.length > 1 ? `${files[index]}: ` : '';
      for (const line of mappingNotes(mapping, common.settings.file)) note(io, quiet, label + line);
      const input = result.output.inputs[index];
      if (input !== undefined) for (const line of ledgerNotes(input)) note(io, quiet, label + line);
    });
    for (const line of warningNotes(result.output.warnings)) note(io, quiet, line);
    const toFile = raw.output !== undefined && raw.output !== '-';
    await writeResult(sink, (await render)(result.output, { color: colorLevel(raw.color !== false, io, toFile), width: terminalWidth(io, toFile), ...reportContext(io), columns: result.columns }));
    const comparisons = isBySegment(result.output) ? result.output.comparisons : [result.output];
    declined = comparisons.some((report) => hasSignificantDecline(report));
  } catch (error) {
    progress.done();
    await sink.abort();
    throw error;
  }
  return raw.failOnDecline === true && declined ? 3 : 0;
}
