import { createImpactCalculator, npsFromCounts, npsGroup, sentimentEffect, type NpsCounts } from '../kpi/index.js';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import {
  DELTA_MIN_N_THEME_SIDE,
  DELTA_MIN_RELATIVE_CHANGE,
  DELTA_MIN_SHARE_CHANGE,
  DELTA_MIN_THEME_MENTIONS,
  NEW_THEME_MIN_COUNT,
  SIGNIFICANCE_LEVEL,
} from './sample-size.js';
import { twoProportion } from './two-proportion.js';
import type { CompareThemesOptions, SideChange, ThemeDelta, ThemeInput, ThemeStatus } from './types.js';

/**
 * Theme deltas between two disjoint sets of docs described by the same themes.
 *
 * Per theme: count and share (count / rows on that side) on each side; delta = share difference
 * in percentage points with Newcombe's interval and a p-value (pooled two-proportion z, or
 * Fisher's exact when an expected cell is below 5 — see twoProportion); a Benjamini-Hochberg
 * q-value across the tested themes of its family (top-level themes; sub-themes); the theme's mean
 * aspect sentiment and NPS (raw, of the rows mentioning it) on each side and their change.
 *
 * Flagged (`significant`): a theme with enough data, q < 0.05 and a practical change: its 95%
 * interval clears DELTA_MIN_SHARE_CHANGE (1 percentage point) and |delta| is ≥
 * DELTA_MIN_RELATIVE_CHANGE (10%) of the larger of its two shares (see isPractical). Top-level themes are judged first; a sub-theme is flagged only under a
 * flagged parent (hierarchical gatekeeping, as in Yekutieli 2008, "Hierarchical false discovery
 * rate-controlling methodology", JASA 103:309-316): the detail of a change, never a change of its
 * own, which keeps one planted change from surfacing as a dozen overlapping fragments.
 *
 * Enough data: both sides have ≥ DELTA_MIN_N_THEME_SIDE (30) rows and the theme has
 * ≥ DELTA_MIN_THEME_MENTIONS (10) mentions on the two sides together; otherwise the theme is not
 * tested (delta, ci95, pValue, qValue null; not counted in the BH family).
 *
 * Status (all but 'stable' require significance after BH correction): 'new' when the baseline has 0 mentions
 * and the current side ≥ NEW_THEME_MIN_COUNT (5); 'gone' the reverse; otherwise 'rising'/'falling'.
 *
 * Lean and worsening: the theme's lean is judged as in `cx analyze`, over both sides together: its
 * impact on the outcome (`options.outcome`: NPS, CSAT or rating) with a 95% interval below 0 →
 * 'negative', above 0 → 'positive'; without an outcome (or too few scores) the t-interval of its
 * mean aspect sentiment decides; otherwise 'neutral'. A change is a worsening when it is flagged
 * and either a negative theme's share rose or a positive theme's share fell — a neutral theme
 * that grows is 'rising', never a worsening.
 *
 * Order: significant worsenings first, then other significant changes, then the rest; within each
 * group by |delta| descending (untested themes last), then id ascending.
 *
 * Themes' `rows` are doc indices (ascending) with one aspect score each; `baselineIdx` and
 * `currentIdx` are the doc indices on each side (disjoint; RangeError otherwise). Mentions by
 * docs on neither side are ignored. Cost: O(docs + Σ theme rows + themes · log themes).
 */
export function compareThemes(
  themes: readonly ThemeInput[],
  baselineIdx: readonly number[],
  currentIdx: readonly number[],
  options: CompareThemesOptions = {},
): ThemeDelta[] {
  // side[doc] = 0 (neither), 1 (baseline), 2 (current).
  let maxDoc = -1;
  for (const index of [baselineIdx, currentIdx].flat()) {
    if (!Number.isInteger(index) || index < 0) throw new RangeError(`doc indices must be integers ≥ 0, got ${index}`);
    if (index > maxDoc) maxDoc = index;
  }
  const side = new Uint8Array(maxDoc + 1);
  let baselineN = 0;
  let currentN = 0;
  for (const index of baselineIdx) {
    if (side[index] === 0) baselineN++;
    side[index] = 1;
  }
  for (const index of currentIdx) {
    if (side[index] === 1) throw new RangeError(`doc ${index} is on both sides of the comparison`);
    if (side[index] === 0) currentN++;
    side[index] = 2;
  }
  const sidesLargeEnough = baselineN >= DELTA_MIN_N_THEME_SIDE && currentN >= DELTA_MIN_N_THEME_SIDE;
  const outcomeImpact =
    options.outcome === undefined
      ? null
      : createImpactCalculator(
          options.outcome.scores.map((score, index) => (side[index] === 0 || side[index] === undefined ? null : score)),
          options.outcome.metric,
          options.outcome.scale === undefined ? {} : { scale: options.outcome.scale },
        );

  type Draft = Omit<ThemeDelta, 'qValue' | 'significant' | 'practical' | 'status' | 'worsening'> & { tested: boolean };
  const drafts: Draft[] = themes.map((theme) => {
    let baselineCount = 0;
    let currentCount = 0;
    const baselineScores: number[] = [];
    const currentScores: number[] = [];
    type Tally = { -readonly [K in keyof NpsCounts]: NpsCounts[K] };
    const npsBaseline: Tally = { n: 0, promoters: 0, passives: 0, detractors: 0 };
    const npsCurrent: Tally = { n: 0, promoters: 0, passives: 0, detractors: 0 };
    theme.rows.forEach((row, position) => {
      const which = side[row] ?? 0;
      if (which === 0) return;
      const score = theme.aspectScores[position];
      if (which === 1) baselineCount++;
      else currentCount++;
      if (score !== undefined) (which === 1 ? baselineScores : currentScores).push(score);
      const group = options.nps ? npsGroup(options.nps[row]) : null;
      if (group !== null) {
        const counts = which === 1 ? npsBaseline : npsCurrent;
        counts.n++;
        if (group === 'promoter') counts.promoters++;
        else if (group === 'passive') counts.passives++;
        else counts.detractors++;
      }
    });
    const onSides = theme.rows.filter((row) => (side[row] ?? 0) !== 0);
    const lean = themeLeanOn(outcomeImpact === null ? null : outcomeImpact(onSides), [...baselineScores, ...currentScores]);
    const mentions = baselineCount + currentCount;
    const tested = sidesLargeEnough && mentions >= DELTA_MIN_THEME_MENTIONS;
    const result = tested ? twoProportion(baselineCount, baselineN, currentCount, currentN) : null;
    const npsBefore = npsFromCounts(npsBaseline);
    const npsAfter = npsFromCounts(npsCurrent);
    const draft: Draft = {
      id: theme.id,
      label: theme.label,
      parent: theme.parent ?? null,
      baseline: { count: baselineCount, share: baselineN === 0 ? 0 : baselineCount / baselineN },
      current: { count: currentCount, share: currentN === 0 ? 0 : currentCount / currentN },
      delta: result ? result.delta : null,
      ci95: result ? result.ci95 : null,
      pValue: result ? result.pValue : null,
      test: result ? result.test : null,
      lean,
      sentiment: change(mean(baselineScores), mean(currentScores)),
      nps: {
        ...change(npsBefore.kind === 'estimate' ? npsBefore.value : null, npsAfter.kind === 'estimate' ? npsAfter.value : null),
        baselineN: npsBaseline.n,
        currentN: npsCurrent.n,
      },
      tested,
      ...(tested
        ? {}
        : {
            insufficient: sidesLargeEnough
              ? { reason: 'mentions' as const, needed: DELTA_MIN_THEME_MENTIONS }
              : { reason: 'side' as const, needed: DELTA_MIN_N_THEME_SIDE },
          }),
    };
    return draft;
  });

  // Benjamini-Hochberg within each family: top-level themes form one family, sub-themes another. The
  // top-level question ("did a pain point grow?") is not diluted by the many finer sub-themes beneath.
  const qByIndex = new Map<number, number>();
  for (const isSubTheme of [false, true]) {
    const testedIndices = drafts.flatMap((draft, index) =>
      draft.tested && Boolean(themes[index]?.parent) === isSubTheme ? [index] : [],
    );
    const qValues = benjaminiHochberg(testedIndices.map((index) => drafts[index]?.pValue as number));
    testedIndices.forEach((index, position) => qByIndex.set(index, qValues[position] as number));
  }

  // Top-level themes first; a sub-theme can only be flagged under a flagged parent (gatekeeping).
  const passes = (draft: Draft, index: number): boolean => {
    const qValue = qByIndex.get(index) ?? null;
    return draft.tested && qValue !== null && qValue < SIGNIFICANCE_LEVEL && isPractical(draft.delta ?? 0, draft.ci95, draft.baseline.share, draft.current.share);
  };
  const known = new Set(themes.map((theme) => theme.id));
  const isSub = (draft: Draft): boolean => draft.parent !== null && known.has(draft.parent);
  const flaggedParents = new Set(drafts.flatMap((draft, index) => (!isSub(draft) && passes(draft, index) ? [draft.id] : [])));
  const results: ThemeDelta[] = drafts.map((draft, index) => {
    const { tested: _tested, ...rest } = draft;
    const qValue = qByIndex.get(index) ?? null;
    const delta = draft.delta ?? 0;
    const practical = isPractical(delta, draft.ci95, draft.baseline.share, draft.current.share);
    const significant = passes(draft, index) && (!isSub(draft) || flaggedParents.has(draft.parent as string));
    const worsening = significant && ((draft.lean === 'negative' && delta > 0) || (draft.lean === 'positive' && delta < 0));
    return { ...rest, qValue, significant, practical, status: status(draft.baseline.count, draft.current.count, significant, delta), worsening };
  });

  const group = (theme: ThemeDelta): number => (theme.worsening ? 0 : theme.significant ? 1 : 2);
  return results.sort(
    (a, b) =>
      group(a) - group(b) ||
      (b.delta === null ? -1 : Math.abs(b.delta)) - (a.delta === null ? -1 : Math.abs(a.delta)) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * A share change worth reporting: its 95% interval clears DELTA_MIN_SHARE_CHANGE (1 percentage
 * point) on the side of the change — the data vouch for at least a 1-point move, not merely for
 * "not zero" — and |delta| is at least DELTA_MIN_RELATIVE_CHANGE (10%) of the larger share.
 *
 * @example isPractical(9, [5.3, 12.6], 0.09, 0.18) // true: 5.3 ≥ 1 and 9 ≥ 0.1 × 18
 * isPractical(-2.4, [-4.14, -0.72], 0.05, 0.026) // false: the interval reaches −0.72, inside ±1
 */
export function isPractical(delta: number, ci95: readonly [number, number] | null, baselineShare: number, currentShare: number): boolean {
  if (ci95 === null) return false;
  const cleared = delta > 0 ? ci95[0] >= DELTA_MIN_SHARE_CHANGE : ci95[1] <= -DELTA_MIN_SHARE_CHANGE;
  return cleared && Math.abs(delta) >= DELTA_MIN_RELATIVE_CHANGE * 100 * Math.max(baselineShare, currentShare);
}

/** 'negative' | 'positive' | 'neutral' from the outcome impact's interval, else the aspect scores' t-interval. */
function themeLeanOn(impact: ReturnType<ReturnType<typeof createImpactCalculator>> | null, aspectScores: readonly number[]): ThemeDelta['lean'] {
  const interval = impact !== null && impact.kind === 'estimate' ? impact.ci95 : null;
  const fallback = sentimentEffect(aspectScores, 1);
  const ci95 = interval ?? (fallback.kind === 'estimate' ? fallback.ci95 : null);
  if (ci95 === null) return 'neutral';
  return ci95[1] < 0 ? 'negative' : ci95[0] > 0 ? 'positive' : 'neutral';
}

function status(baselineCount: number, currentCount: number, significant: boolean, delta: number): ThemeStatus {
  // A theme only appears or vanishes when that change is itself significant after correction: with hundreds of
  // themes, 0 → 6 mentions happens by chance, and calling it "new" would be chasing noise.
  if (!significant) return 'stable';
  if (baselineCount === 0 && currentCount >= NEW_THEME_MIN_COUNT) return 'new';
  if (currentCount === 0 && baselineCount >= NEW_THEME_MIN_COUNT) return 'gone';
  return delta > 0 ? 'rising' : 'falling';
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of Float64Array.from(values).sort()) sum += value; // sorted: row-order independent
  return sum / values.length;
}

function change(baseline: number | null, current: number | null): SideChange {
  return { baseline, current, change: baseline === null || current === null ? null : current - baseline };
}
