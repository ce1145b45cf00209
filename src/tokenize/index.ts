export type * from './types.js';
import type { Token } from './types.js';

/** Splits text into tokens (linear time). */
export function tokenize(text: string): Token[] {
  void text;
  throw new Error('not implemented yet (tokenize stage)');
}

/** Porter stem of a normalised word (natural's PorterStemmer, imported by submodule path). */
export function stem(word: string): string {
  void word;
  throw new Error('not implemented yet (tokenize stage)');
}

/** English stop word? (normalised form) */
export function isStopWord(norm: string): boolean {
  void norm;
  throw new Error('not implemented yet (tokenize stage)');
}
