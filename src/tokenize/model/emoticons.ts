/**
 * Western and a few Eastern emoticons recognised as single tokens. Written by hand from common usage
 * (Wikipedia "List of emoticons"); the tokenizer also accepts a repeated final mouth character (":)))").
 * Emoticons that start with a letter or digit ("xD", "D:", "8-)") are only taken at a word boundary.
 */
export const emoticons: readonly string[] = [
  // smiles
  ':)', ':-)', ':]', ':-]', '=)', '=]', ':^)', ':o)', ':>', ':->', '(:', '(-:',
  // laughing / grinning
  ':D', ':-D', '=D', 'xD', 'XD', 'x-D', 'X-D', ':))', ':-))',
  // wink
  ';)', ';-)', ';D', ';-D', ';]',
  // tongue
  ':P', ':-P', ':p', ':-p', ';P', ';p', '=P', '=p',
  // kiss / love
  ':*', ':-*', '<3', '<33', '<333',
  // frown
  ':(', ':-(', ':[', ':-[', '=(', '=[', ':c', ':<', ':-<', '):', ')-:', ':((', ':-((',
  // crying
  ":'(", ":'-(", ':,(', 'T_T', 'T.T', ';_;',
  // tears of joy
  ":')", ":'-)",
  // skeptical / annoyed / unsure
  ':/', ':-/', ':\\', ':-\\', '=/', ':|', ':-|', ':S', ':-S', ':s', '-_-', '-.-',
  // angry
  '>:(', '>:-(', '>:[', ':@', ':-@',
  // surprise
  ':O', ':-O', ':o', ':-o', 'o_O', 'O_o', 'o_o', 'O_O', 'D:',
  // broken heart
  '</3', '<\\3',
  // cool / happy eastern
  'B-)', '8-)', '^_^', '^^', '^.^', '^-^', ':3',
];
