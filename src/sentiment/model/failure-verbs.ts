/**
 * Words that are neutral (or mildly positive) on their own but report a service failure when negated:
 * "doesn't work", "hasn't arrived", "never replied", "no help". Inside a negation scope the scorer uses the
 * value here instead of flipping the word's own valence (flipping 0 would give 0). VADER scale (−4 … +4).
 * Written by hand for cx from how support tickets describe failures — not fitted to any evaluation set.
 */
export const negatedValence: ReadonlyArray<readonly [term: string, whenNegated: number]> = [
  ['work', -1.8], // "doesn't work"
  ['works', -1.8], // "it no longer works"
  ['working', -1.8], // "still not working"
  ['worked', -1.6], // "never worked"
  ['arrive', -1.8], // "didn't arrive"
  ['arrived', -1.8], // "hasn't arrived"
  ['receive', -1.8], // "didn't receive"
  ['received', -1.8], // "haven't received my order"
  ['delivered', -1.8], // "not delivered"
  ['respond', -1.8], // "they don't respond"
  ['responded', -1.8], // "never responded"
  ['reply', -1.8], // "didn't reply"
  ['replied', -1.8], // "never replied"
  ['answer', -1.6], // "nobody would answer"
  ['answered', -1.6], // "never answered"
  ['load', -1.6], // "page won't load"
  ['open', -1.0], // "app won't open" ("is the store open?" stays neutral: not negated)
  ['fix', -1.6], // "they didn't fix it"
  ['fixed', -1.8], // "still not fixed"
  ['resolved', -2.0], // "not resolved"
  ['solved', -2.0], // "never solved"
  ['sorted', -1.6], // "still not sorted"
  ['help', -1.6], // "no help at all"
  ['helped', -1.6], // "nobody helped"
  ['care', -1.6], // "they don't care"
  ['refunded', -1.6], // "still not refunded"
  ['show', -1.4], // "courier didn't show (up)"
  ['connect', -1.4], // "won't connect"
  ['charge', -1.4], // "phone won't charge"
  ['charging', -1.6], // "not charging"
  ['fit', -1.2], // "doesn't fit"
  ['fits', -1.2], // "no longer fits"
  ['here', -0.8], // "my order is still not here"
  ['back', -0.8], // "never got back to me", "haven't heard back"
  ['turn', -1.4], // "doesn't turn on"
  ['hold', -1.0], // "doesn't hold a charge"
  ['last', -1.2], // "didn't last a week"
  ['lasted', -1.2], // "hasn't lasted"
];
