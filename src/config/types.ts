/** Types of the config stage: the settings an analyst keeps in cx.config.json. */

import type { ColumnOverrides } from '../columns/types.js';

/** Column roles as the config file names them (same meaning as the column flags). */
export type ConfigColumns = Omit<ColumnOverrides, 'config'>;

/** A domain word or phrase and its sentiment valence on VADER's −4 … +4 scale. */
export type LexiconEntry = { readonly term: string; readonly valence: number };

export type CxConfig = {
  readonly columns: ConfigColumns;
  /** Words discounted as themes (brand and product names): `--ignore-terms`. */
  readonly ignoreTerms: readonly string[];
  /** Domain sentiment words, in the file's order: `--lexicon`. */
  readonly lexicon: readonly LexiconEntry[];
  /** A taxonomy file (relative to the config file) or the taxonomy itself: `--taxonomy`. */
  readonly taxonomy: { readonly path: string } | { readonly inline: unknown } | null;
  /** `--positive-threshold` / `--negative-threshold`. */
  readonly thresholds: { readonly positive?: number; readonly negative?: number };
  /** `--max-themes`. */
  readonly maxThemes: number | null;
  /** `--date-format`. */
  readonly dateFormat: 'ymd' | 'mdy' | 'dmy' | null;
  /** Default `--by` columns. */
  readonly by: readonly string[];
  /** Fields the file has that cx does not know (a typo, or a setting of another tool): ignored, and named in a warning. */
  readonly ignored: readonly string[];
};

export const EMPTY_CONFIG: CxConfig = Object.freeze({
  columns: Object.freeze({}),
  ignoreTerms: Object.freeze([]),
  lexicon: Object.freeze([]),
  taxonomy: null,
  thresholds: Object.freeze({}),
  maxThemes: null,
  dateFormat: null,
  by: Object.freeze([]),
  ignored: Object.freeze([]),
});
