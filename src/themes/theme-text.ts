/**
 * The comments as the themes stage reads them, in typed arrays: per token its norm as a dense id
 * (interned here, so each distinct norm is one string and one cache slot for every later step) and
 * its kind; per comment its clause ranges and scores and its score. A ThemeDoc's `tokens` and
 * `clauses` may be built on every access (the compact doc store makes objects from packed arrays),
 * so the stage reads each comment once, here, and works on integers afterwards.
 */
import type { Token, TokenKind } from '../tokenize/types.js';
import type { PackedTokens } from './types.js';
import type { ClauseScore } from '../sentiment/types.js';
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

export class ThemeText {
  /** Norm id → norm (ids in order of first sight). */
  readonly norms: string[] = [];
  private readonly normIds = new Map<string, number>();
  private readonly codeList = new IntList();
  private readonly tokenEnds = new IntList();
  private readonly clauseEnds = new IntList();
  private readonly clauseRanges = new IntList();
  private readonly clauseScoreList = new FloatList();
  private readonly docScores = new FloatList();
  /** Per source of packed norm ids: their id → ours (-1: not seen yet). */
  private readonly idsFrom = new Map<object, { map: Int32Array }>();
  private lastKinds: readonly TokenKind[] = [];
  private kindMap = new Int32Array(0);

  /** Number of comments added. */
  get length(): number {
    return this.tokenEnds.length;
  }

  /** Appends the next comment (its index is the previous length). */
  add(tokens: readonly Token[], clauses: readonly ClauseScore[], score: number): void {
    const list = this.codeList;
    list.reserve(tokens.length);
    const codes = list.data;
    let at = list.length;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      const id = this.idOf(token.norm);
      const kind = token.kind;
      codes[at++] = (id << KIND_BITS) | (kind === 'word' ? WORD : kind === 'punct' ? PUNCT : kindCode[kind]);
    }
    list.length = at;
    this.addRest(clauses, score);
  }

  private addRest(clauses: readonly ClauseScore[], score: number): void {
    this.tokenEnds.push(this.codeList.length);
    for (const clause of clauses) {
      this.clauseRanges.push(clause.tokenStart);
      this.clauseRanges.push(clause.tokenEnd);
      this.clauseScoreList.push(clause.score);
    }
    this.clauseEnds.push(this.clauseScoreList.length);
    this.docScores.push(score);
  }

  /** Appends the next comment from its packed tokens (same result as add(tokens, …)). */
  addPacked(packed: PackedTokens, clauses: readonly ClauseScore[], score: number): void {
    const list = this.codeList;
    const source = packed.codes;
    list.reserve(source.length);
    const codes = list.data;
    let ids = this.idsFrom.get(packed.norms);
    if (ids === undefined) this.idsFrom.set(packed.norms, (ids = { map: new Int32Array(1024).fill(-1) }));
    if (packed.kinds !== this.lastKinds) {
      this.lastKinds = packed.kinds;
      this.kindMap = Int32Array.from(packed.kinds, (kind) => kindCode[kind]);
    }
    const kindMap = this.kindMap;
    let at = list.length;
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
    this.addRest(clauses, score);
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

  /** All token codes (norm id << KIND_BITS | kind); comment d's are tokenStart(d) … tokenStart(d + 1) - 1. */
  get codes(): Int32Array {
    return this.codeList.data;
  }

  tokenStart(d: number): number {
    return d === 0 ? 0 : this.tokenEnds.data[d - 1]!;
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
