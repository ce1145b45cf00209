/**
 * Non-answers: comments that say nothing about the experience ("n/a", "nothing", "no comment",
 * "-", "ok", "all good"). They are counted apart and kept out of themes, so they never form a
 * theme of their own. The whole comment must match after lower-casing, straightening
 * apostrophes, dropping punctuation and collapsing spaces; "nothing, all good" matches as a
 * combination of two non-answers, "nothing works" does not.
 */
import type { Token } from '../tokenize/types.js';
import { KIND_BITS, KIND_MASK, PUNCT, WORD, type ThemeText } from './theme-text.js';

const phrases: ReadonlySet<string> = new Set([
  '', 'na', 'n a', 'nil', 'null', 'none', 'nothing', 'nothin', 'nada', 'nope', 'no', 'non', 'x', 'xx', 'xxx',
  'not applicable', 'no comment', 'no comments', 'nocomment', 'no answer', 'no response', 'no feedback',
  'no reply', 'nothing to add', 'nothing to say', 'nothing to report', 'nothing else', 'nothing more',
  'nothing really', 'nothing in particular', 'nothing at all', 'nothing special', 'none really', 'none at all',
  'no nothing', 'no thanks', 'no thank you', 'nah', 'not really', 'nothing comes to mind', 'no complaints',
  'no issues', 'no problems', 'no problem', 'ok', 'okay', 'k', 'kk', 'o k', 'fine', 'all fine', 'all good',
  'all ok', 'all okay', 'its fine', "it's fine", 'its ok', "it's ok", 'no idea', 'idk', 'dont know',
  "don't know", 'not sure', 'unsure', 'same as before', 'as above', 'see above', 'yes', 'yeah', 'yep',
  'test', 'testing', 'asdf', 'blah', 'nothing thanks', 'none thanks', 'thanks', 'thank you', 'nothing thank you',
  'none thank you', 'ok thanks', 'fine thanks', 'all good thanks', 'no comment thanks', 'fine i guess', 'ok i guess',
  'okay i guess', 'i guess', 'good i guess',
]);

/** Splits on separators that join two non-answers ("nothing, all good"). */
const separators = /[,;/.!?]+|\band\b/;

/** Lower-case, straight apostrophes, punctuation removed (letters, digits, apostrophes and spaces kept). */
function simplify(text: string): string {
  let out = '';
  let space = false;
  for (const ch of text.toLowerCase()) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      // ASCII without the regexes below (same classes: a-z 0-9 ' kept, \t-\r and space are spaces)
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39) {
        if (space && out.length > 0) out += ' ';
        out += ch;
        space = false;
      } else if ((code >= 9 && code <= 13) || code === 32) {
        space = true;
      }
      continue;
    }
    const c = ch === '\u2019' || ch === '\u2018' ? "'" : ch;
    if (/[\p{L}\p{N}']/u.test(c)) {
      if (space && out.length > 0) out += ' ';
      out += c;
      space = false;
    } else if (/\s/u.test(c)) {
      space = true;
    }
  }
  return out;
}

/** True when the whole comment is a non-answer (see the module comment). */
export function isNonAnswer(text: string): boolean {
  // only punctuation and spaces, however long (an emoji is an answer: a reaction)
  if (!/[\p{L}\p{N}]/u.test(text)) return !/\p{Extended_Pictographic}/u.test(text);
  if (text.length > 200) return false;
  if (phrases.has(simplify(text))) return true;
  const parts = text.toLowerCase().split(separators);
  if (parts.length < 2) return false;
  return parts.every((part) => phrases.has(simplify(part)));
}

/**
 * Pieces (three letters or more) of the words of the non-answer phrases. A word of three or more
 * letters a-z, other than "and", stays whole in every part isNonAnswer looks at (no separator
 * can match inside it), so a comment with such a word that is no piece of these is an answer.
 */
const pieces: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const phrase of phrases) {
    for (const word of phrase.split(' ')) {
      for (let i = 0; i < word.length; i++) for (let j = i + 3; j <= word.length; j++) out.add(word.slice(i, j));
    }
  }
  return out;
})();

/** A word token that shows the comment is an answer (see `pieces`): its norm is its lower-cased text. */
function isAnswerWord(token: Token): boolean {
  return token.kind === 'word' && isAnswerNorm(token.norm);
}

/** The norm of a word that shows the comment is an answer (see `pieces`). */
function isAnswerNorm(norm: string): boolean {
  if (norm.length < 3 || norm === 'and') return false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return !pieces.has(norm);
}

/**
 * For comments read into a ThemeText: false when comment d is an answer for a reason
 * isNonAnswerTokens checks first (more than 40 tokens, not all punctuation; a word no non-answer
 * has), so only the rest need their Token objects for the full check.
 */
export function nonAnswerScreen(text: ThemeText): (d: number) => boolean {
  const answer: number[] = []; // per norm id: 1 answer word, 2 not, undefined not looked at
  return (d: number): boolean => {
    const codes = text.codesOf(d);
    const start = text.tokenStart(d);
    const end = text.tokenEnd(d);
    let allPunct = true;
    for (let p = start; p < end && allPunct; p++) if ((codes[p]! & KIND_MASK) !== PUNCT) allPunct = false;
    if (allPunct) return true;
    if (end - start > 40) return false;
    for (let p = start; p < end; p++) {
      if ((codes[p]! & KIND_MASK) !== WORD) continue;
      const v = codes[p]! >>> KIND_BITS;
      let flag = answer[v];
      if (flag === undefined) answer[v] = flag = isAnswerNorm(text.norms[v]!) ? 1 : 2;
      if (flag === 1) return false;
    }
    return true;
  };
}

/** isNonAnswer over a tokenized comment (tokens rejoined with their original spacing). */
export function isNonAnswerTokens(tokens: readonly Token[]): boolean {
  if (tokens.every((t) => t.kind === 'punct')) return true;
  if (tokens.length > 40) return false;
  for (const token of tokens) if (isAnswerWord(token)) return false;
  let text = '';
  let end = -1;
  for (const token of tokens) {
    if (token.kind === 'emoji' || token.kind === 'emoticon') return false;
    if (end >= 0 && token.start > end) text += ' ';
    text += token.text;
    end = token.end;
  }
  return isNonAnswer(text);
}
