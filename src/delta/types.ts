/** Types of the delta stage: comparing a baseline sample with a current one. */

/** Result of a two-sample comparison. `delta` is current − baseline. */
export type Difference = {
  readonly delta: number;
  readonly ci95: readonly [low: number, high: number];
  readonly pValue: number;
};

export type NpsDifference = Difference & {
  /** z = adjusted difference / standard error (both in NPS points). */
  readonly z: number;
  readonly standardError: number;
};

export type ProportionTest = 'two-proportion-z' | 'fisher-exact';

export type TwoProportionResult = Difference & {
  /** Which test gave pValue: Fisher's exact when any expected cell count is below 5. */
  readonly test: ProportionTest;
  /** Pooled-SE z statistic (also reported when Fisher's test gave the p-value); 0 when undefined. */
  readonly z: number;
};

export type FisherResult = {
  /** Two-sided p: sum of the probabilities of all tables no more likely than the observed one. */
  readonly pValue: number;
  /** Probability of the observed table under the hypergeometric null. */
  readonly tableProbability: number;
};

export type WelchResult = Difference & {
  readonly t: number;
  /** Welch-Satterthwaite degrees of freedom. */
  readonly df: number;
  readonly standardError: number;
};

/** Summary statistics of one side of a Welch test. */
export type SampleSummary = {
  readonly mean: number;
  /** Sample variance (divisor n − 1). */
  readonly variance: number;
  readonly n: number;
};

/** A term more (z > 0) or less (z < 0) used in the current side than in the baseline. */
export type TermShift = {
  readonly term: string;
  /** z-score of the log-odds ratio with informative Dirichlet prior. */
  readonly z: number;
  /** The log-odds ratio δ itself (current vs baseline). */
  readonly logOddsRatio: number;
  readonly baselineCount: number;
  readonly currentCount: number;
};

export type TermShifts = {
  readonly overRepresented: readonly TermShift[];
  readonly underRepresented: readonly TermShift[];
};

export type PeriodUnit = 'week' | 'month' | 'quarter' | 'year';

/** An inclusive range of 'YYYY-MM-DD' dates. */
export type DateRange = { readonly from: string; readonly to: string };

export type Period = DateRange & {
  /** '2025-W14' (ISO week), '2025-04', '2025-Q2'. */
  readonly label: string;
};

export type DateSplit = {
  /** Indices (ascending) of rows on each side; undated rows are in neither. */
  readonly baseline: readonly number[];
  readonly current: readonly number[];
  readonly undated: readonly number[];
};

/** How a KPI's change is judged. 'none' for volume. */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'none';

export type Direction = 'better' | 'worse' | 'unchanged';

export type KpiName = 'nps' | 'csat' | 'ces' | 'rating' | 'ratingLow' | 'sentiment' | 'negative' | 'volume';

export type KpiTest = 'adjusted-wald-z' | ProportionTest | 'welch-t' | null;

export type KpiDelta = {
  readonly name: KpiName;
  /** Units of value and delta: NPS points, percent (CSAT top-2-box, % negative), scale units, rows. */
  readonly unit: 'points' | 'percent' | 'scale' | 'rows';
  readonly polarity: Polarity;
  /** value: the KPI on that side (null when n = 0); n: responses with a valid value. */
  readonly baseline: { readonly value: number | null; readonly n: number };
  readonly current: { readonly value: number | null; readonly n: number };
  /** current − baseline (percentage points for percent KPIs); null when insufficient. */
  readonly delta: number | null;
  readonly ci95: readonly [low: number, high: number] | null;
  readonly pValue: number | null;
  readonly test: KpiTest;
  /** pValue < 0.05 and enough data on both sides. Always false for volume. */
  readonly significant: boolean;
  /** Sign of delta judged by polarity ('unchanged' when delta is 0 or null, and always for volume). */
  readonly direction: Direction;
  /** Present when a side has fewer than `needed` values. */
  readonly insufficient?: { readonly needed: number };
};

export type ThemeStatus = 'new' | 'gone' | 'rising' | 'falling' | 'stable';

export type SideChange = {
  readonly baseline: number | null;
  readonly current: number | null;
  /** current − baseline; null when either side is null. */
  readonly change: number | null;
};

export type ThemeDelta = {
  readonly id: string;
  readonly label: string;
  /** Parent theme id of a sub-theme (flagged only under a flagged parent), null for a top-level theme. */
  readonly parent: string | null;
  /** count: rows on that side mentioning the theme; share: count / rows on that side (0..1). */
  readonly baseline: { readonly count: number; readonly share: number };
  readonly current: { readonly count: number; readonly share: number };
  /** Share difference in percentage points (current − baseline); null when insufficient. */
  readonly delta: number | null;
  readonly ci95: readonly [low: number, high: number] | null;
  readonly pValue: number | null;
  /** Benjamini-Hochberg q-value across all themes tested. */
  readonly qValue: number | null;
  readonly test: ProportionTest | null;
  /**
   * A flagged change: enough data, qValue < 0.05 and a practical change (`practical`); a sub-theme
   * is flagged only when its parent is (the detail of the parent's change).
   */
  readonly significant: boolean;
  /** The 95% interval clears ±1 percentage point and |delta| ≥ 10% of the larger share (see isPractical). */
  readonly practical: boolean;
  readonly status: ThemeStatus;
  /**
   * How the theme weighs on the outcome over both sides together: 'negative' when its impact on
   * the outcome (NPS, CSAT or rating; else its mean aspect sentiment) has a 95% interval below 0,
   * 'positive' above 0, otherwise 'neutral'.
   */
  readonly lean: 'negative' | 'positive' | 'neutral';
  /** Significant and bad news: a negative theme grew or a positive theme shrank. */
  readonly worsening: boolean;
  /** Mean aspect sentiment of the theme's mentions on each side. */
  readonly sentiment: SideChange;
  /** NPS of the rows mentioning the theme on each side (raw; null with fewer than MIN_N_NPS scores). */
  readonly nps: SideChange & { readonly baselineN: number; readonly currentN: number };
  readonly insufficient?: { readonly reason: 'side' | 'mentions'; readonly needed: number };
};

export type DeltaSideInfo = {
  /** e.g. the file name, '2025-03', 'before 2025-04-01', 'region = EMEA'. */
  readonly label: string;
  /** Date range of the side's rows (null when undated). */
  readonly from: string | null;
  readonly to: string | null;
  /** Rows on this side. */
  readonly n: number;
};

/** The JSON contract of `cx delta --format json` (issue 5 §6; where, decomposition, drivers: issue 20). */
export type DeltaReport = {
  readonly schemaVersion: '1.1';
  readonly baseline: DeltaSideInfo;
  readonly current: DeltaSideInfo;
  readonly kpis: readonly KpiDelta[];
  readonly themes: readonly ThemeDelta[];
  readonly terms: TermShifts;
  /** Each KPI's change inside each value of each segment column (see segmentChanges). */
  readonly where: readonly SegmentKpiChange[];
  /** Each KPI's change split into mix and rate per segment column (see kitagawa). */
  readonly decomposition: readonly KpiDecomposition[];
  /** The headline KPI's change split over the themes (see themeDrivers); the entries sum to the change. */
  readonly drivers: readonly ThemeDriver[];
};

/** An estimate with a 95% interval: value ± 1.96 standard errors. */
export type IntervalEstimate = {
  readonly value: number;
  readonly ci95: readonly [low: number, high: number];
  readonly standardError: number;
};

/**
 * A KPI's change inside one value of a segment column: compareKpis on the rows with that value,
 * `qValue` by Benjamini-Hochberg over every segment × KPI test of the run, `significant` = q < 0.05.
 */
export type SegmentKpiChange = Omit<KpiDelta, 'significant'> & {
  readonly column: string;
  /** The segment value ('' when the cell is empty). */
  readonly value: string;
  readonly qValue: number | null;
  /**
   * q < 0.05 and not explained by another segment: the change stays significant (p < 0.05) once the
   * rows of every more significant segment change of another column (same KPI) are set aside.
   */
  readonly significant: boolean;
  /** The more significant segment (another column) without whose rows this change is not significant; else null. */
  readonly explainedBy: { readonly column: string; readonly value: string } | null;
};

/** One segment value's part in a mix/rate decomposition. */
export type SegmentShift = {
  readonly value: string;
  /** share: the value's share (0-1) of the side's rows with a value for the KPI; kpi: its KPI there (null without rows). */
  readonly baseline: { readonly share: number; readonly kpi: number | null; readonly n: number };
  readonly current: { readonly share: number; readonly kpi: number | null; readonly n: number };
  /** (w₂ − w₁)(k₁ + k₂)/2 and (k₂ − k₁)(w₁ + w₂)/2 for this value. */
  readonly mix: number;
  readonly rate: number;
};

/**
 * A KPI's change split by one segment column into a mix part (the segments' shares moved) and a
 * rate part (the KPI moved inside segments): Kitagawa (1955); mix + rate = change exactly.
 */
export type KpiDecomposition = {
  readonly column: string;
  readonly kpi: Exclude<KpiName, 'volume'>;
  readonly unit: KpiDelta['unit'];
  readonly polarity: Polarity;
  readonly baseline: { readonly value: number; readonly n: number };
  readonly current: { readonly value: number; readonly n: number };
  readonly change: IntervalEstimate;
  readonly mix: IntervalEstimate;
  readonly rate: IntervalEstimate;
  /** How the intervals were computed. */
  readonly method: 'delta-method';
  /** Every value of the column, by |mix| descending, then value. */
  readonly segments: readonly SegmentShift[];
};

/**
 * One theme's contribution to the headline KPI's change (see themeDrivers): mix (its share of the
 * comments moved) + rate (its own KPI moved). kind 'untagged' = comments with no theme; 'other' =
 * every theme not listed (and the untagged comments when not listed), so the entries sum to the change.
 */
export type ThemeDriver = {
  readonly kind: 'theme' | 'untagged' | 'other';
  readonly kpi: Exclude<KpiName, 'volume'>;
  /** Theme id and label; null for 'untagged' and 'other'. */
  readonly id: string | null;
  readonly label: string | null;
  /** weight: the comments' share given to it (a comment with m themes gives 1/m to each); kpi: its weighted KPI; count: comments. */
  readonly baseline: { readonly weight: number; readonly kpi: number | null; readonly count: number };
  readonly current: { readonly weight: number; readonly kpi: number | null; readonly count: number };
  readonly mix: number;
  readonly rate: number;
  /** mix + rate, with its delta-method interval. */
  readonly contribution: IntervalEstimate;
  readonly pValue: number;
  /** Benjamini-Hochberg over the themes' contributions (not for 'other'). */
  readonly qValue: number | null;
  readonly significant: boolean;
  /** No comment on the baseline side mentions it. */
  readonly new: boolean;
  /** Example comments from the current side (on the side of the change). */
  readonly examples: readonly string[];
};

/** What compareKpis needs from each row: the normalized scores plus the row's sentiment. */
export type KpiRecord = {
  readonly nps: number | null;
  readonly csat: number | null;
  readonly ces: number | null;
  readonly rating: number | null;
  readonly sentiment: { readonly score: number; readonly label: 'positive' | 'negative' | 'neutral' } | null;
};

export type CompareKpisOptions = {
  /** Rating scale: with it, the share of low ratings (1-2★ on 1-5, see kpi ratingBands) is compared too. */
  readonly ratingScale?: { readonly min: number; readonly max: number } | null;
  /** CSAT scale (default 5; top-2-box = the two highest values). */
  readonly csatScale?: number;
  /** CES 1-7 as in CES 2.0 ("the company made it easy": 7 = best) — default true. */
  readonly cesHigherIsBetter?: boolean;
};

/** What compareThemes needs from a theme (the themes stage's Theme fits). */
export type ThemeInput = {
  readonly id: string;
  readonly label: string;
  /** Indices of the docs mentioning the theme, ascending. */
  readonly rows: readonly number[];
  /** Aspect score per entry of rows, same order. */
  readonly aspectScores: readonly number[];
  /** Parent theme id for a sub-theme. Sub-themes get their own Benjamini-Hochberg family. */
  readonly parent?: string | null;
};

export type CompareThemesOptions = {
  /** NPS score per doc index (for each theme's NPS on each side). */
  readonly nps?: readonly (number | null)[];
  /**
   * The outcome a theme's lean is judged on, a score per doc index: NPS, CSAT (top-2-box on
   * `scale`) or a mean (rating). Without it the lean comes from the theme's aspect sentiment.
   */
  readonly outcome?: { readonly metric: 'nps' | 'csat' | 'mean'; readonly scores: readonly (number | null)[]; readonly scale?: number };
};
