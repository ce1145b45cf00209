import { describe, expect, it } from 'vitest';
import { assignTopics, attachWords, memberWeights } from '../../../src/themes/discovery/04-assign.js';
import { discoveryDefaults } from '../../../src/themes/discovery/defaults.js';
import { buildDocTerms } from '../../../src/themes/structures/doc-terms.js';

// four candidate words = terms 0..3: "battery", "charger" (one topic), "screen" (another), "slow" (an adjective)
const candidates = { terms: [0, 1, 2, 3], vector: Int32Array.from([0, 1, 2, 3]), noun: Uint8Array.from([1, 1, 1, 0]) };
const M = 4;
const sim = new Float64Array(M * M);
const set = (a: number, b: number, v: number): void => {
  sim[a * M + b] = v;
  sim[b * M + a] = v;
};
for (let i = 0; i < M; i++) set(i, i, 1);
set(0, 1, 0.6);
set(0, 3, 0.5);
set(1, 3, 0.3);
set(2, 3, 0.1);
const groups = [[0, 1], [2]];

describe('memberWeights', () => {
  it('is mean similarity to the topic\'s other words times idf', () => {
    // worked by hand, N = 100: battery 0.6 · ln(100/10) = 1.3816; charger 0.6 · ln(100/20) = 0.9657; screen (alone) 1 · ln(100/5) = 2.9957
    const df = [10, 20, 5, 30];
    const w = memberWeights(groups, sim, M, (i) => df[i]!, 100);
    expect(w[0]).toBeCloseTo(1.3816, 4);
    expect(w[1]).toBeCloseTo(0.9657, 4);
    expect(w[2]).toBeCloseTo(2.9957, 4);
    expect(w[3]).toBe(0);
  });
});

describe('attachWords', () => {
  it('places an adjective in the topic it is nearest to on average, when that mean reaches attachMin', () => {
    const weight = new Float64Array(M);
    // "slow": mean (0.5 + 0.3) / 2 = 0.4 to battery/charger, 0.1 to screen
    expect(attachWords(groups, candidates, sim, weight, () => 10, 100, { ...discoveryDefaults, attachMin: 0.3 })).toEqual([[3], []]);
    expect(weight[3]).toBeCloseTo(0.4 * Math.log(10), 6);
    expect(attachWords(groups, candidates, sim, new Float64Array(M), () => 10, 100, { ...discoveryDefaults, attachMin: 0.45 })).toEqual([[], []]);
  });
});

describe('assignTopics', () => {
  // docs: 0 battery+screen, 1 slow only, 2 slow+screen, 3 charger, 4 screen, 5 nothing
  const docTerms = [[0, 2], [3], [3, 2], [1], [2], []];
  const docs = buildDocTerms(docTerms.length, 4, (d, visit) => docTerms[d]!.forEach(visit));
  const run = (shareOfBest: number) =>
    assignTopics(groups, candidates, sim, docs, docTerms.length, docTerms.length, 5, 1, { ...discoveryDefaults, shareOfBest, topShare: 0 });

  it('puts a comment in every topic it names at share 0; an adjective alone places a comment with no topic noun', () => {
    const topics = run(0);
    expect(topics.map((t) => t.rows)).toEqual([[0, 1, 3], [0, 2, 4]]);
    expect(topics.map((t) => t.members)).toEqual([[0, 1], [2]]);
    expect(topics[0]!.attached).toEqual([3]);
  });

  it('keeps only topics weighing at least shareOfBest of the best one', () => {
    // doc 0: battery 1 · ln(6/1)·0.6 = 1.075 (df from the postings) vs screen 1 · ln(6/3) = 0.693: both ≥ 0.5 · best
    expect(run(0.5).map((t) => t.rows)).toEqual([[0, 1, 3], [0, 2, 4]]);
    // at 0.7 the screen (0.693 < 0.7 · 1.075) leaves doc 0
    expect(run(0.7).map((t) => t.rows)).toEqual([[0, 1, 3], [2, 4]]);
  });
});
