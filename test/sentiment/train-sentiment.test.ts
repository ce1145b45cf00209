// The training script (scripts/train-sentiment.mjs) is deterministic: the same examples give the same weights, so
// the shipped model/sentiment/ is reproducible (`node scripts/train-sentiment.mjs --data DIR --check` does so on the
// real training data, which is not in the repository).
import { describe, expect, it } from 'vitest';

type Example = { dense: Float64Array; slots: Int32Array; y: number; source: string; dev: boolean };
const script = '../../scripts/train-sentiment.mjs';

function examples(): Example[] {
  // a toy problem: feature 1 > 0 → positive, < 0 → negative, feature 2 set → neutral (two sources)
  const out: Example[] = [];
  for (let i = 0; i < 90; i++) {
    const kind = i % 3;
    const dense = new Float64Array(4);
    dense[0] = 1;
    dense[1] = kind === 0 ? -1 : kind === 2 ? 1 : 0;
    dense[2] = kind === 1 ? 1 : 0;
    dense[3] = ((i * 7) % 5) / 5; // noise
    out.push({ dense, slots: new Int32Array([i % 4]), y: kind, source: i < 45 ? 'a' : 'b', dev: false });
  }
  return out;
}

describe('train (scripts/train-sentiment.mjs)', () => {
  it('gives the same weights, bit for bit, on a second run', async () => {
    const { train } = (await import(script)) as { train: (e: Example[], d: number, bits: number) => Float64Array };
    const a = train(examples(), 4, 2);
    const b = train(examples(), 4, 2);
    expect(Buffer.from(Float32Array.from(a).buffer).equals(Buffer.from(Float32Array.from(b).buffer))).toBe(true);
  });
  it('learns the toy problem: feature 1 pulls towards positive, feature 2 towards neutral', async () => {
    const { train } = (await import(script)) as { train: (e: Example[], d: number, bits: number) => Float64Array };
    const w = train(examples(), 4, 2);
    expect(w[1 * 3 + 2]! - w[1 * 3]!).toBeGreaterThan(1); // positive minus negative weight of feature 1
    expect(w[2 * 3 + 1]!).toBeGreaterThan(w[2 * 3]!);
    expect(w[2 * 3 + 1]!).toBeGreaterThan(w[2 * 3 + 2]!);
  });
});
