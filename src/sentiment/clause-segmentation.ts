/** Clause segmentation and clause weights: the first two steps of the rule layer (docs/sentiment.md). */
import type { Token } from '../tokenize/types.js';
import { hasNewline } from './rules/tokens.js';

export type ClauseMark = 'none' | 'contrast' | 'concession';

/** A clause: token range, sentence number, and whether a contrast or concession word opens it. */
export type ClauseSpan = {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  mark: ClauseMark;
};

/** Word-class flags read by segmentClauses (the scorer folds them into its one lookup per word). */
export const F_CONTRAST = 1;
export const F_CONCESSION = 2;

/**
 * Splits a comment into clauses: sentence ends (. ! ? … and line breaks), clause punctuation (, ; : – —), and
 * before a contrast word ("but", "however") or a concession ("although"), which also mark the clause they open.
 * `flagsAt(i)` gives token i's word-class flags (F_CONTRAST, F_CONCESSION).
 */
export function segmentClauses(text: string, tokens: readonly Token[], flagsAt: (i: number) => number): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  let start = 0;
  let sentence = 0;
  let mark: ClauseMark = 'none';
  const close = (end: number, endsSentence: boolean): void => {
    if (end > start) {
      // A clause of punctuation only ("!" after "?") joins the previous clause.
      let onlyPunct = true;
      for (let k = start; k < end; k++) if ((tokens[k] as Token).kind !== 'punct') onlyPunct = false;
      const prev = spans[spans.length - 1];
      if (onlyPunct && prev !== undefined && prev.tokenEnd === start) prev.tokenEnd = end;
      else spans.push({ tokenStart: start, tokenEnd: end, sentence, mark });
    }
    start = end;
    mark = 'none';
    if (endsSentence) sentence++;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > start && i > 0) {
      const gapStart = (tokens[i - 1] as Token).end;
      if (t.start > gapStart && hasNewline(text, gapStart, t.start)) close(i, true);
    }
    if (t.kind === 'punct') {
      const c = t.text.charCodeAt(0);
      // . ! ? … end a sentence; , ; : – — end a clause
      if (c === 46 || c === 33 || c === 63 || c === 0x2026) close(i + 1, true);
      else if (c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || (c === 45 && t.text.length >= 2)) close(i + 1, false);
      continue;
    }
    if (t.kind !== 'word') continue;
    const w = t.norm;
    const flags = flagsAt(i);
    if ((flags & F_CONTRAST) !== 0) {
      const prev = i > 0 ? (tokens[i - 1] as Token).norm : '';
      if (w === 'but' && (prev === 'nothing' || prev === 'anything' || prev === 'all')) continue;
      if (w === 'yet' && i !== start) continue; // "not yet", "best yet"
      close(i, false);
      mark = 'contrast';
    } else if ((flags & F_CONCESSION) !== 0) {
      const next = tokens[i + 1];
      if (next === undefined || next.kind === 'punct') {
        // trailing "Terrible food though." — adverbial "though" = "however": this clause is the contrast
        if (start < i) mark = 'contrast';
        continue;
      }
      if (w === 'though' && i > 0 && (tokens[i - 1] as Token).norm === 'even') {
        if (i - 1 > start) {
          close(i - 1, false);
        }
        mark = 'concession';
        continue;
      }
      close(i, false);
      mark = 'concession';
    } else if (w === 'while' && i === start && (spans.length === 0 || (spans[spans.length - 1] as ClauseSpan).sentence !== sentence)) {
      // sentence-initial "While X, Y" is concessive in opinion text ("While the cast is fine, the plot drags");
      // a temporal "While I waited, …" rarely carries opinion, and an opinion-free clause has weight 0 anyway
      mark = 'concession';
    }
  }
  close(tokens.length, true);
  return spans;
}

/**
 * Clause weights in the comment score (VADER's contrast rule, extended to concession): clauses before a "but" × before,
 * the "but" clause and the rest of its sentence × after; in a sentence with an "although …" clause that clause
 * × before and the others × after.
 */
export function clauseWeights(spans: readonly ClauseSpan[], before: number, after: number): number[] {
  const w = spans.map(() => 1);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as ClauseSpan;
    if (s.mark === 'contrast') {
      // earlier clauses of this sentence, or of the previous sentence when "But" opens a sentence
      const firstInSentence = k === 0 || (spans[k - 1] as ClauseSpan).sentence !== s.sentence;
      const target = firstInSentence ? s.sentence - 1 : s.sentence;
      for (let j = k - 1; j >= 0; j--) {
        const sj = spans[j] as ClauseSpan;
        if (sj.sentence < target) break;
        if (sj.mark === 'contrast' && sj.sentence === s.sentence) {
          w[j] = (w[j] as number) * before;
          break;
        }
        w[j] = (w[j] as number) * before;
      }
      for (let j = k; j < spans.length && (spans[j] as ClauseSpan).sentence === s.sentence; j++) {
        if (j > k && (spans[j] as ClauseSpan).mark !== 'none') break;
        w[j] = (w[j] as number) * after;
      }
    }
  }
  // concession: in a sentence with an "although …" clause, that clause weighs 0.5 and the others 1.5 (once,
  // however many concessions the sentence has)
  for (let start = 0; start < spans.length; ) {
    const sentence = (spans[start] as ClauseSpan).sentence;
    let end = start;
    let hasConcession = false;
    while (end < spans.length && (spans[end] as ClauseSpan).sentence === sentence) {
      if ((spans[end] as ClauseSpan).mark === 'concession') hasConcession = true;
      end++;
    }
    if (hasConcession) {
      for (let j = start; j < end; j++) {
        const factor = (spans[j] as ClauseSpan).mark === 'concession' ? before : after;
        w[j] = (w[j] as number) * factor;
      }
    }
    start = end;
  }
  return w;
}
