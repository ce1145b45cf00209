/**
 * The HTML reports in a real browser: headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) opens the fixture reports from disk and we assert zero console errors, zero
 * network requests (the report's own file:// URL is the only request allowed), the number of
 * chart marks each chart should draw, an accessible name per chart, and save the screenshots
 * shown in the README (docs/report.png, docs/delta-report.png). One browser serves both reports,
 * each in a fresh context (its own storage, as a new profile); the reports are written by the
 * CLI in this process (main(argv, io), the --output path as an analyst gives it).
 * Skips outside CI when Chromium is absent; in CI (.ci/run installs it) a missing browser fails.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../cli/_io.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-quic',
  '--disable-component-update', '--disable-sync',
];
const repo = resolve(import.meta.dirname, '../..');
const present = existsSync(CHROMIUM);
const inCi = process.env.CI !== undefined && process.env.CI !== '';

if (!present && !inCi) console.warn(`test/browser: skipped, ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);

async function cx(...args: string[]): Promise<string> {
  const io = fakeIo({ env: { NO_COLOR: '1' }, cwd: repo });
  const code = await main(['node', 'cx', ...args, '--quiet'], io);
  if (code !== 0) throw new Error(`cx ${args.join(' ')} exited ${code}: ${io.err()}`);
  return io.out();
}

let browser: Browser | undefined;

type Opened = {
  readonly errors: readonly string[];
  readonly requests: readonly string[];
  readonly marks: Readonly<Record<string, number>>;
  readonly unnamedCharts: number;
};

/** Opens `file` in a fresh profile, counts `.mark`s per chart id, optionally saves the top of the page. */
async function open(file: string, screenshot?: string): Promise<Opened> {
  if (browser === undefined) {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 }, offline: true });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const own = pathToFileURL(file).href;
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === own) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page.on('request', (request) => {
      if (request.url() !== own && !requests.includes(request.url())) requests.push(request.url());
    });
    await page.goto(own, { waitUntil: 'load' });
    const marks = await page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const svg of Array.from(document.querySelectorAll('svg.chart'))) counts[svg.id] = svg.querySelectorAll('.mark').length;
      return counts;
    });
    const unnamedCharts = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('svg.chart')).filter((svg) => {
          const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
          return svg.getAttribute('role') !== 'img' || ids.length < 2 || ids.some((id) => (document.getElementById(id)?.textContent ?? '').trim() === '');
        }).length,
    );
    if (screenshot !== undefined) await page.screenshot({ path: screenshot, clip: { x: 0, y: 0, width: 1100, height: 1400 } });
    return { errors, requests, marks, unnamedCharts };
  } finally {
    await context.close();
  }
}

describe.skipIf(!present && !inCi)('HTML reports in headless Chromium', () => {
  let dir: string;
  beforeAll(() => {
    if (!present) throw new Error(`${CHROMIUM} is missing; .ci/run installs it (apt-get install -y chromium)`);
    dir = mkdtempSync(join(tmpdir(), 'cx-html-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('cx analyze --format html: no errors, no requests, one mark per theme, week and segment value', async () => {
    const file = join(dir, 'report.html');
    await cx('analyze', 'fixtures/feedback.csv', '--by', 'region', '--format', 'html', '--output', file);
    const report = JSON.parse(await cx('analyze', 'fixtures/feedback.csv', '--by', 'region', '--format', 'json')) as {
      painPoints: string[];
      delights: string[];
      themes: { id: string; rank: { effect: unknown } }[];
      segments: { values: unknown[] }[];
    };
    const estimated = (id: string): boolean => (report.themes.find((theme) => theme.id === id)?.rank.effect ?? null) !== null;
    // The chart shows the top 10 pain points and top 5 delights that have an effect estimate.
    const themeMarks = report.painPoints.slice(0, 10).filter(estimated).length + report.delights.slice(0, 5).filter(estimated).length;

    const opened = await open(file, join(repo, 'docs', 'report.png'));
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([]);
    expect(opened.unnamedCharts).toBe(0);
    // feedback.csv is dated 2025-09-01 (a Monday, ISO week 36) to 2025-10-31 (week 44): 9 weeks,
    // each with 50+ comments, so every week has a bar, an NPS point and a % negative point, and
    // each of the 5 tracked pain points a share point. Region has 4 values.
    expect(opened.marks).toEqual({
      'chart-themes': themeMarks,
      'chart-volume': 9,
      'chart-outcome': 9,
      'chart-negative': 9,
      'chart-theme-shares': 5 * 9,
      'chart-segment-0': report.segments[0]!.values.length,
    });
    expect(report.segments[0]!.values.length).toBe(4);
    expect(themeMarks).toBeGreaterThanOrEqual(5);
  }, 180_000);

  it('cx delta --format html: no errors, no requests, one mark per KPI change and significant theme change', async () => {
    const file = join(dir, 'delta.html');
    await cx('delta', 'fixtures/delta-planted.csv', '--period', 'month', '--format', 'html', '--output', file);
    const output = JSON.parse(await cx('delta', 'fixtures/delta-planted.csv', '--period', 'month', '--format', 'json')) as {
      kpis: { name: string; unit: string; delta: number | null }[];
      themes: { worsening: boolean; significant: boolean; status: string; delta: number | null; ci95: unknown }[];
      where: { column: string; name: string; delta: number | null }[];
      drivers: { kpi: string }[];
      decomposition: { column: string }[];
    };
    const kpiMarks = (unit: string): number => output.kpis.filter((kpi) => kpi.unit === unit && kpi.name !== 'volume' && kpi.delta !== null).length;
    const listed = output.themes.filter((t) => (t.worsening || t.significant || t.status === 'new' || t.status === 'gone') && t.status !== 'stable' && t.delta !== null && t.ci95 !== null);

    const opened = await open(file, join(repo, 'docs', 'delta-report.png'));
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([]);
    expect(opened.unnamedCharts).toBe(0);
    const expected: Record<string, number> = {};
    for (const unit of ['points', 'percent', 'scale']) if (kpiMarks(unit) > 0) expected[`c0-kpi-${unit}`] = kpiMarks(unit);
    if (listed.length > 0) expected['c0-themes'] = listed.length;
    // Where it changed: one small-multiple panel per segment column, a mark per value tested on the headline KPI; Why: a mark per driver.
    const headline = output.drivers[0]?.kpi;
    const columns = [...new Set(output.decomposition.map((d) => d.column))];
    columns.forEach((column, index) => (expected[`c0-where-${index}`] = output.where.filter((w) => w.column === column && w.name === headline && w.delta !== null).length));
    if (output.drivers.length > 0) expected['c0-drivers'] = output.drivers.length;
    expect(columns).toEqual(['channel', 'region', 'product_category']);
    expect(opened.marks).toEqual(expected);
    // delta-planted.csv has NPS and CSAT (1 + 2 percent KPIs with % negative) and a planted rise in one complaint.
    expect(expected['c0-kpi-points']).toBe(1);
    expect(expected['c0-kpi-percent']).toBe(2);
    expect(listed.length).toBeGreaterThanOrEqual(1);
    expect(readFileSync(file, 'utf8')).toContain('What changed');
  }, 180_000);
});
