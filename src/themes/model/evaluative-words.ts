/**
 * Evaluative words: they say how a customer felt, not what about. Alone they never make a theme
 * phrase ("good", "great / awesome" are not themes; sentiment is measured separately), but they
 * may take part in longer phrases ("poor quality", "great service"). A general list, not topic words.
 */
export const evaluativeWords: readonly string[] = [
  'good', 'great', 'nice', 'fine', 'excellent', 'amazing', 'awesome', 'fantastic', 'wonderful', 'brilliant',
  'superb', 'outstanding', 'perfect', 'best', 'better', 'lovely', 'love', 'loved', 'loves', 'like', 'enjoy',
  'enjoyed', 'happy', 'glad', 'pleased', 'satisfied', 'impressed', 'recommend', 'recommended', 'favorite',
  'favourite', 'cool', 'fun', 'beautiful', 'thanks', 'appreciate', 'bad', 'worse', 'worst', 'terrible', 'awful',
  'horrible', 'horrendous', 'dreadful', 'poor', 'hate', 'hated', 'hates', 'dislike', 'disappointed',
  'disappointing', 'disappointment', 'unhappy', 'annoyed', 'annoying', 'frustrated', 'frustrating', 'angry',
  'upset', 'sad', 'ridiculous', 'pathetic', 'useless', 'rubbish', 'crap', 'sucks', 'okay', 'decent', 'average',
  'mediocre', 'ok',
];
