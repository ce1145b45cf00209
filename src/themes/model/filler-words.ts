/**
 * Words that never start or end a theme phrase, on top of the tokenizer's English stop words:
 * negators, contractions, greetings, politeness and chat fillers that appear in feedback about any topic.
 * A general list (no topic words): it holds no word that names a product, a service or a problem.
 */
export const fillerWords: ReadonlySet<string> = new Set([
  // negators and answers
  'not', 'no', 'nor', 'none', 'nothing', 'yes', 'yeah', 'yep', 'nope', 'ok', 'okay',
  // greetings, politeness
  'hi', 'hello', 'hey', 'dear', 'please', 'pls', 'plz', 'thanks', 'thank', 'thx', 'cheers', 'regards', 'sorry',
  // modal and auxiliary verbs the stop list may miss
  'will', 'shall', 'may', 'can', 'could', 'would', 'should', 'must', 'might', 'ought', 'need', 'needs', 'needed',
  'want', 'wants', 'wanted', 'try', 'tried', 'trying', 'let', 'lets', 'going', 'gonna', 'wanna', 'gotta',
  'get', 'gets', 'getting', 'got', 'gotten', 'go', 'goes', 'went', 'gone', 'do', 'does', 'did', 'done', 'doing',
  'make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taken', 'put', 'puts', 'use', 'seem', 'seems',
  'know', 'knows', 'knew', 'think', 'thinks', 'thought', 'say', 'says', 'said', 'tell', 'told', 'ask', 'asked',
  'like', 'liked', 'able', 'unable',
  // pronouns, determiners, quantifiers, adverbs of degree and time
  'i', 'me', 'my', 'mine', 'im', 'ive', 'id', 'ill', 'u', 'ur', 'us', 'everyone', 'someone', 'anyone', 'anybody',
  'everything', 'something', 'anything', 'one', 'ones', 'thing', 'things', 'stuff', 'lot', 'lots', 'bit',
  'just', 'really', 'actually', 'basically', 'literally', 'quite', 'rather', 'pretty', 'even', 'ever', 'also',
  'already', 'yet', 'again', 'always', 'usually', 'sometimes', 'often', 'maybe', 'perhaps', 'probably', 'though',
  'although', 'however', 'therefore', 'etc', 'via', 'per', 'within', 'without', 'across', 'upon', 'onto', 'toward',
  'towards', 'whether', 'either', 'neither', 'every', 'else', 'enough', 'less', 'least', 'lol', 'omg', 'btw',
  'today', 'yesterday', 'tomorrow', 'ago', 'soon', 'later', 'currently', 'recently', 'around', 'instead',
  'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont', 'wouldnt', 'couldnt', 'shouldnt',
  // contraction stubs a tokenizer leaves ("I 've", "don 't")
  've', 'll', 're', 'don', 'didn', 'doesn', 'isn', 'wasn', 'aren', 'weren', 'couldn', 'wouldn', 'shouldn', 'haven', 'hasn', 'won',
  'havent', 'hasnt', 'hadnt', 'thats', 'theres', 'whats', 'youre', 'theyre',
]);
