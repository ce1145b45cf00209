/**
 * The row ledger: every record read ends up analysed or skipped with a reason, and every score
 * value dropped for one KPI is counted. A small accumulator used while streaming; `summary()`
 * returns plain readonly data with keys in a fixed (alphabetical) order.
 */
import type { InvalidValue } from '../normalize/types.js';
import { redact } from '../redact/index.js';
import type { OpenedInput, Skip } from '../read/types.js';
import type { FirstInvalid, FirstSkipped, InputSummary } from './types.js';

const FIRST = 10;

export class Ledger {
  rows = 0;
  analyzed = 0;
  nonAnswers = 0;
  private readonly skipped = new Map<string, number>();
  private readonly firstSkipped: FirstSkipped[] = [];
  private readonly invalid = new Map<string, Map<string, number>>();
  private readonly firstInvalid: FirstInvalid[] = [];

  /** @param redactValues mask e-mail addresses, phone, card and IBAN numbers in echoed invalid values */
  constructor(private readonly redactValues = true) {}

  skip(skip: Skip): void {
    this.skipped.set(skip.reason, (this.skipped.get(skip.reason) ?? 0) + 1);
    if (this.firstSkipped.length < FIRST) this.firstSkipped.push({ line: skip.line, reason: skip.reason, detail: skip.detail });
  }

  /** A record left out by `--where`: counted under `filtered_out`, not listed among the first skipped (they are not faults). */
  filteredOut(): void {
    this.skipped.set('filtered_out', (this.skipped.get('filtered_out') ?? 0) + 1);
  }

  invalidValue(value: InvalidValue): void {
    let byReason = this.invalid.get(value.kpi);
    if (byReason === undefined) this.invalid.set(value.kpi, (byReason = new Map()));
    byReason.set(value.reason, (byReason.get(value.reason) ?? 0) + 1);
    if (this.firstInvalid.length < FIRST) {
      this.firstInvalid.push({ line: value.line, kpi: value.kpi, reason: value.reason, value: this.redactValues ? redact(value.value) : value.value });
    }
  }

  get skippedTotal(): number {
    let total = 0;
    for (const count of this.skipped.values()) total += count;
    return total;
  }

  summary(opened: OpenedInput): InputSummary {
    const skippedByReason = sortedRecord(this.skipped);
    const invalidValues: Record<string, Record<string, number>> = Object.create(null);
    for (const kpi of [...this.invalid.keys()].sort()) invalidValues[kpi] = sortedRecord(this.invalid.get(kpi) as Map<string, number>);
    return {
      file: opened.source,
      format: opened.format,
      delimiter: opened.delimiter,
      encoding: opened.encoding,
      compressed: opened.compressed,
      rows: this.rows,
      analyzed: this.analyzed,
      skipped: this.skippedTotal,
      skippedByReason,
      firstSkipped: [...this.firstSkipped],
      invalidValues,
      firstInvalid: [...this.firstInvalid],
      nonAnswers: this.nonAnswers,
    };
  }
}

function sortedRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const key of [...counts.keys()].sort()) out[key] = counts.get(key) as number;
  return out;
}
