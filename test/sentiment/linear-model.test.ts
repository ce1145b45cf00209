import { describe, expect, it } from 'vitest';
import { classLogits, DENSE_COUNT, fromBytes, gatedScore, loadLinearModel, softmax3 } from '../../src/sentiment/index.js';
import { DENSE_FEATURES } from '../../src/sentiment/features.js';

const meta = { bits: 0, dense: DENSE_FEATURES.map((f) => f.name), classes: ['negative', 'neutral', 'positive'] };

describe('gatedScore', () => {
  it('shrinks the rule score into the neutral band when neutral is most probable', () => {
    // 0.6 × 0.05 × 0.999 = 0.02997 (hand-worked), inside ±0.05 so the default thresholds say neutral
    expect(gatedScore(0.6, 0.1, 0.7, 0.2, 0.05)).toBeCloseTo(0.02997, 12);
    expect(gatedScore(-1, 0.2, 0.5, 0.3, 0.05)).toBeCloseTo(-0.04995, 12);
  });
  it('keeps a polar rule score when an opinion class is most probable', () => {
    expect(gatedScore(-0.42, 0.6, 0.3, 0.1, 0.05)).toBe(-0.42);
    expect(gatedScore(0.42, 0.6, 0.3, 0.1, 0.05)).toBe(0.42); // direction stays the rules'
  });
  it('moves a weak rule score out to the edge, in the rules\' direction, or the model\'s when the rules found nothing', () => {
    expect(gatedScore(0.01, 0.1, 0.2, 0.7, 0.05)).toBe(0.05);
    expect(gatedScore(-0.01, 0.1, 0.2, 0.7, 0.05)).toBe(-0.05);
    expect(gatedScore(0, 0.7, 0.2, 0.1, 0.05)).toBe(-0.05);
    expect(gatedScore(0, 0.1, 0.2, 0.7, 0.05)).toBe(0.05);
  });
  it('with a direction gate, the model gives the direction where the rules are weak and it is sure', () => {
    const gate = { weakRule: 0.05, margin: 0.5 };
    // log-odds: positive − negative = 0.6 > 0.5, rule score 0.01 < 0.05 → the model's direction
    expect(gatedScore(-0.01, 0.1, 0.2, 0.7, 0.05, gate)).toBe(0.05);
    expect(gatedScore(0.01, 0.9, 0.2, 0.3, 0.05, gate)).toBe(-0.05);
    // not sure enough (0.4 ≤ 0.5): the rules' direction, as without a gate
    expect(gatedScore(-0.01, 0.1, 0.2, 0.5, 0.05, gate)).toBe(-0.05);
    // rules strong enough to label (|0.3| ≥ 0.05): the rule score stands
    expect(gatedScore(0.3, 2, 0.2, 0.1, 0.05, gate)).toBe(0.3);
    // a wider gate lets a sure model turn a weak rule score
    expect(gatedScore(0.2, 1.5, 0.2, 0.1, 0.05, { weakRule: 0.3, margin: 0.5 })).toBe(-0.05);
    // neutral still wins when it is the most probable class
    expect(gatedScore(0.01, 0.1, 0.9, 0.7, 0.05, gate)).toBeCloseTo(0.01 * 0.05 * 0.999, 12);
  });
  it('ties go to neutral', () => {
    expect(gatedScore(0.5, 0.4, 0.4, 0.2, 0.05)).toBeCloseTo(0.5 * 0.05 * 0.999, 12);
  });
});

describe('softmax3', () => {
  it('gives e^z / Σ e^z (hand-worked: z = [0, ln 2, ln 3] → [1/6, 2/6, 3/6])', () => {
    const z = new Float64Array([0, Math.log(2), Math.log(3)]);
    softmax3(z);
    expect([...z].map((v) => v * 6)).toEqual([expect.closeTo(1, 12), expect.closeTo(2, 12), expect.closeTo(3, 12)]);
  });
});

describe('classLogits', () => {
  it('sums feature × weight per class', () => {
    const w = new Float32Array(DENSE_COUNT * 3);
    w.set([0.5, -1, 2], 0); // bias row
    w.set([1, 0, -1], 3); // second feature
    const model = fromBytes(meta, new Uint8Array(w.buffer));
    const dense = new Float64Array(DENSE_COUNT);
    dense[0] = 1;
    dense[1] = 0.25;
    const z = new Float64Array(3);
    classLogits(model, dense, new Int32Array(0), 0, z);
    // [0.5 + 0.25, −1 + 0, 2 − 0.25]
    expect([...z]).toEqual([0.75, -1, 1.75]);
  });
});

describe('loadLinearModel / fromBytes', () => {
  it('reads the shipped model: dense weights only, three per feature', () => {
    const m = loadLinearModel();
    expect(m.bits).toBe(0);
    expect(m.weights.length).toBe(DENSE_COUNT * 3);
    expect(m.gate.weakRule).toBeGreaterThan(0); // the gate chosen in training (linear.json "gate")
  });
  it('a model file without a gate never overrides the rules\' direction', () => {
    const m = fromBytes(meta, new Uint8Array(DENSE_COUNT * 12));
    expect(m.gate.margin).toBe(Number.POSITIVE_INFINITY);
  });
  it('refuses weights that do not fit the feature code', () => {
    expect(() => fromBytes(meta, new Uint8Array(12))).toThrow(/12 bytes, expected/);
    expect(() => fromBytes({ ...meta, dense: ['bias'] }, new Uint8Array(12))).toThrow(/1 dense features/);
  });
});
