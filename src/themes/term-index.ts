/**
 * Term statistics in near-linear time: every comment becomes a sequence of integer content-word
 * ids; phrase candidates (1-3 content words inside one run) are counted by document frequency,
 * bigrams only from frequent words and trigrams only from frequent bigrams (apriori pruning), so
 * memory stays bounded by the vocabulary, not the corpus.
 */
import { KIND_BITS, KIND_MASK, WORD, type ThemeText } from './theme-text.js';
import { IntList } from './structures/int-list.js';
import { IntIndex } from './structures/int-index.js';
import { compoundKey, maxGap, maxPhraseWords, particleOf, type Compounds } from './content-runs.js';

/** Words that come right before a verb ("to watch", "can't pay", "I work"), never before a noun. */
const verbCues: ReadonlySet<string> = new Set([
  'to', 'can', 'cant', "can't", 'cannot', 'could', 'couldnt', "couldn't", 'will', 'wont', "won't", 'would', 'wouldnt',
  "wouldn't", 'should', 'shall', 'must', 'might', 'may', 'i', 'we', 'you', 'they', 'he', 'she', 'dont', "don't", 'doesnt',
  "doesn't", 'didnt', "didn't", 'please', 'lets', "let's", 'not', 'never', 'also', 'just', 'still',
]);

/**
 * Breaks a run in the id sequence: larger than any content-word id (a reader tests id >= the
 * number of ids), 0xffff in a 2-byte sequence, 0x7fffffff in a 4-byte one.
 */
const runBreak16 = 0xffff;
const runBreak32 = 0x7fffffff;

export type Corpus = {
  /** Number of docs (all, including excluded ones). */
  readonly size: number;
  /**
   * Content-word ids with a run break (a value ≥ stems.length) between runs; per doc from
   * docStart[i] to docStart[i + 1]. 2 bytes an entry when the norms can give fewer than 65,535
   * ids (the usual case), else 4.
   */
  readonly seq: Uint16Array | Int32Array;
  /**
   * Token index (within its comment) of each entry of seq: 2 bytes an entry when no included
   * comment has more than 65,535 tokens (the usual case), else 4.
   */
  readonly tok: Uint16Array | Int32Array;
  readonly docStart: Int32Array;
  /** Stem of each content-word id (ids are in first-seen order: never use them for ordering). */
  readonly stems: readonly string[];
  /** Most common lower-cased written form of each content-word id (ties: the smaller string). */
  readonly surfaces: readonly string[];
  /**
   * Per content-word id: share of its occurrences used as a verb — written ending in "-ing" or "-ed"
   * ("watching", "worked") or right after a word that comes before verbs ("to", "can't", "I", "will":
   * "can't watch", "I pay") — a word customers mostly use as a verb names no subject.
   */
  readonly verbShare: Float64Array;
};

/** Builds the id sequences of the included docs (excluded docs get an empty sequence). */
export function buildCorpus(
  text: ThemeText,
  include: (index: number) => boolean,
  contentStem: (norm: string) => string | null,
  compounds: Compounds,
): Corpus {
  const n = text.length;
  const ids = new Map<string, number>();
  const stems: string[] = [];
  // written forms as ids (forms[id]: form id → occurrences, at most 64 forms per word)
  // (a form is always read as the same word, and a word counts only its first 64 forms: a form's
  // count is -1 when it came after its word had 64)
  const formIds = new Map<string, number>();
  const formNames: string[] = [];
  // per form (typed: the visit below updates them per occurrence): 1 when verb-like, its count, its word
  const verbLike = new IntList();
  const formCount = new IntList();
  const formWord = new IntList();
  const formOf = (norm: string): number => {
    let f = formIds.get(norm);
    if (f === undefined) {
      f = formNames.length;
      formIds.set(norm, f);
      formNames.push(norm);
      verbLike.push(norm.length > 4 && (norm.endsWith('ing') || norm.endsWith('ed')) ? 1 : 0);
      formCount.push(0);
      formWord.push(-1);
    }
    return f;
  };
  // per word: forms counted, occurrences, occurrences used as a verb
  const formsOf = new IntList();
  const occurrences = new IntList();
  const verbForms = new IntList();
  const idOf = (stem: string): number => {
    let id = ids.get(stem);
    if (id === undefined) {
      id = stems.length;
      ids.set(stem, id);
      stems.push(stem);
      formsOf.push(0);
      occurrences.push(0);
      verbForms.push(0);
    }
    return id;
  };
  // capacity: a content word is a token (or a part of a hyphenated one) and a run breaks at most once
  // per token or clause between two, so the tokens and clauses of the included docs bound the
  // sequence but for hyphenated words (which grow it); the unwritten rest costs no memory
  let bound = 1024;
  let longest = 0;
  for (let d = 0; d < n; d++) {
    if (!include(d)) continue;
    const count = text.tokenEnd(d) - text.tokenStart(d);
    if (count > longest) longest = count;
    bound += count + text.clauseStart(d + 1) - text.clauseStart(d);
  }
  // the ids the norms can give: a word's stem, each part of a hyphenated word, an attested compound
  let idBound = compounds.size;
  for (const norm of text.norms) idBound += norm.includes('-') ? norm.split('-').length : 1;
  const narrow = idBound < runBreak16;
  const runBreak = narrow ? runBreak16 : runBreak32;
  const seq = { data: narrow ? new Uint16Array(bound) : new Int32Array(bound), length: 0 };
  const pushSeq = (value: number): void => {
    if (seq.length === seq.data.length) {
      const grown = narrow ? new Uint16Array(seq.length * 2) : new Int32Array(seq.length * 2);
      grown.set(seq.data);
      seq.data = grown;
    }
    seq.data[seq.length++] = value;
  };
  // token indices fit 16 bits but in a comment of more than 65,535 tokens; a run break's is never read
  let tok: Uint16Array | Int32Array = longest <= 0xffff ? new Uint16Array(bound) : new Int32Array(bound);
  const pushTok = (token: number): void => {
    const at = seq.length;
    if (at >= tok.length) {
      const grown = longest <= 0xffff ? new Uint16Array(Math.max(at + 1, tok.length * 2)) : new Int32Array(Math.max(at + 1, tok.length * 2));
      grown.set(tok);
      tok = grown;
    }
    tok[at] = token;
  };
  const docStart = new Int32Array(n + 1);

  // per norm id, filled when first needed: what the word is as a content word (see content-runs.ts)
  const norms = text.norms;
  const V = norms.length;
  const UNSEEN = -2;
  const NONE = -1;
  const wordId = new Int32Array(V).fill(UNSEEN); // a word without a hyphen: its content-word id or NONE
  const wordForm = new Int32Array(V).fill(-1);
  const parts: ({ readonly ids: Int32Array; readonly forms: Int32Array } | undefined)[] = new Array(V); // a hyphenated word's parts
  const hyphen = new Uint8Array(V); // 1: has a hyphen
  const cue = new Uint8Array(V); // 1: a verb cue
  for (let v = 0; v < V; v++) {
    if (norms[v]!.includes('-')) hyphen[v] = 1;
    if (verbCues.has(norms[v]!)) cue[v] = 1;
  }
  const hyphenCompoundId = new Int32Array(V).fill(UNSEEN); // attested hyphenated compound: its id, or NONE
  const withCompounds = compounds.size > 0;
  // spaced compounds: per norm id, the particle it is (index into particleNames, + 1) and whether its stem heads a compound
  const heads = new Set<string>();
  for (const key of compounds) heads.add(key.slice(0, key.lastIndexOf('-')));
  const particleNames: string[] = [];
  const particleCode = new Int32Array(withCompounds ? V : 0);
  const headStems: (string | null)[] = [];
  const headCode = new Int32Array(withCompounds ? V : 0); // 0: not looked at, -1: no head, k + 1: headStems[k]
  if (withCompounds) {
    for (let v = 0; v < V; v++) {
      const p = particleOf(norms[v]!);
      if (p === null) continue;
      let k = particleNames.indexOf(p);
      if (k < 0) k = particleNames.push(p) - 1;
      particleCode[v] = k + 1;
    }
  }

  let codes: Int32Array = new Int32Array(0);
  let starts = new Int32Array(16);
  // one visit function for every doc (no closure per doc): base and first are the doc's
  let base = 0;
  let first = true;
  const visit = (id: number, form: number, token: number, newRun: boolean): void => {
    if (newRun && !first) {
      pushTok(0);
      pushSeq(runBreak);
    }
    first = false;
    occurrences.data[id]!++;
    if (verbLike.data[form] === 1 || (token > 0 && cue[codes[base + token - 1]! >>> KIND_BITS] === 1)) verbForms.data[id]!++;
    const counts = formCount.data;
    const c = counts[form]!;
    if (c > 0) counts[form] = c + 1;
    else if (c === 0) {
      formWord.data[form] = id;
      if (formsOf.data[id]! < 64) {
        formsOf.data[id]!++;
        counts[form] = 1;
      } else counts[form] = -1;
    }
    pushTok(token);
    pushSeq(id);
  };
  // one comment's content words (a function of its own: the JIT compiles it once, small, instead of
  // the whole builder again at each loop it enters)
  const readDoc = (d: number): void => {
    codes = text.codesOf(d);
    base = text.tokenStart(d);
    const count = text.tokenEnd(d) - base;
    // token indices at which a new clause starts (besides 0), ascending
    const c0 = text.clauseStart(d);
    const clauseCount = text.clauseStart(d + 1) - c0;
    let startCount = -1;
    if (clauseCount > 1) {
      if (starts.length < clauseCount) starts = new Int32Array(clauseCount * 2);
      startCount = 0;
      for (let c = c0; c < c0 + clauseCount; c++) {
        const s = text.clauseTokenStart(c);
        if (s > 0) starts[startCount++] = s;
      }
      // ascending (insertion sort: a handful of clauses, no subarray per doc)
      for (let a = 1; a < startCount; a++) {
        const value = starts[a]!;
        let b = a - 1;
        for (; b >= 0 && starts[b]! > value; b--) starts[b + 1] = starts[b]!;
        starts[b + 1] = value;
      }
    }
    first = true;
    // as forEachContentWord (content-runs.ts), over norm ids
    let nextStart = 0;
    let newRun = true;
    let gap = 0;
    for (let i = 0; i < count; i++) {
      const code = codes[base + i]!;
      if (startCount >= 0) {
        while (nextStart < startCount && starts[nextStart]! < i) nextStart++;
        if (nextStart < startCount && starts[nextStart] === i) newRun = true;
      }
      if ((code & KIND_MASK) !== WORD) {
        newRun = true;
        continue;
      }
      const v = code >>> KIND_BITS;
      if (withCompounds) {
        if (hyphen[v] === 1) {
          let cid = hyphenCompoundId[v]!;
          if (cid === UNSEEN) {
            const key = compoundKey(norms[v]!, contentStem);
            cid = key !== null && compounds.has(key) ? idOf(key) : NONE;
            hyphenCompoundId[v] = cid;
          }
          if (cid !== NONE) {
            visit(cid, formOf(norms[v]!), i, newRun);
            newRun = false;
            gap = 0;
            continue;
          }
        } else if (i + 1 < count && (codes[base + i + 1]! & KIND_MASK) === WORD) {
          const next = codes[base + i + 1]! >>> KIND_BITS;
          const p = particleCode[next]!;
          if (p !== 0) {
            let h = headCode[v]!;
            if (h === 0) {
              const head = contentStem(norms[v]!);
              h = head !== null && heads.has(head) ? headStems.push(head) : -1;
              headCode[v] = h;
            }
            if (h > 0) {
              const key = `${headStems[h - 1]!}-${particleNames[p - 1]!}`;
              if (compounds.has(key)) {
                visit(idOf(key), formOf(`${norms[v]!} ${norms[next]!}`), i, newRun);
                i++;
                newRun = false;
                gap = 0;
                continue;
              }
            }
          }
        }
      }
      if (hyphen[v] === 0) {
        let id = wordId[v]!;
        if (id === UNSEEN) {
          const stemmed = contentStem(norms[v]!);
          id = stemmed === null ? NONE : idOf(stemmed);
          wordId[v] = id;
          if (id !== NONE) wordForm[v] = formOf(norms[v]!);
        }
        if (id === NONE) {
          gap++;
          if (gap > maxGap) newRun = true;
          continue;
        }
        visit(id, wordForm[v]!, i, newRun);
        newRun = false;
        gap = 0;
        continue;
      }
      // hyphenated words count as their parts: "top-up" = "top up", "check-in" = "check in"
      let split = parts[v];
      if (split === undefined) {
        const pieces = norms[v]!.split('-');
        const partIds = new Int32Array(pieces.length);
        const partForms = new Int32Array(pieces.length);
        // ids are given in the order the parts are first visited, as word by word
        pieces.forEach((part, k) => {
          const stemmed = part.length === 0 ? null : contentStem(part);
          partIds[k] = stemmed === null ? NONE : idOf(stemmed);
          partForms[k] = stemmed === null ? -1 : formOf(part);
        });
        parts[v] = split = { ids: partIds, forms: partForms };
      }
      for (let k = 0; k < split.ids.length; k++) {
        const id = split.ids[k]!;
        if (id === NONE) {
          gap++;
          if (gap > maxGap) newRun = true;
          continue;
        }
        visit(id, split.forms[k]!, i, newRun);
        newRun = false;
        gap = 0;
      }
    }
  };
  for (let d = 0; d < n; d++) {
    docStart[d] = seq.length;
    if (include(d)) readDoc(d);
  }
  docStart[n] = seq.length;
  // most common form (ties: the smaller string)
  const surfaces = stems.slice();
  const bestCount = new Int32Array(stems.length).fill(-1);
  for (let f = 0; f < formNames.length; f++) {
    const id = formWord.data[f]!;
    const count = formCount.data[f]!;
    if (id < 0 || count <= 0) continue;
    const name = formNames[f]!;
    if (count > bestCount[id]! || (count === bestCount[id] && name < surfaces[id]!)) {
      surfaces[id] = name;
      bestCount[id] = count;
    }
  }
  const verbShare = Float64Array.from(stems, (_, id) => verbForms.data[id]! / Math.max(1, occurrences.data[id]!));
  return { size: n, seq: seq.data.subarray(0, seq.length), tok: tok.subarray(0, seq.length), docStart, stems, surfaces, verbShare };
}

/** A phrase candidate. */
export type Term = {
  /** Content-word ids. */
  readonly words: readonly number[];
  /** Stems joined by a space: the stable key. */
  readonly key: string;
  /** Number of docs containing it. */
  readonly df: number;
};

/** The selected terms and a way to find them in each doc. */
export type TermIndex = {
  /** Sorted by df desc, then key. */
  readonly terms: readonly Term[];
  /**
   * Calls visit(term, firstSeqPos, words) for each occurrence of a selected term in doc d
   * (an n-gram of `words` content words starting at seq position firstSeqPos).
   */
  readonly forEachOccurrence: (d: number, visit: (term: number, pos: number, words: number) => void) => void;
};

export type TermSelection = {
  readonly minDf: number;
  /** Terms in more than this many docs are too general to define a theme. */
  readonly maxDf: number;
  readonly maxTerms: number;
  /** Stems that may not form a one-word term (they may still be part of a longer phrase). */
  readonly notAlone?: ReadonlySet<string>;
  /** Keys (stems joined by spaces) of phrases never to select. */
  readonly drop?: (key: string) => boolean;
};

/** Per distinct n-gram key, in order of first sight: its key (keys) and number of docs (df). */
type NgramCounts = { readonly keys: IntIndex; readonly df: IntList };

/** Document frequency per key: add(key, d) counts a key once per doc (docs visited in order). */
class DfCounter implements NgramCounts {
  readonly keys = new IntIndex();
  readonly df = new IntList();
  /** Per key, the last doc counted. */
  private readonly seenIn = new IntList();

  add(key: number, d: number): void {
    const i = this.keys.add(key);
    if (i === this.df.length) {
      this.df.push(0);
      this.seenIn.push(-1);
    }
    if (this.seenIn.data[i] === d) return;
    this.seenIn.data[i] = d;
    this.df.data[i]!++;
  }
}

/**
 * The bigrams of frequent words (rank[u] ≥ 0), keyed rank(a) · F + rank(b), with their document
 * frequency. (Each counting pass is a function of its own, so the JIT compiles each loop small.)
 */
function countBigrams(seq: Uint16Array | Int32Array, docStart: Int32Array, n: number, rank: Int32Array, F: number): NgramCounts {
  const counts = new DfCounter();
  const U = rank.length; // ids at or above: a run break
  for (let d = 0; d < n; d++) {
    const end = docStart[d + 1]!;
    for (let p = docStart[d]!; p + 1 < end; p++) {
      const a = seq[p]!;
      const b = seq[p + 1]!;
      if (a >= U || b >= U || rank[a]! < 0 || rank[b]! < 0) continue;
      counts.add(rank[a]! * F + rank[b]!, d);
    }
  }
  return counts;
}

/** The trigrams of frequent words whose two bigrams are frequent (biIndex), keyed biIndex(ab) · F + rank(c). */
function countTrigrams(seq: Uint16Array | Int32Array, docStart: Int32Array, n: number, rank: Int32Array, F: number, biIndex: IntIndex): NgramCounts {
  const counts = new DfCounter();
  const U = rank.length; // ids at or above: a run break
  for (let d = 0; d < n; d++) {
    const end = docStart[d + 1]!;
    for (let p = docStart[d]!; p + 2 < end; p++) {
      const a = seq[p]!;
      const b = seq[p + 1]!;
      const c = seq[p + 2]!;
      if (a >= U || b >= U || c >= U || rank[a]! < 0 || rank[b]! < 0 || rank[c]! < 0) continue;
      const first = biIndex.get(rank[a]! * F + rank[b]!);
      if (first < 0 || biIndex.get(rank[b]! * F + rank[c]!) < 0) continue;
      counts.add(first * F + rank[c]!, d);
    }
  }
  return counts;
}

/** Counts candidate n-grams and keeps those within [minDf, maxDf], at most maxTerms of them. */
export function indexTerms(corpus: Corpus, selection: TermSelection): TermIndex {
  const { seq, docStart, stems } = corpus;
  const n = corpus.size;
  const unitCount = stems.length;
  const { minDf } = selection;

  // unigrams
  const uniDf = new Int32Array(unitCount);
  const lastDoc = new Int32Array(unitCount).fill(-1);
  for (let d = 0; d < n; d++) {
    for (let p = docStart[d]!; p < docStart[d + 1]!; p++) {
      const u = seq[p]!;
      if (u >= unitCount || lastDoc[u] === d) continue;
      lastDoc[u] = d;
      uniDf[u]!++;
    }
  }
  const frequent = (u: number): boolean => u < unitCount && uniDf[u]! >= minDf;
  // n-gram keys over the ranks of the frequent words (rank[u], -1 for the others): small integers,
  // not doubles, while F² fits
  const rank = new Int32Array(unitCount).fill(-1);
  const unitOf: number[] = [];
  for (let u = 0; u < unitCount; u++) if (frequent(u)) rank[u] = unitOf.push(u) - 1;
  const F = Math.max(1, unitOf.length);

  // bigrams of frequent words (df[i]: docs of the i-th bigram key first seen)
  const { keys: bigrams, df: biDf } = countBigrams(seq, docStart, n, rank, F);
  // the frequent bigrams: key → index (biKeys[index] = key)
  const biIndex = new IntIndex();
  const biKeys: number[] = [];
  for (let i = 0; i < bigrams.size; i++) {
    if (biDf.data[i]! >= minDf) {
      biIndex.add(bigrams.keyAt(i));
      biKeys.push(bigrams.keyAt(i));
    }
  }

  // trigrams whose two bigrams are frequent
  const { keys: trigrams, df: triDf } = maxPhraseWords >= 3 ? countTrigrams(seq, docStart, n, rank, F, biIndex) : { keys: new IntIndex(16), df: new IntList(16) };

  // candidates
  type Raw = { words: number[]; key: string; df: number; code: number; n: number };
  const raw: Raw[] = [];
  const keep = (df: number): boolean => df >= minDf && df <= selection.maxDf;
  for (let u = 0; u < unitCount; u++) {
    if (keep(uniDf[u]!) && !selection.notAlone?.has(stems[u]!)) raw.push({ words: [u], key: stems[u]!, df: uniDf[u]!, code: u, n: 1 });
  }
  for (let i = 0; i < bigrams.size; i++) {
    const code = bigrams.keyAt(i);
    const df = biDf.data[i]!;
    if (!keep(df)) continue;
    const a = unitOf[Math.floor(code / F)]!;
    const b = unitOf[code % F]!;
    if (a === b) continue;
    raw.push({ words: [a, b], key: `${stems[a]} ${stems[b]}`, df, code, n: 2 });
  }
  for (let i = 0; i < trigrams.size; i++) {
    const code = trigrams.keyAt(i);
    const df = triDf.data[i]!;
    if (!keep(df)) continue;
    const first = Math.floor(code / F);
    const c = unitOf[code % F]!;
    const ab = biKeys[first]!;
    const a = unitOf[Math.floor(ab / F)]!;
    const b = unitOf[ab % F]!;
    if (a === b || b === c || a === c) continue;
    raw.push({ words: [a, b, c], key: `${stems[a]} ${stems[b]} ${stems[c]}`, df, code, n: 3 });
  }
  const drop = selection.drop;
  const pool = drop === undefined ? raw : raw.filter((t) => !drop(t.key));
  pool.sort((x, y) => y.df - x.df || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const chosen = pool.slice(0, selection.maxTerms);

  const uniTerm = new Int32Array(unitCount).fill(-1);
  // chosen bigrams and trigrams by key: index → term (biTermOf[biTerms.get(key)])
  const biTerms = new IntIndex(64);
  const biTermOf = new IntList();
  const triTerms = new IntIndex(64);
  const triTermOf = new IntList();
  // per word: 1 when a chosen bigram starts with it, 2 when a chosen trigram does (most words start none)
  const leads = new Uint8Array(unitCount);
  const terms: Term[] = chosen.map((t, index) => {
    if (t.n === 1) uniTerm[t.code] = index;
    else if (t.n === 2) {
      biTerms.add(t.code);
      biTermOf.push(index);
    } else {
      triTerms.add(t.code);
      triTermOf.push(index);
    }
    if (t.n > 1) leads[t.words[0]!]! |= t.n === 2 ? 1 : 2;
    return { words: t.words, key: t.key, df: t.df };
  });

  const forEachOccurrence = (d: number, visit: (term: number, pos: number, words: number) => void): void => {
    const end = docStart[d + 1]!;
    for (let p = docStart[d]!; p < end; p++) {
      const a = seq[p]!;
      if (a >= unitCount) continue;
      const t1 = uniTerm[a]!;
      if (t1 >= 0) visit(t1, p, 1);
      const lead = leads[a]!;
      if (lead === 0 || p + 1 >= end || !frequent(a)) continue;
      const b = seq[p + 1]!;
      if (!frequent(b)) continue;
      const biKey = rank[a]! * F + rank[b]!;
      if ((lead & 1) !== 0) {
        const i = biTerms.get(biKey);
        if (i >= 0) visit(biTermOf.data[i]!, p, 2);
      }
      if ((lead & 2) === 0 || p + 2 >= end) continue;
      const c = seq[p + 2]!;
      if (!frequent(c)) continue;
      const first = biIndex.get(biKey);
      if (first < 0) continue;
      const i = triTerms.get(first * F + rank[c]!);
      if (i >= 0) visit(triTermOf.data[i]!, p, 3);
    }
  };

  return { terms, forEachOccurrence };
}
