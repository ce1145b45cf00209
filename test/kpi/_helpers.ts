/** Repeat a score `times` times (to build samples with known group counts). */
export function repeat(score: number | null, times: number): (number | null)[] {
  return Array.from({ length: times }, () => score);
}

/** Deep-freeze an array of primitives (proves a function does not mutate its input). */
export function frozen<T>(values: T[]): readonly T[] {
  return Object.freeze(values);
}
