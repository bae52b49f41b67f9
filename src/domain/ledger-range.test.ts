import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, eachDate } from './calendar-date.js';
import { splitRange } from './ledger-range.js';

describe('ledger date range → monthly and daily totals', () => {
  it('reads an open range from the monthly totals only', () => {
    expect(splitRange()).toEqual({ months: [undefined, undefined], days: [] });
    expect(splitRange('2026-03-01')).toEqual({ months: ['2026-03', undefined], days: [] });
    expect(splitRange(undefined, '2026-02-28')).toEqual({ months: [undefined, '2026-02'], days: [] });
  });

  it('reads whole months monthly and the ragged ends daily', () => {
    expect(splitRange('2026-01-01', '2026-03-31')).toEqual({ months: ['2026-01', '2026-03'], days: [] });
    expect(splitRange('2026-01-15', '2026-03-10')).toEqual({
      months: ['2026-02', '2026-02'],
      days: [
        ['2026-01-15', '2026-01-31'],
        ['2026-03-01', '2026-03-10'],
      ],
    });
    expect(splitRange('2024-02-10', '2024-02-29')).toEqual({ months: null, days: [['2024-02-10', '2024-02-29']] });
    expect(splitRange('2025-12-31', '2026-01-01')).toEqual({ months: null, days: [['2025-12-31', '2026-01-01']] });
    expect(splitRange('2026-03-02', '2026-03-02')).toEqual({ months: null, days: [['2026-03-02', '2026-03-02']] });
    expect(splitRange('2026-03-05', '2026-03-01')).toEqual({ months: null, days: [] });
  });

  it('covers every day of the range exactly once', () => {
    const day = fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 200 }), (from, span) => {
        const to = addDays(from, span);
        const split = splitRange(from, to);
        const covered: string[] = [];
        for (const [a, b] of split.days) covered.push(...eachDate(a, b));
        if (split.months) {
          const [m1, m2] = split.months;
          for (const d of eachDate(from, to))
            if (d.slice(0, 7) >= (m1 as string) && d.slice(0, 7) <= (m2 as string)) covered.push(d);
        }
        expect(covered.sort()).toEqual([...eachDate(from, to)]);
      }),
    );
  });
});
