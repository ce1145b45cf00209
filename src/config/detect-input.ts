/**
 * The columns of an export without analysing it: read the first records (as collect() does),
 * detect the mapping and the date order. For `cx init`.
 */
import { detectColumns, resolveDateFormat } from '../columns/index.js';
import type { ColumnMapping, ColumnOverrides } from '../columns/types.js';
import { CxError } from '../errors.js';
import type { InputOptions } from '../pipeline/types.js';
import { openInput } from '../read/index.js';
import type { RawRecord } from '../read/types.js';

/** Records read for detection (the same number collect() samples). */
export const DETECT_SAMPLE = 1000;

export type DetectedInput = {
  readonly source: string;
  readonly mapping: ColumnMapping;
  readonly dateFormat: 'ymd' | 'mdy' | 'dmy' | null;
};

export async function detectInput(input: InputOptions, overrides: ColumnOverrides, dateFormat?: 'ymd' | 'mdy' | 'dmy'): Promise<DetectedInput> {
  const opened = await openInput(input);
  const sample: RawRecord[] = [];
  const iterator = opened.items[Symbol.asyncIterator]();
  try {
    while (sample.length < DETECT_SAMPLE) {
      const next = await iterator.next();
      if (next.done === true) break;
      if (next.value.kind === 'record') sample.push(next.value);
    }
  } finally {
    await iterator.return?.();
  }
  if (sample.length === 0) throw new CxError('empty_input', 'no record could be read', { file: opened.source });
  const at = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      if (error instanceof CxError && error.file === undefined) {
        throw new CxError(error.code, error.message, { file: opened.source, ...(error.line === undefined ? {} : { line: error.line }), ...(error.column === undefined ? {} : { column: error.column }) });
      }
      throw error;
    }
  };
  const context = opened.questionTexts === undefined ? {} : { questionTexts: opened.questionTexts };
  const mapping = at(() => detectColumns(opened.columns, sample, overrides, context));
  // dates the sample cannot order are left to the whole file at analysis time (dateFormat: null)
  const order = at(() => resolveDateFormat(mapping, sample, dateFormat, 'defer'));
  return { source: opened.source, mapping, dateFormat: order ?? null };
}
