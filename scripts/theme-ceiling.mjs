#!/usr/bin/env node
// A reference for how far themes defined by the words a comment uses can go on a labelled set
// (docs/evaluation.md): for each category of at least 20 rows, the best F1 of the comments using one
// term — a word or two adjacent content words, among the FILE's V most frequent — chosen knowing
// the category, then of a union of up to G terms grown greedily; mean over categories. Reuse of a
// term across categories is allowed, so this is a reference, not a strict bound.
//   node scripts/theme-ceiling.mjs ../shared/data/laptop_acos.csv text category [V=600] [G=4]
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { createRequire } from 'node:module';
const stop = createRequire(import.meta.url)('natural/lib/natural/util/stopwords.js');
const [file, tcol, ccol, V = '300', G = '4'] = process.argv.slice(2);
const recs = parse(readFileSync(file), { columns: true, relax_column_count: true, bom: true });
const stops = new Set(stop.words);
const rows = recs.filter((r) => String(r[tcol] ?? '').trim()).map((r) => { const w = (String(r[tcol]).toLowerCase().match(/[a-z][a-z'-]+/g) ?? []).filter((x) => !stops.has(x) && x.length > 2); return { toks: new Set([...w, ...w.slice(1).map((x, i) => w[i] + ' ' + x)]), cats: String(r[ccol] ?? '').split('|').map((s) => s.trim()).filter(Boolean) }; });
const df = new Map();
for (const r of rows) for (const t of r.toks) df.set(t, (df.get(t) ?? 0) + 1);
const vocab = [...df].sort((a, b) => b[1] - a[1]).slice(0, +V).map(([w]) => w);
const post = new Map(vocab.map((w) => [w, new Set(rows.flatMap((r, i) => r.toks.has(w) ? [i] : []))]));
const gold = new Map(); rows.forEach((r, i) => r.cats.forEach((c) => { if (!gold.has(c)) gold.set(c, new Set()); gold.get(c).add(i); }));
let s1 = 0, sg = 0, n = 0; const out = [];
for (const [c, g] of gold) { if (g.size < 20) continue; n++;
  const f1 = (set) => { let x = 0; for (const i of set) if (g.has(i)) x++; return 2 * x / (g.size + set.size); };
  let cur = new Set(), words = [], best = 0;
  for (let k = 0; k < +G; k++) { let bw = null, bf = best; for (const w of vocab) { if (words.includes(w)) continue; const u = new Set([...cur, ...post.get(w)]); const f = f1(u); if (f > bf) { bf = f; bw = w; } } if (!bw) break; words.push(bw); cur = new Set([...cur, ...post.get(bw)]); best = bf; if (k === 0) s1 += bf; }
  sg += best; out.push(`${c.slice(0, 28)} ${best.toFixed(2)} [${words.join(',')}]`);
}
console.log(`${file.split('/').pop()} oracle single ${(s1 / n).toFixed(3)} group≤${G} ${(sg / n).toFixed(3)}`);
if (process.env.V) console.log(out.join('\n'));
