import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCalendar } from './calendar.js';
import {
  addMinutes,
  chinaClock,
  chinaDate,
  chinaDayStartIso,
  chinaHour,
  chinaInstant,
  chinaInstantIso,
  chinaMinutes,
  closingTimeOn,
  hhmmMinutes,
  minutesToHhmm,
} from './china-time.js';

describe('Asia/Shanghai time, whatever the server TZ', () => {
  it('converts instants to hall-local dates and minutes', () => {
    expect(chinaDate('2026-03-04T15:59:59.000Z')).toBe('2026-03-04');
    expect(chinaDate('2026-03-04T16:00:00.000Z')).toBe('2026-03-05');
    expect(chinaMinutes('2026-03-04T01:30:00.000Z')).toBe(9 * 60 + 30);
    expect(chinaHour(new Date('2026-12-31T23:00:00.000Z'))).toBe(7);
    expect(chinaInstant('2026-03-04', '08:30').toISOString()).toBe('2026-03-04T00:30:00.000Z');
    expect(chinaDayStartIso('2026-01-01')).toBe('2025-12-31T16:00:00.000Z');
  });

  it('converts hall-local date and time to a UTC instant (UTC+8, no DST)', () => {
    expect(chinaInstantIso('2026-10-09', '09:00')).toBe('2026-10-09T01:00:00.000Z');
    expect(chinaInstantIso('2026-10-09', '07:30')).toBe('2026-10-08T23:30:00.000Z');
    expect(chinaInstantIso('2026-07-01')).toBe('2026-06-30T16:00:00.000Z');
    expect(chinaDate('2026-10-08T15:59:59.999Z')).toBe('2026-10-08');
    expect(chinaDate('2026-10-08T16:00:00.000Z')).toBe('2026-10-09');
  });

  it('reads the wall clock: date, time, minutes and ISO weekday', () => {
    expect(chinaClock(new Date('2026-11-29T15:59:00.000Z'))).toEqual({
      date: '2026-11-29',
      time: '23:59',
      minutes: 1439,
      weekday: 7,
    });
    expect(chinaClock(new Date('2026-11-29T16:00:00.000Z'))).toEqual({
      date: '2026-11-30',
      time: '00:00',
      minutes: 0,
      weekday: 1,
    });
  });

  it('round-trips date + HH:MM through an instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 1439 }), (dayOffset, minute) => {
        const date = chinaDate(new Date(Date.UTC(2024, 0, 1) + dayOffset * 86_400_000 + 8 * 3_600_000));
        const at = chinaInstantIso(date, minutesToHhmm(minute));
        const clock = chinaClock(new Date(at));
        return chinaDate(at) === date && chinaMinutes(at) === minute && hhmmMinutes(clock.time) === minute;
      }),
    );
  });

  it('moves instants by minutes and refuses malformed instants', () => {
    expect(addMinutes('2026-10-09T01:00:00.000Z', -10)).toBe('2026-10-09T00:50:00.000Z');
    expect(() => chinaDate('not a date')).toThrow(RangeError);
  });

  it('finds the closing time from opening hours, holidays and make-up workdays', () => {
    const hours = [
      {
        weekday: 1,
        sessions: [
          { start: '08:30', end: '12:00' },
          { start: '14:30', end: '17:30' },
        ],
      },
      {
        weekday: 3,
        sessions: [
          { start: '08:30', end: '12:00' },
          { start: '14:30', end: '18:00' },
        ],
      },
      { weekday: 6, sessions: [] },
    ];
    const cal = makeCalendar([
      {
        year: 2026,
        status: 'official',
        source: 'test',
        days: [
          { date: '2026-03-02', kind: 'holiday', name: '测试假' },
          { date: '2026-03-07', kind: 'makeup', name: '调休' },
        ],
      },
    ]);
    expect(closingTimeOn(hours, '2026-03-04')).toBe('18:00'); // Wednesday
    expect(closingTimeOn(hours, '2026-03-05')).toBeNull(); // Thursday: no hours
    expect(closingTimeOn(hours, '2026-03-09', cal)).toBe('17:30'); // Monday
    expect(closingTimeOn(hours, '2026-03-02', cal)).toBeNull(); // holiday Monday
    expect(closingTimeOn(hours, '2026-03-07', cal)).toBe('17:30'); // make-up Saturday: Monday's hours
    expect(closingTimeOn(hours, '2026-03-07')).toBeNull(); // ordinary Saturday
  });
});
