import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay, makeCalendar } from './calendar.js';
import { addDays, dayNumber, fromDayNumber } from './calendar-date.js';
import { builtInYear } from './calendar-seed.js';
import { addWorkingDays, countWorkingDays, dueDate, type Pause } from './deadline.js';

const cal = makeCalendar([], builtInYear);

describe('addWorkingDays (n-th working day strictly after the start)', () => {
  it.each<[string, number, string, string]>([
    // [start, n, due, why]
    ['2025-01-24', 1, '2025-01-26', 'Fri → the make-up Sunday before 春节'],
    ['2025-01-26', 1, '2025-01-27', 'make-up Sunday → Monday'],
    ['2025-01-27', 1, '2025-02-05', '春节 1/28–2/4 skipped'],
    ['2025-01-27', 5, '2025-02-10', '2/5, 2/6, 2/7, make-up Sat 2/8, Mon 2/10'],
    ['2025-04-03', 1, '2025-04-07', '清明 4/4–6'],
    ['2025-04-25', 1, '2025-04-27', 'make-up Sunday 4/27 for 劳动节'],
    ['2025-04-30', 1, '2025-05-06', '劳动节 5/1–5'],
    ['2025-05-30', 1, '2025-06-03', '端午 5/31–6/2'],
    ['2025-09-26', 20, '2025-10-30', '20-day statutory limit across 国庆+中秋 with two make-up days'],
    ['2025-09-30', 1, '2025-10-09', '国庆+中秋 10/1–8'],
    ['2025-10-09', 2, '2025-10-11', 'make-up Saturday 10/11'],
    ['2025-12-30', 3, '2026-01-05', 'year end: 12/31, make-up Sun 1/4, Mon 1/5'],
    ['2025-12-31', 20, '2026-01-29', 'year end, 20 days'],
    ['2026-02-13', 1, '2026-02-14', 'make-up Saturday 2/14'],
    ['2026-02-14', 1, '2026-02-24', '春节 2/15–23'],
    ['2026-02-13', 10, '2026-03-05', 'across 春节 with make-up 2/14 and 2/28'],
    ['2026-04-30', 4, '2026-05-09', '劳动节 5/1–5, make-up Sat 5/9'],
    ['2026-06-18', 1, '2026-06-22', '端午 6/19–21'],
    ['2026-09-18', 1, '2026-09-20', 'make-up Sunday 9/20'],
    ['2026-09-24', 1, '2026-09-28', '中秋 9/25–27'],
    ['2026-09-30', 1, '2026-10-08', '国庆 10/1–7'],
    ['2026-09-30', 3, '2026-10-10', 'make-up Saturday 10/10'],
    ['2026-12-30', 1, '2026-12-31', 'last working day of 2026'],
    ['2026-12-31', 1, '2027-01-04', 'into provisional 2027: 元旦 Fri, weekend'],
    ['2026-03-02', 0, '2026-03-02', 'zero days: the start day itself'],
    ['2026-10-03', 0, '2026-10-03', 'zero days, even on a holiday'],
  ])('%s + %i → %s (%s)', (start, n, due) => {
    expect(addWorkingDays(cal, start, n)).toBe(due);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => addWorkingDays(cal, '2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-01-05', 1.5)).toThrow(RangeError);
  });

  it('stops instead of looping on a calendar without working days', () => {
    const allHolidays = makeCalendar([], (year) => ({
      year,
      status: 'official',
      source: 'test',
      days: [...Array(366)].map((_, i) => ({ date: addDays(`${year}-01-01`, i), kind: 'holiday' as const, name: 'x' })),
    }));
    expect(() => addWorkingDays(allHolidays, '2026-01-01', 1)).toThrow(RangeError);
  });
});

describe('countWorkingDays (working days in (a, b])', () => {
  it('counts 248 working days in each of 2025 and 2026', () => {
    expect(countWorkingDays(cal, '2024-12-31', '2025-12-31')).toBe(248);
    expect(countWorkingDays(cal, '2025-12-31', '2026-12-31')).toBe(248);
  });
  it('excludes a and includes b; is signed', () => {
    expect(countWorkingDays(cal, '2025-01-24', '2025-02-10')).toBe(7);
    expect(countWorkingDays(cal, '2025-02-10', '2025-01-24')).toBe(-7);
    expect(countWorkingDays(cal, '2025-01-27', '2025-02-04')).toBe(0);
    expect(countWorkingDays(cal, '2025-01-26', '2025-01-26')).toBe(0);
    expect(countWorkingDays(cal, '2025-01-25', '2025-01-26')).toBe(1);
  });
});

describe('dueDate with pauses and extensions', () => {
  it('explains a plain limit day by day', () => {
    const r = dueDate(cal, '2025-01-24', 5);
    expect(r.dueOn).toBe('2025-02-07');
    expect(r.provisional).toBe(false);
    expect(r.years).toEqual([{ year: 2025, status: 'official', source: builtInYear(2025).source }]);
    expect(r.trail.map((t) => [t.date, t.reason, t.count])).toEqual([
      ['2025-01-25', 'weekend', 0],
      ['2025-01-26', 'makeup_counted', 1],
      ['2025-01-27', 'counted', 2],
      ['2025-01-28', 'holiday', 2],
      ['2025-01-29', 'holiday', 2],
      ['2025-01-30', 'holiday', 2],
      ['2025-01-31', 'holiday', 2],
      ['2025-02-01', 'holiday', 2],
      ['2025-02-02', 'holiday', 2],
      ['2025-02-03', 'holiday', 2],
      ['2025-02-04', 'holiday', 2],
      ['2025-02-05', 'counted', 3],
      ['2025-02-06', 'counted', 4],
      ['2025-02-07', 'counted', 5],
    ]);
    expect(r.trail[1]).toMatchObject({ kind: 'makeup', name: '春节', paused: false, extension: false });
    expect(r.trail[3]).toMatchObject({ kind: 'holiday', name: '春节' });
  });

  it('removes the working days in (S, E] of a pause; S itself counts', () => {
    expect(dueDate(cal, '2026-03-02', 10).dueOn).toBe('2026-03-16');
    const r = dueDate(cal, '2026-03-02', 10, [{ from: '2026-03-04', to: '2026-03-06' }]);
    expect(r.dueOn).toBe('2026-03-18');
    expect(r.pausedDays).toBe(2);
    expect(r.openPause).toBe(false);
    expect(r.trail.slice(0, 6).map((t) => [t.date, t.reason, t.paused, t.count])).toEqual([
      ['2026-03-03', 'counted', false, 1],
      ['2026-03-04', 'counted', false, 2],
      ['2026-03-05', 'paused', true, 2],
      ['2026-03-06', 'paused', true, 2],
      ['2026-03-07', 'weekend', false, 2],
      ['2026-03-08', 'weekend', false, 2],
    ]);
  });

  it('pauses across 国庆 2026: holidays inside a pause are holidays, make-up days after it count', () => {
    expect(dueDate(cal, '2026-09-28', 5).dueOn).toBe('2026-10-10');
    const r = dueDate(cal, '2026-09-28', 5, [{ from: '2026-09-29', to: '2026-10-09' }]);
    expect(r.dueOn).toBe('2026-10-14');
    expect(r.pausedDays).toBe(3); // 9/30, 10/8, 10/9
    const byDate = new Map(r.trail.map((t) => [t.date, t]));
    expect(byDate.get('2026-09-29')).toMatchObject({ reason: 'counted', count: 1, paused: false });
    expect(byDate.get('2026-10-01')).toMatchObject({
      reason: 'holiday',
      paused: true,
      kind: 'holiday',
      name: '国庆节',
    });
    expect(byDate.get('2026-10-09')).toMatchObject({ reason: 'paused', paused: true });
    expect(byDate.get('2026-10-10')).toMatchObject({ reason: 'makeup_counted', count: 2, kind: 'makeup' });
  });

  it('ignores the part of a pause before the start, and merges overlapping pauses', () => {
    expect(dueDate(cal, '2026-03-02', 10, [{ from: '2026-02-20', to: '2026-03-03' }]).dueOn).toBe('2026-03-17');
    const overlapping: Pause[] = [
      { from: '2026-03-04', to: '2026-03-06' },
      { from: '2026-03-05', to: '2026-03-10' },
    ];
    const r = dueDate(cal, '2026-03-02', 10, overlapping);
    expect(r.pausedDays).toBe(4); // 3/5, 3/6, 3/9, 3/10
    expect(r.dueOn).toBe('2026-03-20');
  });

  it('treats an open pause as lasting until asOf, or as not yet effective without it', () => {
    const open: Pause[] = [{ from: '2026-03-04', to: null }];
    const withoutAsOf = dueDate(cal, '2026-03-02', 10, open);
    expect(withoutAsOf.dueOn).toBe('2026-03-16');
    expect(withoutAsOf.openPause).toBe(true);
    expect(dueDate(cal, '2026-03-02', 10, open, 0, { asOf: '2026-03-06' }).dueOn).toBe('2026-03-18');
    expect(dueDate(cal, '2026-03-02', 10, open, 0, { asOf: '2026-03-01' }).dueOn).toBe('2026-03-16');
  });

  it('adds extension days and marks them in the trail', () => {
    const r = dueDate(cal, '2026-03-02', 10, [], 10);
    expect(r.dueOn).toBe('2026-03-30');
    expect(r.totalDays).toBe(20);
    expect(r.trail.filter((t) => t.extension).map((t) => t.date)[0]).toBe('2026-03-17');
    expect(r.trail.filter((t) => t.extension)).toHaveLength(10);
    // joint case: 45 + 15 from 2025-09-26, through 国庆+中秋
    expect(dueDate(cal, '2025-09-26', 45, [], 15).dueOn).toBe(addWorkingDays(cal, '2025-09-26', 60));
  });

  it('flags a deadline that reaches into a provisional year', () => {
    expect(dueDate(cal, '2026-12-30', 1).provisional).toBe(false);
    const r = dueDate(cal, '2026-12-30', 2);
    expect(r.dueOn).toBe('2027-01-04');
    expect(r.provisional).toBe(true);
    expect(r.years.map((y) => [y.year, y.status])).toEqual([
      [2026, 'official'],
      [2027, 'provisional'],
    ]);
    expect(r.trail.find((t) => t.date === '2027-01-01')).toMatchObject({ reason: 'holiday', provisional: true });
    expect(dueDate(cal, '2027-03-01', 0).provisional).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => dueDate(cal, '2026-03-02', -1)).toThrow(RangeError);
    expect(() => dueDate(cal, '2026-03-02', 5, [], -2)).toThrow(RangeError);
    expect(() => dueDate(cal, '2026-03-02', 5, [{ from: '2026-03-05', to: '2026-03-04' }])).toThrow(RangeError);
  });
});

describe('deadline properties', () => {
  const start = fc.integer({ min: dayNumber('2024-06-01'), max: dayNumber('2027-06-30') }).map((n) => fromDayNumber(n));
  const pause = fc
    .tuple(fc.integer({ min: -20, max: 120 }), fc.integer({ min: 0, max: 40 }))
    .map(([offset, len]) => ({ offset, len }));
  const toPauses = (s: string, ps: { offset: number; len: number }[]): Pause[] =>
    ps.map((p) => ({ from: addDays(s, p.offset), to: addDays(s, p.offset + p.len) }));

  it('the due date is always a working day', () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 1, max: 80 }),
        fc.array(pause, { maxLength: 3 }),
        fc.integer({ min: 0, max: 15 }),
        (s, n, ps, ext) => {
          expect(isWorkingDay(cal, dueDate(cal, s, n, toPauses(s, ps), ext).dueOn)).toBe(true);
        },
      ),
    );
  });

  it('adding a pause never makes the due date earlier', () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 0, max: 80 }),
        fc.array(pause, { maxLength: 3 }),
        pause,
        (s, n, ps, extra) => {
          const before = dueDate(cal, s, n, toPauses(s, ps)).dueOn;
          const after = dueDate(cal, s, n, toPauses(s, [...ps, extra])).dueOn;
          expect(after >= before).toBe(true);
        },
      ),
    );
  });

  it('more days (or more extension) never make the due date earlier', () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 20 }),
        fc.array(pause, { maxLength: 2 }),
        (s, n, k, ps) => {
          const p = toPauses(s, ps);
          const base = dueDate(cal, s, n, p).dueOn;
          expect(dueDate(cal, s, n + k, p).dueOn >= base).toBe(true);
          expect(dueDate(cal, s, n, p, k).dueOn >= base).toBe(true);
        },
      ),
    );
  });

  it('countWorkingDays(from, addWorkingDays(from, n)) === n, and dueDate without pauses agrees', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 300 }), (s, n) => {
        const due = addWorkingDays(cal, s, n);
        expect(countWorkingDays(cal, s, due)).toBe(n);
        expect(countWorkingDays(cal, due, s) + n).toBe(0); // signed the other way (no -0 trap)
        expect(dueDate(cal, s, n).dueOn).toBe(due);
      }),
    );
  });

  it('the trail accounts for every day: counts rise by one on counted days only, paused days = pausedDays', () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 1, max: 60 }),
        fc.array(pause, { maxLength: 3 }),
        fc.integer({ min: 0, max: 10 }),
        (s, n, ps, ext) => {
          const r = dueDate(cal, s, n, toPauses(s, ps), ext);
          let prev = 0;
          r.trail.forEach((t, i) => {
            expect(t.date).toBe(addDays(s, i + 1));
            const counted = t.reason === 'counted' || t.reason === 'makeup_counted';
            expect(t.count).toBe(prev + (counted ? 1 : 0));
            prev = t.count;
          });
          expect(prev).toBe(n + ext);
          expect(r.trail.at(-1)?.date).toBe(r.dueOn);
          expect(r.trail.filter((t) => t.reason === 'paused')).toHaveLength(r.pausedDays);
          expect(r.trail.filter((t) => t.extension)).toHaveLength(ext);
          expect(r.dueOn >= addWorkingDays(cal, s, n + ext)).toBe(true);
        },
      ),
    );
  });
});
