export type * from './types.js';
import type { Taxonomy, ThemeDoc, ThemeModel, ThemeOptions } from './types.js';
import { isStopWord, stem, tokenize } from '../tokenize/index.js';
import { discoverThemesWith } from './discover-themes.js';
import { wordVectors } from '../vectors/index.js';
import { toTaxonomy as modelToTaxonomy, parseTaxonomy as parseTaxonomyText } from './taxonomy.js';

export { isNonAnswer, isNonAnswerTokens } from './non-answer.js';

/** Discovers (or applies a taxonomy and then discovers emerging) themes. Deterministic and row-order independent. */
export function discoverThemes(docs: readonly ThemeDoc[], options: ThemeOptions): ThemeModel {
  return discoverThemesWith(docs, options, { tokenize, stem, isStopWord, vectors: wordVectors });
}

/** The discovered themes as an editable taxonomy. */
export function toTaxonomy(model: ThemeModel): Taxonomy {
  return modelToTaxonomy(model);
}

/** Parses and validates a taxonomy file's text; throws CxError('invalid_taxonomy') naming line and field. */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  return parseTaxonomyText(text, file);
}
