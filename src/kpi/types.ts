/** Types of the kpi stage. */

/** An estimate always carries its sample size; too little data is a value, not a silent number. */
export type Estimate =
  | {
      readonly kind: 'estimate';
      readonly value: number;
      readonly n: number;
      /** 95% interval; null only where an interval is undefined (documented per KPI). */
      readonly ci95: readonly [low: number, high: number] | null;
    }
  | { readonly kind: 'insufficient'; readonly n: number; readonly needed: number };
