/** Types of the themes stage. */
import type { Token, TokenKind } from '../tokenize/types.js';
import type { ClauseScore } from '../sentiment/types.js';

/** What theme discovery needs from each analysed row. */
export type ThemeDoc = {
  readonly tokens: readonly Token[];
  readonly clauses: readonly ClauseScore[];
  /** Comment sentiment score in [-1, 1]. */
  readonly score: number;
  /**
   * Optional: the same tokens without Token objects (a store that keeps them packed gives them so;
   * the themes stage then reads `tokens` only for the few comments that might be non-answers).
   */
  packedTokens?(): PackedTokens;
  /**
   * Optional: visits the clauses' token ranges and scores without ClauseScore objects (a store that
   * keeps them packed gives them so; the themes stage then never asks for `clauses`).
   */
  forEachClause?(visit: ClauseVisitor): void;
  /**
   * Optional: whether the comment is a non-answer (`isNonAnswerTokens` of its tokens), when the
   * caller read it already; the themes stage then does not ask for `tokens` to decide it (a store
   * that keeps no comment text gives tokens without their text).
   */
  readonly nonAnswer?: boolean;
};

/** Receives one clause: its tokens are tokenStart … tokenEnd - 1; its sentiment score. */
export type ClauseVisitor = (tokenStart: number, tokenEnd: number, score: number) => void;

/** A comment's clauses: as objects, or a function that visits each (ThemeDoc.forEachClause). */
export type ClauseSource = readonly ClauseScore[] | ((visit: ClauseVisitor) => void);

/** A comment's tokens as integers: per token its norm id × 16 + its kind's index in `kinds`. */
export type PackedTokens = {
  readonly codes: Int32Array;
  /** Where the norm ids come from (one object for every comment that shares them). */
  readonly norms: { norm(id: number): string };
  readonly kinds: readonly TokenKind[];
};

export type ThemeOptions = {
  /** Upper bound on the number of top-level themes (the data chooses up to this). */
  readonly maxThemes?: number;
  /** An analyst's taxonomy to apply before discovery (see taxonomy.ts). */
  readonly taxonomy?: Taxonomy;
  /**
   * Words or phrases that are context, not themes (the brand, the product): never part of a theme
   * phrase or label. A word is matched by its stem ("Netflix" also drops "netflix's"); a phrase by
   * its content words in order. Applies to discovery only, not to an applied taxonomy.
   */
  readonly ignoreTerms?: readonly string[];
};

export type JourneyStage = 'awareness' | 'purchase' | 'delivery' | 'use' | 'support' | 'renewal';

export type TaxonomyTheme = {
  readonly id: string;
  readonly label: string;
  /** Match phrases; '*' is a wildcard within one word ("refund*", "charged * twice"). */
  readonly phrases: readonly string[];
  /**
   * Optional: phrases that describe the theme without naming it ("slow", "overcharged"). A row that
   * matches no theme's `phrases` joins each theme one of whose `describedBy` phrases it contains.
   */
  readonly describedBy?: readonly string[];
  readonly parent?: string;
  /**
   * Optional: id of a theme whose rows this one narrows (default: the parent). Discovery sets it on
   * a specific issue found inside one member of a broad parent, so that it matches only there.
   */
  readonly within?: string;
  readonly stage?: JourneyStage;
};

export type Taxonomy = {
  readonly version: 1;
  readonly themes: readonly TaxonomyTheme[];
};

export type Theme = {
  /** Stable slug from the label, e.g. 'refund-delay'. Unique within a model. */
  readonly id: string;
  /** 1-3 strongest phrases in their most common surface form, joined with ' / '. */
  readonly label: string;
  /** Surface forms of the phrases that put a row in this theme, strongest first. */
  readonly keywords: readonly string[];
  /**
   * Words that describe the theme without naming it ("slow", "overcharged"): they put a row in this
   * theme only when the row names no theme's keywords (see TaxonomyTheme.describedBy).
   */
  readonly describedBy?: readonly string[];
  readonly parent: string | null;
  /** Set when the theme's rows lie in a sibling theme's rows rather than only its parent's (see TaxonomyTheme.within). */
  readonly within?: string;
  readonly stage: JourneyStage | null;
  /** 'discovered' | 'taxonomy' | 'emerging' (discovered beside an applied taxonomy) */
  readonly origin: 'discovered' | 'taxonomy' | 'emerging';
  /** Indices into the docs array, ascending. */
  readonly rows: readonly number[];
  /** Per row in `rows` (same order): sentiment of the clauses that mention the theme, in [-1, 1]. */
  readonly aspectScores: readonly number[];
};

export type ThemeModel = {
  /** Ordered by count desc, then id. */
  readonly themes: readonly Theme[];
  /** Per doc index: true when the comment is a non-answer ("n/a", "nothing", "all good"). */
  readonly nonAnswer: readonly boolean[];
  /**
   * Per doc index: id of the row's main theme — the most specific theme that fits it best — or null
   * (no theme, or a non-answer). Always set by discoverThemes.
   */
  readonly mainTheme?: readonly (string | null)[];
};
