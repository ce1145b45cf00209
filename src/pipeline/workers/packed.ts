/**
 * Tokenize + sentiment for a batch of comments, packed into typed arrays: what a worker thread
 * sends back to the main thread (the arrays are transferred, not copied), and what the main thread
 * computes itself when it works alone, so that one thread and N threads go through the same code.
 *
 * Token norms are interned in the scorer's own `Vocabulary` (one per thread): a token is sent as
 * its local id; the norms first seen in a batch travel with it (`newNorms`, ids from `vocabBase`).
 * The main thread maps local ids to its run-wide vocabulary in input order (`VocabularyMap`), so
 * the ids every later stage sees are those a single thread would have given.
 */
import type { Scorer } from '../../sentiment/index.js';
import { isNonAnswerTokens } from '../../themes/index.js';
import type { SentimentLabel, SentimentResult } from '../../sentiment/types.js';
import type { Token, TokenKind } from '../../tokenize/types.js';
import type { Vocabulary } from '../../tokenize/index.js';

export const KINDS: readonly TokenKind[] = ['word', 'number', 'url', 'email', 'mention', 'hashtag', 'emoji', 'emoticon', 'punct'];
const KIND_CODE = new Map<TokenKind, number>(KINDS.map((kind, index) => [kind, index]));
/** A token's first int is id × KIND_BITS + kind: room for 2^27 distinct norms in an Int32. */
export const KIND_BITS = 16;
export const LABELS: readonly SentimentLabel[] = ['neutral', 'positive', 'negative'];
const LABEL_CODE = new Map<SentimentLabel, number>(LABELS.map((label, index) => [label, index]));

export type PackedBatch = {
  /** Comments in the batch. */
  readonly count: number;
  /** Per comment: score and label code (index into LABELS). */
  readonly scores: Float64Array;
  readonly labels: Uint8Array;
  /**
   * Per comment: 1 when it is a non-answer (`isNonAnswerTokens` of src/themes, read here while the
   * Token objects exist, so the themes stage needs no token text afterwards).
   */
  readonly nonAnswer: Uint8Array;
  /** Per comment: end of its tokens in `tokens` (in tokens, not ints); comment k's start at tokenEnds[k − 1]. */
  readonly tokenEnds: Int32Array;
  /** Per token: its norm id × KIND_BITS + kind (local ids until the main thread translates them). */
  readonly codes: Int32Array;
  /**
   * Per token, two numbers: with `gapSpans`, the characters between the previous token's end (0
   * for a comment's first token) and its start, and its length, one byte each (a batch where
   * every gap and length is below 256: nearly all); otherwise its start and end, two bytes each
   * unless a comment is 64K characters or longer.
   */
  readonly spans: Uint8Array | Uint16Array | Int32Array;
  readonly gapSpans: boolean;
  /**
   * Per comment: end of its clauses. Per clause: its token range (start, end) and, unless
   * `clauseChars` is false, its character range (start, end) — false when every clause of the
   * batch runs from its first token's start to its last token's end (as the scorer makes them),
   * so the range comes from the spans; two bytes each when they fit. Its score (a double) and
   * weight (a float when every weight of the batch is one exactly: they are 0, 0.25, 0.5, 1, 1.5 …).
   */
  readonly clauseEnds: Int32Array;
  readonly clauseChars: boolean;
  readonly clauseInts: Uint16Array | Int32Array;
  readonly clauseScores: Float64Array;
  readonly clauseWeights: Float32Array | Float64Array;
  /** Norms interned for the first time in this batch, local ids vocabBase, vocabBase + 1, … */
  readonly vocabBase: number;
  readonly newNorms: readonly string[];
  /**
   * Tokens whose text is not the comment's characters at their range (none from src/tokenize):
   * comment index, token index within the comment, text, flattened.
   */
  readonly oddTexts: readonly (number | string)[];
};

/**
 * Scores `texts` with `scorer`, interning norms in `vocabulary` (this thread's own). `ranges`
 * false: the batch carries no character ranges (no spans, clause ranges in tokens only, no odd
 * texts), for a store that keeps no comment text and so could not use them.
 */
export function scoreBatch(texts: readonly string[], tokenize: (text: string) => Token[], scorer: Scorer, vocabulary: Vocabulary, ranges = true): PackedBatch {
  const vocabBase = vocabulary.size;
  const count = texts.length;
  const tokenized: Token[][] = new Array(count);
  const ids: Int32Array[] = new Array(count);
  const results: SentimentResult[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const text = texts[k] as string;
    const tokens = tokenize(text);
    const tokenIds = vocabulary.idsOf(tokens);
    tokenized[k] = tokens;
    ids[k] = tokenIds;
    results[k] = scorer.score(text, tokens, tokenIds);
  }
  return pack(texts, tokenized, ids, results, vocabulary, vocabBase, ranges);
}

/** Packs comments already tokenized (`ids` from `vocabulary`) and scored. */
export function pack(
  texts: readonly string[],
  tokenized: readonly (readonly Token[])[],
  ids: readonly ArrayLike<number>[],
  results: readonly Pick<SentimentResult, 'score' | 'label' | 'clauses'>[],
  vocabulary: Vocabulary,
  vocabBase: number,
  ranges = true,
): PackedBatch {
  const count = texts.length;
  const scores = new Float64Array(count);
  const labels = new Uint8Array(count);
  const nonAnswer = new Uint8Array(count);
  const tokenEnds = new Int32Array(count);
  const clauseEnds = new Int32Array(count);
  let tokenTotal = 0;
  let clauseTotal = 0;
  for (let k = 0; k < count; k++) {
    const result = results[k] as SentimentResult;
    scores[k] = result.score;
    labels[k] = LABEL_CODE.get(result.label) ?? 0;
    nonAnswer[k] = isNonAnswerTokens(tokenized[k] as readonly Token[]) ? 1 : 0;
    tokenTotal += (tokenized[k] as readonly Token[]).length;
    clauseTotal += result.clauses.length;
    tokenEnds[k] = tokenTotal;
    clauseEnds[k] = clauseTotal;
  }
  // What the batch needs: one pass to choose the narrowest arrays that hold it exactly.
  let longest = 0;
  for (const text of texts) if (text.length > longest) longest = text.length;
  let gapSpans = true;
  let clauseChars = false;
  let floatWeights = true;
  for (let k = 0; k < count; k++) {
    const tokens = tokenized[k] as readonly Token[];
    let previousEnd = 0;
    if (ranges) {
      for (const token of tokens) {
        if (token.start - previousEnd > 0xff || token.end - token.start > 0xff || token.start < previousEnd) gapSpans = false;
        previousEnd = token.end;
      }
    }
    for (const clause of (results[k] as SentimentResult).clauses) {
      const first = tokens[clause.tokenStart];
      const last = tokens[clause.tokenEnd - 1];
      if (ranges && (clause.tokenEnd <= clause.tokenStart || first === undefined || last === undefined || first.start !== clause.start || last.end !== clause.end)) clauseChars = true;
      if (Math.fround(clause.weight) !== clause.weight) floatWeights = false;
    }
  }
  const codes = new Int32Array(tokenTotal);
  const spans = !ranges ? new Uint8Array(0) : gapSpans ? new Uint8Array(tokenTotal * 2) : longest < 0xffff ? new Uint16Array(tokenTotal * 2) : new Int32Array(tokenTotal * 2);
  const stride = clauseChars ? 4 : 2;
  const clauseInts = longest < 0xffff ? new Uint16Array(clauseTotal * stride) : new Int32Array(clauseTotal * stride);
  const clauseScores = new Float64Array(clauseTotal);
  const clauseWeights = floatWeights ? new Float32Array(clauseTotal) : new Float64Array(clauseTotal);
  const oddTexts: (number | string)[] = [];
  let t = 0;
  let c = 0;
  for (let k = 0; k < count; k++) {
    const text = texts[k] as string;
    const tokens = tokenized[k] as readonly Token[];
    const tokenIds = ids[k] as ArrayLike<number>;
    let previousEnd = 0;
    for (let index = 0; index < tokens.length; index++, t++) {
      const token = tokens[index] as Token;
      codes[t] = (tokenIds[index] as number) * KIND_BITS + (KIND_CODE.get(token.kind) ?? KINDS.length - 1);
      if (!ranges) continue;
      spans[t * 2] = gapSpans ? token.start - previousEnd : token.start;
      spans[t * 2 + 1] = gapSpans ? token.end - token.start : token.end;
      previousEnd = token.end;
      if (token.text.length !== token.end - token.start || !text.startsWith(token.text, token.start)) oddTexts.push(k, index, token.text);
    }
    for (const clause of (results[k] as SentimentResult).clauses) {
      clauseInts[c * stride] = clause.tokenStart;
      clauseInts[c * stride + 1] = clause.tokenEnd;
      if (clauseChars) {
        clauseInts[c * stride + 2] = clause.start;
        clauseInts[c * stride + 3] = clause.end;
      }
      clauseScores[c] = clause.score;
      clauseWeights[c] = clause.weight;
      c++;
    }
  }
  const newNorms: string[] = [];
  for (let id = vocabBase; id < vocabulary.size; id++) newNorms.push(vocabulary.norm(id));
  return { count, scores, labels, nonAnswer, tokenEnds, codes, spans, gapSpans, clauseEnds, clauseChars, clauseInts, clauseScores, clauseWeights, vocabBase, newNorms, oddTexts };
}

/** The buffers of a batch, to transfer to another thread instead of copying them. */
export function transferables(batch: PackedBatch): ArrayBuffer[] {
  return [batch.scores, batch.labels, batch.nonAnswer, batch.tokenEnds, batch.codes, batch.spans, batch.clauseEnds, batch.clauseInts, batch.clauseScores, batch.clauseWeights].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/**
 * One thread's local norm ids → the run's vocabulary ids. A local id gets its run id when a token
 * carrying it is merged (in input order), exactly when a single thread would have interned it.
 */
export class VocabularyMap {
  private norms: string[] = [];
  private ids = new Int32Array(1024).fill(-1);

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Learns the norms a batch introduced (batches of one thread arrive in the order it made them). */
  learn(batch: PackedBatch): void {
    if (batch.vocabBase !== this.norms.length) throw new Error(`vocabulary out of step: batch starts at ${batch.vocabBase}, ${this.norms.length} known`);
    for (const norm of batch.newNorms) this.norms.push(norm);
    if (this.ids.length < this.norms.length) {
      const grown = new Int32Array(Math.max(this.norms.length, this.ids.length * 2)).fill(-1);
      grown.set(this.ids);
      this.ids = grown;
    }
  }

  /**
   * Rewrites a batch's tokens from local to run ids, in place and in order (the first token that
   * carries a new norm interns it, as a single thread would). Call once per batch, after `learn`.
   */
  translate(batch: PackedBatch): void {
    const codes = batch.codes;
    for (let at = 0; at < codes.length; at++) {
      const code = codes[at] as number;
      codes[at] = this.idOf(code >>> 4) * KIND_BITS + (code & (KIND_BITS - 1));
    }
  }

  /** The run's id for a local id. */
  idOf(local: number): number {
    let id = this.ids[local] as number;
    if (id < 0) this.ids[local] = id = this.vocabulary.idOf(this.norms[local] as string);
    return id;
  }
}
