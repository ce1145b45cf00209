/**
 * The contracts of the pipeline, a leaf: it imports only other stages' types files, never an
 * implementation, and every stage and renderer takes its contracts from here. `cx analyze
 * --format json` is exactly an `AnalyzeReport`, `cx delta --format json` a `DeltaOutput` (or
 * `DeltaBySegmentOutput`), `cx enrich` writes one `EnrichLine` per input record.
 * schema/*.schema.json describe the same shapes for people and other languages; test/cli checks
 * real output against them.
 */
import type { ColumnMapping, ColumnOverrides } from '../columns/types.js';
import type { DeltaReport } from '../delta/types.js';
import type { DatedKpiTable, Effect, Estimate, ImpactEstimate, KpiSet, Outcome, ThemeVerdict, TimeSeries } from '../kpi/types.js';
import type { InputFormat, SkipReason } from '../read/types.js';
import type { JourneyStage, Taxonomy } from '../themes/types.js';
import type { SentimentLabel, Thresholds } from '../sentiment/types.js';

// The other stages' contracts that reports carry, so that renderers need only this file.
export type { ColumnAssignment, ColumnMapping } from '../columns/types.js';
export type { SentimentResult } from '../sentiment/types.js';
export type { Estimate, KpiSet, Outcome, SentimentKpis, SeriesPoint, TimeSeries } from '../kpi/types.js';

export const SCHEMA_VERSION = '2.0';

// ------------------------------------------------------------------------------------------
// Options

export type InputOptions = {
  /** File path or '-' for stdin. */
  readonly path: string;
  readonly format?: InputFormat;
  readonly delimiter?: string;
  readonly encoding?: string;
  /** false: the first row is data. */
  readonly header?: boolean;
};

/**
 * A domain sentiment word (`--lexicon`, cx.config.json): valence on VADER's −4 … +4 scale, and
 * optionally the valence when negated. The same shape as src/sentiment's CxEntry.
 */
export type LexiconEntry = { readonly term: string; readonly valence: number; readonly negated?: number };

/** How far reading is: records read so far, and bytes of the file when known. */
export type Progress = {
  readonly stage: 'reading' | 'analysing';
  readonly rows: number;
  /** Bytes read so far and the file's size; null for stdin. */
  readonly bytes: number | null;
  readonly totalBytes: number | null;
};

export type AnalyzeOptions = {
  readonly input: InputOptions;
  readonly columns?: ColumnOverrides;
  /** Columns to break KPIs and themes down by (`--by`, repeatable). */
  readonly by?: readonly string[];
  /** `--where COL=VALUE` / `COL!=VALUE`: only matching records are analysed; the others are counted as `filtered_out`. */
  readonly where?: readonly import('../filter/types.js').WhereCondition[];
  readonly dateFormat?: 'ymd' | 'mdy' | 'dmy';
  readonly thresholds?: Thresholds;
  readonly maxThemes?: number;
  /** An analyst's taxonomy, already parsed (see `parseTaxonomy` in src/themes). */
  readonly taxonomy?: Taxonomy;
  /** Example comments per theme (default 3). */
  readonly examples?: number;
  /** Mask e-mail addresses, phone numbers, card numbers and IBANs in examples (default true). */
  readonly redact?: boolean;
  /** Add `series` (KPIs per week or month) to the report; the HTML report asks for it. */
  readonly series?: boolean;
  /** Progress while reading (Progress in src/pipeline/types.ts); the CLI draws it on a terminal. */
  readonly onProgress?: (progress: Progress) => void;
  /** Domain sentiment words (`--lexicon`, cx.config.json). */
  readonly extraLexicon?: readonly LexiconEntry[];
  /** Words that are context, not themes (`--ignore-terms`; see ThemeOptions in src/themes). */
  readonly ignoreTerms?: readonly string[];
  /** Threads for tokenize + sentiment on large inputs (see CollectOptions in src/pipeline/collect.ts); the report is the same for any number. */
  readonly threads?: number;
  /** Records read on one thread before worker threads start, and comments per batch (tuning; tests lower them). */
  readonly parallelFrom?: number;
  readonly batchRows?: number;
};

// ------------------------------------------------------------------------------------------
// Analysed rows

/**
 * The analysed rows, column by column (src/pipeline/row-table.ts): row i's line is `line[i]`, its
 * scores `nps[i]` … (NaN when missing), its sentiment `score[i]` and `label[i]` (see KpiTable),
 * its date `dates[date[i]]` (none when `date[i]` < 0), its value of the c-th `--by` column
 * `byValues[c][by[c][i]]`. No object per row.
 */
export type AnalysedRows = DatedKpiTable & {
  readonly line: Int32Array;
  readonly by: readonly Int32Array[];
  readonly byValues: readonly (readonly string[])[];
  /** Row i's id, or null (no id column, or empty). */
  readonly id: (index: number) => string | null;
  /**
   * Row i's comment; null when the comments were not kept (a file run: examples read the file
   * again, src/pipeline/reread-examples.ts; see docs/performance.md).
   */
  readonly text: ((index: number) => string) | null;
};

/** One analysed row as an object (rowAt in src/pipeline/row-table.ts): for tests and row-by-row comparisons. */
export type AnalysedRow = {
  readonly line: number;
  readonly id: string | null;
  readonly text: string;
  readonly date: string | null;
  readonly nps: number | null;
  readonly csat: number | null;
  readonly ces: number | null;
  readonly rating: number | null;
  readonly score: number;
  readonly label: SentimentLabel;
  /** Values of the `by` columns, in the order given ('' when missing). */
  readonly by: readonly string[];
};

// ------------------------------------------------------------------------------------------
// The analyze report

export type FirstSkipped = {
  readonly line: number;
  readonly reason: SkipReason | string;
  readonly detail: string;
};

export type FirstInvalid = {
  readonly line: number;
  readonly kpi: string;
  readonly reason: string;
  readonly value: string;
};

export type InputSummary = {
  /** What the user passed ('-' for stdin). */
  readonly file: string;
  readonly format: InputFormat;
  readonly delimiter: string | null;
  readonly encoding: string;
  readonly compressed: boolean;
  /** Records read (analysed + skipped). */
  readonly rows: number;
  readonly analyzed: number;
  readonly skipped: number;
  /** reason → count, reasons in alphabetical order. */
  readonly skippedByReason: Readonly<Record<string, number>>;
  /** The first 10 skipped records, in input order. */
  readonly firstSkipped: readonly FirstSkipped[];
  /** KPI → reason → count: score values dropped for that KPI only. */
  readonly invalidValues: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly firstInvalid: readonly FirstInvalid[];
  /** Analysed comments that say nothing ("n/a", "nothing", "all good"); kept out of themes. */
  readonly nonAnswers: number;
};

export type SegmentValue = {
  readonly value: string;
  /** Analysed rows with this value. */
  readonly n: number;
  /** n / analysed rows. */
  readonly share: number;
  readonly kpis: KpiSet;
  /** Every theme's share and sentiment within this segment value (same order as report.themes). */
  readonly themes: readonly SegmentTheme[];
};

export type SegmentTheme = {
  readonly id: string;
  readonly count: number;
  /** count / n of the segment value. */
  readonly share: number;
  /** Mean aspect sentiment of the theme in this segment value, or null with no rows. */
  readonly sentiment: number | null;
};

export type Segment = {
  readonly column: string;
  /** By n desc, then value; at most 50 values, the rest pooled as "(other)". */
  readonly values: readonly SegmentValue[];
};

/**
 * A theme's effect on a KPI: KPI of all rows minus KPI of the rows without the theme, with its
 * 95% interval and whether it excludes 0 (or `kind: 'insufficient'`); see src/kpi/impact.ts.
 */
export type Impact = ImpactEstimate;

export type ThemeRank = {
  /**
   * 'pain' when the theme's effect on the report's `rankBy` outcome is significantly negative (95%
   * interval below 0), 'delight' when significantly positive, else 'mixed'. Sub-themes get one
   * too, on their own effect; only top-level themes are listed in painPoints/delights.
   */
  readonly verdict: ThemeVerdict;
  /** 1-based position among the pain points (top-level themes only), else null. */
  readonly pain: number | null;
  /** 1-based position among the delights (top-level themes only), else null. */
  readonly delight: number | null;
  /** The effect the verdict rests on: impact[rankBy] (or impact.sentiment); null when insufficient. */
  readonly effect: Effect | null;
  /** The cost (pain) or gain (delight) the interval vouches for: the end nearest 0; 0 when mixed. */
  readonly cost: number;
};

export type Example = {
  readonly line: number;
  readonly id: string | null;
  /** The comment, PII-masked unless --no-redact. */
  readonly text: string;
  /** Sentiment of the clauses that mention the theme. */
  readonly aspectScore: number;
};

export type ThemeReport = {
  readonly id: string;
  readonly label: string;
  readonly keywords: readonly string[];
  /** Words that describe the theme without naming it ("slow"): they place only comments that name no theme. */
  readonly describedBy?: readonly string[];
  readonly parent: string | null;
  readonly stage: JourneyStage | null;
  readonly origin: 'discovered' | 'taxonomy' | 'emerging';
  /** Analysed rows mentioning the theme. */
  readonly count: number;
  /** count / analysed rows. */
  readonly share: number;
  readonly sentiment: {
    /** Mean aspect sentiment (clauses that mention the theme), [-1, 1]. */
    readonly mean: number;
    /** Share of the theme's rows whose aspect sentiment is negative. */
    readonly negativeShare: number;
    /** Share of the theme's rows whose aspect sentiment is positive. */
    readonly positiveShare: number;
  };
  readonly kpis: KpiSet;
  /** null when the KPI's column is absent. NPS in points, CSAT in percentage points, rating in its units. */
  readonly impact: {
    readonly nps: Impact | null;
    readonly csat: Impact | null;
    readonly rating: Impact | null;
    /** share × mean aspect sentiment with its 95% interval (src/kpi/sentiment-effect.ts). */
    readonly sentiment: Estimate;
  };
  /** Ids of the theme's sub-themes, in display order (see orderChildren in src/kpi/rank.ts). */
  readonly children: readonly string[];
  readonly rank: ThemeRank;
  readonly examples: readonly Example[];
};

export type AnalyzeReport = {
  readonly schemaVersion: string;
  readonly input: InputSummary;
  readonly columns: ColumnMapping;
  readonly kpis: KpiSet;
  readonly segments: readonly Segment[];
  /** The outcome themes are ranked by: NPS, else CSAT, else rating, else sentiment. */
  readonly rankBy: Outcome;
  /** Every theme, ordered by count desc, then id. */
  readonly themes: readonly ThemeReport[];
  /** Top-level theme ids ordered by pain rank (significantly negative effect on rankBy). */
  readonly painPoints: readonly string[];
  /** Top-level theme ids ordered by delight rank (significantly positive effect on rankBy). */
  readonly delights: readonly string[];
  /** Top-level theme ids that are neither (interval includes 0, or too few scored rows), by count. */
  readonly mixed: readonly string[];
  readonly warnings: readonly string[];
  /** Only with AnalyzeOptions.series (the HTML report): KPIs per period. Never in the JSON output. */
  readonly series?: TimeSeries;
};

// ------------------------------------------------------------------------------------------
// enrich

export type EnrichLine = {
  /** Line where the record starts in the input. */
  readonly line: number;
  readonly id: string | null;
  /** null for a skipped record. */
  readonly sentiment: { readonly score: number; readonly label: SentimentLabel } | null;
  /** Theme ids as in `cx analyze`. */
  readonly themes: readonly string[];
  /** Why the record was not analysed, or absent. */
  readonly skipped?: string;
  /** The original fields (PII-masked only with --redact). */
  readonly fields: Readonly<Record<string, string>>;
};

// ------------------------------------------------------------------------------------------
// delta

/** `cx delta --format json` for one comparison: src/delta's DeltaReport plus the row ledger and warnings. */
export type DeltaOutput = DeltaReport & {
  /** The row ledger of each input file. */
  readonly inputs: readonly InputSummary[];
  readonly warnings: readonly string[];
};

/** `cx delta --by col` without --baseline/--current: each value of the column vs all other rows. */
export type DeltaBySegmentOutput = {
  readonly schemaVersion: DeltaReport['schemaVersion'];
  readonly by: string;
  /** One comparison per value (baseline = all other rows, current = the value), by rows desc. */
  readonly comparisons: readonly DeltaReport[];
  readonly inputs: readonly InputSummary[];
  readonly warnings: readonly string[];
};
