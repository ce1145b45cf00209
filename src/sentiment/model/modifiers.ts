/**
 * Closed-class words that modify sentiment rather than carry it, written by hand for cx (the categories
 * follow VADER, Hutto & Gilbert 2014, and Kiritchenko & Mohammad 2016 on negators and degree adverbs).
 */

/** Negators open a negation scope that ends at clause punctuation, a contrast word or "and". */
export const negators: readonly string[] = [
  'not', 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'without', 'hardly', 'barely', 'scarcely',
  'rarely', 'seldom', 'cannot', "n't", 'nowhere', 'noone', 'nobody', 'nope',
  "don't", "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "isn't", "aren't",
  "wasn't", "weren't", "hasn't", "haven't", "hadn't", "mustn't", "needn't", "ain't", "mightn't", "shan't",
  'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'isnt', 'arent', 'wasnt',
  'werent', 'hasnt', 'havent', 'hadnt', 'aint',
];

/** Negators after which "be … <comparative>" means the top of the scale: "couldn't be happier/worse". */
export const modalNegators: readonly string[] = ["couldn't", 'couldnt', "can't", 'cant', 'cannot', "wouldn't"];

/**
 * Degree adverbs: multiplier applied to the next sentiment word within 3 tokens (VADER uses ±0.293 additive;
 * cx uses factors so that a dampened weak word stays weak).
 */
export const degreeAdverbs: ReadonlyArray<readonly [string, number]> = [
  // intensifiers
  ['very', 1.3], ['really', 1.25], ['so', 1.25], ['too', 1.2], ['extremely', 1.5], ['incredibly', 1.5],
  ['absolutely', 1.4], ['completely', 1.35], ['totally', 1.35], ['utterly', 1.45], ['truly', 1.3],
  ['super', 1.3], ['highly', 1.3], ['hugely', 1.35], ['massively', 1.35], ['most', 1.25], ['more', 1.1],
  ['especially', 1.2], ['exceptionally', 1.45], ['exceedingly', 1.45], ['remarkably', 1.35],
  ['particularly', 1.2], ['seriously', 1.3], ['ridiculously', 1.4], ['insanely', 1.4], ['terribly', 1.4],
  ['awfully', 1.35], ['deeply', 1.3], ['genuinely', 1.25], ['thoroughly', 1.3], ['entirely', 1.3],
  ['such', 1.2], ['damn', 1.3], ['freaking', 1.3], ['fucking', 1.4], ['bloody', 1.3], ['way', 1.2],
  ['ever', 1.1], ['quite', 1.1], ['real', 1.15], ['soo', 1.35], ['sooo', 1.4], ['soooo', 1.45],
  ['amazingly', 1.4], ['fully', 1.2], ['perfectly', 1.2], ['overly', 1.2], ['honestly', 1.2],
  // dampeners
  ['slightly', 0.55], ['somewhat', 0.6], ['fairly', 0.75], ['rather', 0.8], ['pretty', 0.85],
  ['partly', 0.6], ['mildly', 0.55], ['marginally', 0.5], ['barely', 0.5], ['almost', 0.7],
  ['relatively', 0.75], ['reasonably', 0.8], ['moderately', 0.7], ['kinda', 0.6], ['sorta', 0.6],
  ['occasionally', 0.7], ['sometimes', 0.75], ['bit', 0.6], ['little', 0.65], ['less', 0.6],
  ['mostly', 0.85], ['quite', 1.1],
];

/** Two-word degree phrases, matched before single adverbs. */
export const degreePhrases: ReadonlyArray<readonly [string, string, number]> = [
  ['kind', 'of', 0.6], ['sort', 'of', 0.6], ['a', 'bit', 0.6], ['a', 'little', 0.65], ['at', 'all', 1.2],
];

/** Contrast: the clause a word starts outweighs what came before ("X but Y" → Y counts more). */
export const contrastWords: readonly string[] = ['but', 'however', 'yet', 'except', 'nevertheless', 'nonetheless'];

/** Concession: the clause a word starts is outweighed by the main clause ("although X, Y" → Y counts more). */
export const concessionWords: readonly string[] = ['although', 'though', 'despite', 'whereas', 'albeit'];

/** Openers of an information question or a request: the clause leans neutral unless it carries a complaint. */
export const questionOpeners: readonly string[] = [
  'how', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'do', 'does',
  'did', 'can', 'could', 'would', 'will', 'should', 'may', 'might', 'shall', 'has', 'have', 'any', 'please',
];

/** Openers of a rhetorical/complaint question: not damped ("why is my refund still not here??"). */
export const complaintQuestionOpeners: readonly string[] = ['why', 'how come'];
