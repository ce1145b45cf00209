import { describe, expect, it } from 'vitest';
import type { DeltaOutput } from '../../src/pipeline.js';
import { renderDeltaHtml, renderDeltaMarkdown, renderDeltaTable } from '../../src/render/index.js';
import { mixSentence } from '../../src/render/delta-where-text.js';
import { decomposition, driver, drivers, report, where } from './delta-fixture.js';
import { ellipsis, segmentLabel } from '../../src/render/delta-fit.js';

const output: DeltaOutput = { ...report, where, decomposition, drivers, inputs: [], warnings: [] };
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const width = (text: string): number => Math.max(...text.split('\n').map((line) => Array.from(line.replace(ANSI, '')).length));

describe('mixSentence', () => {
  it("says the issue's example in words: mix only", () => {
    // Centred parts, K̄ = (19 + 8)/2 = 13.5: phone 0.2·(−25 − 13.5) = −7.7, web −0.2·(30 − 13.5) = −3.3 → phone is named.
    expect(mixSentence(decomposition[0]!)).toBe('11.0 of the 11.0-point drop is mix: phone responses went from 20% to 40% of the sample.');
  });
  it('calls a change inside segments real change', () => {
    const real = { ...decomposition[0]!, mix: { value: 0.2, ci95: [-0.5, 0.9] as const, standardError: 0.36 }, rate: { value: -11.2, ci95: [-17, -5] as const, standardError: 3 } };
    expect(mixSentence(real)).toBe('Real change: the 11.0-point drop (rate -11.2) happened inside channel values (mix +0.2).');
    const part = { ...real, rate: { value: -9, ci95: [-15, -3] as const, standardError: 3 } };
    expect(mixSentence(part)).toBe('Real change: 9.0 of the 11.0-point drop happened inside channel values (mix +0.2).');
  });
});

describe('renderDeltaTable: where, mix and why', () => {
  const plain = renderDeltaTable(output, { color: 0, width: 80 });
  it('fits 80 columns', () => {
    expect(width(plain)).toBeLessThanOrEqual(80);
  });
  it('shows the declining segment with its interval, and names the one too small to test', () => {
    expect(plain).toMatch(/Where it changed/);
    expect(plain).toMatch(/region = North: NPS\s+│\s+21\.3 → -17\.3 │\s+-38\.6 │ -51\.7 to -24\.9\s+│ worse/);
    expect(plain).toMatch(/too small to test \(under 30 answers on a side\): channel = <fax>/);
  });
  it('splits the change into mix and rate with the sentence', () => {
    expect(plain).toMatch(/Mix or real change \(NPS\)/);
    expect(plain).toMatch(/channel\s+│\s+-11\.0 │\s+-11\.0 │ -19\.6 to -2\.4\s+│\s+0\.0 │ -6\.0 to \+6\.0/);
    expect(plain.replace(/\n\s+/g, ' ')).toContain('channel: 11.0 of the 11.0-point drop is mix: phone responses went from 20% to 40% of the sample.');
  });
  it('lists the themes behind the change, new ones marked, with a current comment, escaped', () => {
    expect(plain).toMatch(/Why NPS moved \(-11\.6 points\)/);
    expect(plain).toMatch(/outage\s+│\s+0\.0% → 5\.3% │\s+-6\.1 │ -7\.5 to -4\.8\s+│ new, sig\./);
    expect(plain).toMatch(/\(all other themes\)\s+│\s+90\.0% → 85\.0% │\s+-6\.8/);
    expect(plain).toContain('outage: "The outage <b>lasted</b> all weekend."');
  });
});

describe('renderDeltaTable at 80 columns with long segment values and theme labels', () => {
  const column = 'Which service region are you in?';
  const value = 'North Eastern Metropolitan Region (incl. Islands)';
  const long: DeltaOutput = {
    ...output,
    where: where.map((change) => (change.column === 'region' ? { ...change, column, value: change.value === 'North' ? value : change.value } : change)),
    decomposition: decomposition.map((entry) => ({ ...entry, column: `${column} (segment column with a long name)` })),
    drivers: [driver({ label: 'outage in the north eastern metropolitan region every single evening' }), ...drivers.slice(1)],
  };
  const plain = renderDeltaTable(long, { color: 0, width: 80 });
  const section = (title: string): string[] => (plain.split(title)[1] ?? '').split('\n\n')[0]!.split('\n').filter((line) => line.startsWith('│'));
  it('keeps every row on one line within 80 columns, cutting the text with an ellipsis and keeping the numbers whole', () => {
    expect(width(plain)).toBeLessThanOrEqual(80);
    // one table line per row: header + 2 tested segment changes (fax is too small) / 1 decomposition / 3 drivers
    expect(section('Where it changed')).toHaveLength(1 + 2);
    expect(section('Mix or real change')).toHaveLength(1 + 1);
    expect(section('Why NPS moved')).toHaveLength(1 + 3);
    expect(plain).toContain('│ Which… = North Easte…: NPS │ 21.3 → -17.3 │  -38.6 │ -51.7 to -24.9 │ worse  │');
    expect(plain).toContain('│ Which servic… = South: NPS │  21.3 → 22.3 │   +1.0 │ -12.0 to +14.0 │ n.s.   │');
    expect(plain).toContain('│ Which service region… │  -11.0 │ -11.0 │ -19.6 to -2.4 │  0.0 │ -6.0 to +6.0 │');
    expect(plain).toContain('│ outage in the north ea… │   0.0% → 5.3% │   -6.1 │ -7.5 to -4.8  │ new, sig. │');
    expect(plain).toContain('  outage in the north easte…: "The outage <b>lasted</b> all weekend."');
  });
});

describe('renderDeltaTable warnings at 80 columns', () => {
  it('wraps a long warning under its mark', () => {
    const warning = 'segment Restaurant: 77 values; the 50 largest are tested one by one (all count in the mix/rate decomposition)';
    const text = renderDeltaTable({ ...output, warnings: [warning] }, { color: 0, width: 80 });
    expect(text).toContain('  ! segment Restaurant: 77 values; the 50 largest are tested one by one (all\n    count in the mix/rate decomposition)');
    expect(width(text)).toBeLessThanOrEqual(80);
  });
});

describe('ellipsis and segmentLabel', () => {
  it('cut text to the room with an ellipsis, the column name before the value', () => {
    expect(ellipsis('short', 5)).toBe('short');
    expect(ellipsis('a longer text', 8)).toBe('a longe…');
    expect(ellipsis('ab cd', 4)).toBe('ab…');
    expect(segmentLabel('region', 'North', 14)).toBe('region = North');
    expect(segmentLabel('Which service region?', 'North', 16)).toBe('Which s… = North');
    expect(segmentLabel('Which service region?', 'North', 18)).toBe('Which ser… = North');
    expect(segmentLabel('region', 'North Eastern Region', 16)).toBe('region = North…');
  });
});

describe('renderDeltaMarkdown: where, mix and why', () => {
  const md = renderDeltaMarkdown(output);
  it('has the three sections with every entry, n, p and q', () => {
    expect(md).toContain('## Where it changed');
    expect(md).toContain('| region = North | NPS | 21.3 | 300 | -17.3 | 300 | -38.6 | -51.7 to -24.9 | 0.005 | <0.001 | **worse** |');
    expect(md).toContain('| channel = &lt;fax&gt; | NPS | 10.0 | 4 | 0.0 | 3 |  |  |  |  | small |');
    expect(md).toContain('## Mix or real change');
    expect(md).toContain('| channel | NPS | -11.0 | -11.0 | -19.6 to -2.4 | 0.0 | -6.0 to +6.0 |');
    expect(md).toContain('## Why NPS moved');
    expect(md).toContain('| outage | 0.0% | 5.3% | - | -100.0 | -6.1 | 0.0 | **-6.1** | -7.5 to -4.8 | <0.001 | new, sig. | "The outage &lt;b&gt;lasted&lt;/b&gt; all weekend."<br>"Another outage last night." |');
  });
});

describe('renderDeltaHtml: where, mix and why', () => {
  const page = renderDeltaHtml(output, { color: 0, width: 100 });
  it('draws one small-multiple panel per segment column with a mark per tested value, and escapes labels', () => {
    expect(page).toContain('<h3>Where it changed</h3>');
    expect(page).toMatch(/id="c0-where-0"/);
    expect(page).toMatch(/id="c0-where-1"/);
    const marks = (id: string): number => (page.split(`id="${id}"`)[1]?.split('</svg>')[0]?.match(/class="mark"/g) ?? []).length;
    // Panels in segment-column order (channel, as in the decomposition, then region).
    expect(marks('c0-where-0')).toBe(0); // channel: <fax> is too small to test, a label and no mark
    expect(marks('c0-where-1')).toBe(2); // region: North and South
    expect(page).toContain('&lt;fax&gt; (too small)');
    expect(page).not.toContain('<fax>');
    expect(page).not.toContain('<b>lasted</b>');
  });
  it('has the mix and why sections', () => {
    expect(page).toContain('<h3>Mix or real change</h3>');
    expect(page).toContain('11.0 of the 11.0-point drop is mix: phone responses went from 20% to 40% of the sample.');
    expect(page).toMatch(/<h3>Why NPS moved \(-11\.6 points\)<\/h3>/);
    expect(page).toMatch(/id="c0-drivers"/);
  });
});
