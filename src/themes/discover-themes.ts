/**
 * The themes stage: non-answers set aside, an analyst's taxonomy applied (if any), the rest
 * discovered (discovery/, ordered steps), each theme labelled (labels.ts) and given per-row aspect sentiment.
 */
import type { Token } from '../tokenize/types.js';
import type { Theme, ThemeDoc, ThemeModel, ThemeOptions } from './types.js';
import { attestedCompoundsIn, createContentStemmer, type TextTools } from './content-runs.js';
import { RowLists } from './structures/row-lists.js';
import { discover, remapDrafts, type Discovery } from './discovery/index.js';
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
  const nonAnswer = new Array<boolean>(n);
  const text = new ThemeText();
  const mayBeNonAnswer = nonAnswerScreen(text);
  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    const packed = doc.packedTokens?.();
    if (packed === undefined) {
      const tokens = doc.tokens;
      nonAnswer[d] = isNonAnswerTokens(tokens);
      text.add(tokens, doc.clauses, doc.score);
    } else {
      text.addPacked(packed, doc.clauses, doc.score);
      nonAnswer[d] = doc.nonAnswer ?? (mayBeNonAnswer(d) && isNonAnswerTokens(doc.tokens));
    }
  }
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

/** Labels, ids, aspect scores and main themes of the discovered drafts (beside `themes` from a taxonomy). */
function assemble(
  text: ThemeText,
  found: Discovery,
  taxonomyThemes: readonly Theme[],
  nonAnswer: readonly boolean[],
  origin: 'discovered' | 'emerging',
): ThemeModel {
  const n = text.length;
  const themes: Theme[] = [...taxonomyThemes];
  const { corpus, index } = found;
  const drafts = found.themes;
  const G = drafts.length;

  // rows → their draft themes; terms → the drafts they anchor
  const docThemes = new RowLists(n);
  drafts.forEach((g, i) => {
    for (const d of g.rows) docThemes.add(d, i);
  });
  const K = index.terms.length;
  const termDrafts: (number[] | undefined)[] = new Array<number[] | undefined>(K);
  drafts.forEach((g, i) => {
    for (const t of new Set([...g.terms, ...(g.labelTerms ?? []), ...(g.describedBy ?? [])])) (termDrafts[t] ??= []).push(i);
  });

  // one pass: surface forms of theme terms, rows per theme term (the aspect scores come once the
  // labels are settled, below: a theme whose label is taken is dropped and the rest assembled again)
  // written forms per term: one-token forms counted by norm id, longer ones by their text
  const surfaces = new Map<number, Map<string, number>>();
  const oneTokenSurfaces: (Map<number, number> | undefined)[] = [];
  const cutShort = new Map<number, number>(); // term → occurrences followed by "of"
  const hits = new Int32Array(G * K); // [g * K + t]: rows of theme g using term t
  const lastCounted = new Int32Array(G * K).fill(-1); // the doc that last added to hits[g * K + t]
  const codes = text.codes;
  const norms = text.norms;
  const normOf = (code: number): string => norms[code >>> KIND_BITS]!;
  for (let d = 0; d < n; d++) {
    if (docThemes.isEmpty(d)) continue;
    const base = text.tokenStart(d);
    const count = text.tokenStart(d + 1) - base;
    index.forEachOccurrence(d, (t, pos, words) => {
      const owners = termDrafts[t];
      if (owners === undefined) return;
      const first = corpus.tok[pos]!;
      let last = corpus.tok[pos + words - 1]!;
      // a compound written spaced ("top up") ends on its particle
      if (corpus.stems[corpus.seq[pos + words - 1]!]!.includes('-') && !normOf(codes[base + last]!).includes('-')) last++;
      if (first === last) {
        const v = codes[base + first]! >>> KIND_BITS;
        let forms = oneTokenSurfaces[t];
        if (forms === undefined) oneTokenSurfaces[t] = forms = new Map();
        forms.set(v, (forms.get(v) ?? 0) + 1);
      } else {
        let surface = normOf(codes[base + first]!);
        for (let k = first + 1; k <= last; k++) surface += ' ' + normOf(codes[base + k]!);
        let forms = surfaces.get(t);
        if (forms === undefined) surfaces.set(t, (forms = new Map()));
        forms.set(surface, (forms.get(surface) ?? 0) + 1);
      }
      if (last + 1 < count) {
        const next = codes[base + last + 1]!;
        if ((next & KIND_MASK) === WORD && danglingBefore.has(normOf(next))) cutShort.set(t, (cutShort.get(t) ?? 0) + 1);
      }
      for (const g of owners) {
        if (!docThemes.has(d, g)) continue;
        const key = g * K + t;
        if (lastCounted[key] !== d) {
          lastCounted[key] = d;
          hits[key]!++;
        }
      }
    });
  }
  const surfaceOf = (t: number): string => {
    let best = index.terms[t]!.key;
    let bestCount = -1;
    for (const [form, count] of surfaces.get(t) ?? []) {
      if (count > bestCount || (count === bestCount && form < best)) {
        best = form;
        bestCount = count;
      }
    }
    for (const [v, count] of oneTokenSurfaces[t] ?? []) {
      const form = norms[v]!;
      if (count > bestCount || (count === bestCount && form < best)) {
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
    for (const count of surfaces.get(t)?.values() ?? []) all += count;
    for (const count of oneTokenSurfaces[t]?.values() ?? []) all += count;
    return (cutShort.get(t) ?? 0) >= 0.5 * all && all > 0;
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
  if (target.some((t, i) => t !== i)) return assemble(text, remapDrafts(found, target), taxonomyThemes, nonAnswer, origin);
  const scores = aspectScores(text, found, docThemes, termDrafts);
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

/** Per draft, per row (ascending): the aspect score of the clauses that mention the draft's terms. */
function aspectScores(text: ThemeText, found: Discovery, docThemes: RowLists, termDrafts: readonly (number[] | undefined)[]): number[][] {
  const { corpus, index } = found;
  const codes = text.codes;
  const scores: number[][] = found.themes.map(() => []);
  const mentions = new Map<number, number[]>();
  for (let d = 0; d < text.length; d++) {
    if (docThemes.isEmpty(d)) continue;
    const base = text.tokenStart(d);
    mentions.clear();
    index.forEachOccurrence(d, (t, pos, words) => {
      const owners = termDrafts[t];
      if (owners === undefined) return;
      const first = corpus.tok[pos]!;
      let last = corpus.tok[pos + words - 1]!;
      // a compound written spaced ("top up") ends on its particle
      if (corpus.stems[corpus.seq[pos + words - 1]!]!.includes('-') && !text.norms[codes[base + last]! >>> KIND_BITS]!.includes('-')) last++;
      for (const g of owners) {
        if (!docThemes.has(d, g)) continue;
        let list = mentions.get(g);
        if (list === undefined) mentions.set(g, (list = []));
        list.push(first, last);
      }
    });
    docThemes.forEach(d, (g) => scores[g]!.push(aspectScoreIn(text, d, mentions.get(g) ?? [])));
  }
  return scores;
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
