import type { DeltaReport } from './types.js';

/** Version of the `cx delta --format json` contract; bump on any breaking change. */
export const DELTA_SCHEMA_VERSION = '1.1' as const;

/** Assemble a DeltaReport (adds schemaVersion; the parts come from compareKpis, compareThemes, fightinWords). */
export function deltaReport(parts: Omit<DeltaReport, 'schemaVersion'>): DeltaReport {
  return {
    schemaVersion: DELTA_SCHEMA_VERSION,
    baseline: parts.baseline,
    current: parts.current,
    kpis: parts.kpis,
    themes: parts.themes,
    terms: parts.terms,
    where: parts.where,
    decomposition: parts.decomposition,
    drivers: parts.drivers,
  };
}
