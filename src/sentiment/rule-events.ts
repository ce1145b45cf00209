/**
 * What the rules saw in one comment, summed over its clauses: the evidence the learned layer reads
 * (src/sentiment/features.ts). One slot per rule or word class; the scorer adds to a slot where the rule fires,
 * whether or not it collects contributions, so bulk scoring and `cx sentiment` see the same evidence.
 */

/** Sum of positive word valences as they entered their clause (after negation, degree, emphasis). */
export const EV_POS_SUM = 0;
/** Sum of negative word valences (a negative number). */
export const EV_NEG_SUM = 1;
/** Number of words or phrases that added positive / negative valence. */
export const EV_POS_N = 2;
export const EV_NEG_N = 3;
/** Negations applied to a sentiment word. */
export const EV_NEGATION = 4;
/** Of those, negated praise ("not good"). */
export const EV_NEGATED_POS = 5;
/** Failure and delay events: delay, recurring problem, "still not", absence, "not … enough", churn, warnings. */
export const EV_FAILURE = 6;
/** "would buy again": loyalty. */
export const EV_LOYALTY = 7;
/** Praise turned by irrealis (an "if" clause, an unmet expectation). */
export const EV_IRREALIS = 8;
/** Degree adverbs applied: intensifiers / dampeners. */
export const EV_INTENSIFIER = 9;
export const EV_DAMPENER = 10;
/** Capitals and stretched letters on a sentiment word. */
export const EV_EMPHASIS = 11;
/** "!" marks. */
export const EV_EXCLAMATION = 12;
/** Clauses that are information questions or requests ("how do I …?", "please send …"). */
export const EV_INFO_QUESTION = 13;
/** Clauses that are complaint questions ("why is my refund still not here?"). */
export const EV_COMPLAINT_QUESTION = 14;
/** "?" marks. */
export const EV_QUESTION_MARKS = 15;
/** Sum of emoji and emoticon valences. */
export const EV_EMOJI = 16;
/** Clauses opened by a contrast or concession word. */
export const EV_CONTRAST = 17;
/** Clauses with no sentiment at all (raw valence 0). */
export const EV_NEUTRAL_CLAUSES = 18;
/** Number of word tokens. */
export const EV_WORDS = 19;

/** Wording cues (./rules/cues.ts): lukewarm words and phrases ("ok", "not bad", "could be better"). */
export const EV_LUKEWARM = 20;
/** Ratings stated in the text ("3 stars", "4/5"): their sum on −1 … 1 and their number. */
export const EV_RATING_SUM = 21;
export const EV_RATINGS = 22;

export const RULE_EVENT_COUNT = 23;

