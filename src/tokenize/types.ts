/** Types of the tokenize stage. */

export type TokenKind =
  | 'word' // letters, incl. contractions ("don't", "i've") and hyphenated words ("check-out")
  | 'number' // 2, 3.5, 10%, $20, 2nd
  | 'url'
  | 'email'
  | 'mention' // @handle
  | 'hashtag' // #tag
  | 'emoji' // one grapheme: incl. ZWJ sequences, skin tones, variation selectors, flags
  | 'emoticon' // :) :-( <3 :D
  | 'punct'; // . , ! ? ; : … and other symbols; runs of the same char ("!!!") are one token

export type Token = {
  /** Exactly as in the text. */
  readonly text: string;
  /** Lower-cased, curly apostrophes made straight ("Don’t" → "don't"); for emoji the emoji itself. */
  readonly norm: string;
  readonly kind: TokenKind;
  /** Offsets into the original text: text.slice(start, end) === token.text. */
  readonly start: number;
  readonly end: number;
};
