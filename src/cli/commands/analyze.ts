/** `cx analyze <file>`: flags and cx.config.json → analyze() → the chosen renderer → stdout or --output. */
import { analyze } from '../../pipeline/analyze.js';
import type { Format } from '../../render/index.js';
import { loadAnalyzeRenderer } from '../../render/load-renderer.js';
import { colorLevel, openSink, terminalWidth, writeResult, type CliIo } from '../io.js';
import { toFormat, toInputOptions, type RawOptions } from '../options.js';
import { createProgress, reportContext } from '../progress.js';
import { bySetting } from '../settings.js';
import type { AnalyzeOptions } from '../../pipeline/types.js';
import { commonOptions, commonSettings, printNotes, type Common } from './_shared.js';

/** Flags and settings → the options analyze() takes (it hands extraLexicon to collect and ignoreTerms to the themes). Exported for the argv tests. */
export function toAnalyzeOptions(file: string, raw: RawOptions, common: Common): AnalyzeOptions {
  return {
    input: toInputOptions(file, raw),
    columns: common.columns,
    by: bySetting(raw, common.settings),
    ...commonOptions(common),
    examples: raw.examples ?? 3,
    redact: raw.redact !== false,
  };
}

export async function runAnalyze(file: string, raw: RawOptions, io: CliIo): Promise<number> {
  const format = toFormat<Format>(raw, 'table');
  const render = loadAnalyzeRenderer(format);
  const common = await commonSettings(raw, io);
  const options = { ...toAnalyzeOptions(file, raw, common), ...(format === 'html' ? { series: true } : {}) };
  const sink = await openSink(io, raw.output, [file, ...(common.taxonomyFile === undefined ? [] : [common.taxonomyFile])]);
  const progress = createProgress(io, raw.quiet === true);
  try {
    const report = await analyze(progress.onProgress === undefined ? options : { ...options, onProgress: progress.onProgress });
    progress.done();
    const toFile = raw.output !== undefined && raw.output !== '-';
    // A table on the terminal carries the row ledger and warnings in its header: stderr says them only otherwise.
    const tableOnTerminal = format === 'table' && !toFile && io.stdout.isTTY === true;
    printNotes(io, raw.quiet === true, report, common.settings.file, '', !tableOnTerminal);
    const text = (await render)(report, { color: colorLevel(raw.color !== false, io, toFile), width: terminalWidth(io, toFile), ...reportContext(io) });
    await writeResult(sink, text);
  } catch (error) {
    progress.done();
    await sink.abort();
    throw error;
  }
  return 0;
}
