import type { DeltaReport } from './types.js';

/**
 * True when any KPI worsened significantly (significant and direction 'worse'): the condition of
 * `cx delta --fail-on-decline` (exit code 3). Themes do not count; KPIs with insufficient data are
 * never significant, so they never trigger it.
 *
 * @example hasSignificantDecline({ …, kpis: [{ name: 'nps', delta: -12, significant: true, direction: 'worse', … }] }) // true
 */
export function hasSignificantDecline(report: Pick<DeltaReport, 'kpis'>): boolean {
  return report.kpis.some((kpi) => kpi.significant && kpi.direction === 'worse');
}
