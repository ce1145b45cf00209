/** Types of the sentiment stage. */

/** A domain word or phrase to add (valence on VADER's −4 … +4 scale; `negated`: value inside a negation scope). */
export type CxEntry = { readonly term: string; readonly valence: number; readonly negated?: number };

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

/** One feature of the learned layer and how far it pulled the comment, on the log-odds scale. */
export type FeatureEffect = {
  /** A rule feature's name ("negations", "information question share") or the word or word pair hashed. */
  readonly feature: string;
  readonly kind: 'rule' | 'words';
  readonly value: number;
  /** (w_positive − w_negative) × value: > 0 pulls towards positive. */
  readonly toPositive: number;
  /** (w_neutral − mean of the two polar weights) × value: > 0 pulls towards neutral. */
  readonly toNeutral: number;
};

export type SentimentResult = {
  /** Comment score in [-1, 1]. */
  readonly score: number;
  readonly label: SentimentLabel;
  readonly clauses: readonly ClauseScore[];
  /** The rule layer's comment score before the learned layer (only when contributions are collected). */
  readonly ruleScore?: number;
  /** The learned layer's class probabilities (only when contributions are collected). */
  readonly probabilities?: { readonly negative: number; readonly neutral: number; readonly positive: number };
  /** The learned layer's features, largest pull first (only when contributions are collected). */
  readonly features?: readonly FeatureEffect[];
};
