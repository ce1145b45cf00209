/**
 * Closed-class word lists of the rules (./../rules/*.ts and ../scorer.ts), written by hand for cx: which words a
 * negation scope passes over, which end it, which mark irrealis, failure, loyalty, delay. Data, not code: a rule
 * reads them, nothing here decides anything. Sources of the categories: VADER (Hutto & Gilbert 2014), SO-CAL
 * (Taboada et al. 2011), Kiritchenko & Mohammad 2016 on negators.
 */
export const LIKE_VERB_CONTEXT: ReadonlySet<string> = new Set([
  'i', 'you', 'we', 'they', 'really', 'do', 'did', 'does', 'also', 'definitely', 'totally',
  'just', 'still', 'actually', 'genuinely', 'truly', 'kinda', 'to', 'u', 'all', 'people', 'everyone', 'personally',
  'absolutely', 'much', 'so',
]);
export const COMPARATIVE_CONTEXT: ReadonlySet<string> = new Set(['be', 'been', 'get', 'have', 'feel', 'more', 'any', 'looked', 'felt', 'tasted', 'seen', 'had', 'sounded']);
export const SO_WORDS: ReadonlySet<string> = new Set(['so', 'such', 'this', 'more', 'as']);
export const RARELY: ReadonlySet<string> = new Set(['never', 'rarely', 'seldom', 'hardly']);
/** "could not be happier": a modal before a separate "not". */
export const MODALS: ReadonlySet<string> = new Set(['could', 'can', 'would']);
/** Words a negation scope passes over without counting them ("I don't think the staff were helpful"). */
export const SCOPE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'any', 'my', 'your', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these', 'those',
  'it', "it's", 'i', 'you', 'he', 'she', 'we', 'they', 'me', 'him', 'them', 'us', 'be', 'been', 'being', 'is',
  'am', 'are', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'had', 'get', 'got', 'getting', 'gotten',
  'think', 'believe', 'feel', 'find', 'found', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked', 'sound',
  'sounds', 'even', 'exactly', 'necessarily', 'much', 'as', 'such', 'just', 'ever', 'to', 'of', 'for', 'with',
  'at', 'all', 'overly', 'super', 'very', 'really', 'too', 'so', 'quite', 'particularly', 'especially',
  'entirely', 'completely', 'totally', 'always', 'anything', 'nothing', 'one', 'bit', 'single', 'real',
  'whatsoever', 'still', 'yet', 'again', 'there', 'longer', 'make', 'making', 'same', 'in',
]);
/** Feelings of the reader that a prohibitive "don't …" takes away: "don't worry" reassures. */
export const REASSURANCE: ReadonlySet<string> = new Set([
  'worry', 'worried', 'hesitate', 'panic', 'fret', 'fear', 'afraid', 'miss', 'stress', 'sweat', 'doubt', 'jealous',
  'sad', 'scared', 'shy', 'mad', 'angry', 'upset', 'sorry', 'nervous', 'alarmed',
]);
/** Words that end a negation scope: a new (embedded) clause starts. */
export const SCOPE_BREAKERS: ReadonlySet<string> = new Set([
  'how', 'what', 'why', 'when', 'where', 'who', 'which', 'if', 'because', 'cause', 'cuz', 'since', 'until',
  'unless', 'lol', 'haha', 'hahaha', 'lmao', 'so', 'then', 'than',
]);
/** Expectation words: praise after them was not met ("I expected better", "was hoping for more"). */
export const EXPECTATION: ReadonlySet<string> = new Set(['expected', 'expect', 'hoped', 'hoping', 'wish', 'wished', 'supposed', 'used']);
/** Before "used to", it means accustomed ("got used to it"), not a past that no longer holds ("used to be great"). */
export const ACCUSTOMED: ReadonlySet<string> = new Set(['get', 'got', 'getting', 'be', 'been', 'being', 'is', 'am', 'are', 'was', 'were', 'become', 'became']);
export const WISH_OBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'there', 'the', 'i', 'we', 'he', 'she', 'this', 'that', 'my', 'our', 'their', 'its', "it'd", "they'd", "i'd"]);

/** Modals that with "have" make a counterfactual ("could have been better", "should have been great"). */
export const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'should', "would've", "could've", "should've", 'wouldve', 'couldve', 'shouldve']);
/** "fail to", "unable to", "refused to": negate the verb that follows. */
export const FAIL_WORDS: ReadonlySet<string> = new Set(['fail', 'fails', 'failed', 'failing', 'unable', 'refuse', 'refuses', 'refused', 'refusing', 'neglected', 'forgot', 'forgets']);
/** Verbs of coming back as a customer: with a later "again" they state (or, negated, deny) loyalty. */
export const REPURCHASE: ReadonlySet<string> = new Set([
  'buy', 'order', 'purchase', 'shop', 'use', 'book', 'visit', 'fly', 'stay', 'eat', 'recommend', 'come', 'deal',
  'buying', 'ordering', 'purchasing', 'shopping', 'using', 'booking', 'visiting', 'flying', 'staying', 'eating',
  'recommending', 'coming', 'dealing',
]);
/** Verbs and adjectives of lacking negate what they lack ("lacking in charm", "devoid of wit"). */
export const LACK_WORDS: ReadonlySet<string> = new Set(['lack', 'lacks', 'lacked', 'lacking', 'devoid']);
/** Determiner negators reach only their noun phrase ("no idea, stomach is upset"). */
export const SHORT_SCOPE_NEGATORS: ReadonlySet<string> = new Set(['no', 'nothing', 'none', 'without', 'nobody', 'noone', 'nope', ...LACK_WORDS]);
export const NEGATION_BREAKERS: ReadonlySet<string> = new Set(['only', 'just', 'doubt']);
export const NON_NEGATOR_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['nothing', new Set<string>(['but', 'else'])],
  ['not', new Set<string>(['only', 'just', 'to', 'sure', 'even'])],
  ['no', new Set<string>(['doubt', 'wonder', 'matter'])],
]);
/** Bases whose other senses dominate their inflections ("likely", "kinds", "hands", "fined", "wells"). */
export const POLYSEMOUS_BASES: ReadonlySet<string> = new Set(['like', 'kind', 'fine', 'hand', 'well', 'pretty', 'mean', 'right', 'leave', 'join', 'allow', 'extend', 'warn']);
export const ADDRESSEES: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'just', 'so', 'everyone', 'everybody', 'people', 'guys', 'folks', 'seriously', 'honestly', 'really']);
export const TIME_UNITS: ReadonlySet<string> = new Set(['minute', 'minutes', 'mins', 'hour', 'hours', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months']);
export const QUANTITIES: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'few',
  'several', 'many', 'couple', 'nearly', 'almost', 'over', 'about',
]);

/** Words naming a promised or expected time; a duration "after" one of them is a delay. */
export const PROMISE_WORDS: ReadonlySet<string> = new Set(['promised', 'expected', 'estimated', 'due', 'scheduled', 'quoted', 'guaranteed', 'agreed']);
export const RECURRING_NEUTRAL: ReadonlySet<string> = new Set(['getting', 'going', 'coming', 'improving', 'working', 'growing', 'learning', 'updating']);

/**
 * Lukewarm wording (the learned layer's "lukewarm" feature, ../rules/cues.ts): words a 3★ or mixed review settles
 * on instead of praise or blame. Single words here; the phrases are in LUKEWARM_AFTER.
 */
export const LUKEWARM_WORDS: ReadonlySet<string> = new Set([
  'ok', 'okay', 'decent', 'average', 'mediocre', 'meh', 'alright', 'so-so', 'okish', 'passable', 'acceptable',
  'adequate', 'fine', 'ordinary', 'satisfactory', 'overall', 'mixed', 'somewhat', 'reasonable', 'moderate',
]);
/** Lukewarm phrases by their first word: "not bad", "nothing special", "could be better", "room for improvement". */
export const LUKEWARM_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['not', new Set<string>(['bad', 'great', 'terrible', 'amazing', 'awful', 'horrible', 'impressed', 'thrilled', 'perfect', 'outstanding', 'spectacular', 'excellent'])],
  ['nothing', new Set<string>(['special', 'great', 'amazing', 'extraordinary', 'fancy', 'spectacular', 'outstanding', 'exceptional', 'impressive', 'wow', 'exciting', 'remarkable'])],
  ['could', new Set<string>(['be', 'improve', 'use'])],
  ['can', new Set<string>(['be', 'improve'])],
  ['room', new Set<string>(['for'])],
]);
/** Words that make a number before them a stated rating ("3 stars", "3/5", "4 out of 5"). */
export const RATING_UNITS: ReadonlySet<string> = new Set(['star', 'stars', '*', '⭐']);
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['zero', 0]]);
