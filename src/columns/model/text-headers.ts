/**
 * Header words that are evidence about a text column: whose words it holds (the customer's or the
 * organisation's), whether it is an open question, a write-in box of a choice question, or a title.
 * Words are compared after `headerWords` (lower case, camelCase and punctuation split).
 */

/** Words naming the organisation's side: its replies, public responses, agent notes, resolutions. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'reply', 'replies', 'replied', 'developer', 'owner', 'company', 'companies', 'agent', 'agents', 'internal',
  'admin', 'moderator', 'merchant', 'seller', 'vendor', 'management', 'manager', 'responder', 'operator',
  'representative', 'resolution', 'business', 'assignee',
]);

/** Words naming the customer's side; the first side word of a header decides ("Company response to consumer" is the company's). */
export const CUSTOMER_WORDS: ReadonlySet<string> = new Set([
  'customer', 'customers', 'consumer', 'client', 'guest', 'patient', 'respondent', 'requester', 'buyer', 'member', 'visitor', 'passenger', 'shopper', 'reviewer',
]);

/** First words of a question asked in the respondent's own words. */
export const QUESTION_STARTS: ReadonlySet<string> = new Set([
  'what', 'why', 'how', 'please', 'anything', 'tell', 'describe', 'is', 'any', 'if', 'where', 'when', 'which', 'do', 'did', 'would', 'could', 'can', 'explain',
]);

/**
 * A write-in box of a choice question: "Other (please specify)", Qualtrics' `Q3_4_TEXT` / "… - Other - Text",
 * SurveyMonkey's "Other (please specify)" answer label.
 */
export const WRITE_IN = [
  /\bother\b[\s(:–—-]*(?:please\s+)?(?:specify|describe|text|write[\s-]?in)\b/i,
  /[-–—:]\s*other\s*(?:[-–—:]\s*text)?\s*[):]?\s*$/i,
  /^other\s*[:)]?\s*$/i,
  /^(?:Q|QID)\d+_\d+_TEXT$/i,
] as const;

/**
 * Words naming an attribute of the feedback rather than the feedback itself: "Review Language",
 * "Source Of Review", "Comment count", "Feedback type" hold labels or numbers about the comment.
 */
export const ATTRIBUTE_WORDS: ReadonlySet<string> = new Set([
  'language', 'lang', 'locale', 'source', 'type', 'status', 'category', 'categories', 'country', 'location', 'count', 'counts',
  'helpful', 'helpfulness', 'version', 'url', 'link', 'rating', 'ratings', 'stars', 'star', 'score', 'date', 'time', 'id', 'tags',
  'tag', 'topic', 'channel', 'sentiment', 'label', 'flag', 'flagged', 'length', 'votes', 'likes', 'images', 'image', 'photos',
  'platform', 'device', 'number', 'num', 'sentiment', 'origin', 'verified', 'format',
]);

/** Words of a header holding a person's name or handle (userName, Author, Reviewer, Requester). */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'name', 'username', 'author', 'reviewer', 'user', 'nickname', 'handle', 'requester', 'submitter', 'firstname', 'lastname', 'fullname', 'screen',
]);
