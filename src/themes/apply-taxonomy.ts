/**
 * Applies an analyst's taxonomy: each row gets every taxonomy theme one of whose phrases it
 * contains (a theme with a parent only where the parent matches too); a row that gets none this way
 * gets every theme one of whose `describedBy` phrases it contains (then their sub-themes, as above).
 * Semantics in taxonomy.ts.
 */
import type { Token } from '../tokenize/types.js';
import type { Taxonomy, Theme, ThemeDoc } from './types.js';
import { contentRuns } from './content-runs.js';
import { compilePhrase, matchPhrase, type WordMatcher } from './phrase-match.js';
import { aspectScore } from './aspect-score.js';

export type AppliedTaxonomy = {
  readonly themes: readonly Theme[];
  /** 1 for rows that matched at least one taxonomy theme. */
  readonly matched: Uint8Array;
};

export function applyTaxonomy(
  docs: readonly ThemeDoc[],
  eligible: (d: number) => boolean,
  taxonomy: Taxonomy,
  contentStem: (norm: string) => string | null,
  tokenize: (text: string) => readonly Token[],
): AppliedTaxonomy {
  // gating themes (parent, or `within` when given) before the themes they gate
  const byId = new Map(taxonomy.themes.map((t, i) => [t.id, i]));
  const gateOf = (i: number): string | undefined => taxonomy.themes[i]!.within ?? taxonomy.themes[i]!.parent;
  const depth = (i: number): number => {
    let d = 0;
    for (let at = gateOf(i); at !== undefined && d <= taxonomy.themes.length; d++) {
      const p = byId.get(at);
      at = p === undefined ? undefined : gateOf(p);
    }
    return d;
  };
  const order = taxonomy.themes.map((_, i) => i).sort((a, b) => depth(a) - depth(b) || a - b);
  const naming = phraseIndex(taxonomy.themes.map((t) => t.phrases), tokenize, contentStem);
  const describing = phraseIndex(taxonomy.themes.map((t) => t.describedBy ?? []), tokenize, contentStem);
  const rows: number[][] = taxonomy.themes.map(() => []);
  const scores: number[][] = taxonomy.themes.map(() => []);
  const matched = new Uint8Array(docs.length);
  const hit = new Uint8Array(taxonomy.themes.length);
  const tokensOf: number[][] = taxonomy.themes.map(() => []);
  for (let d = 0; d < docs.length; d++) {
    if (!eligible(d)) continue;
    const doc = docs[d]!;
    const runs = contentRuns(doc.tokens, doc.clauses, contentStem);
    if (runs.length === 0) continue;
    const touched: number[] = [];
    const gated = (): number => {
      hit.fill(0);
      let count = 0;
      for (const i of order) {
        if (tokensOf[i]!.length === 0) continue;
        const gate = gateOf(i);
        if (gate !== undefined) {
          const p = byId.get(gate);
          if (p === undefined || !hit[p]) continue;
        }
        hit[i] = 1;
        count += 1;
      }
      return count;
    };
    matchRuns(runs, naming, tokensOf, touched);
    // a row that names no theme is placed by the words that describe one ("too slow", "overcharged")
    if ((touched.length === 0 || gated() === 0) && describing.any) matchRuns(runs, describing, tokensOf, touched);
    if (touched.length === 0 || gated() === 0) {
      for (const i of touched) tokensOf[i]!.length = 0;
      continue;
    }
    matched[d] = 1;
    for (const i of order) {
      if (!hit[i]) continue;
      rows[i]!.push(d);
      scores[i]!.push(aspectScore(doc, tokensOf[i]!));
    }
    for (const i of touched) tokensOf[i]!.length = 0;
  }
  const themes: Theme[] = taxonomy.themes.map((t, i) => ({
    id: t.id,
    label: t.label,
    keywords: [...t.phrases],
    ...(t.describedBy === undefined ? {} : { describedBy: [...t.describedBy] }),
    parent: t.parent ?? null,
    ...(t.within === undefined ? {} : { within: t.within }),
    stage: t.stage ?? null,
    origin: 'taxonomy' as const,
    rows: rows[i]!,
    aspectScores: scores[i]!,
  }));
  return { themes, matched };
}

/** Phrases indexed by their first word's stem; phrases starting with a wildcard are tried everywhere. */
type PhraseIndex = {
  readonly byFirstStem: ReadonlyMap<string, readonly PhraseEntry[]>;
  readonly general: readonly PhraseEntry[];
  readonly any: boolean;
};
type PhraseEntry = { readonly theme: number; readonly matchers: WordMatcher[] };

function phraseIndex(
  phrasesOf: readonly (readonly string[])[],
  tokenize: (text: string) => readonly Token[],
  contentStem: (norm: string) => string | null,
): PhraseIndex {
  const byFirstStem = new Map<string, PhraseEntry[]>();
  const general: PhraseEntry[] = [];
  phrasesOf.forEach((phrases, theme) => {
    for (const phrase of phrases) {
      const matchers = compilePhrase(phrase, tokenize, contentStem);
      if (matchers.length === 0) continue;
      const first = matchers[0]!;
      if (first.kind !== 'stem') {
        general.push({ theme, matchers });
        continue;
      }
      let list = byFirstStem.get(first.stem);
      if (list === undefined) byFirstStem.set(first.stem, (list = []));
      list.push({ theme, matchers });
    }
  });
  return { byFirstStem, general, any: byFirstStem.size > 0 || general.length > 0 };
}

/** Adds to `tokensOf[theme]` the token range of each phrase of `index` found in the runs; `touched` lists the themes that got one. */
function matchRuns(runs: ReturnType<typeof contentRuns>, index: PhraseIndex, tokensOf: number[][], touched: number[]): void {
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      const candidates = index.byFirstStem.get(run[i]!.stem);
      for (const list of candidates === undefined ? [index.general] : [candidates, index.general]) {
        for (const { theme, matchers } of list) {
          const found = matchPhrase([run.slice(i, i + matchers.length)], matchers);
          if (found.length === 0) continue;
          if (tokensOf[theme]!.length === 0) touched.push(theme);
          tokensOf[theme]!.push(found[0]![0], found[0]![1]);
        }
      }
    }
  }
}
