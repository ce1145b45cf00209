/** Linear scales and "nice" ticks (1, 2, 5 × 10^k steps, as in d3-array's `ticks`). */

export type Scale = (value: number) => number;

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** A step of 1, 2 or 5 × 10^k giving about `count` intervals over [low, high]. */
export function tickStep(low: number, high: number, count: number): number {
  const raw = Math.abs(high - low) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= 7.5 ? 10 : error >= 3.5 ? 5 : error >= 1.5 ? 2 : 1;
  return factor * power;
}

/** The domain widened to whole steps, and the ticks in it. */
export function niceDomain(low: number, high: number, count = 5): { readonly domain: [number, number]; readonly ticks: number[] } {
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    return niceDomain(low - pad, high + pad, count);
  }
  const step = tickStep(low, high, count);
  const start = Math.floor(low / step) * step;
  const stop = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  const steps = Math.round((stop - start) / step);
  for (let i = 0; i <= steps; i += 1) ticks.push(Number((start + i * step).toPrecision(12)));
  return { domain: [start, stop], ticks };
}

/** Smallest and largest finite value, or null. */
export function extent(values: Iterable<number | null | undefined>): [number, number] | null {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return low <= high ? [low, high] : null;
}
