import { normalTwoSidedP, Z95 } from '../kpi/index.js';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import { DRIVER_DEFAULTS, SIGNIFICANCE_LEVEL } from './sample-size.js';
import type { IntervalEstimate, ThemeDriver } from './types.js';

/** What themeDrivers needs from a theme: id, label and the doc indices mentioning it (top-level themes only). */
export type DriverTheme = { readonly id: string; readonly label: string; readonly rows: readonly number[] };

export type ThemeDriversInput = {
  readonly kpi: ThemeDriver['kpi'];
  readonly themes: readonly DriverTheme[];
  /** The KPI's per-respondent value per doc index (see kpiCoder); null = no value, left out. */
  readonly values: readonly (number | null)[];
  readonly baseline: readonly number[];
  readonly current: readonly number[];
  /**
   * Is the KPI's own change significant? A contribution is flagged only then (gatekeeping: with
   * no change to explain, a theme's share wobble is not a cause). Default true.
   */
  readonly changeSignificant?: boolean;
  /** Contributors listed each way (default DRIVER_DEFAULTS.eachWay). */
  readonly eachWay?: number;
};

/** A ThemeDriver before the pipeline adds its example comments. */
export type ThemeDriverDraft = Omit<ThemeDriver, 'examples'>;

/**
 * Which themes moved the KPI, and by how much: a decomposition of K₂ − K₁ (the KPI as a mean of one
 * number per respondent, kpiCoder) over the themes that sums exactly.
 *
 * Multi-theme comments: a comment with m top-level themes gives weight 1/m to each (weight 1 to
 * "untagged" when it has none), so every comment's weights sum to 1 and the groups partition the
 * sample. For group j on side t: W = Σ f / N (its weight share), k = Σ f·y / Σ f (its weighted KPI).
 * Its contribution is the centred shift-share term
 *   mix_j  = (W₂ − W₁)((k₁ + k₂)/2 − K̄),   K̄ = (K₁ + K₂)/2,
 *   rate_j = (k₂ − k₁)(W₁ + W₂)/2,
 *   mix_j + rate_j = (W₂k₂ − W₁k₁) − (W₂ − W₁)K̄.
 * Σ_j (W₂ − W₁) = 0, so subtracting K̄ changes no sum: Σ_j contributions = K₂ − K₁ exactly, and a
 * theme that grows counts by how far below (or above) the average its comments are — a growing
 * complaint pulls the KPI down, a growing group of average comments moves nothing. A theme absent
 * on the baseline side takes k₁ = k₂ (rate 0; status new).
 *
 * Intervals: delta method. c_j = B₂ − B₁ − (A₂ − A₁)K̄ with A = Σf/N, B = Σf·y/N, K = Σy/N, so the
 * influence of a respondent with weight f and value y is ±f(y − K̄) − (W₂ − W₁)y/2 (+ on the current
 * side, − on the baseline side); Var = Σ_sides Var(φ)/N (divisor N − 1); ci95 = c ± 1.96 SE; p from
 * z = c/SE; q by Benjamini-Hochberg over the groups; flagged (`significant`) when q < 0.05 and the KPI's
 * own change is significant (hierarchical gatekeeping as for sub-themes in compareThemes, Yekutieli
 * 2008: the themes explain a change, they are not tested when there is none). 'other' sums the groups not listed, its
 * interval from the same formula with f = the comment's weight outside the listed groups.
 *
 * Listed: the `eachWay` groups with the most negative and the most positive contributions (0 left
 * out). Example comments are picked by the pipeline (current side, leaning the way of the change).
 *
 * Cost: O(docs + Σ theme rows).
 */
export function themeDrivers(input: ThemeDriversInput): ThemeDriverDraft[] {
  const eachWay = input.eachWay ?? DRIVER_DEFAULTS.eachWay;
  const size = input.values.length;
  const side = new Uint8Array(size);
  for (const index of input.baseline) if (input.values[index] !== null && input.values[index] !== undefined) side[index] = 1;
  for (const index of input.current) if (input.values[index] !== null && input.values[index] !== undefined) side[index] = 2;
  const themeCount = new Int32Array(size);
  for (const theme of input.themes) for (const row of theme.rows) if (row < size) themeCount[row]! += 1;

  // Per side: N, Σy, Σy²; per group and side: Σf, Σfy, Σfy², Σf², Σf²y, Σf²y², mentions.
  const totals = [{ n: 0, y: 0, yy: 0 }, { n: 0, y: 0, yy: 0 }];
  for (let index = 0; index < size; index++) {
    const which = side[index] as number;
    if (which === 0) continue;
    const y = input.values[index] as number;
    const total = totals[which - 1]!;
    total.n += 1;
    total.y += y;
    total.yy += y * y;
  }
  const [t1, t2] = totals as [{ n: number; y: number; yy: number }, { n: number; y: number; yy: number }];
  if (t1.n === 0 || t2.n === 0) return [];
  const k1 = t1.y / t1.n;
  const k2 = t2.y / t2.n;
  const kBar = (k1 + k2) / 2;

  type Sums = { count: number; f: number; fy: number; fyy: number; ff: number; ffy: number; ffyy: number };
  const empty = (): Sums => ({ count: 0, f: 0, fy: 0, fyy: 0, ff: 0, ffy: 0, ffyy: 0 });
  const add = (sums: Sums, f: number, y: number): void => {
    sums.count += 1;
    sums.f += f;
    sums.fy += f * y;
    sums.fyy += f * y * y;
    sums.ff += f * f;
    sums.ffy += f * f * y;
    sums.ffyy += f * f * y * y;
  };
  type Group = { readonly kind: 'theme' | 'untagged'; readonly id: string | null; readonly label: string | null; readonly rows: readonly number[] | null; readonly sides: [Sums, Sums] };
  const groups: Group[] = input.themes.map((theme) => {
    const sides: [Sums, Sums] = [empty(), empty()];
    for (const row of theme.rows) {
      const which = side[row] ?? 0;
      if (which === 0) continue;
      add(sides[which - 1] as Sums, 1 / (themeCount[row] as number), input.values[row] as number);
    }
    return { kind: 'theme', id: theme.id, label: theme.label, rows: theme.rows, sides };
  });
  const untagged: [Sums, Sums] = [empty(), empty()];
  for (let index = 0; index < size; index++) {
    const which = side[index] as number;
    if (which !== 0 && themeCount[index] === 0) add(untagged[which - 1] as Sums, 1, input.values[index] as number);
  }
  groups.push({ kind: 'untagged', id: null, label: null, rows: null, sides: untagged });

  /** Contribution and its delta-method estimate from a group's sums on both sides. */
  const measure = (sides: readonly [Sums, Sums]) => {
    const [s1, s2] = sides;
    const w1 = s1.f / t1.n;
    const w2 = s2.f / t2.n;
    const mean1 = s1.f > 0 ? s1.fy / s1.f : null;
    const mean2 = s2.f > 0 ? s2.fy / s2.f : null;
    const a = mean1 ?? mean2 ?? 0;
    const b = mean2 ?? mean1 ?? 0;
    const mix = (w2 - w1) * ((a + b) / 2 - kBar);
    const rate = (b - a) * ((w1 + w2) / 2);
    const h = (w2 - w1) / 2;
    let variance = 0;
    for (const [sums, total, sign] of [[s1, t1, -1], [s2, t2, 1]] as const) {
      if (total.n < 2) continue;
      // φ = sign·f(y − K̄) − h·y; Σφ and Σφ² from the sums.
      const fCentred = sums.fy - kBar * sums.f;
      const ffCentred = sums.ffyy - 2 * kBar * sums.ffy + kBar * kBar * sums.ff;
      const fyCentred = sums.fyy - kBar * sums.fy;
      const sum = sign * fCentred - h * total.y;
      const squares = ffCentred - 2 * sign * h * fyCentred + h * h * total.yy;
      variance += Math.max(0, squares - (sum * sum) / total.n) / (total.n - 1) / total.n;
    }
    return { w1, w2, mean1, mean2, mix, rate, variance };
  };
  const estimate = (value: number, variance: number): IntervalEstimate => {
    const standardError = Math.sqrt(variance);
    return { value, ci95: [value - Z95 * standardError, value + Z95 * standardError], standardError };
  };
  const pOf = (value: number, variance: number): number => (variance > 0 ? normalTwoSidedP(value / Math.sqrt(variance)) : value === 0 ? 1 : 0);

  const measured = groups.map((group) => ({ group, ...measure(group.sides) }));
  const pValues = measured.map((m) => pOf(m.mix + m.rate, m.variance));
  const qValues = benjaminiHochberg(pValues);
  const byValue = (a: number, b: number): number => a - b;
  const order = measured.map((_, index) => index);
  const contribution = (index: number): number => (measured[index]!.mix + measured[index]!.rate);
  const tieBreak = (a: number, b: number): number => {
    const x = measured[a]!.group.id ?? '';
    const y = measured[b]!.group.id ?? '';
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  const negatives = order.filter((index) => contribution(index) < 0).sort((a, b) => byValue(contribution(a), contribution(b)) || tieBreak(a, b)).slice(0, eachWay);
  const positives = order.filter((index) => contribution(index) > 0).sort((a, b) => byValue(contribution(b), contribution(a)) || tieBreak(a, b)).slice(0, eachWay);
  const listed = [...negatives, ...positives];

  const drafts: ThemeDriverDraft[] = listed.map((index) => {
    const m = measured[index]!;
    const value = m.mix + m.rate;
    const q = qValues[index] as number;
    return {
      kind: m.group.kind,
      kpi: input.kpi,
      id: m.group.id,
      label: m.group.label,
      baseline: { weight: m.w1, kpi: m.mean1, count: m.group.sides[0].count },
      current: { weight: m.w2, kpi: m.mean2, count: m.group.sides[1].count },
      mix: m.mix,
      rate: m.rate,
      contribution: estimate(value, m.variance),
      pValue: pValues[index] as number,
      qValue: q,
      significant: input.changeSignificant !== false && q < SIGNIFICANCE_LEVEL,
      new: m.group.kind === 'theme' && m.group.sides[0].count === 0 && m.group.sides[1].count > 0,
    };
  });

  // 'other': every group not listed, f = the comment's weight outside the listed groups.
  const listedShare = new Float64Array(size);
  for (const index of listed) {
    const group = measured[index]!.group;
    if (group.rows !== null) {
      for (const row of group.rows) if (row < size && side[row] !== 0) listedShare[row]! += 1 / (themeCount[row] as number);
    } else {
      for (let row = 0; row < size; row++) if (side[row] !== 0 && themeCount[row] === 0) listedShare[row] = 1;
    }
  }
  const rest: [Sums, Sums] = [empty(), empty()];
  for (let index = 0; index < size; index++) {
    const which = side[index] as number;
    if (which === 0) continue;
    const f = 1 - (listedShare[index] as number);
    if (f > 1e-12) add(rest[which - 1] as Sums, f, input.values[index] as number);
  }
  if (listed.length > 0 && listed.length < measured.length) {
    const m = measure(rest);
    // The sum of the listed parts and 'other' is the change: 'other' is defined as the remainder.
    let listedTotal = 0;
    for (const draft of drafts) listedTotal += draft.contribution.value;
    const value = k2 - k1 - listedTotal;
    const p = pOf(value, m.variance);
    drafts.push({
      kind: 'other',
      kpi: input.kpi,
      id: null,
      label: null,
      baseline: { weight: m.w1, kpi: m.mean1, count: rest[0].count },
      current: { weight: m.w2, kpi: m.mean2, count: rest[1].count },
      mix: m.mix,
      rate: value - m.mix,
      contribution: estimate(value, m.variance),
      pValue: p,
      qValue: null,
      significant: false,
      new: false,
    });
  }
  return drafts;
}
