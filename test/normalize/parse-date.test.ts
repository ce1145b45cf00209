import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/normalize/index.js';

const date = (iso: string) => ({ kind: 'date', iso });

describe('parseDate', () => {
  it.each([
    ['2025-09-07', null, '2025-09-07'],
    ['2025-09-07T23:30:00-05:00', null, '2025-09-07'], // as written: no shift to UTC
    ['2025-09-01T00:10:00+14:00', null, '2025-09-01'],
    ['2025-09-07 12:57:44', null, '2025-09-07'],
    ['2025/9/7', null, '2025-09-07'],
    ['9/7/2025 13:05', 'mdy', '2025-09-07'],
    ['9/7/2025', 'dmy', '2025-07-09'],
    ['25/12/2025', null, '2025-12-25'], // 25 cannot be a month
    ['12/25/2025 9:05', null, '2025-12-25'],
    ['03/04/25', 'dmy', '2025-04-03'],
    ['07.09.2025', null, '2025-09-07'], // dotted dates are day first
    ['7.9.2025 08:00', 'mdy', '2025-09-07'],
    ['1757203200', null, '2025-09-07'], // `date -u -d @1757203200` → Sun Sep  7 00:00:00 UTC 2025
    ['1757203199', null, '2025-09-06'],
    ['1757203200000', null, '2025-09-07'],
    ['7 Sep 2025', null, '2025-09-07'],
    ['Sep 7, 2025', null, '2025-09-07'],
    ['Sunday, September 7, 2025', null, '2025-09-07'],
    ['2024-02-29', null, '2024-02-29'],
    ['05/05/2025', null, '2025-05-05'], // same either way
  ] as const)('reads %j (%s) as %s', (raw, order, iso) => {
    expect(parseDate(raw, order)).toEqual(date(iso));
  });

  it.each(['2025-02-29', '2025-13-01', '31/31/2025', 'yesterday', '', '12345', '2025', 'Smarch 3, 2025'])(
    'rejects %j',
    (raw) => {
      expect(parseDate(raw, 'dmy')).toEqual({ kind: 'invalid' });
    },
  );

  it('calls 03/04/2025 ambiguous without an order', () => {
    expect(parseDate('03/04/2025', null)).toEqual({ kind: 'ambiguous' });
  });
});
