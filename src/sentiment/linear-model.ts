/**
 * The learned layer's linear model: multinomial logistic regression over the dense rule features and hashed word
 * and word-pair slots (./features.ts), three classes (negative, neutral, positive). The weights are built by
 * scripts/train-sentiment.mjs into model/sentiment/ (see docs/sentiment.md for data, provenance and licences) and
 * read once, as raw little-endian float32, when a scorer is created.
 */
import { readFileSync } from 'node:fs';
import { DENSE_COUNT } from './features.js';

export type LinearModel = {
  /** Hashed slots: 2^bits (0: none, the shipped model). */
  readonly bits: number;
  /** When the model picks the direction instead of the rules (gatedScore; chosen in training, linear.json "gate"). */
  readonly gate: DirectionGate;
  /** Dense features (DENSE_FEATURES order), then 2^bits hashed slots; per feature three weights (neg, neu, pos). */
  readonly weights: Float32Array;
};

/**
 * The model overrides the rules' direction when the rules are weak (|rule score| < weakRule) and the model prefers the
 * other polar class by more than `margin` on the log-odds scale. Chosen by scripts/train-sentiment.mjs on the held-out
 * rows of the training sources; NO_OVERRIDE (the rules always give the direction) when a model file names none.
 */
export type DirectionGate = { readonly weakRule: number; readonly margin: number };
export const NO_OVERRIDE: DirectionGate = Object.freeze({ weakRule: 0, margin: Number.POSITIVE_INFINITY });

/** What a model file says about itself (model/sentiment/linear.json). */
export type LinearModelMeta = { readonly bits: number; readonly dense: readonly string[]; readonly classes: readonly string[]; readonly gate?: DirectionGate };

const MODEL_DIR = new URL('../../model/sentiment/', import.meta.url);

/** Reads the shipped model (model/sentiment/linear.json and linear.bin). Throws if they do not match the code. */
export function loadLinearModel(dir: URL = MODEL_DIR): LinearModel {
  const meta = JSON.parse(readFileSync(new URL('linear.json', dir), 'utf8')) as LinearModelMeta;
  const bytes = readFileSync(new URL('linear.bin', dir));
  return fromBytes(meta, bytes);
}

/** Builds a model from its metadata and raw weights, checking sizes against the feature code. */
export function fromBytes(meta: LinearModelMeta, bytes: Uint8Array): LinearModel {
  if (meta.dense.length !== DENSE_COUNT) throw new Error(`sentiment model: ${meta.dense.length} dense features, the code has ${DENSE_COUNT}`);
  const expected = (DENSE_COUNT + (meta.bits === 0 ? 0 : 2 ** meta.bits)) * 3 * 4;
  if (bytes.byteLength !== expected) throw new Error(`sentiment model: ${bytes.byteLength} bytes, expected ${expected}`);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const gate = meta.gate === undefined ? NO_OVERRIDE : Object.freeze({ weakRule: meta.gate.weakRule, margin: meta.gate.margin });
  return { bits: meta.bits, weights: new Float32Array(copy.buffer), gate };
}

/**
 * Class log-odds: for each class c, Σ dense[f]·w[f,c] + Σ over slots w[DENSE + slot, c] / √n (each of the n slots
 * counts 1/√n, so a long review weighs no more than a short one). Writes out[0..3).
 */
export function classLogits(model: LinearModel, dense: Float64Array, slots: Int32Array, n: number, out: Float64Array): void {
  const w = model.weights;
  let a = 0;
  let b = 0;
  let c = 0;
  for (let f = 0; f < DENSE_COUNT; f++) {
    const x = dense[f] as number;
    if (x === 0) continue;
    a += x * (w[f * 3] as number);
    b += x * (w[f * 3 + 1] as number);
    c += x * (w[f * 3 + 2] as number);
  }
  if (n > 0) {
    let ha = 0;
    let hb = 0;
    let hc = 0;
    for (let k = 0; k < n; k++) {
      const at = (DENSE_COUNT + (slots[k] as number)) * 3;
      ha += w[at] as number;
      hb += w[at + 1] as number;
      hc += w[at + 2] as number;
    }
    const scale = 1 / Math.sqrt(n);
    a += ha * scale;
    b += hb * scale;
    c += hc * scale;
  }
  out[0] = a;
  out[1] = b;
  out[2] = c;
}

/** Softmax of three log-odds, in place. */
export function softmax3(z: Float64Array): void {
  const m = Math.max(z[0] as number, z[1] as number, z[2] as number);
  const a = Math.exp((z[0] as number) - m);
  const b = Math.exp((z[1] as number) - m);
  const c = Math.exp((z[2] as number) - m);
  const s = a + b + c;
  z[0] = a / s;
  z[1] = b / s;
  z[2] = c / s;
}

/**
 * The comment score, from the three class log-odds (classLogits): the learned layer decides whether the comment
 * states an opinion, the rules say which way and how strongly. When neutral is the most probable class the rule score
 * is shrunk into the neutral band (× edge × 0.999, so |score| < edge). Otherwise the rule score stands, moved out to
 * ±edge when the rules alone found it too weak to label, in the direction the model prefers — unless the rules are
 * weak (|rule score| < gate.weakRule) and the model prefers the other polar class by more than gate.margin, when the
 * score is ±edge in the model's direction. So the default thresholds (±edge) label a comment neutral exactly when the
 * model finds neutral most probable, and the rules' fine-grained score (Pearson r with human ratings 0.88 on
 * vader_tweets) is kept for every opinion they scored clearly. Ties go to neutral.
 * @example gatedScore(0.6, 0.1, 0.7, 0.2, 0.05) // neutral most probable: 0.6 × 0.05 × 0.999 = 0.02997
 * @example gatedScore(0.01, 0.1, 0.2, 0.7, 0.05) // an opinion the rules scored 0.01: 0.05
 * @example gatedScore(0.2, 1.5, 0.2, 0.1, 0.05, { weakRule: 0.3, margin: 0.5 }) // weak rules, model sure: -0.05
 */
export function gatedScore(ruleScore: number, negative: number, neutral: number, positive: number, edge: number, gate: DirectionGate = NO_OVERRIDE): number {
  if (neutral >= negative && neutral >= positive) return ruleScore * edge * 0.999;
  if (ruleScore < gate.weakRule && ruleScore > -gate.weakRule) {
    if (positive - negative > gate.margin) return ruleScore >= edge ? ruleScore : edge;
    if (negative - positive > gate.margin) return ruleScore <= -edge ? ruleScore : -edge;
  }
  if (ruleScore >= edge || ruleScore <= -edge) return ruleScore;
  if (ruleScore > 0 || (ruleScore === 0 && positive > negative)) return edge;
  if (ruleScore < 0 || negative > positive) return -edge;
  return 0;
}
