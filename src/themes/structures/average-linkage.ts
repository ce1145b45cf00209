/**
 * Average-linkage agglomerative clustering (UPGMA; Sokal & Michener 1958) over a dense similarity
 * matrix: start with one cluster per item, repeatedly merge the two clusters whose mean pairwise
 * similarity is highest, until `clusters` remain or no pair reaches `minSimilarity`. The linkage of
 * a merged cluster is updated with the Lance-Williams formula (size-weighted mean), so each merge
 * costs O(n) and the whole run O(n³) for n items — meant for a few hundred items, not for rows.
 * Deterministic: ties go to the pair with the smaller indices.
 */

/** `similarity[i * n + j]`, symmetric. Returns a cluster number per item, clusters numbered by their smallest item. */
export function averageLinkage(similarity: Float64Array, n: number, clusters: number, minSimilarity = -Infinity): Int32Array {
  const link = Float64Array.from(similarity);
  const size = new Int32Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const owner = Int32Array.from({ length: n }, (_, i) => i);
  let count = n;
  while (count > Math.max(1, clusters)) {
    let bi = -1;
    let bj = -1;
    let best = -Infinity;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && link[i * n + j]! > best) {
          best = link[i * n + j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < minSimilarity) break;
    // merge bj into bi
    const si = size[bi]!;
    const sj = size[bj]!;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const v = (si * link[bi * n + k]! + sj * link[bj * n + k]!) / (si + sj);
      link[bi * n + k] = v;
      link[k * n + bi] = v;
    }
    size[bi] = si + sj;
    alive[bj] = 0;
    for (let k = 0; k < n; k++) if (owner[k] === bj) owner[k] = bi;
    count--;
  }
  // number clusters by their smallest item
  const number = new Int32Array(n).fill(-1);
  let next = 0;
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const o = owner[k]!;
    if (number[o]! < 0) number[o] = next++;
    out[k] = number[o]!;
  }
  return out;
}
