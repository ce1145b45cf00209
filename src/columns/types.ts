/** Types of the columns stage: which input column plays which role. */

export type Role = 'text' | 'id' | 'date' | 'nps' | 'csat' | 'ces' | 'rating' | 'segment';

/** How a role was assigned: named by a flag, recognised from the header, or inferred from values. */
export type DetectedBy = 'flag' | 'header' | 'values';

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
  readonly ratingScale: { readonly min: number; readonly max: number } | null;
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
};
