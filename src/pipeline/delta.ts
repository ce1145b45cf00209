/**
 * `delta`: what changed between a baseline and a current sample. The sides come from two files,
 * or from one file split by date (--split, --period, explicit ranges) or by a segment column
 * (--by: each value vs the rest, or --baseline A vs --current B). Themes are discovered ONCE over
 * the union of both sides (or from a taxonomy), then counted per side, so both sides are
 * described by the same themes. Statistics come from src/delta.
 */
import type { ColumnMapping } from '../columns/types.js';
import { compareKpis, compareThemes, DELTA_SCHEMA_VERSION, deltaReport, fightinWords, lastCompletePeriods, selectDateRange, splitByDate } from '../delta/index.js';
import type { SegmentColumn } from '../delta/index.js';
import type { CompareThemesOptions, DeltaReport, DeltaSideInfo, KpiRecord, PeriodUnit, TermShifts } from '../delta/types.js';
import type { WhereCondition } from '../filter/types.js';
import { whereAndWhy } from './delta-where.js';
import { CxError } from '../errors.js';
import { Z95 } from '../kpi/index.js';
import { discoverThemes } from '../themes/index.js';
import type { Taxonomy, ThemeDoc, ThemeModel } from '../themes/types.js';
import { isStopWord, type Vocabulary } from '../tokenize/index.js';
import { tokenCodes } from './compact-docs.js';
import { KIND_BITS, KINDS } from './workers/packed.js';
import { collect, type Collected } from './collect.js';
import { dateAt, joinRows, valueAt } from './row-table.js';
import { LABELS } from './workers/packed.js';
import type { AnalysedRows, DeltaBySegmentOutput, DeltaOutput, InputOptions, InputSummary, LexiconEntry, Progress } from './types.js';
import type { ColumnOverrides } from '../columns/types.js';
import type { Thresholds } from '../sentiment/types.js';

const WORD = KINDS.indexOf('word');

export type DeltaOptions = {
  /** One file (split by date or segment) or two files (baseline, current). */
  readonly inputs: readonly InputOptions[];
  readonly columns?: ColumnOverrides;
  readonly dateFormat?: 'ymd' | 'mdy' | 'dmy';
  readonly thresholds?: Thresholds;
  readonly maxThemes?: number;
  readonly taxonomy?: Taxonomy;
  /** Rows dated before this day are the baseline, on/after it the current side. */
  readonly split?: string;
  /** The last complete period in the data vs the one before. */
  readonly period?: PeriodUnit;
  readonly baselineFrom?: string;
  readonly baselineTo?: string;
  readonly currentFrom?: string;
  readonly currentTo?: string;
  /** Segment column: each value vs the rest, or `baselineValue` vs `currentValue`. */
  readonly by?: string;
  readonly baselineValue?: string;
  readonly currentValue?: string;
  /** `--where`: only matching records are compared; the others are counted as `filtered_out`. */
  readonly where?: readonly WhereCondition[];
  /** Terms shown each way (default 10). */
  readonly topTerms?: number;
  /** Domain sentiment words and words that are not themes (`--lexicon`, `--ignore-terms`, cx.config.json). */
  readonly extraLexicon?: readonly LexiconEntry[];
  readonly ignoreTerms?: readonly string[];
  /** Progress while reading each input (Progress in src/pipeline/types.ts). */
  readonly onProgress?: (progress: Progress) => void;
  /** Threads for tokenize + sentiment on large inputs (see CollectOptions in src/pipeline/collect.ts). */
  readonly threads?: number;
};


export type DeltaResult = {
  readonly columns: readonly ColumnMapping[];
  readonly output: DeltaOutput | DeltaBySegmentOutput;
};

export const isBySegment = (output: DeltaOutput | DeltaBySegmentOutput): output is DeltaBySegmentOutput => 'comparisons' in output;

type Mode = 'files' | 'split' | 'period' | 'ranges' | 'by';

/** Which way of comparing the options ask for; usage errors for none or several. */
export function deltaMode(options: DeltaOptions): Mode {
  const modes: Mode[] = [];
  if (options.split !== undefined) modes.push('split');
  if (options.period !== undefined) modes.push('period');
  if ([options.baselineFrom, options.baselineTo, options.currentFrom, options.currentTo].some((value) => value !== undefined)) modes.push('ranges');
  if (options.by !== undefined) modes.push('by');
  if (options.inputs.length === 2) {
    if (modes.length > 0) throw new CxError('usage', `two files are compared as they are; --${flagOf(modes[0] as Mode)} needs a single file`);
    return 'files';
  }
  if (options.inputs.length !== 1) throw new CxError('usage', 'cx delta takes one or two files');
  if (modes.length === 0) {
    throw new CxError('usage', 'cx delta needs a second file, or one of --split DATE, --period week|month|quarter|year, --baseline-from/--baseline-to/--current-from/--current-to, --by COLUMN');
  }
  if (modes.length > 1) throw new CxError('usage', `choose one way to compare: --${modes.map(flagOf).join(' and --')} cannot be combined`);
  if ((options.baselineValue !== undefined || options.currentValue !== undefined) && modes[0] !== 'by') {
    throw new CxError('usage', '--baseline and --current name values of the --by column');
  }
  if (modes[0] === 'by' && (options.baselineValue === undefined) !== (options.currentValue === undefined)) {
    throw new CxError('usage', '--by with values needs both --baseline and --current');
  }
  return modes[0] as Mode;
}

function flagOf(mode: Mode): string {
  return mode === 'ranges' ? 'baseline-from/--current-from' : mode;
}

export async function delta(options: DeltaOptions): Promise<DeltaResult> {
  const mode = deltaMode(options);
  const collectOne = (input: InputOptions, by: readonly string[]): Promise<Collected> =>
    collect({
      columns: options.columns, dateFormat: options.dateFormat, thresholds: options.thresholds, extraLexicon: options.extraLexicon, input, by,
      segments: by.length === 0, ...(options.where === undefined ? {} : { where: options.where }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      ...(options.threads === undefined ? {} : { threads: options.threads }),
    });
  const sources: Collected[] = [];
  for (const input of options.inputs) sources.push(await collectOne(input, mode === 'by' ? [options.by as string] : []));
  const undecided = sources.find((source) => typeof source.undecidedDates === 'string');
  if (undecided !== undefined && mode !== 'files' && mode !== 'by') {
    const column = undecided.mapping.date?.column ?? 'date';
    throw new CxError('ambiguous_date', `dates in column "${column}" could be D/M or M/D and no value in the file settles it: pass --date-format dmy or mdy`, { file: undecided.opened.source });
  }
  // The rows of both sides as one table of columns (no object per row; see KpiView for what src/delta reads).
  const rows = joinRows(sources.map((source) => source.rows));
  const docs: ThemeDoc[] = sources.flatMap((source) => source.docs as ThemeDoc[]);
  const warnings = sources.flatMap((source) => source.warnings);
  const inputs = sources.map((source) => source.ledger.summary(source.opened));
  if (rows.length === 0) {
    throw new CxError('insufficient_data', 'no records could be analysed', { file: options.inputs[0]?.path ?? '-' });
  }
  const model = discoverThemes(docs, options);
  const segments = mode === 'by' ? [] : segmentColumns(sources);
  const compare = (baseline: Side, current: Side): DeltaReport =>
    compareSides(baseline, current, rows, docs, model, options.topTerms ?? 10, sources[0]?.mapping, segments, warnings);
  const columns = sources.map((source) => source.mapping);
  const file = sources[0]?.opened.source ?? '-';

  if (mode === 'files') {
    const first = sources[0] as Collected;
    const second = sources[1] as Collected;
    const baseline = range(0, first.rows.length);
    const current = range(first.rows.length, rows.length);
    return { columns, output: { ...compare({ label: first.opened.source, rows: baseline }, { label: second.opened.source, rows: current }), inputs, warnings } };
  }

  if (mode === 'by') {
    const column = options.by as string;
    const groups = new Map<string, number[]>();
    const codes = rows.by[0];
    const names = rows.byValues[0] ?? [];
    for (let index = 0; index < rows.length; index++) {
      const value = codes === undefined ? '' : (names[codes[index] as number] ?? '');
      let group = groups.get(value);
      if (group === undefined) groups.set(value, (group = []));
      group.push(index);
    }
    if (options.baselineValue !== undefined && options.currentValue !== undefined) {
      const pick = (value: string): number[] => {
        const found = groups.get(value);
        if (found === undefined) {
          const known = [...groups.keys()].sort().slice(0, 20).map((v) => JSON.stringify(v)).join(', ');
          throw new CxError('usage', `--by ${column}: no rows with the value "${value}"; values are: ${known}`, { file });
        }
        return found;
      };
      const report = compare(
        { label: `${column} = ${options.baselineValue}`, rows: pick(options.baselineValue) },
        { label: `${column} = ${options.currentValue}`, rows: pick(options.currentValue) },
      );
      return { columns, output: { ...report, inputs, warnings } };
    }
    const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const limit = 50;
    if (ordered.length > limit) warnings.push(`--by ${column}: ${ordered.length} distinct values; only the ${limit} largest are compared`);
    const comparisons = ordered.slice(0, limit).map(([value, indices]) => {
      const inside = new Set(indices);
      const rest = range(0, rows.length).filter((index) => !inside.has(index));
      return compare({ label: `${column} ≠ ${value}`, rows: rest }, { label: `${column} = ${value}`, rows: indices });
    });
    return { columns, output: { schemaVersion: DELTA_SCHEMA_VERSION, by: column, comparisons, inputs, warnings } };
  }

  // Date modes: one file, the date column is required.
  const source = sources[0] as Collected;
  if (source.mapping.date === null) {
    throw new CxError('usage', 'no date column found to split by; name it with --date COLUMN', { file });
  }
  const dates = Array.from({ length: rows.length }, (_, index) => dateAt(rows, index));
  let baseline: Side;
  let current: Side;
  if (mode === 'split') {
    const split = splitByDate(dates, options.split as string);
    if (split.undated.length > 0) warnings.push(`${split.undated.length} rows without a usable date are in neither side`);
    baseline = { label: `before ${options.split}`, rows: split.baseline };
    current = { label: `from ${options.split}`, rows: split.current };
  } else if (mode === 'period') {
    const periods = lastCompletePeriods(dates, options.period as PeriodUnit);
    if (periods === null) {
      throw new CxError('insufficient_data', `the data does not cover two ${options.period}s (a complete ${options.period} and the one before it)`, { file });
    }
    baseline = { label: periods.baseline.label, rows: selectDateRange(dates, periods.baseline), from: periods.baseline.from, to: periods.baseline.to };
    current = { label: periods.current.label, rows: selectDateRange(dates, periods.current), from: periods.current.from, to: periods.current.to };
  } else {
    const known = dates.filter((date): date is string => date !== null).sort();
    const earliest = known[0];
    const latest = known[known.length - 1];
    if (earliest === undefined || latest === undefined) throw new CxError('insufficient_data', 'no row has a usable date', { file });
    const side = (from: string | undefined, to: string | undefined, name: string): Side => {
      const bounds = { from: from ?? earliest, to: to ?? latest };
      if (bounds.from > bounds.to) throw new CxError('usage', `--${name}-from ${bounds.from} is after --${name}-to ${bounds.to}`);
      return { label: `${bounds.from} to ${bounds.to}`, rows: selectDateRange(dates, bounds), from: bounds.from, to: bounds.to };
    };
    baseline = side(options.baselineFrom, options.baselineTo, 'baseline');
    current = side(options.currentFrom, options.currentTo, 'current');
    const overlap = new Set(baseline.rows);
    if (current.rows.some((index) => overlap.has(index))) throw new CxError('usage', 'the baseline and current date ranges overlap');
  }
  return { columns, output: { ...compare(baseline, current), inputs, warnings } };
}

type Side = { readonly label: string; readonly rows: readonly number[]; readonly from?: string; readonly to?: string };

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}

/**
 * The outcome a theme's lean is judged on, as in `cx analyze`: NPS if any row has one, else CSAT,
 * else the rating, else none (aspect sentiment).
 */
function outcomeOf(rows: AnalysedRows, mapping: ColumnMapping | undefined): Pick<CompareThemesOptions, 'outcome'> {
  if (mapping === undefined) return {};
  const has = (column: Float64Array): boolean => column.subarray(0, rows.length).some((value) => !Number.isNaN(value));
  if (mapping.nps !== null && has(rows.nps)) return { outcome: { metric: 'nps', scores: scoresOf(rows, rows.nps) } };
  if (mapping.csat !== null && has(rows.csat)) return { outcome: { metric: 'csat', scores: scoresOf(rows, rows.csat) } };
  if (mapping.rating !== null && has(rows.rating)) return { outcome: { metric: 'mean', scores: scoresOf(rows, rows.rating) } };
  return {};
}

/** A score column as src/delta takes it: one value per row, null where missing. */
function scoresOf(rows: AnalysedRows, column: Float64Array): (number | null)[] {
  return Array.from({ length: rows.length }, (_, index) => valueAt(column, index));
}

/**
 * The segment columns of the rows (collect keeps the detected or named ones in `row.by`): with two
 * files, the columns both have, each row's value taken from its own file's position.
 */
function segmentColumns(sources: readonly Collected[]): SegmentColumn[] {
  const first = sources[0];
  if (first === undefined) return [];
  const shared = first.by.filter((column) => sources.every((source) => source.by.includes(column)));
  return shared.map((column) => ({
    column,
    values: sources.flatMap((source) => {
      const at = source.by.indexOf(column);
      const codes = source.rows.by[at];
      const names = source.rows.byValues[at];
      return Array.from({ length: source.rows.length }, (_, index) => (codes === undefined || names === undefined ? '' : (names[codes[index] as number] ?? '')));
    }),
  }));
}

/**
 * Row `index` as the KpiRecord src/delta reads: a view of the row table's columns (two fields),
 * not a copy of its values; the sentiment object is made when read.
 */
class KpiView implements KpiRecord {
  constructor(
    private readonly rows: AnalysedRows,
    private readonly index: number,
  ) {}
  get nps(): number | null {
    return valueAt(this.rows.nps, this.index);
  }
  get csat(): number | null {
    return valueAt(this.rows.csat, this.index);
  }
  get ces(): number | null {
    return valueAt(this.rows.ces, this.index);
  }
  get rating(): number | null {
    return valueAt(this.rows.rating, this.index);
  }
  get sentiment(): KpiRecord['sentiment'] {
    return { score: this.rows.score[this.index] as number, label: LABELS[this.rows.label[this.index] as number] ?? 'neutral' };
  }
}

/** Each row's KPI record, made once per table (--by compares the same rows up to 50 times). */
const recordCache = new WeakMap<AnalysedRows, readonly KpiRecord[]>();
function recordsOf(rows: AnalysedRows): readonly KpiRecord[] {
  let records = recordCache.get(rows);
  if (records === undefined) {
    records = Array.from({ length: rows.length }, (_, index) => new KpiView(rows, index));
    recordCache.set(rows, records);
  }
  return records;
}

/** The NPS column as compareThemes takes it, made once per table. */
const npsCache = new WeakMap<AnalysedRows, readonly (number | null)[]>();
function npsOf(rows: AnalysedRows): readonly (number | null)[] {
  let scores = npsCache.get(rows);
  if (scores === undefined) npsCache.set(rows, (scores = scoresOf(rows, rows.nps)));
  return scores;
}

function compareSides(
  baseline: Side,
  current: Side,
  rows: AnalysedRows,
  docs: readonly ThemeDoc[],
  model: ThemeModel,
  top: number,
  mapping: ColumnMapping | undefined,
  segments: readonly SegmentColumn[],
  warnings: string[],
): DeltaReport {
  const records = recordsOf(rows);
  const pick = (indices: readonly number[]): KpiRecord[] => indices.map((index) => records[index] as KpiRecord);
  const kpiOptions = { ratingScale: mapping?.ratingScale ?? null };
  const kpis = compareKpis(pick(baseline.rows), pick(current.rows), kpiOptions);
  return deltaReport({
    baseline: sideInfo(baseline, rows),
    current: sideInfo(current, rows),
    kpis,
    themes: compareThemes(model.themes, baseline.rows, current.rows, { nps: npsOf(rows), ...outcomeOf(rows, mapping) }),
    terms: termShifts(baseline.rows, current.rows, docs, top),
    ...whereAndWhy({ records, rows, model, segments, baseline: baseline.rows, current: current.rows, kpis, kpiOptions, warnings }),
  });
}

function sideInfo(side: Side, rows: AnalysedRows): DeltaSideInfo {
  let from: string | null = side.from ?? null;
  let to: string | null = side.to ?? null;
  if (side.from === undefined || side.to === undefined) {
    for (const index of side.rows) {
      const date = index < rows.length ? dateAt(rows, index) : null;
      if (date === null) continue;
      if (side.from === undefined && (from === null || date < from)) from = date;
      if (side.to === undefined && (to === null || date > to)) to = date;
    }
  }
  return { label: side.label, from, to, n: side.rows.length };
}

/**
 * Document frequency of content words (lower-cased, no stop words) on each side → Fightin' Words;
 * only terms with |z| ≥ 1.96 are reported (the words behind a change, not noise).
 */
function termShifts(baseline: readonly number[], current: readonly number[], docs: readonly ThemeDoc[], top: number): TermShifts {
  return fightinWords(documentFrequencies(baseline, docs), documentFrequencies(current, docs), { top, minAbsZ: Z95 });
}

/**
 * Rows of `indices` using each word (kind word, 2+ characters, not a stop word). Stored docs are
 * counted by norm id straight from their token codes (no Token objects); others token by token.
 */
function documentFrequencies(indices: readonly number[], docs: readonly ThemeDoc[]): Map<string, number> {
  type Tally = { readonly vocabulary: Vocabulary; readonly counts: Int32Array; readonly seenIn: Int32Array; readonly counted: Int8Array };
  const tallies = new Map<Vocabulary, Tally>();
  const counts = new Map<string, number>();
  const counted = (norm: string): boolean => norm.length >= 2 && !isStopWord(norm);
  let row = 0;
  for (const index of indices) {
    const doc = docs[index];
    if (doc === undefined) continue;
    row += 1;
    const packed = tokenCodes(doc);
    if (packed === null) {
      const seen = new Set<string>();
      for (const token of doc.tokens) if (token.kind === 'word' && counted(token.norm)) seen.add(token.norm);
      for (const term of seen) counts.set(term, (counts.get(term) ?? 0) + 1);
      continue;
    }
    let tally = tallies.get(packed.vocabulary);
    if (tally === undefined) {
      const size = packed.vocabulary.size;
      tallies.set(packed.vocabulary, (tally = { vocabulary: packed.vocabulary, counts: new Int32Array(size), seenIn: new Int32Array(size), counted: new Int8Array(size) }));
    }
    const codes = packed.codes;
    for (let at = 0; at < codes.length; at++) {
      const code = codes[at] as number;
      if ((code & (KIND_BITS - 1)) !== WORD) continue;
      const id = code >>> 4;
      if (tally.seenIn[id] === row) continue;
      let verdict = tally.counted[id] as number;
      if (verdict === 0) tally.counted[id] = verdict = counted(tally.vocabulary.norm(id)) ? 1 : 2;
      if (verdict !== 1) continue;
      tally.seenIn[id] = row;
      tally.counts[id]! += 1;
    }
  }
  for (const tally of tallies.values()) {
    for (let id = 0; id < tally.counts.length; id++) {
      const count = tally.counts[id] as number;
      if (count === 0) continue;
      const norm = tally.vocabulary.norm(id);
      counts.set(norm, (counts.get(norm) ?? 0) + count);
    }
  }
  return counts;
}
