#!/usr/bin/env node
// `npm run eval`: scores cx on the labelled sets in ../shared/data beside the repository, side by side
// with peers on the same rows. Sentiment: scripts/eval-sentiment.mjs; themes: scripts/eval-themes.mjs
// (banking77) and scripts/eval-reviews.mjs (the review-export checks of issue 9 on the two review sets).
// Runs on the built code (dist/); build first (`npm run build`, done by `npm ci` via "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../../shared/data/', import.meta.url));
if (!existsSync(dataDir)) {
  console.log(`eval: ${dataDir} not found — nothing to evaluate (it sits beside the repository in the team workspace).`);
  process.exit(0);
}
if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
  console.error('eval: dist/ is missing — run `npm run build` first.');
  process.exit(1);
}

const only = process.argv[2]; // optional: 'sentiment', 'themes' (banking77 and review sets) or 'reviews'
if (!only || only === 'sentiment') {
  const { main } = await import('./eval-sentiment.mjs');
  await main();
}
if (!only || only === 'themes') {
  const { main } = await import('./eval-themes.mjs');
  await main();
}
if (!only || only === 'themes' || only === 'reviews') {
  const { main } = await import('./eval-reviews.mjs');
  await main();
}
