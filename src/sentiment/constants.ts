/** Constants of the rule layer, each with its source or reason (docs/sentiment.md). */

export const constants = Object.freeze({
  /** VADER's normalisation constant: clause score = x / sqrt(x² + α). */
  alpha: 15,
  /** Opinion clauses (by weight) whose evidence accumulates before the comment score turns into a mean. */
  accumulate: 3,
  /** Negated positive word: valence × −0.74 (VADER's N_SCALAR). */
  negatePositive: -0.74,
  /** Negated negative word: valence × −0.5 ("not bad" is mildly positive; Kiritchenko & Mohammad 2016). */
  negateNegative: -0.5,
  /** Negation scope: the first 3 content words after the negator (function words do not count; VADER looks
   * 3 words back), never past clause punctuation, "and", or a word that opens an embedded clause. */
  negationWindow: 3,
  /** Degree adverbs reach this many tokens forward. */
  degreeWindow: 3,
  /** ALL-CAPS word in mixed-case text: ± this much (VADER's C_INCR). */
  capsBoost: 0.733,
  /** Each "!" (up to 4) adds this in the direction of the clause (VADER). */
  exclamationBoost: 0.292,
  maxExclamations: 4,
  /** Each "?" beyond the first in a complaint question (up to 3) adds this in the clause's direction. */
  questionBoost: 0.18,
  /** Information questions and requests keep this share of their valence. */
  questionDamping: 0.35,
  /** "still" right before a negator ("still not here", "still haven't received"). */
  stillNot: -1.2,
  /** "3 weeks later", "two days behind": a delay stated as a duration. */
  delay: -1.2,
  /** "kept expiring", "keeps logging me out": a recurring problem (the -ing verb has no valence of its own). */
  recurring: -0.8,
  /** "buy/order/use … again": the customer will return. */
  loyalty: 1.5,
  /** "won't buy … again", "never use … again": the customer will not. */
  churn: -2.2,
  /** Praise after an expectation word or in a counterfactual: × −0.5 ("expected better"). */
  unmetExpectation: -0.5,
  /** "not … enough": something falls short. */
  notEnough: -1.2,
  /** "no" + a neutral noun: something is missing. */
  absence: -0.8,
  /** Stretched word ("sooo goood"): ± this much. */
  elongationBoost: 0.3,
  /** Contrast: clauses before "but" × 0.5, the "but" clause and the rest of its sentence × 1.5 (VADER). */
  beforeContrast: 0.5,
  afterContrast: 1.5,
} as const);
