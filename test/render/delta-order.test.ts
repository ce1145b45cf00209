import { describe, expect, it } from 'vitest';
import type { ThemeDelta } from '../../src/delta/types.js';
import { changeText, orderThemeChanges, outwardInterval, themeGroup } from '../../src/render/delta-order.js';

const theme = (over: Partial<ThemeDelta> & Pick<ThemeDelta, 'id' | 'status'>): ThemeDelta => ({
  label: over.id,
  baseline: { count: 10, share: 0.1 },
  current: { count: 20, share: 0.2 },
  delta: 10,
  ci95: [5, 15],
  pValue: 0.001,
  qValue: 0.01,
  test: 'two-proportion-z',
  significant: true,
  lean: 'negative',
  worsening: false,
  sentiment: { baseline: -0.3, current: -0.3, change: 0 },
  nps: { baseline: null, current: null, change: null, baselineN: 0, currentN: 0 },
  ...over,
});

describe('outwardInterval', () => {
  it('rounds the low bound down and the high bound up', () => {
    // -12.14 → -12.2 (down), 1.31 → +1.4 (up): never narrower than the real interval.
    expect(outwardInterval([-12.14, 1.31], 1)).toEqual(['-12.2', '+1.4']);
  });
  it('gives a significant interval enough decimals not to touch zero', () => {
    // The case: "-0.05 to 0.00" beside "worse". -0.001 needs 3 decimals to stay below 0.
    expect(outwardInterval([-0.052, -0.001], 2)).toEqual(['-0.06', '-0.001']);
    expect(outwardInterval([0.003, 0.05], 2)).toEqual(['+0.003', '+0.05']);
    expect(outwardInterval([-5.2, -0.04], 1)).toEqual(['-5.2', '-0.04']);
  });
  it('lets an interval that includes zero print zero', () => {
    expect(outwardInterval([-2.04, 0], 1)).toEqual(['-2.1', '0.0']);
  });
});

describe('changeText', () => {
  it('uses an arrow by sign and "→" for a change that rounds to zero', () => {
    expect(changeText(4.2, 1)).toBe('↑ +4.2');
    expect(changeText(-1, 1, ' pp')).toBe('↓ -1.0 pp');
    expect(changeText(0, 2)).toBe('→ 0.00');
    expect(changeText(-0.004, 2)).toBe('→ 0.00');
  });
});

describe('orderThemeChanges', () => {
  it('puts worse first, then better, then new and gone, then the rest; larger changes first', () => {
    const themes = [
      theme({ id: 'gone-a', status: 'gone', delta: -3, significant: false }),
      theme({ id: 'praise-down', status: 'falling', lean: 'positive', delta: -4, worsening: true }),
      theme({ id: 'stable', status: 'stable', significant: false, delta: 0.5 }),
      theme({ id: 'complaint-down', status: 'falling', delta: -6 }),
      theme({ id: 'new-a', status: 'new', delta: 2, significant: false }),
      theme({ id: 'complaint-up', status: 'rising', delta: 9, worsening: true }),
    ];
    expect(orderThemeChanges(themes).map((t) => t.id)).toEqual(['complaint-up', 'praise-down', 'complaint-down', 'new-a', 'gone-a', 'stable']);
    expect(themeGroup(themes[3]!)).toBe('better');
    expect(themeGroup(theme({ id: 'neutral', status: 'rising', lean: 'neutral' }))).toBe('changed');
  });
});
