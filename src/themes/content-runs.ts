/**
 * Content-word runs: the material theme phrases are made of.
 *
 * A content word is a word token (not a number, URL, e-mail, @mention, #hashtag, emoji or
 * punctuation) of two or more letters, without digits, that is neither an English stop word nor a
 * filler word. Consecutive content words form one run when at most `maxGap` other words separate
 * them ("waste of time" → waste, time; a hyphenated word counts as its parts); punctuation, any non-word token and a clause boundary
 * end the run, so phrases never cross clause punctuation. Phrases are the 1-3 word n-grams inside
 * one run, keyed by the Porter stems of their words.
 *
 * Phrasal compounds: a verb and its particle written with a hyphen ("top-up", "sign-up", "check-in",
 * "pop-up") name one thing. When an export writes a compound hyphenated at least twice (attested,
 * see attestedCompounds), that compound is one content word wherever it occurs, spaced or
 * hyphenated, in any form of the verb ("top up", "topped up", "top-up" → top-up); otherwise the
 * parts are read on their own (the particle is a stop word: "top up" → top).
 */
import type { Token } from '../tokenize/types.js';
import type { ClauseScore } from '../sentiment/types.js';
import { fillerWords } from './model/filler-words.js';
import { looksMojibake } from './labels.js';
import { KIND_BITS, KIND_MASK, WORD, type ThemeText } from './theme-text.js';

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

/** Redaction masks exports write in place of names, dates and amounts (the CFPB's "XXXX", "XX/XX/XXXX"): no word. */
const redactionMask = /^x{2,}$/;
const lettersOnly = /^[\p{L}][\p{L}\p{M}'’-]*$/u;

/** Particles that make a phrasal compound with the word before them. */
const particles: ReadonlySet<string> = new Set(['up', 'in', 'out', 'off', 'on', 'down', 'back', 'over']);
/** A hyphenated verb-particle word, singular or plural ("top-up", "top-ups", "auto-top-up"). */
const hyphenCompound = /^(?:\p{L}+-)?(\p{L}+)-(\p{L}+?)s?$/u;

/** Stem keys ("top-up") of the phrasal compounds an export attests (see the module comment). */
export type Compounds = ReadonlySet<string>;

/** The compound key of a hyphenated word ("top-up" → "top-up", "topped-up" → "top-up"), or null. */
export function compoundKey(norm: string, contentStem: (norm: string) => string | null): string | null {
  const m = hyphenCompound.exec(norm);
  if (m === null || !particles.has(m[2]!)) return null;
  const head = contentStem(m[1]!);
  return head === null ? null : `${head}-${m[2]!}`;
}

/** Counts the phrasal compounds comments write hyphenated; attested() keeps those in two or more. */
class CompoundCounter {
  private readonly seen = new Map<string, number>();
  private readonly mine = new Set<string>();

  constructor(private readonly contentStem: (norm: string) => string | null) {}

  /** Counts one comment's hyphenated compounds (once each). */
  add(tokens: readonly Token[]): void {
    this.mine.clear();
    for (const token of tokens) {
      if (token.kind !== 'word' || !token.norm.includes('-')) continue;
      const key = compoundKey(token.norm, this.contentStem);
      if (key === null || this.mine.has(key)) continue;
      this.mine.add(key);
      this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    }
  }

  attested(): Compounds {
    const out = new Set<string>();
    for (const [key, count] of this.seen) if (count >= 2) out.add(key);
    return out;
  }
}

/** As attestedCompounds, over the comments of a ThemeText (each hyphenated norm looked at once). */
export function attestedCompoundsIn(text: ThemeText, include: (index: number) => boolean, contentStem: (norm: string) => string | null): Compounds {
  const norms = text.norms;
  const keyOf: (string | null)[] = norms.map((norm) => (norm.includes('-') ? compoundKey(norm, contentStem) : null));
  // per norm id: 1 when it is a compound written hyphenated (most comments have none)
  const hasKey = Uint8Array.from(keyOf, (key) => (key === null ? 0 : 1));
  const seen = new Map<string, number>();
  const mine = new Set<string>();
  for (let d = 0; d < text.length; d++) {
    if (!include(d)) continue;
    const codes = text.codesOf(d);
    const end = text.tokenEnd(d);
    for (let p = text.tokenStart(d); p < end; p++) {
      const code = codes[p]!;
      if ((code & KIND_MASK) !== WORD || hasKey[code >>> KIND_BITS] === 0) continue;
      const key = keyOf[code >>> KIND_BITS]!;
      if (mine.has(key)) continue;
      mine.add(key);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    if (mine.size > 0) mine.clear();
  }
  const out = new Set<string>();
  for (const [key, count] of seen) if (count >= 2) out.add(key);
  return out;
}

/** The phrasal compounds written hyphenated in at least two of the comments. */
export function attestedCompounds(
  docs: readonly { readonly tokens: readonly Token[] }[],
  include: (index: number) => boolean,
  contentStem: (norm: string) => string | null,
): Compounds {
  const counter = new CompoundCounter(contentStem);
  for (let d = 0; d < docs.length; d++) if (include(d)) counter.add(docs[d]!.tokens);
  return counter.attested();
}

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
      !looksMojibake(word) &&
      !redactionMask.test(word)
    ) {
      const stemmed = tools.stem(word);
      result = stemmed.length > 0 ? stemmed : word;
    }
    if (cache.size < 500_000) cache.set(norm, result);
    return result;
  };
}

/** Token indices at which a new clause starts (besides 0), ascending. */
function clauseStarts(clauses: readonly ClauseScore[]): Int32Array {
  const starts = new Int32Array(clauses.length);
  let m = 0;
  for (const clause of clauses) if (clause.tokenStart > 0) starts[m++] = clause.tokenStart;
  return starts.subarray(0, m).sort();
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
  compounds?: Compounds,
): void {
  const starts = clauses.length > 1 ? clauseStarts(clauses) : null;
  let nextStart = 0; // index into starts
  let newRun = true;
  let gap = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (starts !== null) {
      while (nextStart < starts.length && starts[nextStart]! < i) nextStart++;
      if (nextStart < starts.length && starts[nextStart] === i) newRun = true;
    }
    if (token.kind !== 'word') {
      newRun = true;
      continue;
    }
    if (compounds !== undefined && compounds.size > 0) {
      const key = compoundOf(tokens, i, contentStem, compounds);
      if (key !== null) {
        const spaced = !token.norm.includes('-');
        visit(key, spaced ? `${token.norm} ${tokens[i + 1]!.norm}` : token.norm, i, newRun);
        if (spaced) i++;
        newRun = false;
        gap = 0;
        continue;
      }
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

/** The attested compound at token i (hyphenated, or spaced: "top" "up"), or null. */
function compoundOf(tokens: readonly Token[], i: number, contentStem: (norm: string) => string | null, compounds: Compounds): string | null {
  const norm = tokens[i]!.norm;
  if (norm.includes('-')) {
    const key = compoundKey(norm, contentStem);
    return key !== null && compounds.has(key) ? key : null;
  }
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word') return null;
  const particle = particleOf(next.norm);
  if (particle === null) return null;
  const head = contentStem(norm);
  if (head === null) return null;
  const key = `${head}-${particle}`;
  return compounds.has(key) ? key : null;
}

/** The particle a word is, or its plural is ("up", "ups" → "up"), or null. */
export function particleOf(norm: string): string | null {
  if (particles.has(norm)) return norm;
  return norm.endsWith('s') && particles.has(norm.slice(0, -1)) ? norm.slice(0, -1) : null;
}

/** The content words of a comment split into runs (see the module comment). */
export function contentRuns(
  tokens: readonly Token[],
  clauses: readonly ClauseScore[],
  contentStem: (norm: string) => string | null,
  compounds?: Compounds,
): ContentWord[][] {
  const runs: ContentWord[][] = [];
  forEachContentWord(
    tokens,
    clauses,
    contentStem,
    (stem, norm, token, newRun) => {
      if (newRun || runs.length === 0) runs.push([]);
      runs[runs.length - 1]!.push({ stem, norm, token });
    },
    compounds,
  );
  return runs;
}
