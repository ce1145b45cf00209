/**
 * The finite numbers among `values`, ascending. Floating-point addition is not associative, so a
 * sum taken in input order changes in its last bits when rows are shuffled; summing the values in
 * sorted order makes means and variances independent of row order (byte-identical JSON).
 */
export function finiteSorted(values: Iterable<number | null>): Float64Array {
  const finite: number[] = [];
  for (const value of values) if (typeof value === 'number' && Number.isFinite(value)) finite.push(value);
  return Float64Array.from(finite).sort();
}
