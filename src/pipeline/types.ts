/**
 * The contracts cx prints: `cx analyze --format json` is exactly an `AnalyzeReport`, `cx enrich`
 * writes one `EnrichLine` per input record. schema/*.schema.json describe the same shapes for
 * people and other languages; test/cli checks real output against them.
 */
import type { ColumnMapping, ColumnOverrides } from '../columns/types.js';
import type { Effect, Estimate, ImpactEstimate, Outcome, ThemeVerdict } from '../kpi/types.js';
import type { InputFormat, SkipReason } from '../read/types.js';
import type { JourneyStage, Taxonomy } from '../themes/types.js';
import type { SentimentLabel, Thresholds } from '../sentiment/types.js';
import type { TimeSeries } from './series.js';

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
  /** Progress while reading (see collect's Progress); the CLI draws it on a terminal. */
  readonly onProgress?: (progress: import('./collect.js').Progress) => void;
  /** Threads for tokenize + sentiment on large inputs (see collect's `threads`); the report is the same for any number. */
  readonly threads?: number;
  /** Records read on one thread before worker threads start, and comments per batch (tuning; tests lower them). */
  readonly parallelFrom?: number;
  readonly batchRows?: number;
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

export type SentimentKpis = {
  /** Mean comment score in [-1, 1]. */
  readonly mean: Estimate;
  /** Share of comments labelled negative, 0-1. */
  readonly negativeShare: Estimate;
  /** Share of comments labelled positive, 0-1. */
  readonly positiveShare: Estimate;
};

/** KPIs of a set of rows. A KPI whose column is absent is null. */
export type KpiSet = {
  /** Net Promoter Score, -100…100. */
  readonly nps: Estimate | null;
  /** CSAT top-2-box share (4-5 on 1-5), 0-1. */
  readonly csat: Estimate | null;
  /** Customer effort score: mean on 1-7. */
  readonly ces: Estimate | null;
  /** Mean rating on the detected scale. */
  readonly rating: Estimate | null;
  /**
   * Share (0-1) of ratings in the low band (1-2★ on 1-5; bottom quarter of the scale, see
   * src/kpi/rating-bands.ts) and in the high band (4-5★), Wilson intervals; null without a rating.
   */
  readonly ratingLow: Estimate | null;
  readonly ratingHigh: Estimate | null;
  readonly sentiment: SentimentKpis;
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
