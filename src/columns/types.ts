/** Types of the columns stage: which input column plays which role. */

export type Role = 'text' | 'id' | 'date' | 'nps' | 'csat' | 'ces' | 'rating' | 'segment';

/**
 * How a role was assigned: named by a flag, by the config file (cx.config.json), by a known export
 * layout (Google Play scraper, Qualtrics, …), recognised from the header name, or inferred from values.
 */
export type DetectedBy = 'flag' | 'config' | 'layout' | 'header' | 'values';

export type Scale = { readonly min: number; readonly max: number };

export type ColumnAssignment = {
  readonly column: string;
  readonly detectedBy: DetectedBy;
};

export type ColumnMapping = {
  /** One or more text columns; several are joined with ". " (empty parts dropped). */
  readonly text: readonly ColumnAssignment[];
  readonly id: ColumnAssignment | null;
  readonly date: ColumnAssignment | null;
  readonly nps: ColumnAssignment | null;
  readonly csat: ColumnAssignment | null;
  readonly ces: ColumnAssignment | null;
  readonly rating: ColumnAssignment | null;
  /** Low-cardinality columns usable for --by (channel, region, product, …). */
  readonly segments: readonly ColumnAssignment[];
  /** Scale of the rating column, detected from values (5 or 10) unless overridden. */
  readonly ratingScale: Scale | null;
  /** Scale of the CSAT column: 1-5, 1-7 or 1-10, from its values (null without CSAT; absent = 1-5). */
  readonly csatScale?: Scale | null;
  /** The known export layout recognised from the header (e.g. 'Google Play scraper'), or null. */
  readonly layout?: string | null;
  /**
   * Decisions the analyst should know about, as sentences: close calls with the runner-up and the
   * flag that changes them, question wording read from a second header row, scale notes.
   */
  readonly notes?: readonly string[];
  /**
   * Other columns of the customer's prose that detection did not take, best first: after reading,
   * the guard warns when the text is empty on most rows while one of these is filled.
   */
  readonly textAlternatives?: readonly string[];
  /** Lines of the input that are a second header row (SurveyMonkey's answer labels): skipped as duplicate_header. */
  readonly headerLines?: readonly number[];
};

export type ColumnOverrides = {
  readonly text?: readonly string[];
  readonly id?: string;
  readonly date?: string;
  readonly nps?: string;
  readonly csat?: string;
  readonly ces?: string;
  readonly rating?: string;
  readonly segments?: readonly string[];
  /** `--strict`: the post-read guard (text empty on most rows while another prose column is filled) fails the run instead of warning. */
  readonly strict?: boolean;
  /** The column mapping of a config file: applied after the flags, reported as detectedBy 'config'. */
  readonly config?: Omit<ColumnOverrides, 'config'>;
};

/** What detection may know beside the records. */
export type DetectContext = {
  /** Column → question wording from a second header row (see OpenedInput.questionTexts). */
  readonly questionTexts?: Readonly<Record<string, string>>;
};
