import { describe, expect, it } from 'vitest';
import { detectColumns, resolveDateFormat } from '../../src/columns/index.js';
import { CxError } from '../../src/errors.js';
import { records } from './_records.js';

const mappingFor = (dates: readonly string[]) => {
  const columns = ['date', 'comment'];
  const sample = records(columns, dates.map((date, i) => [date, `comment number ${i} with words`]));
  return { mapping: detectColumns(columns, sample, {}), sample };
};

describe('resolveDateFormat', () => {
  it.each([
    [['2025-09-07', '2025-09-08T10:00:00Z'], 'ymd'],
    [['03/04/2025', '25/04/2025'], 'dmy'],
    [['03/04/2025 10:00', '04/25/2025 9:00'], 'mdy'],
    [['7.9.2025', '8.9.2025'], 'dmy'],
    [['05/05/2025'], null],
    [['', ''], null],
  ] as const)('decides %j → %s', (dates, order) => {
    const { mapping, sample } = mappingFor(dates);
    expect(resolveDateFormat(mapping, sample)).toBe(order);
  });

  it('throws ambiguous_date when no value settles D/M vs M/D', () => {
    const { mapping, sample } = mappingFor(['03/04/2025', '01/02/2025', '2025-01-01']);
    let caught: unknown;
    try {
      resolveDateFormat(mapping, sample);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CxError);
    expect((caught as CxError).code).toBe('ambiguous_date');
    expect((caught as CxError).message).toBe(
      'dates like 03/04/2025 in column "date" could be D/M or M/D: pass --date-format dmy or mdy',
    );
  });

  it("defers to the whole file ('defer'): null instead of ambiguous_date", () => {
    const { mapping, sample } = mappingFor(['03/04/2025', '01/02/2025']);
    expect(resolveDateFormat(mapping, sample, undefined, 'defer')).toBeNull();
  });

  it('returns the override without looking', () => {
    const { mapping, sample } = mappingFor(['03/04/2025']);
    expect(resolveDateFormat(mapping, sample, 'mdy')).toBe('mdy');
  });
});
