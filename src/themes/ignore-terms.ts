/**
 * Ignored terms (ThemeOptions.ignoreTerms): words and phrases an analyst marks as context — the
 * brand, the product — so that they are never part of a theme phrase or a label.
 *
 * A one-word entry stops being a content word: it is skipped like a stop word, so "Netflix
 * household" yields the phrase "household". A longer entry is matched by the stems of its content
 * words in order: any phrase containing that sequence is dropped ("customer service" drops
 * "customer service" and "bad customer service", but keeps "customer" and "service").
 */
import type { Token } from '../tokenize/types.js';

export type IgnoreRule = {
  /** Stems of one-word entries. */
  readonly stems: ReadonlySet<string>;
  /** Stem sequences (joined by a space) of multi-word entries. */
  readonly phrases: readonly string[];
};

export function ignoreRule(
  entries: readonly string[],
  contentStem: (norm: string) => string | null,
  tokenize: (text: string) => readonly Token[],
): IgnoreRule {
  const stems = new Set<string>();
  const phrases: string[] = [];
  for (const entry of entries) {
    const words: string[] = [];
    for (const token of tokenize(entry)) {
      if (token.kind !== 'word') continue;
      for (const part of token.norm.split('-')) {
        const s = part.length > 0 ? contentStem(part) : null;
        if (s !== null) words.push(s);
      }
    }
    if (words.length === 1) stems.add(words[0]!);
    else if (words.length > 1) {
      const key = words.join(' ');
      if (!phrases.includes(key)) phrases.push(key);
    }
  }
  phrases.sort();
  return { stems, phrases };
}

/** The content stemmer with one-word ignored entries removed. */
export function withoutIgnored(contentStem: (norm: string) => string | null, rule: IgnoreRule): (norm: string) => string | null {
  if (rule.stems.size === 0) return contentStem;
  return (norm) => {
    const s = contentStem(norm);
    return s !== null && rule.stems.has(s) ? null : s;
  };
}

/** True when a phrase key (stems joined by spaces) contains an ignored multi-word entry. */
export function isIgnoredPhrase(key: string, rule: IgnoreRule): boolean {
  if (rule.phrases.length === 0) return false;
  const padded = ` ${key} `;
  return rule.phrases.some((p) => padded.includes(` ${p} `));
}
