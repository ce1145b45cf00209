/** Contracts of theme discovery (a leaf: imports types only). */
import type { Corpus, TermIndex } from '../term-index.js';
import type { Compounds } from '../content-runs.js';
import type { WordVectors } from '../../vectors/index.js';

/** What a discovery run is given besides the comments. */
export type DiscoveryInput = {
  readonly maxThemes: number;
  /** Size of the corpus the thresholds are scaled to (all analysed comments). */
  readonly corpusSize: number;
  /** Phrase keys (stems joined by spaces) never used as theme terms (ignored multi-word entries). */
  readonly dropPhrase?: (key: string) => boolean;
  /** Phrasal compounds the export attests (content-runs.ts). */
  readonly compounds: Compounds;
  /** Word vectors (default: none — similarity from the export's co-occurrence alone). */
  readonly vectors?: WordVectors;
};

/** A theme before it gets an id and label: its phrases (strongest first) and rows. */
export type DraftTheme = {
  /** Term indices into the index, strongest first; a row with one of them belongs to the theme (within its parent). */
  readonly terms: readonly number[];
  /** Parent draft index, or null. A sub-theme's rows are its parent's rows that match its terms. */
  readonly parent: number | null;
  /** Ascending doc indices. */
  readonly rows: readonly number[];
  /**
   * Adjectives and verbs that describe the topic without naming it ("slow", "overcharged"): they place a
   * comment here only when it names no topic's words (04-assign.ts). Top-level drafts only.
   */
  readonly describedBy?: readonly number[];
  /** Terms the label is chosen from, in order of preference (default: `terms`). */
  readonly labelTerms?: readonly number[];
  /** A sibling draft whose rows this one's rows lie in, if not the parent (not set by discovery). */
  readonly within?: number;
};

export type Discovery = {
  readonly corpus: Corpus;
  readonly index: TermIndex;
  readonly themes: readonly DraftTheme[];
  /** Main draft theme per doc (the most specific one that fits best), -1 for none. */
  readonly main: Int32Array;
};
