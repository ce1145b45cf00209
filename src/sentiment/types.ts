/** Types of the sentiment stage. */

export type SentimentLabel = 'positive' | 'negative' | 'neutral';

export type Thresholds = {
  /** score ≥ positive → 'positive' (default 0.05) */
  readonly positive: number;
  /** score ≤ negative → 'negative' (default -0.05) */
  readonly negative: number;
};

/** Why a score moved: a lexicon word, phrase or rule, with its signed effect. */
export type Contribution = {
  /** The word or phrase as written, or the rule name for rule effects. */
  readonly term: string;
  /** 'afinn' | 'cx' (domain lexicon) | 'emoji' | 'negation' | 'contrast' | 'intensifier' | 'caps' | 'exclamation' | 'question' | … */
  readonly source: string;
  /** Signed change to the clause's raw valence. */
  readonly effect: number;
};

export type ClauseScore = {
  /** Token index range [tokenStart, tokenEnd) into the tokens the scorer was given. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Character range in the text. */
  readonly start: number;
  readonly end: number;
  /** Clause score in [-1, 1]. */
  readonly score: number;
  /** Weight the clause had in the comment score (contrast makes later clauses weigh more). */
  readonly weight: number;
  readonly contributions: readonly Contribution[];
};

export type SentimentResult = {
  /** Comment score in [-1, 1]. */
  readonly score: number;
  readonly label: SentimentLabel;
  readonly clauses: readonly ClauseScore[];
};
