/** `cx enrich <file>`: one line per input record (JSONL, or CSV with --format csv). */
import { enrich, type EnrichOptions } from '../../pipeline/enrich.js';
import { enrichCsvHeader, enrichCsvLine, enrichJsonLine } from '../../render/enrich.js';
import { openSink, writeResult, type CliIo } from '../io.js';
import { toFormat, toInputOptions, type RawOptions } from '../options.js';
import { commonOptions, commonSettings, printNotes, type Common } from './_shared.js';

export function toEnrichOptions(file: string, raw: RawOptions, common: Common): EnrichOptions {
  return {
    input: toInputOptions(file, raw),
    columns: common.columns,
    ...commonOptions(common),
    redact: raw.redact === true,
  };
}

export async function runEnrich(file: string, raw: RawOptions, io: CliIo): Promise<number> {
  const format = toFormat<'jsonl' | 'csv' | 'json'>(raw, 'jsonl');
  const common = await commonSettings(raw, io);
  const options = toEnrichOptions(file, raw, common);
  const sink = await openSink(io, raw.output, [file, ...(common.taxonomyFile === undefined ? [] : [common.taxonomyFile])]);
  try {
    const result = await enrich(options);
    printNotes(io, raw.quiet === true, result, common.settings.file);
    const fieldNames = result.fieldNames;
    async function* chunks(): AsyncGenerator<string> {
      if (format === 'csv') {
        yield enrichCsvHeader(fieldNames);
        for await (const line of result.lines) yield enrichCsvLine(line, fieldNames);
      } else {
        for await (const line of result.lines) yield enrichJsonLine(line);
      }
    }
    await writeResult(sink, chunks());
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return 0;
}
