import type { Lean, RankInput, RankedTheme, ThemeRanking } from './types.js';

/**
 * Pain-point and delight ranking of themes.
 *
 * What it is for: ordering themes so the one that hurts most comes first ("what do we fix?") and
 * the one customers love most leads the delights.
 *
 * Formula in words:
 *   painScore    = share × negativeShare × (1 + max(0, −mean)) × (1 + cost/10)
 *   delightScore = share × positiveShare × (1 + max(0,  mean)) × (1 + gain/10)
 * - share × negativeShare is the share of all analysed comments that mention the theme
 *   negatively (negative mentions per comment: the volume of the pain);
 * - (1 + max(0, −mean)) weighs in how negative the mentions are on average, from ×1 (neutral) to
 *   ×2 (every mention at −1);
 * - cost is the NPS points the theme costs that the data can vouch for: the upper end of the
 *   impact's 95% interval when the whole interval is below 0 (−ci95[1]), else 0. A theme that
 *   demonstrably costs 10 NPS points counts double. gain mirrors it for delights (ci95[0] when the
 *   interval is above 0). Without NPS the caller may pass CSAT impact (percentage points).
 * Every factor is monotone: more share, more negative mentions, more negative tone or more
 * certain NPS cost never lowers painScore.
 *
 * Lean: a theme is a pain point when more of its mentions are negative than positive
 * (negativeShare > positiveShare), a delight when more are positive, otherwise neutral; ties of
 * the shares go by the sign of the mean.
 *
 * Order: score descending, then count descending, then id ascending (code-point order).
 *
 * Reference: cx's own design (documented in docs/readme/statistics.md); impact from issue 2 §9.
 *
 * @example painScore({ id: 'refund-delay', count: 120, share: 0.2, meanSentiment: -0.5,
 *   negativeShare: 0.75, positiveShare: 0.1 }) // 0.2 × 0.75 × 1.5 = 0.225
 */
export function painScore(theme: RankInput): number {
  const cost = theme.impact?.kind === 'estimate' && theme.impact.ci95[1] < 0 ? -theme.impact.ci95[1] : 0;
  return theme.share * theme.negativeShare * (1 + Math.max(0, -theme.meanSentiment)) * (1 + cost / 10);
}

/** Mirror of painScore for delights (see painScore). @example delightScore({ …, share: 0.1, positiveShare: 0.8, meanSentiment: 0.5 }) // 0.12 */
export function delightScore(theme: RankInput): number {
  const gain = theme.impact?.kind === 'estimate' && theme.impact.ci95[0] > 0 ? theme.impact.ci95[0] : 0;
  return theme.share * theme.positiveShare * (1 + Math.max(0, theme.meanSentiment)) * (1 + gain / 10);
}

/** Whether a theme leans negative, positive or neither (see painScore). */
export function themeLean(theme: RankInput): Lean {
  if (theme.negativeShare > theme.positiveShare) return 'negative';
  if (theme.positiveShare > theme.negativeShare) return 'positive';
  if (theme.meanSentiment < 0) return 'negative';
  if (theme.meanSentiment > 0) return 'positive';
  return 'neutral';
}

/** Split themes into pain points, delights and neutral themes, each ranked (see painScore). */
export function rankThemes(themes: readonly RankInput[]): ThemeRanking {
  const lists: Record<Lean, { theme: RankInput; score: number }[]> = { negative: [], positive: [], neutral: [] };
  for (const theme of themes) {
    const lean = themeLean(theme);
    const score = lean === 'negative' ? painScore(theme) : lean === 'positive' ? delightScore(theme) : theme.share;
    lists[lean].push({ theme, score });
  }
  const ordered = (lean: Lean): readonly RankedTheme[] =>
    lists[lean]
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.theme.count - a.theme.count ||
          (a.theme.id < b.theme.id ? -1 : a.theme.id > b.theme.id ? 1 : 0),
      )
      .map((entry, index) => ({ id: entry.theme.id, lean, score: entry.score, rank: index + 1 }));
  return { painPoints: ordered('negative'), delights: ordered('positive'), neutral: ordered('neutral') };
}
