import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaClock, chinaInstantIso, hhmmMinutes } from './china-time.js';
import { checkTakeTime, estimateWaitMinutes, takeRangesFor, validateTakeHours } from './queue-hours.js';

const HALL = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  sessions:
    weekday === 5
      ? [{ start: '08:30', end: '12:00' }]
      : [
          { start: '08:30', end: '12:00' },
          { start: '14:00', end: '17:30' },
        ],
}));

describe('queue clock (Asia/Shanghai whatever TZ)', () => {
  it('turns an instant into the hall date, time and weekday', () => {
    expect(chinaClock(new Date('2026-12-01T02:05:00Z'))).toEqual({
      date: '2026-12-01',
      time: '10:05',
      minutes: 605,
      weekday: 2,
    });
    // 16:30 UTC on Sunday is 00:30 on Monday in Beijing
    expect(chinaClock(new Date('2026-11-29T16:30:00Z'))).toMatchObject({
      date: '2026-11-30',
      time: '00:30',
      weekday: 1,
    });
    expect(chinaClock(new Date('2026-11-29T15:59:59Z'))).toMatchObject({
      date: '2026-11-29',
      time: '23:59',
      weekday: 7,
    });
  });

  it('round-trips local date and time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2100-01-01') }), (ms) => {
        const c = chinaClock(new Date(ms));
        const back = Date.parse(chinaInstantIso(c.date, c.time));
        expect(ms - back).toBeGreaterThanOrEqual(0);
        expect(ms - back).toBeLessThan(60_000);
        expect(hhmmMinutes(c.time)).toBe(c.minutes);
      }),
    );
  });
});

describe('take hours', () => {
  it("uses the type's own hours on any working day", () => {
    const own = [{ start: '09:00', end: '11:00' }];
    expect(takeRangesFor(own, HALL, 3, 'weekday')).toEqual(own);
    expect(takeRangesFor(own, HALL, 6, 'makeup')).toEqual(own);
    expect(takeRangesFor(own, HALL, 3, 'holiday')).toEqual([]);
    expect(takeRangesFor(own, HALL, 6, 'weekend')).toEqual([]);
  });

  it("falls back to the hall's sessions of that weekday; a make-up Saturday borrows Monday's", () => {
    expect(takeRangesFor([], HALL, 5, 'weekday')).toEqual([{ start: '08:30', end: '12:00' }]);
    expect(takeRangesFor([], HALL, 6, 'makeup')).toEqual(HALL[0].sessions);
    expect(takeRangesFor([], [], 2, 'weekday')).toEqual([]);
  });

  it('checks a time against the ranges (start inclusive, end exclusive)', () => {
    const ranges = HALL[0].sessions;
    const ok = (time: string) => checkTakeTime({ active: true, kind: 'weekday', ranges, time }).ok;
    expect(['08:30', '11:59', '14:00', '17:29'].map(ok)).toEqual([true, true, true, true]);
    expect(['08:29', '12:00', '13:00', '17:30', '23:00'].map(ok)).toEqual([false, false, false, false, false]);
    const closed = checkTakeTime({ active: true, kind: 'weekday', ranges, time: '13:00' });
    expect(closed).toEqual({ ok: false, reason: '当前不在取号时间内（取号时间 08:30–12:00、14:00–17:30）' });
    expect(checkTakeTime({ active: true, kind: 'holiday', ranges, time: '09:00' })).toEqual({
      ok: false,
      reason: '今天不是工作日，不能取号',
    });
    expect(checkTakeTime({ active: false, kind: 'weekday', ranges, time: '09:00' }).ok).toBe(false);
    expect(checkTakeTime({ active: true, kind: 'weekday', ranges: [], time: '09:00' }).ok).toBe(false);
  });

  it('validates entered ranges', () => {
    expect(validateTakeHours(HALL[0].sessions)).toEqual([]);
    expect(validateTakeHours([{ start: '12:00', end: '09:00' }])).toHaveLength(1);
    expect(
      validateTakeHours([
        { start: '08:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
      ]),
    ).toHaveLength(1);
  });
});

describe('estimated wait', () => {
  it('is people ahead × average minutes ÷ open windows (at least one), rounded up', () => {
    expect(estimateWaitMinutes(0, 10, 2)).toBe(0);
    expect(estimateWaitMinutes(3, 10, 2)).toBe(15);
    expect(estimateWaitMinutes(3, 10, 0)).toBe(30);
    expect(estimateWaitMinutes(1, 7, 3)).toBe(3);
  });
});
