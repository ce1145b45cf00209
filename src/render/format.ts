/**
 * Numbers and estimates as people read them. Rounding happens here only: the JSON carries full
 * precision. Fixed decimals per KPI, ASCII minus sign, no locale (byte-identical everywhere).
 */
import type { AnalyzeReport, Estimate, Outcome, ThemeReport } from '../pipeline/types.js';

export type KpiName = 'nps' | 'csat' | 'ces' | 'rating' | 'ratingLow' | 'ratingHigh' | 'sentimentMean' | 'negativeShare' | 'positiveShare';

type Unit = { readonly label: string; readonly scale: number; readonly decimals: number; readonly suffix: string };

/**
 * How each KPI's value is shown. Units as src/kpi returns them: NPS in points (-100…100), CSAT
 * already a percentage (0-100), sentiment shares as 0-1 (shown ×100), means with 2 decimals.
 */
export const KPI_UNITS: Readonly<Record<KpiName, Unit>> = {
  nps: { label: 'NPS', scale: 1, decimals: 1, suffix: '' },
  csat: { label: 'CSAT (top-2-box)', scale: 1, decimals: 1, suffix: '%' },
  ces: { label: 'CES (mean, 1-7)', scale: 1, decimals: 2, suffix: '' },
  rating: { label: 'Rating (mean)', scale: 1, decimals: 2, suffix: '' },
  ratingLow: { label: 'Low ratings', scale: 100, decimals: 1, suffix: '%' },
  ratingHigh: { label: 'High ratings', scale: 100, decimals: 1, suffix: '%' },
  sentimentMean: { label: 'Sentiment (mean)', scale: 1, decimals: 2, suffix: '' },
  negativeShare: { label: '% negative', scale: 100, decimals: 1, suffix: '%' },
  positiveShare: { label: '% positive', scale: 100, decimals: 1, suffix: '%' },
};

/** A number with fixed decimals; -0 shows as 0. */
export function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '-';
  const text = value.toFixed(decimals);
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A share 0-1 as a percentage: 0.4213 → '42.1%'. */
export function percent(share: number, decimals = 1): string {
  return `${fixed(share * 100, decimals)}%`;
}

/** A signed number: 4.2 → '+4.2', -4.2 → '-4.2', 0 → '0.0'. */
export function signed(value: number, decimals: number): string {
  const text = fixed(value, decimals);
  return value > 0 && text !== fixed(0, decimals) ? `+${text}` : text;
}

export function kpiValue(kpi: KpiName, value: number): string {
  const unit = KPI_UNITS[kpi];
  return `${fixed(value * unit.scale, unit.decimals)}${unit.suffix}`;
}

export function kpiInterval(kpi: KpiName, ci95: readonly [number, number] | null): string {
  if (ci95 === null) return '';
  return `${kpiValue(kpi, ci95[0])} to ${kpiValue(kpi, ci95[1])}`;
}

/** 'insufficient data (n=4, need 10)' */
export function insufficient(estimate: { readonly n: number; readonly needed: number }): string {
  return `insufficient data (n=${estimate.n}, need ${estimate.needed})`;
}

/** One line: '-5.4 (95% CI -12.1 to 1.3, n=625)' or 'insufficient data (n=4, need 10)'. */
export function estimateText(kpi: KpiName, estimate: Estimate): string {
  if (estimate.kind === 'insufficient') return insufficient(estimate);
  const interval = estimate.ci95 === null ? '' : `95% CI ${kpiInterval(kpi, estimate.ci95)}, `;
  return `${kpiValue(kpi, estimate.value)} (${interval}n=${estimate.n})`;
}

/** Cuts text to at most `max` characters (code points), ending with '…'. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** 'empty_text 7, malformed_row 1' */
export function countsText(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

/**
 * Every theme once, nested as the report ranks them: pain points, then delights, then mixed
 * top-level themes, each followed by its sub-themes in `children` order; any theme not reached
 * that way (none in a well-formed report) comes last in report order.
 */
export function nestedThemes(report: Pick<AnalyzeReport, 'themes' | 'painPoints' | 'delights' | 'mixed'>): ThemeReport[] {
  const byId = new Map(report.themes.map((theme) => [theme.id, theme]));
  const out: ThemeReport[] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    const theme = byId.get(id);
    if (theme === undefined || seen.has(id)) return;
    seen.add(id);
    out.push(theme);
    for (const child of theme.children) visit(child);
  };
  for (const id of [...report.painPoints, ...report.delights, ...report.mixed]) visit(id);
  for (const theme of report.themes) visit(theme.id);
  return out;
}

/** How a theme's effect on the ranking outcome is shown: column heading, unit and decimals. */
export const OUTCOME_UNITS: Readonly<Record<Outcome, { readonly head: string; readonly unit: string; readonly decimals: number }>> = {
  nps: { head: 'NPS impact', unit: 'NPS points', decimals: 1 },
  csat: { head: 'CSAT impact', unit: 'CSAT percentage points', decimals: 1 },
  rating: { head: '★ impact', unit: 'stars', decimals: 3 },
  sentiment: { head: 'sentiment effect', unit: 'sentiment per comment (share × mean aspect score)', decimals: 3 },
};

/**
 * An effect with its interval: long '-8.0 (-9.8 to -5.7)', short '-8.0 [-9.8,-5.7]';
 * too little data 'n<10'; absent ''.
 */
export function effectText(
  effect: { readonly kind: 'estimate'; readonly value: number; readonly ci95: readonly [number, number] | null } | { readonly kind: 'insufficient'; readonly needed: number } | null,
  decimals: number,
  style: 'long' | 'short' = 'long',
): string {
  if (effect === null) return '';
  if (effect.kind === 'insufficient') return `n<${effect.needed}`;
  if (effect.ci95 === null) return signed(effect.value, decimals);
  const [low, high] = effect.ci95;
  return style === 'long'
    ? `${signed(effect.value, decimals)} (${signed(low, decimals)} to ${signed(high, decimals)})`
    : `${signed(effect.value, decimals)} [${signed(low, decimals)},${signed(high, decimals)}]`;
}

/** The band labels of a rating scale: '1-2★' and '4-5★' on 1-5, '1-3' and '8-10' on 1-10. */
export function ratingBandLabels(scale: { readonly min: number; readonly max: number } | null): { readonly low: string; readonly high: string } {
  if (scale === null || !(scale.max > scale.min)) return { low: 'low', high: 'high' };
  const quarter = (scale.max - scale.min) / 4;
  const star = scale.max <= 5 ? '★' : '';
  const number = (value: number): string => (Number.isInteger(value) ? String(value) : fixed(value, 1));
  return {
    low: `${number(scale.min)}-${number(Math.floor(scale.min + quarter))}${star}`,
    high: `${number(Math.ceil(scale.max - quarter))}-${number(scale.max)}${star}`,
  };
}
