import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../domain/calendar.js';
import { chinaDate, chinaDayStartIso, chinaHour, chinaInstant, chinaMinutes, closingTimeOn } from './china-time.js';

describe('Asia/Shanghai time, whatever the server TZ', () => {
  it('converts instants to hall-local dates and minutes', () => {
    expect(chinaDate('2026-03-04T15:59:59.000Z')).toBe('2026-03-04');
    expect(chinaDate('2026-03-04T16:00:00.000Z')).toBe('2026-03-05');
    expect(chinaMinutes('2026-03-04T01:30:00.000Z')).toBe(9 * 60 + 30);
    expect(chinaHour(new Date('2026-12-31T23:00:00.000Z'))).toBe(7);
    expect(chinaInstant('2026-03-04', '08:30').toISOString()).toBe('2026-03-04T00:30:00.000Z');
    expect(chinaDayStartIso('2026-01-01')).toBe('2025-12-31T16:00:00.000Z');
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
