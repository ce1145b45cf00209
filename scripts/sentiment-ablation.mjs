#!/usr/bin/env node
// What each feature group of the learned layer adds (docs/sentiment.md, "Ablation"): trains the model once per
// variant (all features; without one dense group; plus hashed word/word-pair slots; rules alone) with
// scripts/train-sentiment.mjs, and scores each on the held-out rows of the training sources and on the
// development sets in ../shared/data (macro-F1; accuracy for uci_amazon_cells). Nothing is chosen here: it measures.
//
//   npm run build && node scripts/sentiment-ablation.mjs --data /path/to/training-data
import { build } from './train-sentiment.mjs';
import { goldOf, label, loadSets, macroF1 } from './eval-sentiment.mjs';

const args = process.argv.slice(2);
const data = args[args.indexOf('--data') + 1];
if (!args.includes('--data') || data === undefined) {
  console.error('usage: node scripts/sentiment-ablation.mjs --data DIR');
  process.exit(2);
}
const dataDir = new URL(`${data.replace(/\/?$/, '/')}`, `file://${process.cwd()}/`);
const s = await import('../dist/sentiment/index.js');
const { tokenize } = await import('../dist/tokenize/index.js');
const sets = loadSets().map((loaded) => ({ name: loaded.set.file.replace(/\.csv$/, ''), binary: loaded.set.kind === 'binary', texts: loaded.rows.map((r) => r.text), ...goldOf(loaded) }));
const tokens = sets.map((set) => set.texts.map((t) => tokenize(t)));

function score(model) {
  const cx = s.createScorer({ collectContributions: false, model });
  return sets.map((set, k) => {
    const pred = set.texts.map((t, i) => label(cx.score(t, tokens[k][i]).score));
    if (!set.binary) return macroF1(set.gold, pred);
    let ok = 0;
    for (let i = 0; i < pred.length; i++) if (pred[i] === set.gold[i]) ok++;
    return ok / pred.length;
  });
}

const groups = [...new Set(s.DENSE_FEATURES.map((f) => f.group))].filter((g) => g !== 'bias');
const variants = [
  { name: 'all rule features (shipped)', drop: [], bits: 0 },
  ...groups.map((g) => ({ name: `without ${g}`, drop: [g], bits: 0 })),
  { name: '+ hashed words and pairs (2^16)', drop: [], bits: 16 },
];
const rows = [];
const f = (v) => (v === undefined ? '   —  ' : v.toFixed(3).padStart(6));
rows.push({ name: 'rules alone (no learned layer)', dev: null, sets: score(null) });
for (const v of variants) {
  const { meta, bytes, report } = await build(dataDir, { drop: new Set(v.drop), bits: v.bits });
  const model = s.fromBytes(meta, bytes);
  rows.push({ name: v.name, dev: report, sets: score(model) });
  console.error(`ablation: ${v.name} done`);
}
const devNames = Object.keys(rows[1].dev);
console.log(`${'variant'.padEnd(34)}${devNames.map((n) => `dev:${n}`.slice(0, 13).padStart(14)).join('')}${sets.map((x) => x.name.slice(0, 13).padStart(14)).join('')}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(34)}${devNames.map((n) => f(r.dev?.[n]?.macroF1).padStart(14)).join('')}${r.sets.map((v) => f(v).padStart(14)).join('')}`);
}
