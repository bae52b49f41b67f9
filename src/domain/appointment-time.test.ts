import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  chinaDateOf,
  chinaInstant,
  chinaMinutesOf,
  hhmmToMinutes,
  minutesToHhmm,
} from './appointment-time.js';

describe('appointment-time', () => {
  it('converts hall-local date and time to a UTC instant (UTC+8, no DST)', () => {
    expect(chinaInstant('2026-10-09', '09:00')).toBe('2026-10-09T01:00:00.000Z');
    expect(chinaInstant('2026-10-09', '07:30')).toBe('2026-10-08T23:30:00.000Z');
    expect(chinaInstant('2026-07-01', '17:30')).toBe('2026-07-01T09:30:00.000Z');
  });

  it('reads the Asia/Shanghai date and minute of an instant', () => {
    expect(chinaDateOf('2026-10-08T23:30:00.000Z')).toBe('2026-10-09');
    expect(chinaDateOf('2026-10-08T15:59:59.999Z')).toBe('2026-10-08');
    expect(chinaDateOf('2026-10-08T16:00:00.000Z')).toBe('2026-10-09');
    expect(chinaMinutesOf('2026-10-08T23:30:00.000Z')).toBe(7 * 60 + 30);
    expect(chinaMinutesOf('2026-10-08T16:00:00.000Z')).toBe(0);
  });

  it('round-trips date + HH:MM through an instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 1439 }), (dayOffset, minute) => {
        const date = chinaDateOf(new Date(Date.UTC(2024, 0, 1) + dayOffset * 86_400_000 + 8 * 3_600_000).toISOString());
        const iso = chinaInstant(date, minutesToHhmm(minute));
        return chinaDateOf(iso) === date && chinaMinutesOf(iso) === minute;
      }),
    );
  });

  it('parses and formats HH:MM and moves instants by minutes', () => {
    expect(hhmmToMinutes('08:30')).toBe(510);
    expect(minutesToHhmm(510)).toBe('08:30');
    expect(() => hhmmToMinutes('8:30')).toThrow(RangeError);
    expect(() => hhmmToMinutes('24:00')).toThrow(RangeError);
    expect(addMinutes('2026-10-09T01:00:00.000Z', -10)).toBe('2026-10-09T00:50:00.000Z');
  });
});
