/**
 * Compact storage of ThemeDocs for large inputs. A Token object costs ~140 bytes and a clause
 * object ~130; a comment has ~20 tokens and ~2.5 clauses, so keeping them as objects needs ~3 KB
 * per row (3 GB for a million rows). Here they live in typed-array pools:
 * - each token is three integers: its interned `norm` id with its kind (id × 16 + kind), its
 *   start and its end. `norm` comes back from the store's vocabulary (one string per distinct
 *   word, shared by every row), `text` from the comment; a token whose text is not the comment's
 *   characters at its range (none from src/tokenize, checked when stored) keeps its text aside;
 * - each clause is four integers (token and character ranges) and two doubles (score, weight).
 * `tokens` and `clauses` are materialised on access, and the most recently used doc's arrays
 * are cached, so loops over one doc stay cheap.
 */
import type { ClauseScore, Contribution } from '../sentiment/types.js';
import type { ThemeDoc } from '../themes/types.js';
import { Vocabulary } from '../tokenize/index.js';
import type { Token, TokenKind } from '../tokenize/types.js';
import { KIND_BITS, KINDS, type PackedBatch, type VocabularyMap } from './workers/packed.js';

const KIND_CODE = new Map<TokenKind, number>(KINDS.map((kind, index) => [kind, index]));
const CHUNK = 1 << 20; // ints per token-pool chunk (4 MB)
const CLAUSE_CHUNK = 1 << 16; // clauses per clause-pool chunk (1 MB of ints, 1 MB of doubles)
const NO_CONTRIBUTIONS: readonly Contribution[] = Object.freeze([]);

/** Growable storage in fixed-size chunks (a chunk never moves, so offsets stay valid). */
class Pool<T extends Int32Array | Float64Array> {
  readonly chunks: T[] = [];
  private used: number;

  constructor(
    private readonly chunkSize: number,
    private readonly make: (size: number) => T,
  ) {
    this.used = chunkSize;
  }

  /** Room for `size` slots in one chunk: [chunk index, offset]. */
  reserve(size: number): readonly [number, number] {
    if (this.used + size > this.chunkSize) {
      this.chunks.push(this.make(Math.max(this.chunkSize, size)));
      this.used = 0;
    }
    const offset = this.used;
    this.used += size;
    return [this.chunks.length - 1, offset];
  }
}

export class DocStore {
  private readonly tokenPool: Pool<Int32Array>;
  private readonly clauseInts = new Pool<Int32Array>(CLAUSE_CHUNK * 4, (size) => new Int32Array(size));
  private readonly clauseFloats = new Pool<Float64Array>(CLAUSE_CHUNK * 2, (size) => new Float64Array(size));
  /**
   * `chunkInts`: size of each token-pool chunk (tests use small ones); `vocabulary`: where token
   * norms are interned (share the pipeline's, so each norm is hashed once).
   */
  constructor(
    chunkInts: number = CHUNK,
    readonly vocabulary: Vocabulary = new Vocabulary(),
  ) {
    this.tokenPool = new Pool(chunkInts, (size) => new Int32Array(size));
  }

  private cachedTokensOf: CompactDoc | null = null;
  private cachedTokens: readonly Token[] = [];
  private cachedClausesOf: CompactDoc | null = null;
  private cachedClauses: readonly ClauseScore[] = [];

  /**
   * Stores a doc compactly; the result behaves as a ThemeDoc. `ids`: the tokens' norm ids from
   * this store's vocabulary, when the caller has them already.
   */
  add(text: string, tokens: readonly Token[], clauses: readonly ClauseScore[], score: number, ids?: ArrayLike<number>): ThemeDoc {
    const [chunk, offset] = this.tokenPool.reserve(tokens.length * 3);
    const pool = this.tokenPool.chunks[chunk] as Int32Array;
    let texts: Map<number, string> | null = null;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      const base = offset + index * 3;
      const id = ids === undefined ? this.vocabulary.idOf(token.norm) : (ids[index] as number);
      pool[base] = id * KIND_BITS + (KIND_CODE.get(token.kind) ?? KINDS.length - 1);
      pool[base + 1] = token.start;
      pool[base + 2] = token.end;
      if (token.text.length !== token.end - token.start || !text.startsWith(token.text, token.start)) (texts ??= new Map()).set(index, token.text);
    }
    const [clauseChunk, clauseOffset] = this.clauseInts.reserve(clauses.length * 4);
    this.clauseFloats.reserve(clauses.length * 2); // same chunk and clause index: both pools grow in step
    const ints = this.clauseInts.chunks[clauseChunk] as Int32Array;
    const floats = this.clauseFloats.chunks[clauseChunk] as Float64Array;
    const first = clauseOffset / 4;
    for (let index = 0; index < clauses.length; index++) {
      const clause = clauses[index] as ClauseScore;
      const at = first + index;
      ints[at * 4] = clause.tokenStart;
      ints[at * 4 + 1] = clause.tokenEnd;
      ints[at * 4 + 2] = clause.start;
      ints[at * 4 + 3] = clause.end;
      floats[at * 2] = clause.score;
      floats[at * 2 + 1] = clause.weight;
    }
    return new CompactDoc(this, text, chunk, offset, tokens.length, texts, clauseChunk, first, clauses.length, score);
  }

  /**
   * Stores comment `k` of a packed batch (src/pipeline/workers/packed.ts) as `add` stores it from
   * objects: `ids` maps the batch's local norm ids to this store's vocabulary.
   */
  addPacked(text: string, batch: PackedBatch, k: number, ids: VocabularyMap, oddTexts: ReadonlyMap<number, string> | null): ThemeDoc {
    const first = k === 0 ? 0 : (batch.tokenEnds[k - 1] as number);
    const count = (batch.tokenEnds[k] as number) - first;
    const [chunk, offset] = this.tokenPool.reserve(count * 3);
    const pool = this.tokenPool.chunks[chunk] as Int32Array;
    const source = batch.tokens;
    for (let index = 0; index < count; index++) {
      const from = (first + index) * 3;
      const to = offset + index * 3;
      const code = source[from] as number;
      pool[to] = ids.idOf(code >>> 4) * KIND_BITS + (code & (KIND_BITS - 1));
      pool[to + 1] = source[from + 1] as number;
      pool[to + 2] = source[from + 2] as number;
    }
    const clauseFirst = k === 0 ? 0 : (batch.clauseEnds[k - 1] as number);
    const clauseCount = (batch.clauseEnds[k] as number) - clauseFirst;
    const [clauseChunk, clauseOffset] = this.clauseInts.reserve(clauseCount * 4);
    this.clauseFloats.reserve(clauseCount * 2);
    const ints = this.clauseInts.chunks[clauseChunk] as Int32Array;
    const floats = this.clauseFloats.chunks[clauseChunk] as Float64Array;
    if (clauseCount > 0) {
      ints.set(batch.clauseInts.subarray(clauseFirst * 4, (clauseFirst + clauseCount) * 4), clauseOffset);
      floats.set(batch.clauseFloats.subarray(clauseFirst * 2, (clauseFirst + clauseCount) * 2), (clauseOffset / 4) * 2);
    }
    return new CompactDoc(this, text, chunk, offset, count, oddTexts, clauseChunk, clauseOffset / 4, clauseCount, batch.scores[k] as number);
  }

  /** @internal */
  tokensOf(doc: CompactDoc): readonly Token[] {
    if (this.cachedTokensOf === doc) return this.cachedTokens;
    const pool = this.tokenPool.chunks[doc.chunk] as Int32Array;
    const vocabulary = this.vocabulary;
    const tokens: Token[] = new Array(doc.count);
    for (let index = 0; index < doc.count; index++) {
      const base = doc.offset + index * 3;
      const code = pool[base] as number;
      const start = pool[base + 1] as number;
      const end = pool[base + 2] as number;
      const text = doc.texts?.get(index) ?? doc.text.slice(start, end);
      tokens[index] = { text, norm: vocabulary.norm(code >>> 4), kind: KINDS[code & (KIND_BITS - 1)] as TokenKind, start, end };
    }
    this.cachedTokensOf = doc;
    this.cachedTokens = tokens;
    return tokens;
  }

  /** @internal */
  clausesOf(doc: CompactDoc): readonly ClauseScore[] {
    if (this.cachedClausesOf === doc) return this.cachedClauses;
    const ints = this.clauseInts.chunks[doc.clauseChunk] as Int32Array | undefined;
    const floats = this.clauseFloats.chunks[doc.clauseChunk] as Float64Array | undefined;
    const clauses: ClauseScore[] = new Array(doc.clauseCount);
    for (let index = 0; index < doc.clauseCount; index++) {
      const at = doc.clauseFirst + index;
      clauses[index] = {
        tokenStart: (ints as Int32Array)[at * 4] as number,
        tokenEnd: (ints as Int32Array)[at * 4 + 1] as number,
        start: (ints as Int32Array)[at * 4 + 2] as number,
        end: (ints as Int32Array)[at * 4 + 3] as number,
        score: (floats as Float64Array)[at * 2] as number,
        weight: (floats as Float64Array)[at * 2 + 1] as number,
        contributions: NO_CONTRIBUTIONS,
      };
    }
    this.cachedClausesOf = doc;
    this.cachedClauses = clauses;
    return clauses;
  }
}

class CompactDoc implements ThemeDoc {
  constructor(
    private readonly store: DocStore,
    readonly text: string,
    readonly chunk: number,
    readonly offset: number,
    readonly count: number,
    readonly texts: ReadonlyMap<number, string> | null,
    readonly clauseChunk: number,
    readonly clauseFirst: number,
    readonly clauseCount: number,
    readonly score: number,
  ) {}

  get tokens(): readonly Token[] {
    return this.store.tokensOf(this);
  }

  get clauses(): readonly ClauseScore[] {
    return this.store.clausesOf(this);
  }
}
