/**
 * How delta results are ordered and rounded for people, shared by the terminal, Markdown and
 * HTML renderers: worse first, then better, then other significant changes, then new and gone;
 * intervals rounded outward (never inward: a significant interval must not print as touching 0);
 * a change that rounds to zero prints as "→ 0.0".
 */
import type { ThemeDelta } from '../delta/types.js';
import { fixed, signed } from './format.js';

/** |z| a word needs to be shown as behind the change (two-sided 5%); src/delta filters too, we display defensively. */
export const MIN_TERM_Z = 1.96;

export type ThemeGroup = 'worse' | 'better' | 'changed' | 'new' | 'gone' | 'stable';

export const GROUP_ORDER: readonly ThemeGroup[] = ['worse', 'better', 'changed', 'new', 'gone', 'stable'];

/** Which group a theme's change belongs to. Worse wins over new/gone: a new complaint is bad news first. */
export function themeGroup(theme: ThemeDelta): ThemeGroup {
  if (theme.worsening) return 'worse';
  if (theme.status === 'new') return 'new';
  if (theme.status === 'gone') return 'gone';
  if (!theme.significant || theme.status === 'stable') return 'stable';
  const rose = (theme.delta ?? 0) > 0;
  if (theme.lean === 'negative') return rose ? 'worse' : 'better';
  if (theme.lean === 'positive') return rose ? 'better' : 'worse';
  return 'changed';
}

/** Themes in group order, the largest absolute change first within a group, then by id. */
export function orderThemeChanges(themes: readonly ThemeDelta[]): ThemeDelta[] {
  return [...themes].sort((a, b) => {
    const group = GROUP_ORDER.indexOf(themeGroup(a)) - GROUP_ORDER.indexOf(themeGroup(b));
    if (group !== 0) return group;
    const size = Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0);
    if (size !== 0) return size;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

const scaled = (value: number, decimals: number): number => Number((value * 10 ** decimals).toPrecision(12));

/**
 * A 95% interval as two signed strings, rounded outward (low down, high up). When the interval
 * excludes 0, the bound nearest 0 gets more decimals (up to 3 more) until it does not print as 0.
 *
 * @example outwardInterval([-0.052, -0.001], 2) // ['-0.06', '-0.001']
 */
export function outwardInterval(ci: readonly [number, number], decimals: number): [string, string] {
  return [bound(ci[0], decimals, Math.floor, ci[0] > 0), bound(ci[1], decimals, Math.ceil, ci[1] < 0)];
}

function bound(value: number, decimals: number, round: (x: number) => number, keepOffZero: boolean): string {
  for (let d = decimals; ; d += 1) {
    const rounded = round(scaled(value, d)) / 10 ** d;
    if (!keepOffZero || rounded !== 0 || d >= decimals + 3) return signed(rounded, d);
  }
}

/** '↑ +4.2', '↓ -1.0', or '→ 0.0' when the change rounds to zero (or is zero). */
export function changeText(delta: number, decimals: number, suffix = ''): string {
  const text = signed(delta, decimals);
  if (text === fixed(0, decimals)) return `→ ${text}${suffix}`;
  return `${delta > 0 ? '↑' : '↓'} ${text}${suffix}`;
}
