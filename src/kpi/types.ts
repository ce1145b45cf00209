/** Types of the kpi stage. */

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

/** The `kind: 'insufficient'` member of Estimate. */
export type Insufficient = Extract<Estimate, { kind: 'insufficient' }>;

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
