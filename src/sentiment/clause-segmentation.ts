/**
 * Clause segmentation and clause weights: the first two steps of the rule layer (docs/sentiment.md). Both write into
 * a reusable `ClauseSpans` (typed arrays that grow as needed), so scoring a comment allocates nothing here.
 */
import type { Token } from '../tokenize/types.js';
import { hasNewline } from './rules/tokens.js';

/** What opens a clause: nothing, a contrast word ("but") or a concession word ("although"). */
export const MARK_NONE = 0;
export const MARK_CONTRAST = 1;
export const MARK_CONCESSION = 2;
/** The contribution source of each mark. */
export const MARK_NAMES: readonly ['none', 'contrast', 'concession'] = Object.freeze(['none', 'contrast', 'concession'] as const);

/** The clauses of one comment: `count` clauses, each a token range, a sentence number, a mark and a weight. */
export type ClauseSpans = {
  count: number;
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  sentence: Int32Array;
  mark: Uint8Array;
  /** Filled by clauseWeights. */
  weight: Float64Array;
};

/** Word-class flags read by segmentClauses (the scorer folds them into its one lookup per word). */
export const F_CONTRAST = 1;
export const F_CONCESSION = 2;

export function createClauseSpans(capacity = 16): ClauseSpans {
  return {
    count: 0,
    tokenStart: new Int32Array(capacity),
    tokenEnd: new Int32Array(capacity),
    sentence: new Int32Array(capacity),
    mark: new Uint8Array(capacity),
    weight: new Float64Array(capacity),
  };
}

function grow(spans: ClauseSpans): void {
  const n = spans.tokenStart.length * 2;
  const copy = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const b = make(n);
    b.set(a);
    return b;
  };
  spans.tokenStart = copy(spans.tokenStart, (k) => new Int32Array(k));
  spans.tokenEnd = copy(spans.tokenEnd, (k) => new Int32Array(k));
  spans.sentence = copy(spans.sentence, (k) => new Int32Array(k));
  spans.mark = copy(spans.mark, (k) => new Uint8Array(k));
  spans.weight = new Float64Array(n);
}

/**
 * Closes the clause [start, end): appends it, or, when it is punctuation only ("!" after "?"), extends the previous
 * clause that ends at `start`.
 */
function closeClause(spans: ClauseSpans, tokens: readonly Token[], start: number, end: number, sentence: number, mark: number): void {
  if (end <= start) return;
  let onlyPunct = true;
  for (let k = start; k < end; k++) {
    if ((tokens[k] as Token).kind !== 'punct') {
      onlyPunct = false;
      break;
    }
  }
  const last = spans.count - 1;
  if (onlyPunct && last >= 0 && spans.tokenEnd[last] === start) {
    spans.tokenEnd[last] = end;
    return;
  }
  if (spans.count === spans.tokenStart.length) grow(spans);
  const c = spans.count++;
  spans.tokenStart[c] = start;
  spans.tokenEnd[c] = end;
  spans.sentence[c] = sentence;
  spans.mark[c] = mark;
}

/**
 * Splits a comment into clauses, written to `spans`: sentence ends (. ! ? … and line breaks), clause punctuation
 * (, ; : – —), and before a contrast word ("but", "however") or a concession ("although"), which also mark the
 * clause they open. `flags[i]` holds token i's word-class flags (F_CONTRAST, F_CONCESSION; 0 for other tokens).
 */
export function segmentClauses(spans: ClauseSpans, text: string, tokens: readonly Token[], flags: ArrayLike<number>): void {
  spans.count = 0;
  let start = 0;
  let sentence = 0;
  let mark = MARK_NONE;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > start && i > 0) {
      const gapStart = (tokens[i - 1] as Token).end;
      if (t.start > gapStart && hasNewline(text, gapStart, t.start)) {
        closeClause(spans, tokens, start, i, sentence, mark);
        mark = MARK_NONE;
        start = i;
        sentence++;
      }
    }
    if (t.kind === 'punct') {
      const c = t.text.charCodeAt(0);
      // . ! ? … end a sentence; , ; : – — end a clause
      const endsSentence = c === 46 || c === 33 || c === 63 || c === 0x2026;
      if (endsSentence || c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || (c === 45 && t.text.length >= 2)) {
        closeClause(spans, tokens, start, i + 1, sentence, mark);
        start = i + 1;
        mark = MARK_NONE;
        if (endsSentence) sentence++;
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    const w = t.norm;
    const f = flags[i] as number;
    if ((f & F_CONTRAST) !== 0) {
      const prev = i > 0 ? (tokens[i - 1] as Token).norm : '';
      if (w === 'but' && (prev === 'nothing' || prev === 'anything' || prev === 'all')) continue;
      if (w === 'yet' && i !== start) continue; // "not yet", "best yet"
      closeClause(spans, tokens, start, i, sentence, mark);
      start = i;
      mark = MARK_CONTRAST;
    } else if ((f & F_CONCESSION) !== 0) {
      const next = tokens[i + 1];
      if (next === undefined || next.kind === 'punct') {
        // trailing "Terrible food though." — adverbial "though" = "however": this clause is the contrast
        if (start < i) mark = MARK_CONTRAST;
        continue;
      }
      if (w === 'though' && i > 0 && (tokens[i - 1] as Token).norm === 'even') {
        if (i - 1 > start) {
          closeClause(spans, tokens, start, i - 1, sentence, mark);
          start = i - 1;
        }
        mark = MARK_CONCESSION;
        continue;
      }
      closeClause(spans, tokens, start, i, sentence, mark);
      start = i;
      mark = MARK_CONCESSION;
    } else if (w === 'while' && i === start && (spans.count === 0 || spans.sentence[spans.count - 1] !== sentence)) {
      // sentence-initial "While X, Y" is concessive in opinion text ("While the cast is fine, the plot drags");
      // a temporal "While I waited, …" rarely carries opinion, and an opinion-free clause has weight 0 anyway
      mark = MARK_CONCESSION;
    }
  }
  closeClause(spans, tokens, start, tokens.length, sentence, mark);
}

/**
 * Clause weights in the comment score (VADER's contrast rule, extended to concession), written to `spans.weight`:
 * clauses before a "but" × before, the "but" clause and the rest of its sentence × after; in a sentence with an
 * "although …" clause that clause × before and the others × after.
 */
export function clauseWeights(spans: ClauseSpans, before: number, after: number): void {
  const n = spans.count;
  const w = spans.weight;
  const sentence = spans.sentence;
  const mark = spans.mark;
  w.fill(1, 0, n);
  for (let k = 0; k < n; k++) {
    if (mark[k] !== MARK_CONTRAST) continue;
    const s = sentence[k] as number;
    // earlier clauses of this sentence, or of the previous sentence when "But" opens a sentence
    const firstInSentence = k === 0 || sentence[k - 1] !== s;
    const target = firstInSentence ? s - 1 : s;
    for (let j = k - 1; j >= 0; j--) {
      if ((sentence[j] as number) < target) break;
      w[j] = (w[j] as number) * before;
      if (mark[j] === MARK_CONTRAST && sentence[j] === s) break;
    }
    for (let j = k; j < n && sentence[j] === s; j++) {
      if (j > k && mark[j] !== MARK_NONE) break;
      w[j] = (w[j] as number) * after;
    }
  }
  // concession: in a sentence with an "although …" clause, that clause weighs 0.5 and the others 1.5 (once,
  // however many concessions the sentence has)
  for (let start = 0; start < n; ) {
    const s = sentence[start];
    let end = start;
    let hasConcession = false;
    while (end < n && sentence[end] === s) {
      if (mark[end] === MARK_CONCESSION) hasConcession = true;
      end++;
    }
    if (hasConcession) for (let j = start; j < end; j++) w[j] = (w[j] as number) * (mark[j] === MARK_CONCESSION ? before : after);
    start = end;
  }
}
