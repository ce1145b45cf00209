/**
 * The words of the "where and why" sections of a delta, shared by the table, Markdown and HTML
 * renderers: which rows to show, the KPI short names, and the mix/rate sentence ("3.9 of the
 * 5.1-point drop is mix: phone responses went from 20% to 40% of the sample").
 */
import type { DeltaReport, KpiDecomposition, KpiDelta, SegmentKpiChange, ThemeDriver } from '../delta/types.js';
import { outwardInterval } from './delta-order.js';
import { fixed, signed } from './format.js';

export const KPI_SHORT: Readonly<Record<KpiDelta['name'], string>> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  rating: 'Rating',
  ratingLow: 'Low rated',
  sentiment: 'Sentiment',
  negative: 'Negative',
  volume: 'Volume',
};

export const UNIT_DECIMALS: Readonly<Record<KpiDelta['unit'], number>> = { points: 1, percent: 1, scale: 2, rows: 0 };

/** ' points', ' pp' or '' after a change of this unit. */
export const unitSuffix = (unit: KpiDelta['unit']): string => (unit === 'points' ? ' points' : unit === 'percent' ? ' pp' : '');

/** A KPI value as shown: '21.3', '45.0%', '0.18'. */
export function valueText(unit: KpiDelta['unit'], value: number | null): string {
  if (value === null) return '-';
  return `${fixed(value, UNIT_DECIMALS[unit])}${unit === 'percent' ? '%' : ''}`;
}

export function intervalText(ci: readonly [number, number] | null, unit: KpiDelta['unit']): string {
  return ci === null ? '' : outwardInterval(ci, UNIT_DECIMALS[unit]).join(' to ');
}

/** 'region = North' ('(empty)' for an empty cell). */
export const segmentText = (change: Pick<SegmentKpiChange, 'column' | 'value'>): string => `${change.column} = ${change.value === '' ? '(empty)' : change.value}`;

/** The KPI the "why" explains (the drivers' KPI), else the first KPI with a change. */
export function headlineKpi(report: DeltaReport): KpiDelta['name'] | null {
  return report.drivers[0]?.kpi ?? report.kpis.find((kpi) => kpi.name !== 'volume' && kpi.delta !== null)?.name ?? null;
}

/** 'worse' / 'better' / 'n.s.' / 'small' (too few answers to test) / 'via' (explained by another segment) for a segment change. */
export function segmentVerdict(change: SegmentKpiChange): string {
  if (change.insufficient !== undefined) return 'small';
  if (change.explainedBy !== null) return 'via';
  if (!change.significant) return 'n.s.';
  return change.direction === 'unchanged' ? 'changed' : change.direction;
}

/**
 * The segment changes a short report shows: every significant one, then the headline KPI in each
 * tested value, at most `limit` in all (significant declines are never cut).
 */
export function shownSegmentChanges(report: DeltaReport, limit: number): { readonly shown: readonly SegmentKpiChange[]; readonly hidden: number } {
  const headline = headlineKpi(report);
  const candidates = report.where.filter((change) => change.significant || change.explainedBy !== null || (change.name === headline && change.insufficient === undefined));
  const declines = candidates.filter((change) => change.significant && change.direction === 'worse');
  const rest = candidates.filter((change) => !(change.significant && change.direction === 'worse'));
  const shown = [...declines, ...rest.slice(0, Math.max(0, limit - declines.length))];
  return { shown, hidden: report.where.length - shown.length };
}

/** 'channel = web: Sentiment changed only through region = North' for each explained change. */
export function explainedNotes(report: DeltaReport): string[] {
  return report.where
    .filter((change) => change.explainedBy !== null)
    .map((change) => `${segmentText(change)}: ${KPI_SHORT[change.name]} changed only through ${segmentText(change.explainedBy as { column: string; value: string })} (q ${change.qValue === null ? '-' : fixed(change.qValue, 3)}; not significant without those rows)`);
}

/** Segment values with too few answers to test, once each: 'channel = fax'. */
export function tooSmall(report: DeltaReport): string[] {
  const names = new Set<string>();
  for (const change of report.where) if (change.insufficient !== undefined) names.add(segmentText(change));
  return [...names];
}

const excludesZero = (ci: readonly [number, number]): boolean => ci[0] > 0 || ci[1] < 0;

/**
 * One sentence on a decomposition (a part "counts" when its 95% interval excludes 0):
 * - mix only: '3.9 of the 5.1-point drop is mix: phone responses went from 20% to 40% of the sample.'
 *   (when mix is larger than the change or of the other sign: 'The 0.15 rise is mix (+0.19; …)')
 * - rate only: 'Real change: 9.7 of the 9.7-point drop happened inside region values (mix 0.0).'
 * - both, or neither.
 * The value named is the one whose share shift moved the KPI most in the direction of the mix (its
 * centred part, (w₂ − w₁)((k₁ + k₂)/2 − K̄)); when it carries less than half of the mix the shift is
 * said to be spread over the column's values.
 */
export function mixSentence(entry: KpiDecomposition): string {
  const decimals = UNIT_DECIMALS[entry.unit];
  const size = (value: number): string => fixed(Math.abs(value), decimals);
  const change = entry.change.value;
  const direction = change < 0 ? 'drop' : 'rise';
  const amount = entry.unit === 'scale' ? `${size(change)} ${direction}` : `${size(change)}-point ${direction}`;
  const mix = entry.mix.value;
  const rate = entry.rate.value;
  // Which value's share shift moved the KPI: the centred mix part (w₂ − w₁)((k₁ + k₂)/2 − K̄) — the
  // plain part (w₂ − w₁)(k₁ + k₂)/2 grows with the KPI's level, not with how far the value is from
  // the average; both sum to the same mix because Σ (w₂ − w₁) = 0.
  const average = (entry.baseline.value + entry.current.value) / 2;
  const centred = (segment: (typeof entry.segments)[number]): number => {
    const k1 = segment.baseline.kpi ?? segment.current.kpi ?? average;
    const k2 = segment.current.kpi ?? segment.baseline.kpi ?? average;
    return (segment.current.share - segment.baseline.share) * ((k1 + k2) / 2 - average);
  };
  const sameWay = entry.segments
    .map((segment) => ({ segment, part: centred(segment) }))
    .filter(({ part }) => part !== 0 && Math.sign(part) === Math.sign(mix))
    .sort((a, b) => Math.abs(b.part) - Math.abs(a.part) || (a.segment.value < b.segment.value ? -1 : a.segment.value > b.segment.value ? 1 : 0));
  const mover = sameWay[0]?.segment;
  const moverPart = sameWay[0]?.part ?? 0;
  const name = (value: string): string => (value === '' ? '(empty)' : value);
  const shares = (segment: NonNullable<typeof mover>): string => `${fixed(segment.baseline.share * 100, 0)}% to ${fixed(segment.current.share * 100, 0)}% of the sample`;
  const moved =
    mover === undefined
      ? ''
      : Math.abs(moverPart) >= Math.abs(mix) / 2 || entry.segments.length <= 2
        ? `${name(mover.value)} responses went from ${shares(mover)}`
        : `the shares of many ${entry.column} values moved, most of all ${name(mover.value)} (from ${shares(mover)})`;
  const mixSig = excludesZero(entry.mix.ci95);
  const rateSig = excludesZero(entry.rate.ci95);
  if (change === 0) return `No change to split (mix ${signed(mix, decimals)}, rate ${signed(rate, decimals)}).`;
  const within = Math.sign(mix) === Math.sign(change) && Math.abs(mix) <= Math.abs(change);
  if (mixSig && !rateSig) {
    const lead = within ? `${size(mix)} of the ${amount} is mix` : `The ${amount} is mix (${signed(mix, decimals)}, with a rate part of ${signed(rate, decimals)} within noise)`;
    return `${lead}${moved === '' ? '' : `: ${moved}`}.`;
  }
  if (rateSig && !mixSig) {
    const inside = Math.sign(rate) === Math.sign(change) && Math.abs(rate) <= Math.abs(change) ? `${size(rate)} of the ${amount}` : `the ${amount} (rate ${signed(rate, decimals)})`;
    return `Real change: ${inside} happened inside ${entry.column} values${concentration(entry)} (mix ${signed(mix, decimals)}).`;
  }
  if (mixSig && rateSig) return `Both: mix ${signed(mix, decimals)}${moved === '' ? '' : ` (${moved})`} and ${signed(rate, decimals)} of change inside ${entry.column} values.`;
  return `Neither part is distinguishable from zero (mix ${signed(mix, decimals)}, rate ${signed(rate, decimals)}).`;
}

/**
 * ', most of it in North (-9.7)': the value holding at least half of the rate part, when the column
 * has more than two values (with two, "most" says little); '' otherwise.
 */
function concentration(entry: KpiDecomposition): string {
  if (entry.segments.length <= 2 || entry.rate.value === 0) return '';
  const top = [...entry.segments].sort((a, b) => Math.abs(b.rate) - Math.abs(a.rate) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))[0];
  if (top === undefined || Math.sign(top.rate) !== Math.sign(entry.rate.value) || Math.abs(top.rate) < Math.abs(entry.rate.value) / 2) return '';
  return `, most of it in ${top.value === '' ? '(empty)' : top.value} (${signed(top.rate, UNIT_DECIMALS[entry.unit])})`;
}

/** 'outage' / '(no theme)' / '(other themes)'. */
export function driverName(driver: ThemeDriver): string {
  if (driver.kind === 'untagged') return '(no theme)';
  if (driver.kind === 'other') return '(all other themes)';
  return driver.label ?? driver.id ?? '';
}

/** 'new', 'q<0.05' or ''. */
export function driverNote(driver: ThemeDriver): string {
  return [driver.new ? 'new' : '', driver.significant ? 'sig.' : ''].filter((part) => part !== '').join(', ');
}
