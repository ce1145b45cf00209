/**
 * Words that say how much, when, or that someone thought, tried or said something — not what the
 * customers are talking about. Stop words (src/tokenize) are already out of the counts; these are
 * the function-like words left in them that kept surfacing in "Words behind the change" on the
 * delta fixtures and on review exports: number words, quantifiers, time deixis, fillers and
 * light verbs. Content nouns, adjectives and verbs (outage, cold, crashes, refund) never belong here.
 */
export const fillerWords: readonly string[] = [
  // number words and ordinals
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'dozen', 'half', 'once', 'twice',
  'first', 'second', 'third', 'fourth', 'fifth', 'tenth',
  // quantifiers and vague amounts
  'several', 'many', 'much', 'few', 'little', 'less', 'least', 'enough', 'whole', 'full', 'loads', 'load', 'plenty',
  'lot', 'lots', 'bit', 'bunch', 'couple', 'various', 'another', 'others', 'either', 'overall', 'total', 'entire',
  // time deixis
  'last', 'next', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'ago', 'since', 'already', 'soon', 'later',
  'recently', 'lately', 'sometimes', 'often', 'usually', 'always', 'never', 'still', 'anymore', 'meanwhile',
  // fillers and hedges
  'actually', 'basically', 'literally', 'quite', 'pretty', 'maybe', 'perhaps', 'probably', 'definitely', 'surely',
  'totally', 'completely', 'absolutely', 'simply', 'especially', 'almost', 'rather', 'somewhat', 'anyway', 'though',
  'indeed', 'instead', 'otherwise', 'kind', 'sort', 'stuff', 'way', 'ways', 'thing', 'things',
  // light verbs: thinking, trying, saying, getting
  'think', 'thought', 'thinking', 'tried', 'try', 'tries', 'trying', 'mentioned', 'mention', 'said', 'saying',
  'get', 'gets', 'got', 'getting', 'gotten', 'make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taken',
  'come', 'comes', 'came', 'coming', 'know', 'knew', 'known', 'seem', 'seems', 'seemed', 'let', 'lets', 'keep',
  'kept', 'give', 'gave', 'given', 'want', 'wanted', 'wants', 'need', 'needed', 'needs', 'feel', 'felt', 'find',
  'found', 'use', 'used', 'using', 'see', 'saw', 'seen', 'look', 'looked', 'looking', 'able', 'unable',
];
