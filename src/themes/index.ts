export type * from './types.js';
import type { Taxonomy, ThemeDoc, ThemeModel, ThemeOptions } from './types.js';

/** Discovers (or applies a taxonomy and then discovers emerging) themes. Deterministic and row-order independent. */
export function discoverThemes(docs: readonly ThemeDoc[], options: ThemeOptions): ThemeModel {
  void docs; void options;
  throw new Error('not implemented yet (themes stage)');
}

/** The discovered themes as an editable taxonomy. */
export function toTaxonomy(model: ThemeModel): Taxonomy {
  void model;
  throw new Error('not implemented yet (themes stage)');
}

/** Parses and validates a taxonomy file's text; throws CxError('invalid_taxonomy') naming line and field. */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  void text; void file;
  throw new Error('not implemented yet (themes stage)');
}
