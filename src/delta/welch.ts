import { meanAndVariance, studentTQuantile, studentTTwoSidedP } from '../kpi/index.js';
import type { SampleSummary, WelchResult } from './types.js';

/**
 * Welch's two-sample t-test for a difference of means (current − baseline), unequal variances.
 *
 * What it is for: CES, rating and mean sentiment between two periods or segments.
 *
 * Formula in words: SE = √(s²_b/n_b + s²_c/n_c); t = (mean_c − mean_b)/SE; degrees of freedom by
 * Welch-Satterthwaite, ν = (s²_b/n_b + s²_c/n_c)² / ((s²_b/n_b)²/(n_b − 1) + (s²_c/n_c)²/(n_c − 1));
 * p = P(|T_ν| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½) (regularized incomplete beta, Lentz continued
 * fraction; lnΓ by Lanczos); ci95 = delta ± t(0.975, ν) · SE.
 *
 * Reference: B. L. Welch (1947), "The generalization of 'Student's' problem when several different
 * population variances are involved", Biometrika 34:28-35; F. E. Satterthwaite (1946), Biometrics
 * Bulletin 2:110-114. R: t.test(current, baseline) (var.equal = FALSE is R's default).
 *
 * Edge cases: each side needs n ≥ 2 (RangeError). Both variances 0: t = ±Infinity and p = 0 when
 * the means differ, t = 0 and p = 1 when equal; ν is then n_b + n_c − 2 and the interval has zero
 * width.
 *
 * @example
 * // R's sleep data: t.test(extra ~ group, data = sleep) → t = -1.8608, df = 17.776,
 * // p-value = 0.07939, 95% CI -3.3654832 0.2054832 (group 1 − group 2)
 * welch({ mean: 2.33, variance: 4.009, n: 10 }, { mean: 0.75, variance: 3.2006, n: 10 })
 */
export function welch(baseline: SampleSummary, current: SampleSummary): WelchResult {
  if (!(baseline.n >= 2) || !(current.n >= 2)) {
    throw new RangeError(`Welch's test needs n ≥ 2 on each side, got ${baseline.n} and ${current.n}`);
  }
  const baselineTerm = baseline.variance / baseline.n;
  const currentTerm = current.variance / current.n;
  const standardError = Math.sqrt(baselineTerm + currentTerm);
  const delta = current.mean - baseline.mean;
  if (standardError === 0) {
    const df = baseline.n + current.n - 2;
    return {
      delta,
      ci95: [delta, delta],
      pValue: delta === 0 ? 1 : 0,
      t: delta === 0 ? 0 : delta > 0 ? Infinity : -Infinity,
      df,
      standardError,
    };
  }
  const df =
    (baselineTerm + currentTerm) ** 2 /
    (baselineTerm ** 2 / (baseline.n - 1) + currentTerm ** 2 / (current.n - 1));
  const t = delta / standardError;
  const halfWidth = studentTQuantile(0.975, df) * standardError;
  return { delta, ci95: [delta - halfWidth, delta + halfWidth], pValue: studentTTwoSidedP(t, df), t, df, standardError };
}

/** welch() from raw values (nulls and non-finite values skipped). */
export function welchFromValues(baseline: Iterable<number | null>, current: Iterable<number | null>): WelchResult {
  return welch(meanAndVariance(baseline), meanAndVariance(current));
}
