/** Types of the kpi stage. */
import type { ColumnMapping } from '../columns/types.js';

/** An estimate always carries its sample size; too little data is a value, not a silent number. */
export type Estimate =
  | {
      readonly kind: 'estimate';
      readonly value: number;
      readonly n: number;
      /** 95% interval; null only where an interval is undefined (documented per KPI). */
      readonly ci95: readonly [low: number, high: number] | null;
    }
  | { readonly kind: 'insufficient'; readonly n: number; readonly needed: number };

/** Counts of the three NPS groups among the valid scores (0-10). */
export type NpsCounts = {
  /** Valid scores counted (nulls and values outside 0-10 are not). */
  readonly n: number;
  /** Scores 9-10. */
  readonly promoters: number;
  /** Scores 7-8. */
  readonly passives: number;
  /** Scores 0-6. */
  readonly detractors: number;
};

/** NPS groups as shares of n (0..1); all 0 when n = 0. */
export type NpsShares = {
  readonly promoterShare: number;
  readonly passiveShare: number;
  readonly detractorShare: number;
};

/** NPS: the estimate (value −100..100, raw NPS) plus the group counts and shares, on both variants. */
export type NpsEstimate = Estimate & NpsCounts & NpsShares;

/** n, mean and sample variance (divisor n − 1; 0 when n < 2) of the finite values. */
export type MeanAndVariance = {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
};

/**
 * A theme's impact on a KPI: KPI of all rows minus KPI of all rows outside the theme.
 * `n` is the number of scored rows in the theme, `restN` outside it.
 */
export type ImpactEstimate =
  | {
      readonly kind: 'estimate';
      /** KPI(all) − KPI(rest), in the KPI's units (NPS points, CSAT percentage points, rating units). */
      readonly value: number;
      readonly n: number;
      readonly restN: number;
      readonly ci95: readonly [low: number, high: number];
      /** True when the 95% interval excludes 0. */
      readonly significant: boolean;
      /** KPI of the theme's rows alone and of the other rows (raw). */
      readonly themeValue: number;
      readonly restValue: number;
    }
  | { readonly kind: 'insufficient'; readonly n: number; readonly restN: number; readonly needed: number };

export type ImpactMetric = 'nps' | 'csat' | 'mean';

/** Aspect sentiment of a theme, summarised from its per-row aspect scores in [-1, 1]. */
export type AspectSummary = {
  readonly n: number;
  /** Mean aspect score; 0 when n = 0. */
  readonly mean: number;
  /** Share (0..1) of rows whose aspect score is ≤ the negative threshold. */
  readonly negativeShare: number;
  /** Share (0..1) of rows whose aspect score is ≥ the positive threshold. */
  readonly positiveShare: number;
};

/** The outcome themes are ranked by (see chooseOutcome). */
export type Outcome = 'nps' | 'csat' | 'rating' | 'sentiment';

/** A theme's effect on the outcome is significantly negative, significantly positive, or neither. */
export type ThemeVerdict = 'pain' | 'delight' | 'mixed';

/** A theme's effect on the ranking outcome with its 95% interval (in the outcome's units). */
export type Effect = {
  readonly value: number;
  readonly ci95: readonly [low: number, high: number];
};

/** What ranking needs to know about one theme. */
export type RankInput = {
  readonly id: string;
  /** Rows mentioning the theme (a tie-break). */
  readonly count: number;
  /** Effect on the ranking outcome; null when too few scored rows (the theme is then 'mixed'). */
  readonly effect: Effect | null;
};

export type RankedTheme = {
  readonly id: string;
  readonly verdict: ThemeVerdict;
  /** rankCost: the cost (pain) or gain (delight) the 95% interval vouches for; 0 when mixed. */
  readonly cost: number;
  /** 1-based position within its list. */
  readonly rank: number;
};

export type ThemeRanking = {
  readonly painPoints: readonly RankedTheme[];
  readonly delights: readonly RankedTheme[];
  readonly mixed: readonly RankedTheme[];
};

/** What themeLean needs: the shares of negative and positive mentions and their mean. */
export type LeanInput = {
  /** Mean aspect sentiment of the theme's mentions, in [-1, 1]. */
  readonly meanSentiment: number;
  readonly negativeShare: number;
  readonly positiveShare: number;
};

export type Lean = 'negative' | 'positive' | 'neutral';

/** Sentiment KPIs of a set of rows. */
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

/**
 * What kpiSet reads of the analysed rows, column by column (row i's NPS is `nps[i]`): scores as
 * doubles, NaN where missing or invalid (a column the input does not have is all NaN, or empty);
 * the comment's sentiment score in [-1, 1]; its label as a code, SENTIMENT_POSITIVE or
 * SENTIMENT_NEGATIVE, anything else neutral.
 */
export type KpiTable = {
  readonly length: number;
  readonly nps: Float64Array;
  readonly csat: Float64Array;
  readonly ces: Float64Array;
  readonly rating: Float64Array;
  readonly score: Float64Array;
  readonly label: Uint8Array;
};

/** A KpiTable with each row's date: `dates[date[i]]` ('YYYY-MM-DD'), no date where `date[i]` < 0. */
export type DatedKpiTable = KpiTable & {
  readonly date: Int32Array;
  readonly dates: readonly string[];
};

/** Which KPI columns the input has (null: absent), and their scales (the rating bands need the rating's). */
export type KpiMapping = Pick<ColumnMapping, 'nps' | 'csat' | 'ces' | 'rating' | 'ratingScale' | 'csatScale'>;

export type SeriesOutcome = 'nps' | 'csat' | 'rating';

export type SeriesTheme = { readonly id: string; readonly count: number; readonly share: number };

export type SeriesPoint = {
  /** '2025-W36' or '2025-09'. */
  readonly period: string;
  readonly from: string;
  readonly to: string;
  /** Analysed rows dated in the period. */
  readonly n: number;
  readonly negativeShare: Estimate;
  /** The outcome KPI of the period's rows, or null when there is no outcome column. */
  readonly outcome: Estimate | null;
  /** The tracked themes (TimeSeries.themes order): rows mentioning each, and count / n. */
  readonly themes: readonly SeriesTheme[];
};

/** KPIs per week or month (the HTML report's time series). */
export type TimeSeries = {
  readonly unit: 'week' | 'month';
  /** First and last date in the data ('YYYY-MM-DD'). */
  readonly first: string;
  readonly last: string;
  readonly outcome: SeriesOutcome | null;
  /** Theme ids tracked over time (the top pain points). */
  readonly themes: readonly string[];
  /** Analysed rows without a usable date (not in any period). */
  readonly undated: number;
  readonly points: readonly SeriesPoint[];
};
