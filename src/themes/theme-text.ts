/**
 * The comments as the themes stage reads them, in typed arrays: per token its norm as a dense id
 * and its kind (one Int32 code, norm id << KIND_BITS | kind); per comment its clause ranges and
 * scores and its score. A ThemeDoc's `tokens` and `clauses` may be built on every access (the
 * compact doc store makes objects from packed arrays), so the stage reads each comment once, here,
 * and works on integers afterwards.
 *
 * Comments from the doc store are read in place: their codes stay in the store's arrays (a
 * comment is a range of one of them) and the ids are the store vocabulary's, so nothing is copied
 * (addShared). Comments given as Token objects, or packed by another source, are copied into an own
 * array with ids interned here (add, addPacked). One ThemeText uses one id space: either every
 * comment shares one vocabulary (addShared), or none does.
 */
import type { Token, TokenKind } from '../tokenize/types.js';
import type { ClauseSource, PackedTokens } from './types.js';
import { FloatList, IntList } from './structures/int-list.js';

/** Kinds in code order (code = index). */
const kinds: readonly TokenKind[] = ['word', 'number', 'url', 'email', 'mention', 'hashtag', 'emoji', 'emoticon', 'punct'];
const kindCode: Readonly<Record<TokenKind, number>> = Object.fromEntries(kinds.map((k, i) => [k, i])) as Record<TokenKind, number>;
/** Code of a word token (token code & KIND_MASK). */
export const WORD = 0;
/** Code of a punctuation token. */
export const PUNCT = 8;
/** Bits of a token code that hold its kind; the norm id is code >>> KIND_BITS. */
export const KIND_BITS = 4;
export const KIND_MASK = (1 << KIND_BITS) - 1;

/** Segment number of the own array (copied comments); the store's arrays are 1, 2, … */
const OWN = 0;

/**
 * A growing list of non-negative integers that are almost always below 65,536 (token positions
 * inside one comment, segment numbers): 2 bytes a value, widened to 4 for good at the first larger one.
 */
class SmallIntList {
  data: Uint16Array | Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint16Array(Math.max(16, capacity));
  }
  push(value: number): void {
    let data = this.data;
    if (this.length === data.length || (value > 0xffff && data instanceof Uint16Array)) {
      const next = value > 0xffff || data instanceof Int32Array ? new Int32Array(Math.max(16, data.length * 2)) : new Uint16Array(data.length * 2);
      next.set(data.subarray(0, this.length));
      this.data = data = next;
    }
    data[this.length++] = value;
  }
}

export class ThemeText {
  /** Norm id → norm. */
  readonly norms: string[] = [];
  private readonly normIds = new Map<string, number>();
  /** Codes of the copied comments (segment OWN). */
  private readonly own = new IntList();
  /** Arrays read in place, by segment number (index 0 unused: OWN). */
  private readonly segments: Int32Array[] = [new Int32Array(0)];
  private readonly segmentOfBuffer = new Map<ArrayBufferLike, number>();
  private lastBuffer: ArrayBufferLike | null = null;
  private lastSegment = -1;
  /** Per comment: its segment, first token in that segment, and number of tokens. */
  private readonly segmentOf: SmallIntList;
  private readonly starts: IntList;
  private readonly counts: SmallIntList;
  private readonly clauseEnds: IntList;
  /** Per clause: its first token and the token after its last, in its comment. */
  private readonly clauseRanges: SmallIntList;
  private readonly clauseScoreList: FloatList;
  private readonly docScores: FloatList;
  /** The vocabulary whose ids addShared keeps (null: none yet, or comments copied). */
  private shared: PackedTokens['norms'] | null = null;
  private copied = false;
  /** Per source of packed norm ids: their id → ours (-1: not seen yet). */
  private readonly idsFrom = new Map<object, { map: Int32Array }>();
  private lastKinds: readonly TokenKind[] = [];
  private kindMap = new Int32Array(0);
  private sharedKinds: readonly TokenKind[] | null = null;

  /** `comments`: how many will be added (a capacity, not a limit). */
  constructor(comments = 1024) {
    this.segmentOf = new SmallIntList(comments);
    this.starts = new IntList(comments);
    this.counts = new SmallIntList(comments);
    this.clauseEnds = new IntList(comments);
    this.docScores = new FloatList(comments);
    // about 2.5 clauses a comment
    this.clauseRanges = new SmallIntList(6 * comments);
    this.clauseScoreList = new FloatList(3 * comments);
  }

  /** Number of comments added. */
  get length(): number {
    return this.starts.length;
  }

  /** Appends the next comment (its index is the previous length); copied. */
  add(tokens: readonly Token[], clauses: ClauseSource, score: number): void {
    this.copying();
    const list = this.own;
    const start = list.length;
    list.reserve(tokens.length);
    const codes = list.data;
    let at = start;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      const id = this.idOf(token.norm);
      const kind = token.kind;
      codes[at++] = (id << KIND_BITS) | (kind === 'word' ? WORD : kind === 'punct' ? PUNCT : kindCode[kind]);
    }
    list.length = at;
    this.addRest(OWN, start, at, clauses, score);
  }

  /**
   * Appends the next comment from its packed tokens, read in place (same result as add(tokens, …)).
   * False, and nothing added, when it cannot be: comments were copied already, or its ids come from
   * another vocabulary than the earlier comments', or its kinds are in another order.
   */
  addShared(packed: PackedTokens, clauses: ClauseSource, score: number): boolean {
    if (this.copied) return false;
    if (this.shared === null) this.shared = packed.norms;
    else if (packed.norms !== this.shared) return false;
    if (packed.kinds !== this.sharedKinds) {
      if (packed.kinds.length > kinds.length || packed.kinds.some((kind, i) => kind !== kinds[i])) return false;
      this.sharedKinds = packed.kinds;
    }
    const view = packed.codes;
    const buffer = view.buffer;
    let segment = this.lastSegment;
    if (buffer !== this.lastBuffer) {
      segment = this.segmentOfBuffer.get(buffer) ?? -1;
      if (segment < 0) {
        segment = this.segments.push(new Int32Array(buffer, 0, buffer.byteLength >> 2)) - 1;
        this.segmentOfBuffer.set(buffer, segment);
      }
      this.lastBuffer = buffer;
      this.lastSegment = segment;
    }
    // the norms of ids up to the largest this comment uses
    let top = 0;
    for (let k = 0; k < view.length; k++) if (view[k]! > top) top = view[k]!;
    const norms = this.norms;
    if (view.length > 0) for (let id = norms.length; id <= top >>> KIND_BITS; id++) norms.push(packed.norms.norm(id));
    const start = view.byteOffset >> 2;
    this.addRest(segment, start, start + view.length, clauses, score);
    return true;
  }

  /** Appends the next comment from its packed tokens, copied with ids interned here (same result as add(tokens, …)). */
  addPacked(packed: PackedTokens, clauses: ClauseSource, score: number): void {
    this.copying();
    const list = this.own;
    const source = packed.codes;
    const begin = list.length;
    list.reserve(source.length);
    const codes = list.data;
    let ids = this.idsFrom.get(packed.norms);
    if (ids === undefined) this.idsFrom.set(packed.norms, (ids = { map: new Int32Array(1024).fill(-1) }));
    if (packed.kinds !== this.lastKinds) {
      this.lastKinds = packed.kinds;
      this.kindMap = Int32Array.from(packed.kinds, (kind) => kindCode[kind]);
    }
    const kindMap = this.kindMap;
    let at = begin;
    for (let k = 0; k < source.length; k++) {
      const code = source[k]!;
      const theirs = code >>> 4;
      if (theirs >= ids.map.length) {
        const grown = new Int32Array(Math.max(ids.map.length * 2, theirs + 1)).fill(-1);
        grown.set(ids.map);
        ids.map = grown;
      }
      let id = ids.map[theirs]!;
      if (id < 0) {
        id = this.idOf(packed.norms.norm(theirs));
        ids.map[theirs] = id;
      }
      codes[at++] = (id << KIND_BITS) | kindMap[code & 15]!;
    }
    list.length = at;
    this.addRest(OWN, begin, at, clauses, score);
  }

  private copying(): void {
    if (this.shared !== null) throw new Error('ThemeText: comments read in place cannot be mixed with copied ones');
    this.copied = true;
  }

  /** Appends one clause of the comment being added (a field: one function for every comment). */
  private readonly pushClause = (tokenStart: number, tokenEnd: number, score: number): void => {
    this.clauseRanges.push(tokenStart);
    this.clauseRanges.push(tokenEnd);
    this.clauseScoreList.push(score);
  };

  private addRest(segment: number, start: number, end: number, clauses: ClauseSource, score: number): void {
    this.segmentOf.push(segment);
    this.starts.push(start);
    this.counts.push(end - start);
    if (typeof clauses === 'function') clauses(this.pushClause);
    else for (const clause of clauses) this.pushClause(clause.tokenStart, clause.tokenEnd, clause.score);
    this.clauseEnds.push(this.clauseScoreList.length);
    this.docScores.push(score);
  }

  private idOf(norm: string): number {
    let id = this.normIds.get(norm);
    if (id === undefined) {
      id = this.norms.length;
      this.norms.push(norm);
      this.normIds.set(norm, id);
    }
    return id;
  }

  /**
   * The token codes (norm id << KIND_BITS | kind) that hold comment d's: its tokens are
   * codesOf(d)[tokenStart(d) … tokenEnd(d) - 1]; token k of the comment is at tokenStart(d) + k.
   */
  codesOf(d: number): Int32Array {
    const segment = this.segmentOf.data[d]!;
    return segment === OWN ? this.own.data : this.segments[segment]!;
  }

  /** Position of comment d's first token in codesOf(d). */
  tokenStart(d: number): number {
    return this.starts.data[d]!;
  }

  /** Position after comment d's last token in codesOf(d). */
  tokenEnd(d: number): number {
    return this.starts.data[d]! + this.counts.data[d]!;
  }

  /** Comment d's clauses are clauseStart(d) … clauseStart(d + 1) - 1. */
  clauseStart(d: number): number {
    return d === 0 ? 0 : this.clauseEnds.data[d - 1]!;
  }

  /** First token of clause c. */
  clauseTokenStart(c: number): number {
    return this.clauseRanges.data[2 * c]!;
  }

  /** Token after the last of clause c. */
  clauseTokenEnd(c: number): number {
    return this.clauseRanges.data[2 * c + 1]!;
  }

  clauseScore(c: number): number {
    return this.clauseScoreList.data[c]!;
  }

  /** Comment score in [-1, 1]. */
  score(d: number): number {
    return this.docScores.data[d]!;
  }
}
