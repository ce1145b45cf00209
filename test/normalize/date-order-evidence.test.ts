import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DateOrderEvidence, settleDateOrder, swapMonthDay } from '../../src/normalize/index.js';
import { collect } from '../../src/pipeline/collect.js';
import { rowAt } from '../../src/pipeline/row-table.js';

describe('DateOrderEvidence.read', () => {
  it('reads a value only one order allows that way and counts it; a value both allow is provisional M/D', () => {
    const evidence = new DateOrderEvidence();
    expect(evidence.read('25/03/2025', 2)).toEqual({ kind: 'date', iso: '2025-03-25' });
    expect(evidence.read('03/25/2025 10:00', 3)).toEqual({ kind: 'date', iso: '2025-03-25' });
    expect(evidence.read('03/04/2025', 4)).toEqual({ kind: 'provisional', iso: '2025-03-04' });
    // the same number twice is the same date either way; ISO dates are not slash dates
    expect(evidence.read('05/05/2025', 5)).toEqual({ kind: 'date', iso: '2025-05-05' });
    expect(evidence.read('2025-04-03', 6)).toEqual({ kind: 'date', iso: '2025-04-03' });
    expect([evidence.dayFirst, evidence.monthFirst, evidence.pending]).toEqual([1, 1, 1]);
    expect(evidence.examples).toEqual([{ line: 4, value: '03/04/2025' }]);
  });

  it('decides by the values only one order allows, the majority when both occur, null when none does', () => {
    const only = (values: readonly string[]): 'dmy' | 'mdy' | null => {
      const evidence = new DateOrderEvidence();
      values.forEach((value, i) => evidence.read(value, i + 2));
      return evidence.verdict();
    };
    expect(only(['03/04/2025', '13/04/2025'])).toBe('dmy');
    expect(only(['03/04/2025', '04/13/2025'])).toBe('mdy');
    expect(only(['13/04/2025', '14/04/2025', '04/13/2025'])).toBe('dmy');
    expect(only(['03/04/2025', '01/02/2025'])).toBeNull();
  });
});

describe('settleDateOrder', () => {
  const rows = [
    { line: 2, date: '2025-03-04' },
    { line: 3, date: '2025-03-25' },
    { line: 4, date: '2025-01-02' },
  ] as const;

  it('swaps month and day of the provisional dates when the file is D/M', () => {
    const evidence = new DateOrderEvidence();
    evidence.read('03/04/2025', 2);
    evidence.read('25/03/2025', 3);
    evidence.read('01/02/2025', 4);
    const settled = settleDateOrder(rows, [0, 2], evidence);
    expect(settled.order).toBe('dmy');
    expect(settled.rows.map((row) => row.date)).toEqual(['2025-04-03', '2025-03-25', '2025-02-01']);
    expect(settled.invalid).toEqual([]);
    expect(swapMonthDay('2025-11-07')).toBe('2025-07-11');
  });

  it('leaves the provisional dates out, as date_ambiguous, when nothing settles the order', () => {
    const evidence = new DateOrderEvidence();
    evidence.read('03/04/2025', 2);
    evidence.read('01/02/2025', 4);
    const settled = settleDateOrder(rows, [0, 2], evidence);
    expect(settled.order).toBeNull();
    expect(settled.rows.map((row) => row.date)).toEqual([null, '2025-03-25', null]);
    expect(settled.invalid).toEqual([
      { line: 2, kpi: 'date', reason: 'date_ambiguous', value: '03/04/2025' },
      { line: 4, kpi: 'date', reason: 'date_ambiguous', value: '01/02/2025' },
    ]);
  });
});

describe('collect: D/M vs M/D decided by the whole file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cx-dates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: readonly string[]): string => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  // 1,500 rows whose dates both orders allow (past the 1,000-row sample), then one that only D/M allows.
  const ambiguous = Array.from({ length: 1500 }, (_, i) => `${i},the parcel was late again number ${i},${String((i % 12) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2025`);

  it('settles the order from a value on the last line, far beyond the sample', async () => {
    const path = write('late-dmy.csv', ['id,comment,date', ...ambiguous, '1500,the refund never came,25/03/2025']);
    const collected = await collect({ input: { path }, threads: 1 });
    expect(collected.undecidedDates ?? null).toBeNull();
    // row 0: "01/01/2025"; row 13: "02/05/2025" read D/M → 2 May → 2025-05-02
    expect(rowAt(collected.rows, 13).date).toBe('2025-05-02');
    expect(rowAt(collected.rows, 1500).date).toBe('2025-03-25');
    expect(collected.ledger.summary(collected.opened).invalidValues).toEqual({});
  });

  it('still analyses a file that cannot tell, leaving its dates out and saying period splits need --date-format', async () => {
    const path = write('undecided.csv', ['id,comment,date', ...ambiguous]);
    const collected = await collect({ input: { path }, threads: 1 });
    expect(collected.rows.length).toBe(1500);
    // days 1-9 with months 1-12: the 1,500 minus the rows whose two parts are equal (same date either way)
    const same = ambiguous.filter((line) => {
      const [m, d] = (line.split(',')[2] as string).split('/');
      return Number(m) === Number(d);
    }).length;
    expect(collected.ledger.summary(collected.opened).invalidValues).toEqual({ date: { date_ambiguous: 1500 - same } });
    expect(collected.undecidedDates).toBe(
      // the first 9 rows have equal parts (01/01 … 09/09); row 9 is the first both orders read differently
      `dates like 10/01/2025 in column "date" could be D/M or M/D and no value in the file settles it: ${(1500 - same).toLocaleString('en-US')} dates are left out, so period splits (trends, delta by date) need --date-format dmy or mdy`,
    );
  });
});
