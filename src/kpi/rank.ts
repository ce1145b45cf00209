import type { Lean, LeanInput, Outcome, RankedTheme, RankInput, ThemeRanking, ThemeVerdict } from './types.js';

/**
 * The outcome themes are ranked by: NPS, else CSAT, else star rating, else sentiment.
 *
 * What it is for: a theme's cost is measured on the score the business steers by. An outcome is
 * usable when its column is present and its overall KPI is an estimate (enough valid values).
 *
 * @example chooseOutcome({ nps: false, csat: false, rating: true }) // 'rating'
 */
export function chooseOutcome(available: { readonly nps: boolean; readonly csat: boolean; readonly rating: boolean }): Outcome {
  if (available.nps) return 'nps';
  if (available.csat) return 'csat';
  if (available.rating) return 'rating';
  return 'sentiment';
}

/**
 * Pain point, delight or mixed: the significance gate of the ranking.
 *
 * Formula in words: with the theme's effect on the outcome and its 95% interval [low, high]
 * (impact on NPS/CSAT/rating, or share × mean aspect sentiment — see sentimentEffect):
 * high < 0 → 'pain' (the theme significantly lowers the outcome); low > 0 → 'delight'; otherwise,
 * or with no effect (too few scored rows), 'mixed'. A theme is never called a pain point or a
 * delight on a point estimate whose interval includes 0.
 *
 * @example themeVerdict({ value: -2, ci95: [-3.1, -0.9] }) // 'pain'
 */
export function themeVerdict(effect: RankInput['effect']): ThemeVerdict {
  if (effect === null) return 'mixed';
  if (effect.ci95[1] < 0) return 'pain';
  if (effect.ci95[0] > 0) return 'delight';
  return 'mixed';
}

/**
 * The cost (for a pain point) or gain (for a delight) the data can vouch for: the end of the
 * effect's 95% interval nearest zero, in the outcome's units (NPS points, CSAT percentage points,
 * rating stars, or sentiment per comment).
 *
 * What it is for: ordering pain points "what costs us most, for sure?". The effect is already
 * volume-weighted — impact = (n_theme/n)·(KPI_theme − KPI_rest), the points the outcome would gain
 * if the theme's customers scored like the rest — so a big theme with a moderate gap and a small
 * theme with a deep gap are compared on one scale. Taking the interval end nearest zero rather
 * than the point estimate (a lower confidence bound, as in ranking by the Wilson lower bound)
 * keeps a small theme with a wide interval from outranking a large, well-measured one.
 *
 * Formula: pain cost = −high; delight gain = low; 0 for a mixed theme (never negative).
 *
 * @example
 * // Theme A: impact −0.20★, 95% CI [−0.26, −0.14]; theme B: impact −0.30★, CI [−0.55, −0.05].
 * // cost(A) = 0.14 > cost(B) = 0.05: A ranks first although B's point estimate is larger.
 * rankCost({ id: 'a', count: 400, effect: { value: -0.2, ci95: [-0.26, -0.14] } }) // 0.14
 */
export function rankCost(theme: RankInput): number {
  const verdict = themeVerdict(theme.effect);
  if (theme.effect === null || verdict === 'mixed') return 0;
  return verdict === 'pain' ? -theme.effect.ci95[1] : theme.effect.ci95[0];
}

/**
 * Rank themes into pain points, delights and mixed themes.
 *
 * Only the themes passed in are ranked (the caller passes top-level themes; sub-themes are
 * ordered under their parent with orderChildren). Pain points and delights are ordered by
 * rankCost descending, then by the size of the point effect (|value|) descending, then count
 * descending, then id ascending (code-point order); mixed themes by count descending, then id.
 *
 * @example rankThemes([{ id: 'a', count: 400, effect: { value: -0.2, ci95: [-0.26, -0.14] } },
 *   { id: 'b', count: 90, effect: { value: -0.3, ci95: [-0.55, -0.05] } }]).painPoints.map((t) => t.id) // ['a', 'b']
 */
export function rankThemes(themes: readonly RankInput[]): ThemeRanking {
  const lists: Record<ThemeVerdict, RankInput[]> = { pain: [], delight: [], mixed: [] };
  for (const theme of themes) lists[themeVerdict(theme.effect)].push(theme);
  const ranked = (verdict: ThemeVerdict): readonly RankedTheme[] =>
    [...lists[verdict]]
      .sort(verdict === 'mixed' ? bySize : byCost)
      .map((theme, index) => ({ id: theme.id, verdict, cost: rankCost(theme), rank: index + 1 }));
  return { painPoints: ranked('pain'), delights: ranked('delight'), mixed: ranked('mixed') };
}

/**
 * Order a theme's sub-themes for display under it: the sub-themes that go the parent's way
 * (pain under a pain point, delight under a delight) first by rankCost, then the others by their
 * point effect in the parent's direction (most negative first under a pain point, most positive
 * under a delight; under a mixed parent pain points, then delights, each by cost), sub-themes
 * without an effect last; ties by count descending, then id.
 *
 * @example orderChildren([{ id: 'x', count: 50, effect: { value: 0.1, ci95: [0.02, 0.18] } },
 *   { id: 'y', count: 40, effect: { value: -0.1, ci95: [-0.15, -0.05] } }], 'pain') // ['y', 'x']
 */
export function orderChildren(children: readonly RankInput[], parent: ThemeVerdict): string[] {
  const group = (theme: RankInput): number => {
    const verdict = themeVerdict(theme.effect);
    if (theme.effect === null) return 3;
    if (parent === 'mixed') return verdict === 'pain' ? 0 : verdict === 'delight' ? 1 : 2;
    return verdict === parent ? 0 : 2;
  };
  const direction = parent === 'delight' ? 1 : -1;
  const cost = (theme: RankInput): number => (group(theme) < 2 ? rankCost(theme) : 0);
  return [...children]
    .sort(
      (a, b) =>
        group(a) - group(b) ||
        cost(b) - cost(a) ||
        (a.effect === null || b.effect === null ? 0 : direction * (b.effect.value - a.effect.value)) ||
        bySize(a, b),
    )
    .map((theme) => theme.id);
}

function byCost(a: RankInput, b: RankInput): number {
  return rankCost(b) - rankCost(a) || Math.abs(b.effect?.value ?? 0) - Math.abs(a.effect?.value ?? 0) || bySize(a, b);
}

function bySize(a: RankInput, b: RankInput): number {
  return b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Whether a theme's mentions lean negative, positive or neither, by the shares of negative and
 * positive mentions (ties by the sign of the mean). Used where no interval is available, e.g. to
 * describe a theme in `cx delta`.
 */
export function themeLean(theme: LeanInput): Lean {
  if (theme.negativeShare > theme.positiveShare) return 'negative';
  if (theme.positiveShare > theme.negativeShare) return 'positive';
  if (theme.meanSentiment < 0) return 'negative';
  if (theme.meanSentiment > 0) return 'positive';
  return 'neutral';
}
