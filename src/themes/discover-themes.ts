/**
 * The themes stage: non-answers set aside, an analyst's taxonomy applied (if any), the rest
 * discovered (discovery/, ordered steps), each theme labelled (labels.ts) and given per-row aspect sentiment.
 */
import type { Token } from '../tokenize/types.js';
import type { ClauseSource, Theme, ThemeDoc, ThemeModel, ThemeOptions } from './types.js';
import { attestedCompoundsIn, createContentStemmer, type TextTools } from './content-runs.js';
import { RowLists } from './structures/row-lists.js';
import { discover, remapDrafts, type Discovery } from './discovery/index.js';
import type { DraftTheme } from './discovery/types.js';
import type { WordVectors } from '../vectors/index.js';
import { isNonAnswerTokens, nonAnswerScreen } from './non-answer.js';
import { applyTaxonomy } from './apply-taxonomy.js';
import { aspectScoreIn } from './aspect-score.js';
import { KIND_BITS, KIND_MASK, ThemeText, WORD } from './theme-text.js';
import { ignoreRule, isIgnoredPhrase, withoutIgnored } from './ignore-terms.js';
import { isNounOrAdjective, isNounWord } from './word-class.js';
import { isLabelForm, labelOrder, slug, uniqueIds, type LabelTerm } from './labels.js';

/** Words a noun phrase cannot end before and be whole ("device is not part" of, "lack" of). */
const danglingBefore: ReadonlySet<string> = new Set(['of']);

/** Default cap on top-level themes. */
export const defaultMaxThemes = 25;

export type ThemeTools = TextTools & {
  readonly tokenize: (text: string) => readonly Token[];
  /** Word vectors, loaded when discovery runs (none: similarity from co-occurrence alone). */
  readonly vectors?: () => WordVectors;
};

export function discoverThemesWith(docs: readonly ThemeDoc[], options: ThemeOptions, tools: ThemeTools): ThemeModel {
  const n = docs.length;
  const baseStem = createContentStemmer(tools);
  const ignore = ignoreRule(options.ignoreTerms ?? [], baseStem, tools.tokenize);
  const contentStem = withoutIgnored(baseStem, ignore);
  // one pass over every comment's tokens: non-answers, and the compounds the others attest
  // (each doc's tokens and clauses are read here once, into `text`; later steps read `text`)
  const { text, nonAnswer } = readComments(docs, true) ?? readComments(docs, false)!;
  const compounds = attestedCompoundsIn(text, (d) => !nonAnswer[d], contentStem);
  const themes: Theme[] = [];
  let matched: Uint8Array = new Uint8Array(n);
  if (options.taxonomy !== undefined) {
    const applied = applyTaxonomy(docs, (d) => !nonAnswer[d], options.taxonomy, baseStem, tools.tokenize);
    themes.push(...applied.themes);
    matched = applied.matched;
  }
  let analysed = 0;
  for (let d = 0; d < n; d++) if (!nonAnswer[d]) analysed++;
  const maxThemes = Math.max(1, Math.floor(options.maxThemes ?? defaultMaxThemes));
  const found = discover(text, (d) => !nonAnswer[d] && !matched[d], contentStem, {
    maxThemes,
    corpusSize: analysed,
    dropPhrase: (key) => isIgnoredPhrase(key, ignore),
    compounds,
    ...(tools.vectors === undefined ? {} : { vectors: tools.vectors() }),
  });
  const origin = options.taxonomy === undefined ? 'discovered' : 'emerging';
  return assemble(text, found, themes, nonAnswer, origin);
}

/**
 * Every comment read into a ThemeText, and which are non-answers. `inPlace`: the store's packed
 * codes are read where they are (null when a comment cannot be: not packed, or from another
 * vocabulary); otherwise they are copied.
 */
/** A doc's clauses as the store keeps them when it can visit them, else its ClauseScore objects. */
function clausesOf(doc: ThemeDoc): ClauseSource {
  return doc.forEachClause === undefined ? doc.clauses : (visit) => doc.forEachClause!(visit);
}

function readComments(docs: readonly ThemeDoc[], inPlace: boolean): { text: ThemeText; nonAnswer: boolean[] } | null {
  const n = docs.length;
  const nonAnswer = new Array<boolean>(n);
  const text = new ThemeText(n);
  const mayBeNonAnswer = nonAnswerScreen(text);
  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    const packed = doc.packedTokens?.();
    if (inPlace) {
      if (packed === undefined || !text.addShared(packed, clausesOf(doc), doc.score)) return null;
      nonAnswer[d] = doc.nonAnswer ?? (mayBeNonAnswer(d) && isNonAnswerTokens(doc.tokens));
    } else if (packed === undefined) {
      const tokens = doc.tokens;
      nonAnswer[d] = isNonAnswerTokens(tokens);
      text.add(tokens, doc.clauses, doc.score);
    } else {
      text.addPacked(packed, clausesOf(doc), doc.score);
      nonAnswer[d] = doc.nonAnswer ?? (mayBeNonAnswer(d) && isNonAnswerTokens(doc.tokens));
    }
  }
  return { text, nonAnswer };
}

/**
 * What the occurrences of the drafts' terms in the comments with a theme say: per term its written
 * forms and how often it is followed by "of"; per draft and term the draft's rows that use the
 * term; per draft the aspect score of each of its rows. Forms of one or two tokens are keyed by their
 * norm ids (v, or V + v1 · V + v2 for V norms), longer ones by their text.
 */
type TermStats = {
  readonly short: (Map<number, number> | undefined)[];
  readonly long: (Map<string, number> | undefined)[];
  /** Per term: occurrences followed by "of" (a phrase cut short). */
  readonly cutShort: Int32Array;
  /** [g * K + t]: rows of draft g using term t. */
  readonly hits: Int32Array;
  /** Per draft, per row (ascending): its aspect score. */
  readonly scores: number[][];
  /** Per doc: 1 when it is in a draft. */
  readonly themed: Uint8Array;
  /** Per term: the drafts it anchors (terms, label terms, describedBy). */
  readonly termDrafts: readonly (number[] | undefined)[];
  readonly drafts: readonly DraftTheme[];
};

/** Rows → their draft themes. */
function draftsOfRows(n: number, drafts: readonly DraftTheme[]): RowLists {
  let entries = 0;
  for (const g of drafts) entries += g.rows.length;
  const docThemes = new RowLists(n, entries);
  for (let i = 0; i < drafts.length; i++) {
    const rows = drafts[i]!.rows;
    for (let k = 0; k < rows.length; k++) docThemes.add(rows[k]!, i);
  }
  return docThemes;
}

function termDraftsOf(drafts: readonly DraftTheme[], K: number): (number[] | undefined)[] {
  const termDrafts: (number[] | undefined)[] = new Array<number[] | undefined>(K);
  drafts.forEach((g, i) => {
    for (const t of new Set([...g.terms, ...(g.labelTerms ?? []), ...(g.describedBy ?? [])])) (termDrafts[t] ??= []).push(i);
  });
  return termDrafts;
}

/**
 * One pass over the comments with a theme (`only`: over these docs alone, their counts taken off
 * `from`'s forms instead; hits and scores are then not computed). See TermStats.
 */
function termStats(text: ThemeText, found: Discovery, docThemes: RowLists, termDrafts: readonly (number[] | undefined)[], only?: { docs: readonly number[]; from: TermStats }): TermStats {
  const n = text.length;
  const { corpus, index } = found;
  const drafts = found.themes;
  const G = drafts.length;
  const K = index.terms.length;
  const norms = text.norms;
  const V = norms.length;
  const sign = only === undefined ? 1 : -1;
  const short = only === undefined ? new Array<Map<number, number> | undefined>(K) : only.from.short;
  const long = only === undefined ? new Array<Map<string, number> | undefined>(K) : only.from.long;
  const cutShort = only === undefined ? new Int32Array(K) : only.from.cutShort;
  const hits = only === undefined ? new Int32Array(G * K) : only.from.hits;
  const scores: number[][] = only === undefined ? drafts.map(() => []) : only.from.scores;
  const themed = new Uint8Array(n);
  const lastCounted = only === undefined ? new Int32Array(G * K).fill(-1) : new Int32Array(0); // the doc that last added to hits[g * K + t]
  // per content word: 1 for a compound ("top-up": written spaced, it ends on its particle)
  const compound = Uint8Array.from(corpus.stems, (stem) => (stem.includes('-') ? 1 : 0));
  const countShort = (forms: Map<number, number>, key: number): void => {
    const c = (forms.get(key) ?? 0) + sign;
    if (c === 0) forms.delete(key);
    else forms.set(key, c);
  };
  const countLong = (forms: Map<string, number>, key: string): void => {
    const c = (forms.get(key) ?? 0) + sign;
    if (c === 0) forms.delete(key);
    else forms.set(key, c);
  };
  // per doc: its mentions as (draft, first token, last token) triples
  let mentions = new Int32Array(192);
  let m = 0;
  let codes: Int32Array = new Int32Array(0);
  let base = 0;
  let tokens = 0;
  let d = 0;
  const visit = (t: number, pos: number, words: number): void => {
    const owners = termDrafts[t];
    if (owners === undefined) return;
    const first = corpus.tok[pos]!;
    let last = corpus.tok[pos + words - 1]!;
    // a compound written spaced ("top up") ends on its particle
    if (compound[corpus.seq[pos + words - 1]!] === 1 && !norms[codes[base + last]! >>> KIND_BITS]!.includes('-')) last++;
    if (first === last) countShort((short[t] ??= new Map()), codes[base + first]! >>> KIND_BITS);
    else if (last === first + 1) countShort((short[t] ??= new Map()), V + (codes[base + first]! >>> KIND_BITS) * V + (codes[base + last]! >>> KIND_BITS));
    else {
      let surface = norms[codes[base + first]! >>> KIND_BITS]!;
      for (let k = first + 1; k <= last; k++) surface += ' ' + norms[codes[base + k]! >>> KIND_BITS]!;
      countLong((long[t] ??= new Map()), surface);
    }
    if (last + 1 < tokens) {
      const next = codes[base + last + 1]!;
      if ((next & KIND_MASK) === WORD && danglingBefore.has(norms[next >>> KIND_BITS]!)) cutShort[t]! += sign;
    }
    if (sign < 0) return;
    for (const g of owners) {
      if (!docThemes.has(d, g)) continue;
      const key = g * K + t;
      if (lastCounted[key] !== d) {
        lastCounted[key] = d;
        hits[key]!++;
      }
      if (m + 3 > mentions.length) {
        const grown = new Int32Array(mentions.length * 2);
        grown.set(mentions);
        mentions = grown;
      }
      mentions[m++] = g;
      mentions[m++] = first;
      mentions[m++] = last;
    }
  };
  const tokenIndices: number[] = [];
  const score = (g: number): void => {
    tokenIndices.length = 0;
    for (let k = 0; k < m; k += 3) if (mentions[k] === g) tokenIndices.push(mentions[k + 1]!, mentions[k + 2]!);
    scores[g]!.push(aspectScoreIn(text, d, tokenIndices));
  };
  const read = (doc: number): void => {
    d = doc;
    codes = text.codesOf(d);
    base = text.tokenStart(d);
    tokens = text.tokenEnd(d) - base;
    m = 0;
    index.forEachOccurrence(d, visit);
    if (sign > 0) docThemes.forEach(d, score);
  };
  if (only !== undefined) for (const doc of only.docs) read(doc);
  else {
    for (let doc = 0; doc < n; doc++) {
      if (docThemes.isEmpty(doc)) continue;
      themed[doc] = 1;
      read(doc);
    }
  }
  return { short, long, cutShort, hits, scores, themed, termDrafts, drafts };
}

/**
 * The stats of the drafts `found` keeps (kept[i]: the index in `prior.drafts` of its draft i), from
 * those of the drafts before (same rows and terms: remapDrafts folds or drops drafts, it never
 * changes one): the forms of the comments no longer in a theme are taken off. Null when the drafts
 * are not such a subset (then the stats are counted again).
 */
function carriedStats(text: ThemeText, found: Discovery, prior: TermStats, kept: readonly number[], docThemes: RowLists): TermStats | null {
  const drafts = found.themes;
  const K = found.index.terms.length;
  if (kept.length !== drafts.length) return null;
  for (let i = 0; i < drafts.length; i++) {
    const now = drafts[i]!;
    const before = prior.drafts[kept[i]!];
    if (before === undefined || now.rows !== before.rows || now.terms !== before.terms || now.labelTerms !== before.labelTerms || now.describedBy !== before.describedBy) return null;
  }
  const gone: number[] = [];
  for (let d = 0; d < text.length; d++) {
    if (!docThemes.isEmpty(d)) continue;
    if (prior.themed[d] === 1) gone.push(d);
  }
  // the forms of the comments that left (counted with the drafts before, which own every term still owned)
  termStats(text, found, docThemes, prior.termDrafts, { docs: gone, from: prior });
  const hits = new Int32Array(drafts.length * K);
  kept.forEach((old, i) => hits.set(prior.hits.subarray(old * K, (old + 1) * K), i * K));
  const themed = Uint8Array.from(prior.themed);
  for (const d of gone) themed[d] = 0;
  return {
    short: prior.short,
    long: prior.long,
    cutShort: prior.cutShort,
    hits,
    scores: kept.map((old) => prior.scores[old]!),
    themed,
    termDrafts: termDraftsOf(drafts, K),
    drafts,
  };
}

/** Labels, ids, aspect scores and main themes of the discovered drafts (beside `themes` from a taxonomy). */
function assemble(
  text: ThemeText,
  found: Discovery,
  taxonomyThemes: readonly Theme[],
  nonAnswer: readonly boolean[],
  origin: 'discovered' | 'emerging',
  prior?: { readonly stats: TermStats; readonly kept: readonly number[] },
): ThemeModel {
  const n = text.length;
  const themes: Theme[] = [...taxonomyThemes];
  const { corpus, index } = found;
  const drafts = found.themes;
  const G = drafts.length;
  const K = index.terms.length;
  const norms = text.norms;
  const V = norms.length;

  // rows → their draft themes; one pass over the occurrences of the drafts' terms (or the one
  // before, carried over: a draft whose label is taken is dropped and the rest assembled again)
  const docThemes = draftsOfRows(n, drafts);
  const stats = (prior === undefined ? null : carriedStats(text, found, prior.stats, prior.kept, docThemes)) ?? termStats(text, found, docThemes, termDraftsOf(drafts, K));
  const { hits } = stats;
  const formOf = (key: number): string => {
    if (key < V) return norms[key]!;
    const pair = key - V;
    return `${norms[Math.floor(pair / V)]!} ${norms[pair % V]!}`;
  };
  const surfaceOf = (t: number): string => {
    let best = index.terms[t]!.key;
    let bestCount = -1;
    for (const [form, count] of stats.long[t] ?? []) {
      if (count > bestCount || (count === bestCount && form < best)) {
        best = form;
        bestCount = count;
      }
    }
    for (const [key, count] of stats.short[t] ?? []) {
      if (count < bestCount) continue;
      const form = formOf(key);
      if (count > bestCount || form < best) {
        best = form;
        bestCount = count;
      }
    }
    return best;
  };

  // keywords (the phrases that put rows in the theme) and label candidates
  const termInfo = (i: number, t: number): LabelTerm => {
    const surface = surfaceOf(t);
    const h = hits[i * K + t]!;
    // specificity: the share of the phrase's comments that are in this theme (a word spread over
    // every theme, such as "waiting" or "time", says little about this one)
    const specificity = Math.sqrt(Math.min(1, h / index.terms[t]!.df));
    const words = index.terms[t]!.words.map((w) => corpus.surfaces[w]!);
    const noun = words.some((w) => isNounWord(w));
    const nameable = words.length > 1 || isNounOrAdjective(words[0]!);
    return { key: index.terms[t]!.key, surface, short: words.join(' '), hits: h, quality: specificity * labelQuality(surface, words), noun, nameable };
  };
  const byHits = (a: LabelTerm, b: LabelTerm): number => b.hits - a.hits || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const keywordTerms: LabelTerm[][] = drafts.map((g, i) => g.terms.map((t) => termInfo(i, t)).sort(byHits));
  // a phrase customers mostly go on from ("device is not part" of the household) is cut short: no name
  const isCutShort = (t: number): boolean => {
    let all = 0;
    for (const count of stats.long[t]?.values() ?? []) all += count;
    for (const count of stats.short[t]?.values() ?? []) all += count;
    return stats.cutShort[t]! >= 0.5 * all && all > 0;
  };
  const candidates: string[][] = drafts.map((g, i) => {
    const ids = (g.labelTerms ?? g.terms).filter((t) => !isCutShort(t));
    const pool = ids.map((t) => termInfo(i, t));
    // the written form; one longer than four words is no label
    const shown = (k: number): string => pool[k]!.surface;
    const out: string[] = [];
    for (const k of labelOrder(pool)) {
      // a sub-theme is not named by one word that is neither noun nor adjective ("gave", "sent")
      if (g.parent !== null && pool[k]!.nameable === false) continue;
      const label = shown(k);
      if (isLabelForm(label) && !out.includes(label)) out.push(label);
    }
    return out;
  });
  // labels unique across the report: the larger theme (top-level first) keeps a label; another
  // top-level theme takes its next distinct phrase (or goes, with its sub-themes); a sub-theme whose
  // best name is taken folds into its parent
  const labelOf: string[] = new Array<string>(G).fill('');
  const used = new Set<string>(taxonomyThemes.map((t) => t.label.toLowerCase()));
  const order = drafts
    .map((_, i) => i)
    .sort((a, b) => Number(drafts[a]!.parent !== null) - Number(drafts[b]!.parent !== null) || drafts[b]!.rows.length - drafts[a]!.rows.length || a - b);
  const target = drafts.map((_, i) => i);
  for (const i of order) {
    const parent = drafts[i]!.parent;
    if (parent !== null && target[parent] !== parent) {
      target[i] = -1;
      continue;
    }
    // a sub-theme whose best name is taken is about that other theme's subject: it folds into its parent
    const pool = parent === null ? candidates[i]! : candidates[i]!.slice(0, 1);
    const label = pool.find((c) => !used.has(c.toLowerCase()));
    if (label === undefined) {
      target[i] = -1;
      continue;
    }
    used.add(label.toLowerCase());
    labelOf[i] = label;
  }
  if (target.some((t, i) => t !== i)) {
    const kept = target.flatMap((t, i) => (t === i ? [i] : []));
    return assemble(text, remapDrafts(found, target), taxonomyThemes, nonAnswer, origin, { stats, kept });
  }
  const scores = stats.scores;
  const wanted = drafts.map((g, i) => {
    const own = slug(labelOf[i]!);
    if (g.parent === null) return own;
    const parent = slug(labelOf[g.parent]!);
    return own.startsWith(parent) ? own : `${parent}-${own}`;
  });
  const idOrder = drafts
    .map((_, i) => i)
    .sort(
      (a, b) =>
        drafts[b]!.rows.length - drafts[a]!.rows.length ||
        (wanted[a]! < wanted[b]! ? -1 : wanted[a]! > wanted[b]! ? 1 : 0) ||
        compareKeys(keywordTerms[a]!, keywordTerms[b]!),
    );
  const ids = new Array<string>(G);
  const unique = uniqueIds(
    idOrder.map((i) => wanted[i]!),
    new Set(themes.map((t) => t.id)),
  );
  idOrder.forEach((i, k) => (ids[i] = unique[k]!));
  drafts.forEach((g, i) => {
    themes.push({
      id: ids[i]!,
      label: labelOf[i]!,
      keywords: keywordTerms[i]!.map((t) => t.surface),
      ...(g.describedBy === undefined ? {} : { describedBy: g.describedBy.map(surfaceOf) }),
      parent: g.parent === null ? null : ids[g.parent]!,
      ...(g.within === undefined ? {} : { within: ids[g.within]! }),
      stage: null,
      origin,
      rows: g.rows,
      aspectScores: scores[i]!,
    });
  });
  themes.sort((a, b) => b.rows.length - a.rows.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { themes, nonAnswer, mainTheme: mainThemes(themes, found.main, ids, n) };
}

/**
 * Main theme per row: for discovered rows the discovery's choice; for rows an applied taxonomy
 * matched, the deepest matching taxonomy theme (then the smallest, then by id).
 */
function mainThemes(themes: readonly Theme[], main: Int32Array, ids: readonly string[], n: number): (string | null)[] {
  const out: (string | null)[] = Array.from(main, (g) => (g >= 0 ? ids[g]! : null));
  while (out.length < n) out.push(null);
  const byId = new Map(themes.map((t) => [t.id, t]));
  const depth = (t: Theme): number => {
    let d = 0;
    for (let p = t.parent; p !== null && d < themes.length; d++) p = byId.get(p)?.parent ?? null;
    return d;
  };
  const better = new Map<number, Theme>();
  for (const t of themes) {
    if (t.origin !== 'taxonomy') continue;
    for (const r of t.rows) {
      const current = better.get(r);
      if (
        current === undefined ||
        depth(t) > depth(current) ||
        (depth(t) === depth(current) && (t.rows.length < current.rows.length || (t.rows.length === current.rows.length && t.id < current.id)))
      ) {
        better.set(r, t);
      }
    }
  }
  for (const [r, t] of better) out[r] = t.id;
  return out;
}

/** Label quality of a phrase: halved without a noun among its content words, a fifth when written with more than three words. */
function labelQuality(surface: string, contentWords: readonly string[]): number {
  const written = surface.split(' ').length;
  const noun = contentWords.some((w) => isNounWord(w));
  return (noun ? 1 : 0.5) * (written > 3 ? 0.2 : 1);
}

function compareKeys(a: readonly LabelTerm[], b: readonly LabelTerm[]): number {
  const x = a.map((t) => t.key).join('|');
  const y = b.map((t) => t.key).join('|');
  return x < y ? -1 : x > y ? 1 : 0;
}
