/**
 * Example comments that show a theme clearly: they mention the theme and lean the way it does (a
 * pain point quotes complaints, a delight praise). Deterministic, by these keys in order:
 * 1. the words lean the theme's way: the sentiment of the clauses that mention the theme (or,
 *    when that is 0, of the whole comment) is negative for a pain point, positive for a delight;
 * 2. the customer's score leans the same way (`outcomeSide`, e.g. a 1-2★ rating under a pain
 *    point); a comment whose words and score both lean the other way is never quoted;
 * 3. it mentions the theme (its label or a keyword, whole words, case-insensitive);
 * 4. the mention is within the first 60 characters (so it survives truncation in a table);
 * 5. its length is readable: 30-160 characters first, then shorter, then longer ones;
 * 6. it mentions the label itself rather than only a keyword;
 * 7. the theme-clause sentiment is strongly on the theme's side (most negative for a pain point,
 *    most positive for a delight, strongest either way otherwise);
 * 8. shorter first; 9. earlier line first.
 * Non-answers, repeated texts and near-repeats (same first five words) are left out. PII is
 * masked unless `redact` is false.
 *
 * Cost: one case-insensitive regular-expression scan per phrase and comment (no lower-cased copies) and a
 * top-k of distinct openings (ExamplePicker: `count` candidates held, whatever the theme's size;
 * it takes the texts as they come, so a file's can be read again rather than kept): a theme of m
 * rows costs O(m · text) and no sort.
 */
import { redact as maskPii } from '../redact/index.js';
import type { Theme } from '../themes/types.js';
import type { AnalysedRows, Example } from './types.js';

export type ExampleOptions = {
  readonly count: number;
  readonly redact: boolean;
  /** Which way the theme leans: examples on that side come first, the other side is never quoted. */
  readonly lean: 'negative' | 'positive' | 'neutral';
  /** Which way the row's outcome score leans (−1 low, +1 high, 0 middle or unknown); default none. */
  readonly outcomeSide?: (row: number) => -1 | 0 | 1;
};

type Candidate = {
  /** Row index, and the row's comment and line. */
  readonly row: number;
  readonly text: string;
  readonly line: number;
  readonly aspect: number;
  readonly agrees: boolean;
  readonly scoreAgrees: boolean;
  readonly mention: number;
  readonly early: boolean;
  readonly lengthBand: number;
  readonly strength: number;
};

const EARLY = 60;

export function pickExamples(
  theme: Pick<Theme, 'label' | 'keywords' | 'rows' | 'aspectScores'>,
  rows: AnalysedRows,
  nonAnswer: readonly boolean[],
  options: ExampleOptions,
): Example[] {
  if (options.count <= 0) return [];
  const text = rows.text;
  if (text === null) throw new Error('pickExamples: the comments were not kept (read them again: src/pipeline/reread-examples.ts)');
  const picker = new ExamplePicker(theme, rows, nonAnswer, options);
  theme.rows.forEach((index, position) => {
    if (picker.wants(index, position)) picker.offer(index, position, text(index));
  });
  return picker.result();
}

type Patterns = { readonly label: (text: string) => number; readonly keyword: (text: string) => number };

/**
 * One theme's examples from its rows' texts as they come, rows ascending (`theme.rows` order):
 * `wants` says whether a row can be quoted at all (before its text is needed), `offer` ranks it.
 * Holds at most `count` candidates, each the best so far of its opening (first five words): the
 * answer is the best candidate of each of the `count` best openings, which is what taking the
 * candidates in example order and skipping repeated openings gives. (A candidate that does not
 * beat the worst one held cannot be in it: `count` other openings each have a better one. One
 * that ties is left out: the earlier row came first in that order too.)
 */
export class ExamplePicker {
  /** In example order, distinct openings (`keys`, same order). */
  private readonly best: Candidate[] = [];
  private readonly keys: string[] = [];
  private readonly patterns: Patterns;
  private readonly want: -1 | 0 | 1;

  constructor(
    private readonly theme: Pick<Theme, 'label' | 'keywords' | 'rows' | 'aspectScores'>,
    private readonly rows: AnalysedRows,
    private readonly nonAnswer: readonly boolean[],
    private readonly options: ExampleOptions,
  ) {
    this.patterns = { label: wordsMatcher(labelPhrases(theme.label)), keyword: wordsMatcher(theme.keywords) };
    this.want = options.lean === 'negative' ? -1 : options.lean === 'positive' ? 1 : 0;
  }

  /** Can row `index` (at `position` in the theme's rows) be quoted? (No text needed.) */
  wants(index: number, position: number): boolean {
    if (this.options.count <= 0 || index < 0 || index >= this.rows.length || this.nonAnswer[index] === true) return false;
    const score = this.rows.score[index] as number;
    const aspect = this.theme.aspectScores[position] ?? score;
    const outcome = this.options.outcomeSide?.(index) ?? 0;
    const want = this.want;
    return !(want !== 0 && Math.sign(aspect) === -want && Math.sign(score) === -want && outcome !== want);
  }

  /** Ranks row `index` (one `wants` accepted) by its comment `text`. */
  offer(index: number, position: number, text: string): void {
    const { options, patterns, best, keys, want } = this;
    const score = this.rows.score[index] as number;
    const aspect = this.theme.aspectScores[position] ?? score;
    const outcome = options.outcomeSide?.(index) ?? 0;
    const side = aspect !== 0 ? aspect : score;
    const labelAt = patterns.label(text);
    const at = labelAt >= 0 ? labelAt : patterns.keyword(text);
    const length = text.length;
    const candidate: Candidate = {
      row: index,
      text,
      line: this.rows.line[index] as number,
      aspect,
      agrees: want === 0 || Math.sign(side) === want,
      scoreAgrees: want === 0 || outcome === want,
      mention: labelAt >= 0 ? 2 : at >= 0 ? 1 : 0,
      early: at >= 0 && at < EARLY,
      lengthBand: length >= 30 && length <= 160 ? 0 : length < 30 ? 1 : 2,
      strength: options.lean === 'negative' ? -aspect : options.lean === 'positive' ? aspect : Math.abs(aspect),
    };
    if (best.length >= options.count && compare(candidate, best[best.length - 1] as Candidate) >= 0) return;
    const key = opening(text);
    const same = keys.indexOf(key);
    if (same >= 0) {
      if (compare(candidate, best[same] as Candidate) >= 0) return;
      best.splice(same, 1);
      keys.splice(same, 1);
    }
    const into = insertionPoint(best, candidate);
    best.splice(into, 0, candidate);
    keys.splice(into, 0, key);
    if (best.length > options.count) {
      best.pop();
      keys.pop();
    }
  }

  /** The examples, best first. */
  result(): Example[] {
    const { rows, options } = this;
    return this.best.map((candidate) => ({
      line: candidate.line,
      id: rows.id(candidate.row),
      text: options.redact ? maskPii(candidate.text) : candidate.text,
      aspectScore: candidate.aspect,
    }));
  }
}

/** The example order (see the file comment); negative when `a` comes first. */
function compare(a: Candidate, b: Candidate): number {
  return (
    Number(b.agrees) - Number(a.agrees) ||
    Number(b.scoreAgrees) - Number(a.scoreAgrees) ||
    Number(b.mention > 0) - Number(a.mention > 0) ||
    Number(b.early) - Number(a.early) ||
    a.lengthBand - b.lengthBand ||
    b.mention - a.mention ||
    b.strength - a.strength ||
    a.text.length - b.text.length ||
    a.line - b.line
  );
}

/** First index in the sorted buffer whose entry comes after `candidate` (binary search). */
function insertionPoint(sorted: readonly Candidate[], candidate: Candidate): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle] as Candidate, candidate) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The phrases of a label: "Delivery" → ['Delivery']; an older "parcel / minutes" → ['parcel', 'minutes']. */
function labelPhrases(label: string): string[] {
  return label.split(' / ').map((part) => part.trim()).filter((part) => part !== '');
}

/** Letters and digits: a whole-word mention has neither right before nor right after it. */
const WORD_CHARACTER = /[\p{L}\p{N}]/uy;

/**
 * Finds the first whole-word, case-insensitive mention of any of the phrases (whitespace inside a
 * phrase matches any run of whitespace): the index where it starts, or -1. The same answer as one
 * pattern `(?<![\p{L}\p{N}])(?:phrase|…)(?![\p{L}\p{N}])` with flags `iu`, but the pattern has
 * no look-arounds and the word boundaries are checked in code: V8 compiles the letter and digit
 * classes anew for every pattern that contains them (milliseconds each, for each theme), while
 * the check here is compiled once. When the phrase found at a position is followed by a letter,
 * the other phrases are tried at that position (one sticky pattern each, made when first needed).
 */
export function wordsMatcher(phrases: readonly string[]): (text: string) => number {
  const parts = [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase !== ''))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  if (parts.length === 0) return () => -1;
  const any = new RegExp(parts.join('|'), 'giu');
  let each: RegExp[] | null = null;
  const wholeWordAt = (text: string, start: number): boolean => {
    each ??= parts.map((part) => new RegExp(part, 'iuy'));
    return each.some((pattern) => {
      pattern.lastIndex = start;
      return pattern.test(text) && !wordCharacterAt(text, pattern.lastIndex);
    });
  };
  return (text) => {
    any.lastIndex = 0;
    for (let match = any.exec(text); match !== null; match = any.exec(text)) {
      const start = match.index;
      if (!wordCharacterBefore(text, start)) {
        if (!wordCharacterAt(text, start + match[0].length)) return start;
        if (parts.length > 1 && wholeWordAt(text, start)) return start;
      }
      any.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
    }
    return -1;
  };
}

function wordCharacterAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const unit = text.charCodeAt(index);
  // ASCII: the letters and digits of \p{L}\p{N} are exactly A-Z, a-z and 0-9.
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  WORD_CHARACTER.lastIndex = index;
  return WORD_CHARACTER.test(text);
}

/** Is the character (code point) ending at `index` a letter or digit? */
function wordCharacterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  let start = index - 1;
  const unit = text.charCodeAt(start);
  if (unit >= 0xdc00 && unit <= 0xdfff && start > 0) {
    const lead = text.charCodeAt(start - 1);
    if (lead >= 0xd800 && lead <= 0xdbff) start -= 1;
  }
  return wordCharacterAt(text, start);
}

/** The first five words, lower-cased: comments that open the same way count as repeats. */
function opening(text: string): string {
  return text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '').slice(0, 5).join(' ');
}
