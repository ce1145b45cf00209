/**
 * Taxonomy phrase matching (semantics in taxonomy.ts). A phrase compiles to a list of word
 * matchers over content words; it matches when they fit consecutive content words of one run.
 */
import type { Token } from '../tokenize/types.js';
import { forEachContentWord, type ContentWord } from './content-runs.js';

export type WordMatcher =
  | { readonly kind: 'stem'; readonly stem: string }
  | { readonly kind: 'prefix'; readonly prefix: string }
  | { readonly kind: 'any' };

/** Compiles a phrase; literal words go through the same content-word rules as the comments. */
export function compilePhrase(
  phrase: string,
  tokenize: (text: string) => readonly Token[],
  contentStem: (norm: string) => string | null,
): WordMatcher[] {
  const matchers: WordMatcher[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    if (piece === '*') {
      matchers.push({ kind: 'any' });
    } else if (piece.endsWith('*')) {
      const prefix = piece.slice(0, -1).toLowerCase().replace(/[\u2018\u2019]/g, "'");
      if (prefix.length > 0) matchers.push({ kind: 'prefix', prefix });
    } else {
      forEachContentWord(tokenize(piece), [], contentStem, (stem) => {
        matchers.push({ kind: 'stem', stem });
      });
    }
  }
  return matchers;
}

function fits(matcher: WordMatcher, word: ContentWord): boolean {
  if (matcher.kind === 'any') return true;
  if (matcher.kind === 'stem') return matcher.stem === word.stem;
  return word.norm.startsWith(matcher.prefix);
}

/** Token indices of the first and last content word of every match of the phrase in the runs. */
export function matchPhrase(runs: readonly (readonly ContentWord[])[], matchers: readonly WordMatcher[]): [number, number][] {
  const found: [number, number][] = [];
  if (matchers.length === 0) return found;
  for (const run of runs) {
    for (let i = 0; i + matchers.length <= run.length; i++) {
      let ok = true;
      for (let k = 0; k < matchers.length && ok; k++) ok = fits(matchers[k]!, run[i + k]!);
      if (ok) found.push([run[i]!.token, run[i + matchers.length - 1]!.token]);
    }
  }
  return found;
}
