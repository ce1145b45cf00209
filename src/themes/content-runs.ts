/**
 * Content-word runs: the material theme phrases are made of.
 *
 * A content word is a word token (not a number, URL, e-mail, @mention, #hashtag, emoji or
 * punctuation) of two or more letters, without digits, that is neither an English stop word nor a
 * filler word. Consecutive content words form one run when at most `maxGap` other words separate
 * them ("waste of time" → waste, time; a hyphenated word counts as its parts); punctuation, any non-word token and a clause boundary
 * end the run, so phrases never cross clause punctuation. Phrases are the 1-3 word n-grams inside
 * one run, keyed by the Porter stems of their words.
 */
import type { Token } from '../tokenize/types.js';
import type { ClauseScore } from '../sentiment/types.js';
import { fillerWords } from './model/filler-words.js';
import { looksMojibake } from './labels.js';

/** Words allowed between two content words of one phrase. */
export const maxGap = 2;
/** Longest discovered phrase, in content words. */
export const maxPhraseWords = 3;

export type TextTools = {
  readonly stem: (norm: string) => string;
  readonly isStopWord: (norm: string) => boolean;
};

/** One content word of a comment. */
export type ContentWord = {
  /** Porter stem: the matching key. */
  readonly stem: string;
  /** Lower-cased form as written. */
  readonly norm: string;
  /** Index of its token. */
  readonly token: number;
};

const lettersOnly = /^[\p{L}][\p{L}\p{M}'’-]*$/u;

/** Builds a cached classifier: normalised word → stem, or null when it is not a content word. */
export function createContentStemmer(tools: TextTools): (norm: string) => string | null {
  const cache = new Map<string, string | null>();
  return (norm: string): string | null => {
    const known = cache.get(norm);
    if (known !== undefined) return known;
    let result: string | null = null;
    let word = norm;
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (
      word.length >= 2 &&
      word.length <= 40 &&
      lettersOnly.test(word) &&
      !word.includes("'") &&
      !word.endsWith('-') &&
      !tools.isStopWord(word) &&
      !tools.isStopWord(norm) &&
      !fillerWords.has(word) &&
      !looksMojibake(word)
    ) {
      const stemmed = tools.stem(word);
      result = stemmed.length > 0 ? stemmed : word;
    }
    if (cache.size < 500_000) cache.set(norm, result);
    return result;
  };
}

/** Token indices at which a new clause starts (besides 0). */
function clauseStarts(clauses: readonly ClauseScore[]): ReadonlySet<number> {
  const starts = new Set<number>();
  for (const clause of clauses) if (clause.tokenStart > 0) starts.add(clause.tokenStart);
  return starts;
}

/**
 * Calls `visit(stem, norm, tokenIndex, newRun)` for each content word of a comment in order;
 * `newRun` is true when the word cannot join the previous content word in a phrase.
 */
export function forEachContentWord(
  tokens: readonly Token[],
  clauses: readonly ClauseScore[],
  contentStem: (norm: string) => string | null,
  visit: (stem: string, norm: string, token: number, newRun: boolean) => void,
): void {
  const starts = clauses.length > 1 ? clauseStarts(clauses) : null;
  let newRun = true;
  let gap = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (starts !== null && starts.has(i)) newRun = true;
    if (token.kind !== 'word') {
      newRun = true;
      continue;
    }
    // hyphenated words count as their parts: "top-up" = "top up", "check-in" = "check in"
    const parts = token.norm.includes('-') ? token.norm.split('-') : [token.norm];
    for (const part of parts) {
      const stemmed = part.length === 0 ? null : contentStem(part);
      if (stemmed === null) {
        gap++;
        if (gap > maxGap) newRun = true;
        continue;
      }
      visit(stemmed, part, i, newRun);
      newRun = false;
      gap = 0;
    }
  }
}

/** The content words of a comment split into runs (see the module comment). */
export function contentRuns(
  tokens: readonly Token[],
  clauses: readonly ClauseScore[],
  contentStem: (norm: string) => string | null,
): ContentWord[][] {
  const runs: ContentWord[][] = [];
  forEachContentWord(tokens, clauses, contentStem, (stem, norm, token, newRun) => {
    if (newRun || runs.length === 0) runs.push([]);
    runs[runs.length - 1]!.push({ stem, norm, token });
  });
  return runs;
}
