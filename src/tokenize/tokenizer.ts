import type { Token, TokenKind } from './types.js';
import { emoticons as defaultEmoticons } from './model/emoticons.js';

/**
 * Builds a tokenizer once (tables, sticky regexes) and returns a plain function, like wink-nlp's
 * `src/tokenizer.js`. The returned function walks the text in ONE left-to-right pass: at each position it
 * dispatches on the current character and tries at most a few anchored (sticky) patterns. Every pattern is
 * either free of nested quantifiers or has a separator that makes each repetition unambiguous, and the ones
 * that could scan ahead without consuming (URL, e-mail) are length-capped, so the whole pass is linear in the
 * text length (a 5 MB line of "aaaa…", "!!!!…" or emoji tokenizes in well under a second).
 *
 * Order of precedence at a position: emoticon → URL → e-mail → @mention → #hashtag → keycap emoji → number →
 * word → emoji → punctuation.
 */
export function createTokenizer(options: { readonly emoticons?: readonly string[] } = {}): (text: string) => Token[] {
  const emoticonList = options.emoticons ?? defaultEmoticons;
  // Emoticons grouped by first character, longest first, so the first startsWith hit is the longest match.
  const emoticonsByFirst = new Map<string, string[]>();
  for (const e of emoticonList) {
    const first = e.charAt(0);
    const list = emoticonsByFirst.get(first) ?? [];
    list.push(e);
    emoticonsByFirst.set(first, list);
  }
  for (const list of emoticonsByFirst.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  // ASCII first characters of emoticons as a bit table: one array read per token instead of a Map lookup.
  const asciiEmoticonStart = new Uint8Array(128);
  for (const first of emoticonsByFirst.keys()) if (first.charCodeAt(0) < 128) asciiEmoticonStart[first.charCodeAt(0)] = 1;

  const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'`]{1,2048}/iy;
  const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/y;
  const MENTION_RE = /@[A-Za-z0-9_]{1,30}/y;
  const HASHTAG_RE = /#[\p{L}_][\p{L}\p{M}\p{N}_]{0,138}/uy;
  const NUMBER_RE = /[$€£¥₹]?\d{1,40}(?:[.,:]\d{1,40}){0,8}(?:%|[$€£¥₹]|[\p{L}\p{M}]*)/uy;
  const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/uy;
  const EMOJI_RE =
    /(?:[\u{1F1E6}-\u{1F1FF}]{2}|(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])[\u{FE0E}\u{FE0F}]?[\u{1F3FB}-\u{1F3FF}]?[\u{E0020}-\u{E007F}]{0,16}(?:\u200D(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])[\u{FE0E}\u{FE0F}]?[\u{1F3FB}-\u{1F3FF}]?){0,10}|[\u{1F1E6}-\u{1F1FF}])/uy;
  const ALNUM_RE = /[\p{L}\p{N}]/uy;

  function isAlnumAt(text: string, i: number): boolean {
    if (i < 0 || i >= text.length) return false;
    const c = text.charCodeAt(i);
    if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    // Low surrogate: look at the whole code point.
    const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
    ALNUM_RE.lastIndex = at;
    return ALNUM_RE.test(text);
  }

  function isSpace(c: number): boolean {
    return (
      c <= 32 ||
      c === 0x85 ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200d) || // spaces, zero-width space/joiners on their own
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff ||
      c === 0xfe0f || // a stray variation selector
      c === 0xfe0e
    );
  }

  function matchSticky(re: RegExp, text: string, i: number): string | undefined {
    re.lastIndex = i;
    const m = re.exec(text);
    return m === null ? undefined : m[0];
  }

  /** Longest emoticon at i that sits on word boundaries, with a repeated final mouth char (":)))"). */
  function matchEmoticon(text: string, i: number, first: string): number {
    const candidates = emoticonsByFirst.get(first);
    if (candidates === undefined) return 0;
    for (const e of candidates) {
      if (!text.startsWith(e, i)) continue;
      const startsAlnum = isAlnumAt(e, 0);
      // "xD", "8-)", "D:" only as a whole word; "(:" and "):" only after a space (not "(see above):").
      if ((startsAlnum || first === '(' || first === ')') && i > 0 && !isSpace(text.charCodeAt(i - 1))) continue;
      let end = i + e.length;
      const last = e.charCodeAt(e.length - 1);
      if (last === 41 || last === 40 || last === 68 || last === 80 || last === 51 || last === 93 || last === 91) {
        while (end < text.length && text.charCodeAt(end) === last) end++;
      }
      if (isAlnumAt(text, end)) continue;
      return end - i;
    }
    return 0;
  }

  function trimUrl(url: string): string {
    let end = url.length;
    let opens = 0;
    let closes = 0;
    for (let k = 0; k < url.length; k++) {
      const c = url.charCodeAt(k);
      if (c === 40) opens++;
      else if (c === 41) closes++;
    }
    while (end > 0) {
      const c = url.charCodeAt(end - 1);
      // . , ; : ! ? and an unbalanced closing bracket are sentence punctuation, not part of the URL
      if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 93 || c === 125) end--;
      else if (c === 41 && closes > opens) {
        closes--;
        end--;
      } else break;
    }
    return url.slice(0, end);
  }

  function normWord(s: string): string {
    const lower = s.toLowerCase();
    return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
  }

  return function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    const n = text.length;
    let nextAt = -2; // index of the next '@' at or after i; -1 = none; -2 = not yet searched
    let i = 0;
    const push = (kind: TokenKind, end: number, norm?: string, sliced?: string): void => {
      const t = sliced ?? text.slice(i, end);
      tokens.push({ text: t, norm: norm ?? t.toLowerCase(), kind, start: i, end });
      i = end;
    };
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      const ch = text.charAt(i);

      // Emoticons first: ":/" , "<3", ":D" would otherwise split into punctuation.
      if (c < 128 ? asciiEmoticonStart[c] === 1 : emoticonsByFirst.has(ch)) {
        const len = matchEmoticon(text, i, ch);
        if (len > 0) {
          push('emoticon', i + len, text.slice(i, i + len));
          continue;
        }
      }

      // URL: "http://", "https://", "www."
      if ((c === 104 || c === 72 || c === 119 || c === 87) && !isAlnumAt(text, i - 1)) {
        const url = matchSticky(URL_RE, text, i);
        if (url !== undefined) {
          const trimmed = trimUrl(url);
          if (trimmed.length > (trimmed.charCodeAt(0) === 119 || trimmed.charCodeAt(0) === 87 ? 4 : 8)) {
            push('url', i + trimmed.length);
            continue;
          }
        }
      }

      const asciiAlnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

      // E-mail: only when an '@' is close ahead (keeps the pass linear and cheap).
      if (asciiAlnum) {
        if (nextAt !== -1 && nextAt < i) nextAt = text.indexOf('@', i);
        if (nextAt !== -1 && nextAt - i <= 64) {
          const email = matchSticky(EMAIL_RE, text, i);
          if (email !== undefined) {
            push('email', i + email.length);
            continue;
          }
        }
      }

      if (c === 64 /* @ */ && !isAlnumAt(text, i - 1)) {
        const m = matchSticky(MENTION_RE, text, i);
        if (m !== undefined) {
          push('mention', i + m.length);
          continue;
        }
      }

      if (c === 35 /* # */ && !isAlnumAt(text, i - 1)) {
        const h = matchSticky(HASHTAG_RE, text, i);
        if (h !== undefined) {
          push('hashtag', i + h.length);
          continue;
        }
      }

      // Keycap emoji: 1️⃣ #️⃣ *️⃣
      if ((c >= 48 && c <= 57) || c === 35 || c === 42) {
        const c1 = text.charCodeAt(i + 1);
        if (c1 === 0x20e3) {
          push('emoji', i + 2, text.slice(i, i + 2));
          continue;
        }
        if (c1 === 0xfe0f && text.charCodeAt(i + 2) === 0x20e3) {
          push('emoji', i + 3, text.slice(i, i + 3));
          continue;
        }
      }

      // Numbers: 3, 2.5, 1,000, 10:30, 10%, $20, 20€, 24h, 2nd
      if ((c >= 48 && c <= 57) || ((ch === '$' || ch === '€' || ch === '£' || ch === '¥' || ch === '₹') && isDigit(text.charCodeAt(i + 1)))) {
        const num = matchSticky(NUMBER_RE, text, i);
        if (num !== undefined) {
          push('number', i + num.length);
          continue;
        }
      }

      // Words, with inner apostrophes and hyphens: don't, can’t, i've, check-out. Plain ASCII words (most of
      // them) are scanned by char code; anything else goes to the Unicode-aware sticky pattern.
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        const end = scanAsciiWord(text, i);
        if (end > 0) {
          const w = text.slice(i, end);
          push('word', end, normAsciiWord(w), w);
          continue;
        }
      }
      if (asciiAlnum || c >= 128) {
        const w = matchSticky(WORD_RE, text, i);
        if (w !== undefined) {
          push('word', i + w.length, normWord(w));
          continue;
        }
      }

      // Emoji: one grapheme (ZWJ sequences, skin tones, VS16, flags, tag sequences).
      // Pictographs below U+2100 (©, ®, ‼, ⁉) count only with an emoji variation selector.
      if (c >= 0x2100 || ((c === 0xa9 || c === 0xae || c === 0x203c || c === 0x2049) && text.charCodeAt(i + 1) === 0xfe0f)) {
        const e = matchSticky(EMOJI_RE, text, i);
        if (e !== undefined) {
          push('emoji', i + e.length, e);
          continue;
        }
      }

      // Punctuation and other symbols: a run of the same character is one token ("!!!", "...", "??");
      // a mixed run of ! and ? ("?!?!") is one token too.
      const cp = text.codePointAt(i) ?? c;
      const step = cp > 0xffff ? 2 : 1;
      let end = i + step;
      if (c === 33 || c === 63) {
        while (end < n) {
          const d = text.charCodeAt(end);
          if (d !== 33 && d !== 63) break;
          end++;
        }
      } else {
        while (end < n && text.codePointAt(end) === cp) end += step;
      }
      const punct = text.slice(i, end);
      push('punct', end, c < 128 ? punct : punct.toLowerCase(), punct); // "Ⓐ", "Ⅷ" have lower-case forms
    }
    return tokens;
  };
}

/** ASCII letter or digit (NaN, past the end, is neither). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * End of the word that starts with the ASCII letter at i, scanning char codes: the same match as WORD_RE
 * (`[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*(?:['’-][\p{L}\p{M}\p{N}]+)*`) as long as the word is plain ASCII (the
 * curly apostrophe aside). Returns −1 when a non-ASCII character could belong to the word, so the caller falls
 * back to the pattern.
 */
function scanAsciiWord(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  let underscore = true; // "_" only before the first apostrophe or hyphen, as in WORD_RE
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isAsciiAlnum(d) || (underscore && d === 95)) {
      j++;
      continue;
    }
    if (d === 39 || d === 45 || d === 0x2019) {
      const e = text.charCodeAt(j + 1);
      if (isAsciiAlnum(e)) {
        j += 2;
        underscore = false;
        continue;
      }
      if (e >= 128) return -1;
      break;
    }
    if (d >= 128) return -1;
    break;
  }
  return j;
}

const CURLY_APOSTROPHE = /\u2019/g;

/** Lower case with straight apostrophes for an ASCII word (plus ’): the word itself when nothing changes. */
function normAsciiWord(w: string): string {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c === 0x2019) return w.toLowerCase().replace(CURLY_APOSTROPHE, "'");
  }
  return w;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
