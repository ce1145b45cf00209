export type * from './types.js';
import type { Token } from './types.js';
import { createTokenizer } from './tokenizer.js';

export { stem } from './stem.js';
export { isStopWord } from './stop-words.js';
export { Vocabulary } from './vocabulary.js';

let defaultTokenizer: ((text: string) => Token[]) | undefined;

/**
 * Splits text into tokens in one linear-time left-to-right pass. URLs, e-mails, @mentions, #hashtags, emoji
 * (whole graphemes) and emoticons are single tokens; contractions ("don't", "can’t") are one word token whose
 * `norm` is lower case with straight apostrophes; numbers ("2.5", "10%", "$20", "24h"); runs of punctuation
 * ("!!!", "...", "?!") are one token. `text.slice(t.start, t.end) === t.text` for every token.
 * @example tokenize("Don't wait :)").map(t => t.norm) // ["don't", 'wait', ':)']
 */
export function tokenize(text: string): Token[] {
  defaultTokenizer ??= createTokenizer();
  return defaultTokenizer(text);
}
