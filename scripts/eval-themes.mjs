#!/usr/bin/env node
// Theme evaluation against human coding frames (issue 16): runs ../shared/eval/theme-check.mjs on
// the labelled sets in ../shared/data at default settings (only the column flags) and prints each
// figure beside the one measured before the meaning-based discovery, and the target.
//   topF1    mean over categories of the best F1 of a top-level theme (sub-theme rows count for their parent)
//   allF1    the same over every theme (banking77: 77 fine intents)
//   untagged share of rows with no theme
// Usage: node scripts/eval-themes.mjs   (needs bin/cx.js built: `npm run build`)
//        import { evaluateThemes } from './eval-themes.mjs'
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCheck } from './_run-check.mjs';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const check = `${shared}eval/theme-check.mjs`;
const cx = fileURLToPath(new URL('../bin/cx.js', import.meta.url));

/** `before`: measured with theme-check.mjs on main at 048b213 (head-anchored themes), before issue 16. */
export const sets = [
  { name: 'laptop_acos', flags: ['--text', 'text', '--category', 'category'], metric: 'topF1', before: { f1: 0.295, untagged: 0.321 }, target: { f1: 0.45, untagged: 0.2 } },
  { name: 'cfpb_loan_complaints', flags: ['--text', 'Consumer complaint narrative', '--category', 'Issue'], metric: 'topF1', before: { f1: 0.145, untagged: 0.109 }, target: { f1: 0.25, untagged: 0.2 } },
  { name: 'banking77_test', flags: ['--text', 'text', '--category', 'category'], metric: 'allF1', before: { f1: 0.415, untagged: 0.148 }, target: { f1: 0.5, untagged: 0.15 } },
];

function run(set) {
  return runCheck(check, ['--cx', cx, `${shared}data/${set.name}.csv`, ...set.flags], 'theme-check');
}

/** Runs theme-check on each set present; returns { name: result }. */
export async function evaluateThemes() {
  const present = sets.filter((s) => existsSync(`${shared}data/${s.name}.csv`));
  const results = [];
  for (const s of present) results.push(await run(s)); // one at a time: the machine is shared
  return Object.fromEntries(present.map((s, i) => [s.name, results[i]]));
}

export async function main() {
  if (!existsSync(check)) {
    console.log(`eval-themes: ${check} not found — skipped.`);
    return;
  }
  const results = await evaluateThemes();
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const rows = [['set', 'metric', 'before', 'now', 'target', 'met', 'untagged before', 'now', 'target', 'met', 'top-level / all']];
  for (const s of sets) {
    const r = results[s.name];
    if (r === undefined) continue;
    if (r.error) {
      rows.push([s.name, s.metric, String(s.before.f1), 'error', '', '', '', '', '', '', r.error.slice(0, 40)]);
      continue;
    }
    const f1 = r[s.metric];
    rows.push([
      s.name, s.metric, s.before.f1.toFixed(3), f1.toFixed(3), `≥ ${s.target.f1}`, f1 >= s.target.f1 ? 'yes' : 'NO',
      pct(s.before.untagged), pct(r.untagged), `≤ ${pct(s.target.untagged)}`, r.untagged <= s.target.untagged ? 'yes' : 'NO',
      `${r.topLevel} / ${r.themes}`,
    ]);
  }
  console.log('\nThemes — human coding frames (../shared/eval/theme-check.mjs, default settings; "before" = main before issue 16)');
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  for (const row of rows) console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join('  '));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
