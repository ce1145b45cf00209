/**
 * Words added to natural's English stop-word list (`natural/lib/natural/util/stopwords.js`, 170 words).
 * natural's list has no contractions and no negations; for theme keywords these carry no topic, so they are
 * stop words here. Sentiment does NOT use this list: it reads negations itself (see src/sentiment).
 */
export const extraStopWords: readonly string[] = [
  // negations (sentiment handles them; themes ignore them)
  'not', 'no', 'nor', 'none', 'nothing', 'nobody', 'nowhere', 'neither', "n't",
  "don't", "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "isn't", "aren't",
  "wasn't", "weren't", "hasn't", "haven't", "hadn't", "mustn't", "needn't", "ain't",
  'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'isnt', 'arent', 'wasnt',
  'werent', 'hasnt', 'havent', 'hadnt',
  // pronoun/auxiliary contractions
  "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll", "he's", "she's", "it's", "we're",
  "we've", "we'd", "we'll", "they're", "they've", "they'd", "they'll", "that's", "there's", "what's",
  "who's", "let's", 'im', 'ive', 'its', 'thats',
  // function words missing from natural's list
  'the', 'a', 'an', 'i', 'us', 'will', 'just', 'yet', 'again', 'ever', 'even', 'really', 'also', 'one',
  'am', 'oh', 'ok', 'okay', 'etc', 'via', 'per', 'upon', 'though', 'although', 'however', 'unless',
  'whether', 'within', 'without', 'against', 'across', 'along', 'around', 'onto', 'off', 'else', 'ever',
  'every', 'everything', 'anything', 'something', 'someone', 'anyone', 'everyone', 'thing', 'things',
  'went', 'going', 'gone', 'goes', 'go', 'put', 'says', 'say', 'told', 'tell', 'lot', 'lots', 'bit',
  'please', 'thanks', 'thank', 'hi', 'hello', 'dear', 'yes', 'yeah',
];
