/** `cx enrich <file>`: one line per input record (JSONL, or CSV with --format csv). */
import { enrich, type EnrichOptions } from '../../pipeline.js';
import { enrichCsvHeader, enrichCsvLine, enrichJsonLine } from '../../render/index.js';
import { openSink, writeResult, type CliIo } from '../io.js';
import { toColumnOverrides, toDateFormat, toFormat, toInputOptions, toThresholds, type RawOptions } from '../options.js';
import { loadTaxonomy, printNotes } from './_shared.js';

export function toEnrichOptions(file: string, raw: RawOptions): EnrichOptions {
  const thresholds = toThresholds(raw);
  const dateFormat = toDateFormat(raw);
  return {
    input: toInputOptions(file, raw),
    columns: toColumnOverrides(raw),
    ...(dateFormat === undefined ? {} : { dateFormat }),
    ...(thresholds === undefined ? {} : { thresholds }),
    ...(raw.maxThemes === undefined ? {} : { maxThemes: raw.maxThemes }),
    redact: raw.redact === true,
  };
}

export async function runEnrich(file: string, raw: RawOptions, io: CliIo): Promise<number> {
  const format = toFormat<'jsonl' | 'csv' | 'json'>(raw, 'jsonl');
  const options = toEnrichOptions(file, raw);
  const taxonomy = raw.taxonomy === undefined ? undefined : await loadTaxonomy(raw.taxonomy, io);
  const sink = await openSink(io, raw.output, [file, ...(raw.taxonomy === undefined ? [] : [raw.taxonomy])]);
  try {
    const result = await enrich(taxonomy === undefined ? options : { ...options, taxonomy });
    printNotes(io, raw.quiet === true, result);
    const fieldNames = result.fieldNames;
    function* chunks(): Generator<string> {
      if (format === 'csv') {
        yield enrichCsvHeader(fieldNames);
        for (const line of result.lines) yield enrichCsvLine(line, fieldNames);
      } else {
        for (const line of result.lines) yield enrichJsonLine(line);
      }
    }
    await writeResult(sink, chunks());
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return 0;
}
