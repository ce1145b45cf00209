/** Types of the normalize stage: a raw record + column mapping → a typed feedback row. */

export type Kpi = 'nps' | 'csat' | 'ces' | 'rating';

/** A score value that could not be used: dropped for that KPI only, counted and reported. */
export type InvalidValue = {
  readonly line: number;
  readonly kpi: Kpi | 'date';
  /** e.g. 'nps_out_of_range', 'nps_not_a_number', 'date_unparseable' */
  readonly reason: string;
  readonly value: string;
};

export type FeedbackRow = {
  /** 1-based line where the record starts in the input. */
  readonly line: number;
  readonly id: string | null;
  /** The comment text (several text columns joined). Never empty. */
  readonly text: string;
  /** ISO date 'YYYY-MM-DD' (UTC calendar date as written), or null. */
  readonly date: string | null;
  readonly nps: number | null; // integer 0-10
  readonly csat: number | null; // 1-5
  readonly ces: number | null; // 1-7
  readonly rating: number | null; // on the detected scale
  /** segment column → value (trimmed); missing values are ''. Null-prototype object. */
  readonly segments: Readonly<Record<string, string>>;
  /** The original fields, untouched (for `cx enrich`). */
  readonly fields: Readonly<Record<string, string>>;
};
