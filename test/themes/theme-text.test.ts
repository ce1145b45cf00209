import { describe, expect, it } from 'vitest';
import { discoverThemes, isNonAnswer, type ThemeDoc } from '../../src/themes/index.js';
import { isNonAnswerTokens } from '../../src/themes/non-answer.js';
import { isStopWord, stem, tokenize } from '../../src/tokenize/index.js';
import { ThemeText } from '../../src/themes/theme-text.js';
import { buildCorpus, indexTerms } from '../../src/themes/term-index.js';
import { createContentStemmer } from '../../src/themes/content-runs.js';
import type { TokenKind } from '../../src/tokenize/types.js';
import { doc } from './helpers.js';
import { paymentComments } from './payment-comments.js';
import { retailComments } from './retail-comments.js';

/** Norm ids handed out in order of first sight, as a packed doc store keeps them. */
class Norms {
  private readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(norm: string): number {
    let id = this.ids.get(norm);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(norm);
      this.ids.set(norm, id);
    }
    return id;
  }
  norm(id: number): string {
    return this.list[id]!;
  }
}

// a kind order other than the themes stage's own, so the mapping is exercised
const kinds: readonly TokenKind[] = ['punct', 'emoticon', 'emoji', 'hashtag', 'mention', 'email', 'url', 'number', 'word'];

/** The same comment as doc(text), also offering its tokens packed. */
function packedDoc(text: string, norms: Norms): ThemeDoc {
  const plain = doc(text);
  const codes = Int32Array.from(plain.tokens, (t) => norms.id(t.norm) * 16 + kinds.indexOf(t.kind));
  return { ...plain, packedTokens: () => ({ codes, norms, kinds }) };
}

describe('packed tokens', () => {
  it('give the same model as Token objects (themes, labels, rows, aspect scores, non-answers)', () => {
    const texts = [...retailComments, ...paymentComments, 'n/a', 'N/A.', '!!!', 'nothing, all good', 'ok thanks :)'];
    const norms = new Norms();
    const plain = discoverThemes(texts.map((t) => doc(t)), {});
    const packed = discoverThemes(texts.map((t) => packedDoc(t, norms)), {});
    expect(plain.themes.length).toBeGreaterThanOrEqual(4);
    expect(packed).toEqual(plain);
  });
});

// the themes stage's own kind order, as the doc store (src/pipeline/compact-docs.ts) packs them: read in place
const storeKinds: readonly TokenKind[] = ['word', 'number', 'url', 'email', 'mention', 'hashtag', 'emoji', 'emoticon', 'punct'];

/** The comments as a doc store holds them: the codes of `perBatch` comments in one array, each comment a view of it. */
function storeDocs(texts: readonly string[], norms: Norms, perBatch: number): ThemeDoc[] {
  const out: ThemeDoc[] = [];
  for (let first = 0; first < texts.length; first += perBatch) {
    const plains = texts.slice(first, first + perBatch).map((t) => doc(t));
    const batch = new Int32Array(plains.reduce((sum, p) => sum + p.tokens.length, 0));
    let at = 0;
    for (const plain of plains) {
      const start = at;
      for (const t of plain.tokens) batch[at++] = norms.id(t.norm) * 16 + storeKinds.indexOf(t.kind);
      const codes = batch.subarray(start, at);
      out.push({ ...plain, packedTokens: () => ({ codes, norms, kinds: storeKinds }) });
    }
  }
  return out;
}

describe('packed tokens read in place', () => {
  const texts = [...retailComments, ...paymentComments, 'n/a', 'N/A.', '!!!', 'nothing, all good', 'ok thanks :)'];

  it('from a store\'s shared arrays (several comments an array, several arrays): the same model as Token objects', () => {
    const plain = discoverThemes(texts.map((t) => doc(t)), {});
    const inPlace = discoverThemes(storeDocs(texts, new Norms(), 7), {});
    expect(plain.themes.length).toBeGreaterThanOrEqual(4);
    expect(inPlace).toEqual(plain);
  });

  it('beside a comment without packed tokens, or from another vocabulary: copied, the same model', () => {
    const plain = discoverThemes(texts.map((t) => doc(t)), {});
    const mixed = storeDocs(texts, new Norms(), 5);
    mixed[mixed.length - 3] = doc(texts[texts.length - 3]!);
    expect(discoverThemes(mixed, {})).toEqual(plain);
    const twoVocabularies = [...storeDocs(texts.slice(0, 20), new Norms(), 4), ...storeDocs(texts.slice(20), new Norms(), 4)];
    expect(discoverThemes(twoVocabularies, {})).toEqual(plain);
  });
});

describe('isNonAnswerTokens', () => {
  // the early answer check (a word of 3+ letters that is in no non-answer) must agree with isNonAnswer
  it.each([
    'n/a', 'N/A.', 'nothing', 'Nothing, all good', 'nothing and all good', 'no comment thanks', 'NoComment',
    'ok and fine', 'rock-and-roll', 'nothings', 'particular', 'nothing in particular', 'thanks!', 'thank you so much',
    'fine i guess', 'good', "it's fine", 'it’s fine', 'see above', 'aboveboard', 'okay okay', 'idk', 'and', 'nah and no',
  ])('%j: the same as isNonAnswer', (text) => {
    expect(isNonAnswerTokens(tokenize(text))).toBe(isNonAnswer(text));
  });
});

describe('a comment of more than 65,535 tokens', () => {
  // token positions are kept in 2 bytes until one does not fit (theme-text.ts, term-index.ts)
  const long = 'the delivery was late again and '.repeat(12_000); // 6 words a repeat: 72,000 tokens
  const texts = ['delivery late', long, 'the delivery was late'];

  it('keeps its token and clause positions whole', () => {
    const text = new ThemeText(2);
    for (const t of texts) {
      const d = doc(t);
      const half = Math.floor(d.tokens.length / 2);
      const clauses = [
        { ...d.clauses[0]!, tokenEnd: half },
        { ...d.clauses[0]!, tokenStart: half, score: 0.5 },
      ];
      text.add(d.tokens, clauses, 0);
    }
    expect(text.tokenEnd(1) - text.tokenStart(1)).toBe(72_000);
    expect(text.tokenEnd(2) - text.tokenStart(2)).toBe(4);
    expect([text.clauseTokenStart(3), text.clauseTokenEnd(3)]).toEqual([36_000, 72_000]);
    expect([text.clauseTokenStart(5), text.clauseTokenEnd(5)]).toEqual([2, 4]);
    expect(text.clauseScore(5)).toBe(0.5);
    const corpus = buildCorpus(text, () => true, createContentStemmer({ stem, isStopWord }), new Set());
    // content words: delivery, late (x12,000 in the long comment); the last is token 71,997
    const last = corpus.docStart[2]! - 1;
    expect(corpus.tok).toBeInstanceOf(Int32Array);
    expect(corpus.tok[last]).toBe(71_997);
    expect(corpus.stems[corpus.seq[last]!]).toBe('late');
  });

  it('gives a short comment beside it the same positions as alone (2 bytes each)', () => {
    const text = new ThemeText(1);
    text.add(doc(texts[2]!).tokens, doc(texts[2]!).clauses, 0);
    const corpus = buildCorpus(text, () => true, createContentStemmer({ stem, isStopWord }), new Set());
    expect(corpus.tok).toBeInstanceOf(Uint16Array);
    expect(Array.from(corpus.tok)).toEqual([1, 3]);
  });
});

describe('a corpus whose norms could give 65,535 content words or more', () => {
  // ids are kept in 2 bytes when the norms cannot give that many (term-index.ts); here they can
  const letters = (i: number): string => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('');
  const many = Array.from({ length: 70_000 }, (_, i) => `zq${letters(i)}`).join(' ');
  const terms = (texts: readonly string[]): { seq: string; terms: string[] } => {
    const text = new ThemeText(texts.length);
    for (const t of texts) text.add(doc(t).tokens, doc(t).clauses, 0);
    const corpus = buildCorpus(text, () => true, createContentStemmer({ stem, isStopWord }), new Set());
    const index = indexTerms(corpus, { minDf: 2, maxDf: 10, maxTerms: 10 });
    return { seq: corpus.seq.constructor.name, terms: index.terms.map((t) => `${t.key}:${t.df}`) };
  };

  it('counts the same terms with 4-byte ids as with 2-byte ones', () => {
    const texts = ['delivery late, sadly', 'the delivery was late. refund please', 'refund late'];
    const narrow = terms(texts);
    const wide = terms([...texts, many]);
    expect(narrow.seq).toBe('Uint16Array');
    expect(wide.seq).toBe('Int32Array');
    expect(narrow.terms).toEqual(['late:3', 'deliveri:2', 'deliveri late:2', 'refund:2']);
    expect(wide.terms).toEqual(narrow.terms);
  });
});
