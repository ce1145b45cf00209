export type * from './types.js';
/** cx.config.json text → a validated CxConfig; throws CxError('usage') naming the field and the expected type. */
export { parseConfig } from './parse-config.js';
/** A `word or phrase,score` file (`--lexicon`) → lexicon entries; throws CxError('usage') with the line. */
export { parseLexicon } from './parse-lexicon.js';
/** The config `cx init` writes from a detected column mapping. */
export { starterConfig, type StarterConfig } from './starter-config.js';
export { EMPTY_CONFIG } from './types.js';
/** Reads the first records of an export and detects its columns and date order (for `cx init`). */
export { detectInput, type DetectedInput } from './detect-input.js';
