import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  eachDate,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  yearOf,
} from './calendar-date.js';

/** Oracle: UTC-only Date methods (independent of the process time zone). */
const utcDayNumber = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};
const dayNumbers = fc.integer({ min: dayNumber('1901-01-01'), max: dayNumber('2199-12-31') });

describe('calendar-date', () => {
  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2026-02-28')).toEqual({ y: 2026, m: 2, d: 28 });
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    for (const bad of ['2026-2-1', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-01-01T00:00', ''])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
  });

  it('answers the same from memory, and still refuses malformed dates after valid ones', () => {
    for (let i = 0; i < 3; i++) {
      expect(dayNumber('2026-11-26')).toBe(20_783);
      expect(fromDayNumber(20_783)).toBe('2026-11-26');
      expect(yearOf('2026-11-26')).toBe(2026);
      expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
      expect(() => yearOf('2026-13-01')).toThrow(RangeError);
      expect(() => addDays('2026-11-26x', 1)).toThrow(RangeError);
    }
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
  });

  it('knows fixed points', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('2026-01-01')).toBe(4); // Thursday
    expect(isoWeekday('2025-01-26')).toBe(7); // Sunday (a make-up workday)
    expect(isoWeekday('2025-02-08')).toBe(6);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(yearOf('2027-06-09')).toBe(2027);
    expect([...eachDate('2025-12-30', '2026-01-02')]).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
  });

  it('agrees with the UTC oracle on every day of three centuries (property)', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const s = fromDayNumber(n);
        expect(isIsoDate(s)).toBe(true);
        expect(dayNumber(s)).toBe(n);
        expect(utcDayNumber(s)).toBe(n);
        expect(isoWeekday(s)).toBe(new Date(n * 86_400_000).getUTCDay() || 7);
      }),
      { numRuns: 2000 },
    );
  });

  it('adds and subtracts consistently (property)', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const s = fromDayNumber(n);
        const t = addDays(s, k);
        expect(daysBetween(s, t)).toBe(k);
        expect(addDays(t, -k)).toBe(s);
        expect(t > s).toBe(k > 0);
      }),
    );
  });
});
