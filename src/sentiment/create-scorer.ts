/**
 * The sentiment scorer as ordered steps: tokens → rule layer (clauses, rules, evidence; ./scorer.ts) → features
 * (./features.ts) → learned layer (./linear-model.ts: is there an opinion at all?) → score and label, the rules
 * giving direction and strength (gatedScore). See docs/sentiment.md.
 */
import type { Token } from '../tokenize/types.js';
import { tokenize } from '../tokenize/index.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';
import { DENSE_COUNT, DENSE_FEATURES, denseFeatures, hashedSlots, tokenHash } from './features.js';
import { classLogits, loadLinearModel, gatedScore, softmax3, type LinearModel } from './linear-model.js';
import { createRuleScorer, type ScorerOptions } from './scorer.js';
import type { FeatureEffect, SentimentLabel, SentimentResult } from './types.js';

export type Scorer = {
  /**
   * Scores a comment clause by clause. Pass the tokens when already tokenized (themes reuse clause
   * token ranges), and their norms' ids when interned (`Vocabulary.idsOf`): the scorer then looks
   * each distinct word up once per run instead of once per occurrence. Every call to one scorer
   * must take its ids from the same Vocabulary.
   */
  readonly score: (text: string, tokens?: readonly Token[], ids?: ArrayLike<number>) => SentimentResult;
};

let shipped: LinearModel | undefined;

/** The shipped model, read once per process. */
function shippedModel(): LinearModel {
  shipped ??= loadLinearModel();
  return shipped;
}

/**
 * Builds a scorer once (lexicons, rule tables, model weights) and returns `{ score }`. Whether a comment is neutral
 * comes from the learned layer; its direction, strength, clause scores, weights and contributions from the rules.
 */
export function createScorer(options: ScorerOptions = {}): Scorer {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const collect = options.collectContributions ?? true;
  const rules = createRuleScorer(options);
  const model = options.model === undefined ? shippedModel() : options.model;
  if (model === null) return { score: (text, tokens, ids) => rules.score(text, tokens, ids) };
  const dense = new Float64Array(DENSE_COUNT);
  const z = new Float64Array(3);
  let slots = new Int32Array(256);
  /** Unigram hash per vocabulary id (−1: not computed yet), when ids are given. */
  let hashById = new Float64Array(0);
  const label = (score: number): SentimentLabel => (score >= thresholds.positive ? 'positive' : score <= thresholds.negative ? 'negative' : 'neutral');

  function score(text: string, given?: readonly Token[], ids?: ArrayLike<number>): SentimentResult {
    const tokens = given ?? tokenize(text);
    const ruled = rules.score(text, tokens, given === undefined ? undefined : ids);
    if (tokens.length === 0) return ruled;
    denseFeatures(ruled, rules.events, dense);
    if (model!.bits > 0 && slots.length < tokens.length * 2) slots = new Int32Array(tokens.length * 4);
    let hashOf: ((k: number) => number) | undefined;
    if (model!.bits > 0 && given !== undefined && ids !== undefined) {
      hashOf = (k) => {
        const id = ids[k] as number;
        if (id >= hashById.length) {
          const grown = new Float64Array(Math.max(1024, id * 2)).fill(-1);
          grown.set(hashById);
          hashById = grown;
        }
        let h = hashById[id] as number;
        if (h < 0) hashById[id] = h = tokenHash(tokens[k] as Token);
        return h;
      };
    }
    const n = model!.bits === 0 ? 0 : hashedSlots(tokens, model!.bits, slots, hashOf);
    classLogits(model!, dense, slots, n, z);
    const s = gatedScore(ruled.score, z[0] as number, z[1] as number, z[2] as number, DEFAULT_THRESHOLDS.positive, model!.gate);
    // an opinion the rules scored clearly keeps their result object (same score, so the same label)
    if (!collect) return s === ruled.score ? ruled : { score: s, label: label(s), clauses: ruled.clauses };
    const logits = [z[0] as number, z[1] as number, z[2] as number];
    softmax3(z);
    return {
      score: s,
      label: label(s),
      clauses: ruled.clauses,
      ruleScore: ruled.score,
      probabilities: { negative: z[0] as number, neutral: z[1] as number, positive: z[2] as number },
      features: explainFeatures(model!, dense, tokens, slots, n, logits as number[]),
    };
  }
  return { score };
}

/**
 * What moved the learned layer, largest first: each dense feature and each hashed word or word pair with its pull
 * towards positive (w_pos − w_neg)·x and towards neutral (w_neu − (w_pos + w_neg)/2)·x, on the log-odds scale.
 */
function explainFeatures(model: LinearModel, dense: Float64Array, tokens: readonly Token[], slots: Int32Array, n: number, _logits: number[]): FeatureEffect[] {
  const w = model.weights;
  const out: FeatureEffect[] = [];
  const pull = (at: number, x: number): [number, number] => {
    const a = w[at * 3] as number;
    const b = w[at * 3 + 1] as number;
    const c = w[at * 3 + 2] as number;
    return [(c - a) * x, (b - (a + c) / 2) * x];
  };
  for (let f = 0; f < DENSE_COUNT; f++) {
    const x = dense[f] as number;
    if (x === 0) continue;
    const [toPositive, toNeutral] = pull(f, x);
    out.push({ feature: (DENSE_FEATURES[f] as { name: string }).name, kind: 'rule', value: x, toPositive, toNeutral });
  }
  // hashed slots, named by the words they came from (same walk as hashedSlots)
  const names = hashedNames(tokens);
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
  const seen = new Map<number, FeatureEffect>();
  for (let k = 0; k < n; k++) {
    const slot = slots[k] as number;
    const prior = seen.get(slot);
    const [toPositive, toNeutral] = pull(DENSE_COUNT + slot, scale);
    if (prior !== undefined) {
      seen.set(slot, { ...prior, value: prior.value + scale, toPositive: prior.toPositive + toPositive, toNeutral: prior.toNeutral + toNeutral });
      continue;
    }
    const effect: FeatureEffect = { feature: names[k] ?? '?', kind: 'words', value: scale, toPositive, toNeutral };
    seen.set(slot, effect);
  }
  out.push(...seen.values());
  out.sort((p, q) => Math.abs(q.toPositive) + Math.abs(q.toNeutral) - (Math.abs(p.toPositive) + Math.abs(p.toNeutral)) || (p.feature < q.feature ? -1 : p.feature > q.feature ? 1 : 0));
  return out;
}

/** The words (and "word word" pairs) behind each hashed slot, in hashedSlots order. */
function hashedNames(tokens: readonly Token[]): string[] {
  const names: string[] = [];
  let prev: string | undefined;
  for (const t of tokens) {
    const keep = t.kind === 'punct' ? t.text.startsWith('!') || t.text.startsWith('?') : t.kind !== 'url' && t.kind !== 'email' && t.kind !== 'mention';
    if (!keep) {
      prev = undefined;
      continue;
    }
    const norm = t.kind === 'punct' ? t.text[0] as string : t.kind === 'number' ? '0' : t.norm;
    names.push(norm);
    if (prev !== undefined) names.push(`${prev} ${norm}`);
    prev = norm;
  }
  return names;
}
