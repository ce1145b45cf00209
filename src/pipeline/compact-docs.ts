/**
 * Compact storage of ThemeDocs for large inputs. A Token object costs ~140 bytes and a clause
 * object ~130; a comment has ~20 tokens and ~2.5 clauses, so keeping them as objects needs ~3 KB
 * per row (3 GB for a million rows). Here they stay in the typed arrays of the packed batches
 * they were scored in (src/pipeline/workers/packed.ts), kept as they are, without copying:
 * - each token is an integer, its interned `norm` id with its kind (id × 16 + kind), and its
 *   range as the gap since the previous token and its length, a byte each (or its start and end
 *   in 16 or 32 bits, in a batch with a longer gap or token): 6 bytes. `norm` comes back from the
 *   store's vocabulary (one string per distinct word, shared by every row), `text` from the
 *   comment; a token whose text is not the comment's characters at its range (none from
 *   src/tokenize) keeps its text aside;
 * - each clause is its token range (two 16-bit integers), its score (a double) and weight (a
 *   float): 16 bytes; its character range comes from its tokens' (or is kept, in a batch where a
 *   clause does not run exactly from its first token to its last);
 * - a doc itself is its text, its batch and its position in the batch (two ints in typed arrays
 *   of the store) and a two-field object.
 * `tokens` and `clauses` are materialised on access, and the most recently used doc's arrays
 * are cached, so loops over one doc stay cheap.
 */
import type { ClauseScore, Contribution } from '../sentiment/types.js';
import type { ClauseVisitor, PackedTokens, ThemeDoc } from '../themes/types.js';
import { Vocabulary } from '../tokenize/index.js';
import type { Token, TokenKind } from '../tokenize/types.js';
import { PackedStrings } from './packed-strings.js';
import { KIND_BITS, KINDS, pack, type PackedBatch, type VocabularyMap } from './workers/packed.js';

const NO_CONTRIBUTIONS: readonly Contribution[] = Object.freeze([]);
const NO_SPANS = new Uint8Array(0);

/** A batch's clause token ranges without their character ranges (stride 2). */
function withoutChars(batch: PackedBatch): PackedBatch['clauseInts'] {
  if (!batch.clauseChars) return batch.clauseInts;
  const ints = batch.clauseInts;
  const out = ints instanceof Uint16Array ? new Uint16Array(ints.length / 2) : new Int32Array(ints.length / 2);
  for (let c = 0; c < out.length / 2; c++) {
    out[2 * c] = ints[4 * c] as number;
    out[2 * c + 1] = ints[4 * c + 1] as number;
  }
  return out;
}

export class DocStore {
  private readonly batches: PackedBatch[] = [];
  /** The comments, packed (src/pipeline/packed-strings.ts); null when they are not kept. */
  private readonly texts: PackedStrings | null;
  private count = 0;
  /** Per doc: its batch and its index in the batch. */
  private batchOf = new Int32Array(1024);
  private indexIn = new Int32Array(1024);
  /** Doc index → token index → text, for tokens whose text is not the comment's slice. */
  private readonly oddTexts = new Map<number, Map<number, string>>();

  /**
   * `vocabulary`: where token norms are interned (share the pipeline's, so each norm is hashed
   * once). `keepTexts` false: the comments are not kept (−110 bytes a row on the bench export);
   * then `textOf` is null and a token's `text` is '' (the themes stage reads norms, kinds and
   * clause ranges only, and each doc's non-answer flag comes with the batch).
   */
  constructor(
    readonly vocabulary: Vocabulary = new Vocabulary(),
    keepTexts = true,
  ) {
    this.texts = keepTexts ? new PackedStrings() : null;
  }

  private cachedTokensOf = -1;
  private cachedTokens: readonly Token[] = [];
  private cachedClausesOf = -1;
  private cachedClauses: readonly ClauseScore[] = [];
  private cachedSpansOf = -1;
  private cachedSpans = new Int32Array(0);

  get size(): number {
    return this.count;
  }

  /**
   * Stores the comments of a packed batch (`texts[k]` is comment k) and returns their docs. `ids`
   * maps the batch's local norm ids to this store's vocabulary; null when they are its ids already.
   * The batch's arrays are kept, not copied (its token ids are rewritten in place).
   */
  addBatch(texts: readonly string[], batch: PackedBatch, ids: VocabularyMap | null): ThemeDoc[] {
    if (ids !== null) {
      ids.learn(batch);
      ids.translate(batch);
    }
    const batchIndex = this.batches.length;
    // Without the comments, token and clause character ranges have nothing to point into: not kept (2 bytes a token).
    this.batches.push(this.texts === null ? { ...batch, spans: NO_SPANS, gapSpans: true, clauseChars: false, clauseInts: withoutChars(batch) } : batch);
    const first = this.count;
    this.grow(first + texts.length);
    for (let at = 0; at < batch.oddTexts.length; at += 3) {
      const doc = first + (batch.oddTexts[at] as number);
      let odd = this.oddTexts.get(doc);
      if (odd === undefined) this.oddTexts.set(doc, (odd = new Map()));
      odd.set(batch.oddTexts[at + 1] as number, batch.oddTexts[at + 2] as string);
    }
    const docs: ThemeDoc[] = new Array(texts.length);
    for (let k = 0; k < texts.length; k++) {
      const index = first + k;
      this.texts?.add(texts[k] as string);
      this.batchOf[index] = batchIndex;
      this.indexIn[index] = k;
      docs[k] = new CompactDoc(this, index);
    }
    this.count += texts.length;
    return docs;
  }

  /**
   * Stores one doc from objects; the result behaves as a ThemeDoc. `ids`: the tokens' norm ids
   * from this store's vocabulary, when the caller has them already.
   */
  add(text: string, tokens: readonly Token[], clauses: readonly ClauseScore[], score: number, ids?: ArrayLike<number>): ThemeDoc {
    const vocabBase = this.vocabulary.size;
    const tokenIds = ids ?? this.vocabulary.idsOf(tokens);
    const batch = pack([text], [tokens], [tokenIds], [{ score, label: 'neutral', clauses }], this.vocabulary, vocabBase);
    return this.addBatch([text], batch, null)[0] as ThemeDoc;
  }

  private grow(size: number): void {
    if (size <= this.batchOf.length) return;
    const length = Math.max(size, this.batchOf.length * 2);
    const batchOf = new Int32Array(length);
    batchOf.set(this.batchOf);
    this.batchOf = batchOf;
    const indexIn = new Int32Array(length);
    indexIn.set(this.indexIn);
    this.indexIn = indexIn;
  }

  /** @internal */
  codesOf(index: number): Int32Array {
    const batch = this.batches[this.batchOf[index] as number] as PackedBatch;
    const k = this.indexIn[index] as number;
    return batch.codes.subarray(k === 0 ? 0 : (batch.tokenEnds[k - 1] as number), batch.tokenEnds[k] as number);
  }

  /** @internal The comment, or null when texts are not kept. */
  textOf(index: number): string | null {
    return this.texts === null ? null : (this.texts.get(index) as string);
  }

  /** @internal */
  nonAnswerOf(index: number): boolean {
    return (this.batches[this.batchOf[index] as number] as PackedBatch).nonAnswer[this.indexIn[index] as number] === 1;
  }

  /** @internal */
  scoreOf(index: number): number {
    return (this.batches[this.batchOf[index] as number] as PackedBatch).scores[this.indexIn[index] as number] as number;
  }

  /** The doc's token ranges as start, end pairs (decoded from the batch, cached for the last doc). */
  private spansOf(index: number): Int32Array {
    if (this.cachedSpansOf === index) return this.cachedSpans;
    const batch = this.batches[this.batchOf[index] as number] as PackedBatch;
    const k = this.indexIn[index] as number;
    const first = k === 0 ? 0 : (batch.tokenEnds[k - 1] as number);
    const count = (batch.tokenEnds[k] as number) - first;
    if (batch.spans.length === 0 && count > 0) return new Int32Array(count * 2); // not kept: every range 0, 0
    const spans = batch.spans;
    const out = new Int32Array(count * 2);
    let end = 0;
    for (let position = 0; position < count; position++) {
      const at = (first + position) * 2;
      const start = batch.gapSpans ? end + (spans[at] as number) : (spans[at] as number);
      end = batch.gapSpans ? start + (spans[at + 1] as number) : (spans[at + 1] as number);
      out[position * 2] = start;
      out[position * 2 + 1] = end;
    }
    this.cachedSpansOf = index;
    this.cachedSpans = out;
    return out;
  }

  /** @internal */
  tokensOf(index: number): readonly Token[] {
    if (this.cachedTokensOf === index) return this.cachedTokens;
    const batch = this.batches[this.batchOf[index] as number] as PackedBatch;
    const k = this.indexIn[index] as number;
    const first = k === 0 ? 0 : (batch.tokenEnds[k - 1] as number);
    const count = (batch.tokenEnds[k] as number) - first;
    const codes = batch.codes;
    const spans = this.spansOf(index);
    const text = this.texts?.get(index) ?? null;
    const odd = this.oddTexts.get(index);
    const vocabulary = this.vocabulary;
    const tokens: Token[] = new Array(count);
    for (let position = 0; position < count; position++) {
      const at = first + position;
      const code = codes[at] as number;
      const start = spans[position * 2] as number;
      const end = spans[position * 2 + 1] as number;
      const tokenText = odd?.get(position) ?? (text === null ? '' : text.slice(start, end));
      tokens[position] = { text: tokenText, norm: vocabulary.norm(code >>> 4), kind: KINDS[code & (KIND_BITS - 1)] as TokenKind, start, end };
    }
    this.cachedTokensOf = index;
    this.cachedTokens = tokens;
    return tokens;
  }

  /** @internal Each clause's token range and score, read where they are kept (no objects). */
  visitClauses(index: number, visit: ClauseVisitor): void {
    const batch = this.batches[this.batchOf[index] as number] as PackedBatch;
    const k = this.indexIn[index] as number;
    const first = k === 0 ? 0 : (batch.clauseEnds[k - 1] as number);
    const end = batch.clauseEnds[k] as number;
    const ints = batch.clauseInts;
    const stride = batch.clauseChars ? 4 : 2;
    for (let at = first; at < end; at++) visit(ints[at * stride] as number, ints[at * stride + 1] as number, batch.clauseScores[at] as number);
  }

  /** @internal */
  clausesOf(index: number): readonly ClauseScore[] {
    if (this.cachedClausesOf === index) return this.cachedClauses;
    const batch = this.batches[this.batchOf[index] as number] as PackedBatch;
    const k = this.indexIn[index] as number;
    const first = k === 0 ? 0 : (batch.clauseEnds[k - 1] as number);
    const count = (batch.clauseEnds[k] as number) - first;
    const ints = batch.clauseInts;
    const stride = batch.clauseChars ? 4 : 2;
    // Character ranges: kept (clauseChars), from the tokens' spans, or none kept (0, 0: no comment text).
    const spans = batch.clauseChars || batch.spans.length === 0 ? null : this.spansOf(index);
    const noChars = !batch.clauseChars && spans === null;
    const clauses: ClauseScore[] = new Array(count);
    for (let position = 0; position < count; position++) {
      const at = first + position;
      const tokenStart = ints[at * stride] as number;
      const tokenEnd = ints[at * stride + 1] as number;
      clauses[position] = {
        tokenStart,
        tokenEnd,
        start: noChars ? 0 : spans === null ? (ints[at * stride + 2] as number) : (spans[tokenStart * 2] as number),
        end: noChars ? 0 : spans === null ? (ints[at * stride + 3] as number) : (spans[tokenEnd * 2 - 1] as number),
        score: batch.clauseScores[at] as number,
        weight: batch.clauseWeights[at] as number,
        contributions: NO_CONTRIBUTIONS,
      };
    }
    this.cachedClausesOf = index;
    this.cachedClauses = clauses;
    return clauses;
  }
}

/**
 * A stored doc's tokens without making Token objects: per token its norm id × KIND_BITS + kind
 * code (KINDS), ids from `vocabulary`. Null for a doc that is not from a DocStore.
 */
export function tokenCodes(doc: ThemeDoc): { readonly vocabulary: Vocabulary; readonly codes: Int32Array } | null {
  return doc instanceof CompactDoc ? { vocabulary: doc.store.vocabulary, codes: doc.store.codesOf(doc.index) } : null;
}

class CompactDoc implements ThemeDoc {
  constructor(
    readonly store: DocStore,
    readonly index: number,
  ) {}

  get text(): string | null {
    return this.store.textOf(this.index);
  }

  get nonAnswer(): boolean {
    return this.store.nonAnswerOf(this.index);
  }

  get score(): number {
    return this.store.scoreOf(this.index);
  }

  get tokens(): readonly Token[] {
    return this.store.tokensOf(this.index);
  }

  get clauses(): readonly ClauseScore[] {
    return this.store.clausesOf(this.index);
  }

  /** The clauses as stored (no ClauseScore objects): see ThemeDoc.forEachClause. */
  forEachClause(visit: ClauseVisitor): void {
    this.store.visitClauses(this.index, visit);
  }

  /** The tokens as stored (no Token objects): see ThemeDoc.packedTokens. */
  packedTokens(): PackedTokens {
    return { codes: this.store.codesOf(this.index), norms: this.store.vocabulary, kinds: KINDS };
  }
}
