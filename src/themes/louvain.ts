/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. 2008) on an undirected weighted graph, made
 * deterministic: nodes are visited in index order, a node moves only for a strictly positive
 * modularity gain, ties go to the lower community index. The caller orders the nodes (here: by
 * document frequency, then key), so the result does not depend on input row order.
 *
 * Modularity gain of moving node i into community c (resolution γ):
 *   k_i,c − γ · Σtot_c · k_i / 2m
 * where k_i,c is the weight between i and c, Σtot_c the total degree of c, k_i the degree of i
 * and 2m the total degree of the graph.
 */

/** Symmetric adjacency lists: neighbours[i] and weights[i] are parallel arrays. */
export type WeightedGraph = {
  readonly neighbours: readonly (readonly number[])[];
  readonly weights: readonly (readonly number[])[];
};

/** Community index per node, numbered 0.. in order of each community's first node. */
export function louvain(graph: WeightedGraph, resolution = 1, maxLevels = 10): Int32Array {
  const levels = louvainLevels(graph, resolution, maxLevels);
  return levels[levels.length - 1]!;
}

/**
 * The whole Louvain hierarchy: one partition per level, finest first, coarsest (the usual
 * result) last. Each partition numbers communities 0.. by first node.
 */
export function louvainLevels(graph: WeightedGraph, resolution = 1, maxLevels = 10): Int32Array[] {
  const n = graph.neighbours.length;
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  const levels: Int32Array[] = [];
  let current: WeightedGraph = graph;
  for (let level = 0; level < maxLevels; level++) {
    const local = oneLevel(current, resolution);
    const count = renumber(local);
    if (count === current.neighbours.length) break;
    for (let i = 0; i < n; i++) membership[i] = local[membership[i]!]!;
    const snapshot = membership.slice();
    renumber(snapshot);
    levels.push(snapshot);
    current = aggregate(current, local, count);
  }
  if (levels.length === 0) levels.push(membership.slice());
  return levels;
}

function oneLevel(graph: WeightedGraph, resolution: number): Int32Array {
  const n = graph.neighbours.length;
  const community = new Int32Array(n);
  const degree = new Float64Array(n);
  const total = new Float64Array(n);
  let twoM = 0;
  for (let i = 0; i < n; i++) {
    community[i] = i;
    let d = 0;
    for (const w of graph.weights[i]!) d += w;
    degree[i] = d;
    total[i] = d;
    twoM += d;
  }
  if (twoM === 0) return community;
  const linkWeight = new Float64Array(n);
  const touched: number[] = [];
  for (let sweep = 0; sweep < 50; sweep++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const own = community[i]!;
      const neighbours = graph.neighbours[i]!;
      const weights = graph.weights[i]!;
      touched.length = 0;
      for (let e = 0; e < neighbours.length; e++) {
        const j = neighbours[e]!;
        if (j === i) continue;
        const c = community[j]!;
        if (linkWeight[c] === 0) touched.push(c);
        linkWeight[c]! += weights[e]!;
      }
      const ki = degree[i]!;
      total[own]! -= ki;
      let best = own;
      let bestGain = (linkWeight[own] ?? 0) - (resolution * total[own]! * ki) / twoM;
      touched.sort((a, b) => a - b);
      for (const c of touched) {
        const gain = linkWeight[c]! - (resolution * total[c]! * ki) / twoM;
        if (gain > bestGain + 1e-12) {
          bestGain = gain;
          best = c;
        }
      }
      total[best]! += ki;
      for (const c of touched) linkWeight[c] = 0;
      linkWeight[own] = 0;
      if (best !== own) {
        community[i] = best;
        moved++;
      }
    }
    if (moved === 0) break;
  }
  return community;
}

/** Renumbers labels in place to 0.. by first appearance; returns the number of labels. */
function renumber(labels: Int32Array): number {
  const map = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    let next = map.get(label);
    if (next === undefined) {
      next = map.size;
      map.set(label, next);
    }
    labels[i] = next;
  }
  return map.size;
}

function aggregate(graph: WeightedGraph, community: Int32Array, count: number): WeightedGraph {
  const maps: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (let i = 0; i < graph.neighbours.length; i++) {
    const ci = community[i]!;
    const neighbours = graph.neighbours[i]!;
    const weights = graph.weights[i]!;
    for (let e = 0; e < neighbours.length; e++) {
      const cj = community[neighbours[e]!]!;
      const map = maps[ci]!;
      map.set(cj, (map.get(cj) ?? 0) + weights[e]!);
    }
  }
  const neighbours: number[][] = [];
  const weights: number[][] = [];
  for (const map of maps) {
    const keys = [...map.keys()].sort((a, b) => a - b);
    neighbours.push(keys);
    weights.push(keys.map((k) => map.get(k)!));
  }
  return { neighbours, weights };
}
