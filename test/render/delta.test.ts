import { describe, expect, it } from 'vitest';
import type { DeltaReport, KpiDelta, ThemeDelta } from '../../src/delta/index.js';
import type { DeltaOutput } from '../../src/pipeline.js';
import { DELTA_CSV_COLUMNS, renderDeltaCsv, renderDeltaMarkdown, renderDeltaTable, verdict } from '../../src/render/index.js';
import { kpi, output as many, sides, theme } from './delta-fixture.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

const report: DeltaReport = {
  ...sides,
  kpis: [
    kpi({ name: 'nps', unit: 'points', polarity: 'higher-is-better' }),
    kpi({
      name: 'negative', unit: 'percent', polarity: 'lower-is-better', baseline: { value: 32.1, n: 1000 }, current: { value: 35.2, n: 1000 },
      delta: 3.1, ci95: [-1, 7.2], pValue: 0.14, test: 'two-proportion-z', significant: false, direction: 'worse',
    }),
    kpi({
      name: 'ces', unit: 'scale', polarity: 'higher-is-better', baseline: { value: 5, n: 4 }, current: { value: 6, n: 3 },
      delta: null, ci95: null, pValue: null, test: null, significant: false, direction: 'unchanged', insufficient: { needed: 10 },
    }),
  ],
  themes: [
    theme({ id: 'payment', label: 'payment | <checkout>', status: 'rising' }),
    theme({ id: 'quick', label: 'quick delivery', status: 'stable', significant: false, worsening: false, delta: -0.4, qValue: 0.9 }),
  ],
  terms: {
    overRepresented: [{ term: 'checkout', z: 3.8, logOddsRatio: 0.9, baselineCount: 20, currentCount: 60 }],
    underRepresented: [{ term: '\u001b[2Jcourier', z: -2.3, logOddsRatio: -0.5, baselineCount: 40, currentCount: 20 }],
  },
  where: [],
  decomposition: [],
  drivers: [],
};
const output: DeltaOutput = { ...report, inputs: [], warnings: [] };

describe('verdict', () => {
  it('judges by polarity and significance, and explains too little data', () => {
    expect(verdict(report.kpis[0] as KpiDelta)).toBe('worse');
    expect(verdict(report.kpis[1] as KpiDelta)).toBe('not significant');
    expect(verdict(report.kpis[2] as KpiDelta)).toBe('insufficient data, need n≥10');
  });
});

describe('renderDeltaTable', () => {
  const plain = renderDeltaTable(output, { color: 0, width: 120 });
  it('shows both sides, KPI changes with arrows, CIs and verdicts', () => {
    expect(plain).toContain('baseline: before 2025-04-01 (2025-03-01 to 2025-03-31), n=1000');
    expect(plain).toMatch(/NPS\s+│\s+22\.1 n=1000 │\s+10\.5 n=1000 │\s+↓ -11\.6 │ -19\.6 to -3\.5\s+│\s+0\.005 │ worse/);
    expect(plain).toMatch(/% negative .*↑ \+3\.1 pp .* not significant/);
    expect(plain).toContain('insufficient data, need n≥10');
  });
  it('lists changed themes by status and the words behind the change, terminal-safe', () => {
    expect(plain).toMatch(/│ worse\s+│ payment \| <checkout>/);
    expect(plain).toContain('1 other themes stable or too small to test');
    expect(plain).toContain('more often now: checkout (z +3.8)');
    expect(plain).toContain('less often now: courier (z -2.3)');
    expect(plain).not.toContain('\u001b');
  });
  it('colours a significant worsening red and greys insignificant rows (only when asked)', () => {
    const coloured = renderDeltaTable(output, { color: 1, width: 120 });
    expect(coloured).toContain('\u001b[31m\u001b[1mworse');
    expect(coloured).toContain('\u001b[2mnot significant');
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });
});

describe('renderDeltaTable intervals', () => {
  it('keeps a wide two-digit interval on one line', () => {
    const big = theme({ id: 'account', label: 'account', status: 'falling', worsening: false, delta: -22.2, ci95: [-28.1, -16.9] });
    const table = renderDeltaTable({ ...output, themes: [big] }, { color: 0, width: 120 });
    expect(table).toMatch(/│ better\s+│ account\s+│.*│ -28\.1 to -16\.9\s+│/);
  });
});

describe('renderDeltaMarkdown and renderDeltaCsv', () => {
  it('escapes labels in Markdown', () => {
    const md = renderDeltaMarkdown(output);
    expect(md).toContain('payment \\| &lt;checkout&gt;');
    expect(md).toContain('| NPS | 22.1 | 1000 | 10.5 | 1000 | ↓ -11.6 | -19.6 to -3.5 | 0.005 | **worse** |');
    expect(md).toContain('| **worse** | rising | payment \\| &lt;checkout&gt; |');
  });
  it('writes KPI rows then theme rows under one header', () => {
    const lines = renderDeltaCsv(output).trimEnd().split('\n');
    expect(lines[0]).toBe(DELTA_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 3 + 2);
    expect(lines[1]).toBe('from 2025-04-01,kpi,nps,NPS,22.1,1000,10.5,1000,-11.6,-19.6,-3.5,0.0051,,true,worse');
    expect(lines[4]).toContain(',theme,payment,payment | <checkout>,9,90,18,180,9,6,12,');
  });
});

describe('renderDeltaTable on many changes', () => {
  const at80 = renderDeltaTable(many, { color: 0, width: 80 });
  const lines = at80.split('\n');

  it('shows every significant worsening, worse first, and counts what it hides', () => {
    const verdicts = lines.filter((line) => /^│ (worse|better|changed|new|gone)\s/.test(line)).map((line) => line.split('│')[1]!.trim());
    // 31 worse (payment + 30), then with top 10 the 3 others still fit: better, new, gone.
    expect(verdicts.filter((v) => v === 'worse')).toHaveLength(31);
    expect(verdicts.slice(31)).toEqual(['better', 'new', 'gone']);
    const cut = renderDeltaTable(many, { color: 0, width: 80, top: 1 });
    expect(cut.split('\n').filter((line) => line.startsWith('│ worse'))).toHaveLength(31);
    // wrapped at 80 columns (the sentence is 87 characters with its indent)
    expect(cut).toContain('  2 more changes (better, new or gone) not shown; all 34 are in --format md, csv\n  or json');
    expect(at80).toContain('2 other themes stable or too small to test');
  });

  it('fits 80 columns without wrapping a verdict, n.s. explained', () => {
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(80);
    expect(at80).toMatch(/│ Sentiment mean │\s+0\.08 │\s+0\.03 │\s+↓ -0\.05 │ -0\.06 to -0\.001\s+│ worse\s+│/);
    expect(at80).toMatch(/│ % negative\s+│\s+32\.1% │\s+32\.1% │\s+→ 0\.0 pp │ -4\.0 to \+4\.0\s+│ n\.s\.\s+│/);
    expect(at80).toContain('n.s. = no significant change (95%); too few = under 10 answers on a side;');
  });

  it('lists only words at |z| ≥ 1.96', () => {
    expect(at80).toContain('more often now: checkout (z +3.8)');
    expect(at80).not.toContain('weather');
    expect(at80).not.toContain('kids');
  });
});
