/**
 * Examples of a file run, from a second read of the file: collect keeps no comment text (only
 * token ids, scores and KPI values per row), so once the themes and their verdicts are known the
 * file is read again and each analysed comment that some theme could quote is ranked as it goes
 * by, one ExamplePicker per theme (src/pipeline/examples.ts). What is held meanwhile is each
 * picker's `count` best candidates, not the comments. The result is the one `pickExamples` gives
 * over kept texts: the same rows in the same order are offered to the same pickers. Standard
 * input cannot be read twice: there collect keeps the texts.
 */
import type { ColumnMapping } from '../columns/types.js';
import { CxError } from '../errors.js';
import { normalizeRecord } from '../normalize/index.js';
import { openInput } from '../read/index.js';
import type { ReadOptions } from '../read/types.js';
import type { ThemeModel } from '../themes/types.js';
import { ExamplePicker, type ExampleOptions } from './examples.js';
import type { AnalysedRows, Example } from './types.js';

export type RereadInput = {
  readonly input: ReadOptions;
  readonly mapping: ColumnMapping;
  readonly rows: AnalysedRows;
};

/** Per theme of `model`, its examples as `requests[t]` asks (none for a theme without a request). */
export async function rereadExamples(source: RereadInput, model: ThemeModel, requests: readonly (ExampleOptions | undefined)[]): Promise<Example[][]> {
  const { rows } = source;
  const asked = model.themes.flatMap((_, t) => ((requests[t]?.count ?? 0) > 0 ? [t] : []));
  const pickers = asked.map((t) => new ExamplePicker(model.themes[t]!, rows, model.nonAnswer, requests[t]!));
  // row → the (picker, position) pairs that want its comment, as two typed arrays indexed by `ends`
  const ends = new Int32Array(rows.length + 1);
  const each = (visit: (row: number, picker: number, position: number) => void): void =>
    pickers.forEach((picker, k) => {
      model.themes[asked[k]!]!.rows.forEach((row, position) => {
        if (picker.wants(row, position)) visit(row, k, position);
      });
    });
  each((row) => ends[row + 1]!++);
  for (let row = 0; row < rows.length; row++) ends[row + 1]! += ends[row]!;
  const pickerAt = new Int32Array(ends[rows.length]!);
  const positionAt = new Int32Array(ends[rows.length]!);
  const filled = ends.slice(0, rows.length);
  each((row, picker, position) => {
    const at = filled[row]!++;
    pickerAt[at] = picker;
    positionAt[at] = position;
  });
  await readTexts(source, (row) => ends[row + 1]! > ends[row]!, (row, text) => {
    for (let at = ends[row]!; at < ends[row + 1]!; at++) pickers[pickerAt[at]!]!.offer(row, positionAt[at]!, text);
  });
  const out: Example[][] = model.themes.map(() => []);
  asked.forEach((t, k) => (out[t] = pickers[k]!.result()));
  return out;
}

/**
 * Reads the file again and hands over the comment of each analysed row `wanted` accepts, rows
 * ascending. Analysed rows are recognised by their line (collect kept each row's line; a record's
 * line is unique and increasing); the comment is what collect analysed (normalizeRecord's text).
 */
async function readTexts(source: RereadInput, wanted: (row: number) => boolean, take: (row: number, text: string) => void): Promise<void> {
  const { rows } = source;
  // The text depends on the text columns only: the scores, date, segments and id are not read again.
  const mapping: ColumnMapping = { ...source.mapping, nps: null, csat: null, ces: null, rating: null, date: null, segments: [], id: null };
  const lines = rows.line;
  const opened = await openInput(source.input);
  let row = 0;
  for await (const batch of opened.batches) {
    for (const item of batch) {
      if (item.kind !== 'record' || row >= rows.length || item.line !== lines[row]) continue;
      if (wanted(row)) {
        const text = normalizeRecord(item, mapping, {}).row?.text;
        if (text === undefined) changed(source, item.line);
        take(row, text);
      }
      row += 1;
    }
  }
  if (row !== rows.length) changed(source, row < rows.length ? (lines[row] as number) : 1);
}

function changed(source: RereadInput, line: number): never {
  throw new CxError('malformed_input', `the input changed while cx read it a second time (for examples; at line ${line})`, { file: source.input.path, line });
}
