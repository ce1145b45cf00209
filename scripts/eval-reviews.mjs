#!/usr/bin/env node
// Review-export checks (issue 9): runs ../shared/eval/review-check.mjs on the two review sets in
// ../shared/data and prints a compact table beside the session-1 baseline and the targets.
// Usage: node scripts/eval-reviews.mjs            (needs bin/cx.js built: `npm run build`)
//        import { evaluateReviews } from './eval-reviews.mjs'
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCheck } from './_run-check.mjs';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const check = `${shared}eval/review-check.mjs`;
const cx = fileURLToPath(new URL('../bin/cx.js', import.meta.url));

export const sets = [
  { name: 'netflix', file: `${shared}data/netflix_reviews.csv`, flags: ['--text', 'content', '--rating', 'score', '--date', 'at'] },
  { name: 'zomato', file: `${shared}data/zomato_reviews.csv`, flags: ['--text', 'Review', '--rating', 'Rating', '--date', 'Time'] },
];

/** Session-1 baseline (before head-anchored themes), measured with review-check.mjs. */
export const session1 = {
  netflix: { pains: '10/10', delights: '5/10', total: 238, topLevel: 20, dupLabels: 13, coverage: 0.77 },
  zomato: { pains: '10/10', delights: '7/10', total: 217, topLevel: 24, dupLabels: 19, coverage: 0.77 },
};
export const targets = { pains: '≥ 9/10', delights: '≥ 9/10', total: '≤ 80', topLevel: '5–25', dupLabels: '0', coverage: '≥ 0.70' };

/** Measured with review-check.mjs on main at 048b213, before issue 16 (meaning-based themes). */
export const before = {
  netflix: { pains: '10/10', delights: '3/3', total: 71, topLevel: 25, dupLabels: 0, coverage: '0.93' },
  zomato: { pains: '10/10', delights: '9/9', total: 75, topLevel: 25, dupLabels: 0, coverage: '0.91' },
};

function run(set) {
  return runCheck(check, ['--cx', cx, set.file, ...set.flags], 'review-check');
}

/** Runs review-check on each set present; returns { name: result } (result.error when it failed). */
export async function evaluateReviews() {
  const present = sets.filter((s) => existsSync(s.file));
  const results = await Promise.all(present.map(run));
  return Object.fromEntries(present.map((s, i) => [s.name, results[i]]));
}

export async function main() {
  if (!existsSync(check)) {
    console.log(`eval-reviews: ${check} not found — skipped.`);
    return;
  }
  const results = await evaluateReviews();
  const names = Object.keys(results);
  if (names.length === 0) {
    console.log('eval-reviews: no review sets found — skipped.');
    return;
  }
  const now = (r) =>
    r.error
      ? { pains: 'error', delights: 'error', total: 'error', topLevel: 'error', dupLabels: 'error', coverage: 'error' }
      : {
          pains: `${r.pains.below}/${r.pains.of}`,
          delights: `${r.delights.above}/${r.delights.of}`,
          total: r.themes.total,
          topLevel: r.themes.topLevel,
          dupLabels: r.dupLabels.length,
          coverage: r.coverage === null ? 'n/a' : r.coverage.toFixed(2),
        };
  const metrics = [
    ['pains', 'top-10 pain points rated below the mean'],
    ['delights', 'top-10 delights rated above the mean'],
    ['total', 'themes in total'],
    ['topLevel', 'top-level themes'],
    ['dupLabels', 'duplicated labels'],
    ['coverage', 'label coverage'],
  ];
  console.log('\nThemes — review exports (../shared/eval/review-check.mjs; "before" = main before issue 16)');
  const header = ['check', ...names.flatMap((n) => [`${n} before`, n]), 'target'];
  const rows = [header];
  for (const [key, title] of metrics) {
    rows.push([title, ...names.flatMap((n) => [String(before[n]?.[key] ?? ''), String(now(results[n])[key])]), targets[key]]);
  }
  const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  for (const n of names) if (results[n].error) console.log(`${n}: review-check failed: ${results[n].error}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
