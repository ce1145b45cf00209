/**
 * A sparse comment × term incidence in compressed rows (CSR) and its transpose (postings): each
 * comment's distinct terms ascending, and each term's comments ascending. Two Int32Arrays each,
 * built in time linear in the occurrences.
 */
import { IntList } from './int-list.js';

export type DocTerms = {
  /** Terms of doc d: docTerms[docTermStart[d] .. docTermStart[d + 1]), ascending, distinct. */
  readonly docTerms: Int32Array;
  readonly docTermStart: Int32Array;
  /** Docs of term t: postings[postStart[t] .. postStart[t + 1]), ascending. */
  readonly postings: Int32Array;
  readonly postStart: Int32Array;
};

/** `forEachTerm(d, visit)` calls visit(term) for each occurrence of a term in doc d (repeats allowed). */
export function buildDocTerms(n: number, K: number, forEachTerm: (d: number, visit: (t: number) => void) => void): DocTerms {
  const docTermStart = new Int32Array(n + 1);
  const list = new IntList(16 * n + 1024);
  const lastDoc = new Int32Array(K).fill(-1);
  let d = 0;
  const visit = (t: number): void => {
    if (lastDoc[t] === d) return;
    lastDoc[t] = d;
    list.push(t);
  };
  for (; d < n; d++) {
    const start = list.length;
    docTermStart[d] = start;
    forEachTerm(d, visit);
    // ascending: insertion sort for the usual handful, a typed-array sort for long docs
    const end = list.length;
    const data = list.data;
    if (end - start > 24) data.subarray(start, end).sort();
    else {
      for (let a = start + 1; a < end; a++) {
        const value = data[a]!;
        let b = a - 1;
        for (; b >= start && data[b]! > value; b--) data[b + 1] = data[b]!;
        data[b + 1] = value;
      }
    }
  }
  docTermStart[n] = list.length;
  const docTerms = list.view();
  const postStart = new Int32Array(K + 1);
  for (const t of docTerms) postStart[t + 1]!++;
  for (let t = 0; t < K; t++) postStart[t + 1]! += postStart[t]!;
  const postings = new Int32Array(docTerms.length);
  const fill = postStart.slice(0, K);
  for (let r = 0; r < n; r++) for (let p = docTermStart[r]!; p < docTermStart[r + 1]!; p++) postings[fill[docTerms[p]!]!++] = r;
  return { docTerms, docTermStart, postings, postStart };
}

/** The docs of term t (a view, no copy). */
export function rowsOfTerm(index: DocTerms, t: number): Int32Array {
  return index.postings.subarray(index.postStart[t]!, index.postStart[t + 1]!);
}
