/**
 * Compact storage of ThemeDocs for large inputs. A Token object costs ~140 bytes; a comment has
 * ~20 of them, so keeping every row's tokens as objects needs ~3 KB per row (3 GB for a million
 * rows). Here each token is three integers (kind, start, end) in a shared Int32Array pool and
 * its `norm` is recovered from the comment's lower-cased text when that gives the same string
 * (checked when the doc is stored; the exceptions are kept as they are). Clauses keep their
 * ranges and score, not the explanation. `tokens` is materialised on access, and the most
 * recently used doc's tokens are cached, so loops over one doc's tokens stay cheap.
 */
import type { ClauseScore, Contribution } from '../sentiment/types.js';
import type { ThemeDoc } from '../themes/types.js';
import type { Token, TokenKind } from '../tokenize/types.js';

const KINDS: readonly TokenKind[] = ['word', 'number', 'url', 'email', 'mention', 'hashtag', 'emoji', 'emoticon', 'punct'];
const KIND_CODE = new Map<TokenKind, number>(KINDS.map((kind, index) => [kind, index]));
const CHUNK = 1 << 20; // ints per pool chunk (4 MB)
const NO_CONTRIBUTIONS: readonly Contribution[] = Object.freeze([]);

export class DocStore {
  private readonly chunks: Int32Array[] = [];
  private used: number;

  /** `chunkInts`: size of each pool chunk (tests use small ones). */
  constructor(private readonly chunkInts: number = CHUNK) {
    this.used = chunkInts;
  }

  private cachedDoc: CompactDoc | null = null;
  private cachedTokens: readonly Token[] = [];

  /** Stores a doc compactly; the result behaves as a ThemeDoc. */
  add(text: string, tokens: readonly Token[], clauses: readonly ClauseScore[], score: number): ThemeDoc {
    const ints = tokens.length * 3;
    if (this.used + ints > this.chunkInts) {
      this.chunks.push(new Int32Array(Math.max(this.chunkInts, ints)));
      this.used = 0;
    }
    const chunk = this.chunks.length - 1;
    const offset = this.used;
    const pool = this.chunks[chunk] as Int32Array;
    const lower = text.toLowerCase();
    const lowerUsable = lower.length === text.length;
    let exceptions: Map<number, string> | null = null;
    tokens.forEach((token, index) => {
      pool[offset + index * 3] = KIND_CODE.get(token.kind) ?? KINDS.length - 1;
      pool[offset + index * 3 + 1] = token.start;
      pool[offset + index * 3 + 2] = token.end;
      const derived = lowerUsable ? lower.slice(token.start, token.end) : token.text;
      if (token.norm !== derived || token.text !== text.slice(token.start, token.end)) (exceptions ??= new Map()).set(index, token.norm);
    });
    this.used += ints;
    return new CompactDoc(
      this,
      text,
      lowerUsable && lower !== text ? lower : null,
      chunk,
      offset,
      tokens.length,
      exceptions,
      clauses.map((clause) => ({
        tokenStart: clause.tokenStart,
        tokenEnd: clause.tokenEnd,
        start: clause.start,
        end: clause.end,
        score: clause.score,
        weight: clause.weight,
        contributions: NO_CONTRIBUTIONS,
      })),
      score,
    );
  }

  /** @internal */
  tokensOf(doc: CompactDoc): readonly Token[] {
    if (this.cachedDoc === doc) return this.cachedTokens;
    const pool = this.chunks[doc.chunk] as Int32Array;
    const tokens: Token[] = new Array(doc.count);
    for (let index = 0; index < doc.count; index++) {
      const base = doc.offset + index * 3;
      const start = pool[base + 1] as number;
      const end = pool[base + 2] as number;
      const text = doc.text.slice(start, end);
      const norm = doc.exceptions?.get(index) ?? (doc.lower === null ? text : doc.lower.slice(start, end));
      tokens[index] = { text, norm, kind: KINDS[pool[base] as number] as TokenKind, start, end };
    }
    this.cachedDoc = doc;
    this.cachedTokens = tokens;
    return tokens;
  }
}

class CompactDoc implements ThemeDoc {
  constructor(
    private readonly store: DocStore,
    readonly text: string,
    readonly lower: string | null,
    readonly chunk: number,
    readonly offset: number,
    readonly count: number,
    readonly exceptions: ReadonlyMap<number, string> | null,
    readonly clauses: readonly ClauseScore[],
    readonly score: number,
  ) {}

  get tokens(): readonly Token[] {
    return this.store.tokensOf(this);
  }
}
