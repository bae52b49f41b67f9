import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockedUntil,
  bookableDates,
  checkInTiming,
  idLast4Matches,
  isBlocked,
  isBookingOpen,
  isCancelOpen,
  isNoShow,
  liveKey,
  recentNoShows,
  shouldBlock,
  slotStartInstant,
} from './appointment-rules.js';
import { isWorkingDay, makeCalendar } from './calendar.js';
import { addDays } from './calendar-date.js';
import { builtInYear } from './calendar-seed.js';

const cal = makeCalendar([], builtInYear);
const working = (d: string) => isWorkingDay(cal, d);

describe('bookableDates', () => {
  it('skips the National Day holidays and includes the make-up Saturday 2026-10-10', () => {
    // 2026-09-30 is a Wednesday and a working day; 10-01…07 off; 10-10 (Saturday) a make-up workday.
    expect(bookableDates(working, '2026-09-30', 5)).toEqual([
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
      '2026-10-13',
    ]);
  });

  it('a non-working today only offers the next N working days', () => {
    expect(bookableDates(working, '2026-10-03', 2)).toEqual(['2026-10-08', '2026-10-09']);
  });

  it('terminates on a calendar without working days', () => {
    expect(bookableDates(() => false, '2026-10-03', 5)).toEqual([]);
  });

  it('property: N working days after today, all working, ascending, today first when working', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 10 }), (offset, n) => {
        const today = addDays('2025-01-01', offset);
        const dates = bookableDates(working, today, n);
        const later = dates.filter((d) => d > today);
        return (
          later.length === n &&
          dates.every(working) &&
          dates.every((d, i) => i === 0 || dates[i - 1] < d) &&
          dates.includes(today) === working(today)
        );
      }),
    );
  });
});

describe('closing times', () => {
  const slot = slotStartInstant('2026-10-09', '09:00'); // 2026-10-09T01:00Z
  it.each([
    ['20 min before', '2026-10-09T00:40:00.000Z', true],
    ['10 min 1 s before', '2026-10-09T00:49:59.000Z', true],
    ['exactly 10 min before', '2026-10-09T00:50:00.000Z', false],
    ['5 min before', '2026-10-09T00:55:00.000Z', false],
    ['after start', '2026-10-09T01:05:00.000Z', false],
  ])('booking %s → open=%s', (_name, now, open) => {
    expect(isBookingOpen(slot, now, 10)).toBe(open);
    expect(isCancelOpen(slot, now, 10)).toBe(open);
  });

  it('cancel and booking closing minutes are independent', () => {
    expect(isBookingOpen(slot, '2026-10-09T00:40:00.000Z', 30)).toBe(false);
    expect(isCancelOpen(slot, '2026-10-09T00:40:00.000Z', 0)).toBe(true);
  });
});

describe('check-in window and no-show', () => {
  const slot = slotStartInstant('2026-10-09', '09:00');
  it.each([
    ['the day before', '2026-10-08T06:00:00.000Z', 'too_early'],
    ['61 min before', '2026-10-08T23:59:00.000Z', 'too_early'],
    ['60 min before', '2026-10-09T00:00:00.000Z', 'open'],
    ['at the start', '2026-10-09T01:00:00.000Z', 'open'],
    ['30 min after', '2026-10-09T01:30:00.000Z', 'open'],
    ['31 min after', '2026-10-09T01:31:00.000Z', 'too_late'],
    ['the day after', '2026-10-10T01:00:00.000Z', 'too_late'],
  ])('%s → %s', (_name, now, expected) => {
    expect(checkInTiming('2026-10-09', slot, now, 30)).toBe(expected);
  });

  it('no-show exactly when check-in has become too late on the day', () => {
    expect(isNoShow(slot, '2026-10-09T01:30:00.000Z', 30)).toBe(false);
    expect(isNoShow(slot, '2026-10-09T01:30:00.001Z', 30)).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 600 }), (minutes) => {
        const now = new Date(Date.parse(slot) + minutes * 60_000).toISOString();
        return (checkInTiming('2026-10-09', slot, now, 30) === 'too_late') === isNoShow(slot, now, 30);
      }),
    );
  });
});

describe('blocking after repeated no-shows', () => {
  it('counts no-shows in the last windowDays days, today included', () => {
    const dates = ['2026-09-01', '2026-09-20', '2026-10-09', '2026-10-12'];
    expect(recentNoShows(dates, '2026-10-09', 30)).toBe(2); // 09-20 and 10-09; 10-12 is in the future
    expect(recentNoShows(dates, '2026-09-30', 30)).toBe(2); // 09-01 (age 29) and 09-20
    expect(recentNoShows(dates, '2026-10-01', 30)).toBe(1); // 09-01 is 30 days old: out
  });

  it.each([
    [['2026-09-15', '2026-09-25', '2026-10-09'], true],
    [['2026-09-15', '2026-10-09'], false],
    [['2026-09-01', '2026-09-25', '2026-10-09'], false],
  ])('shouldBlock(%j, 2026-10-09, 3, 30) = %s', (dates, expected) => {
    expect(shouldBlock(dates, '2026-10-09', 3, 30)).toBe(expected);
    // an ISO instant means its Asia/Shanghai date: 2026-10-08T16:30Z is 2026-10-09 00:30 in China
    expect(shouldBlock(dates, '2026-10-08T16:30:00.000Z', 3, 30)).toBe(expected);
  });

  it('a count of 0 never blocks', () => {
    expect(shouldBlock(['2026-10-09'], '2026-10-09', 0, 30)).toBe(false);
  });

  it('a block of N days lasts N days including the first', () => {
    expect(blockedUntil('2026-10-09', 30)).toBe('2026-11-07');
    expect(blockedUntil('2026-10-09', 1)).toBe('2026-10-09');
    expect(isBlocked(['2026-11-07'], '2026-11-07')).toBe(true);
    expect(isBlocked(['2026-11-07'], '2026-11-08')).toBe(false);
    expect(isBlocked([], '2026-11-08')).toBe(false);
  });
});

describe('identity helpers', () => {
  it('live key is per type, date and upper-cased ID number', () => {
    expect(liveKey('t1', '2026-10-09', '11010519491231002x')).toBe('t1|2026-10-09|11010519491231002X');
  });

  it('last 4 of the ID number match case-insensitively and only exactly', () => {
    expect(idLast4Matches('11010519491231002X', '002x')).toBe(true);
    expect(idLast4Matches('11010519491231002X', '002X')).toBe(true);
    expect(idLast4Matches('11010519491231002X', '1002')).toBe(false);
    expect(idLast4Matches('11010519491231002X', '02X')).toBe(false);
    expect(idLast4Matches('11010519491231002X', '')).toBe(false);
  });
});
