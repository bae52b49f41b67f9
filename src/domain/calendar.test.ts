import { describe, expect, it } from 'vitest';
import { dayInfo, dayKind, isWorkingDay, makeCalendar, validateYearDays } from './calendar.js';
import { builtInYear } from './calendar-seed.js';

describe('calendar value', () => {
  const cal = makeCalendar([], builtInYear);

  it.each([
    ['2025-01-01', 'holiday', false],
    ['2025-01-24', 'weekday', true],
    ['2025-01-25', 'weekend', false],
    ['2025-01-26', 'makeup', true], // Sunday worked for 春节
    ['2025-01-28', 'holiday', false], // 除夕
    ['2025-02-04', 'holiday', false],
    ['2025-02-05', 'weekday', true],
    ['2025-02-08', 'makeup', true], // Saturday worked
    ['2025-04-04', 'holiday', false],
    ['2025-04-27', 'makeup', true],
    ['2025-05-05', 'holiday', false],
    ['2025-06-02', 'holiday', false],
    ['2025-09-28', 'makeup', true],
    ['2025-10-08', 'holiday', false],
    ['2025-10-11', 'makeup', true],
    ['2026-01-04', 'makeup', true],
    ['2026-02-14', 'makeup', true],
    ['2026-02-28', 'makeup', true],
    ['2026-05-09', 'makeup', true],
    ['2026-09-20', 'makeup', true],
    ['2026-10-10', 'makeup', true],
    ['2026-10-07', 'holiday', false],
    ['2026-10-08', 'weekday', true],
    ['2026-12-31', 'weekday', true],
    ['2027-01-01', 'holiday', false], // provisional 元旦
    ['2027-01-02', 'weekend', false],
  ] as const)('%s is %s', (date, kind, working) => {
    expect(dayKind(cal, date)).toBe(kind);
    expect(isWorkingDay(cal, date)).toBe(working);
  });

  it('names overrides and flags provisional years', () => {
    expect(dayInfo(cal, '2025-01-29')).toEqual({
      date: '2025-01-29',
      kind: 'holiday',
      working: false,
      name: '春节',
      provisional: false,
    });
    expect(dayInfo(cal, '2025-01-24')).toEqual({
      date: '2025-01-24',
      kind: 'weekday',
      working: true,
      provisional: false,
    });
    expect(dayInfo(cal, '2027-02-08')).toMatchObject({ kind: 'holiday', name: '春节', provisional: true });
  });

  it('lets explicit years win over the fallback', () => {
    const own = makeCalendar(
      [
        {
          year: 2027,
          status: 'official',
          source: 'test',
          days: [{ date: '2027-01-04', kind: 'holiday', name: '测试' }],
        },
      ],
      builtInYear,
    );
    expect(dayKind(own, '2027-01-01')).toBe('weekday'); // the explicit year does not list it
    expect(dayKind(own, '2027-01-04')).toBe('holiday');
    expect(dayInfo(own, '2027-01-04').provisional).toBe(false);
    expect(dayKind(own, '2026-10-01')).toBe('holiday'); // other years: fallback
  });

  it('defaults to weekends only, provisional, without a fallback', () => {
    const bare = makeCalendar([]);
    expect(dayKind(bare, '2025-01-01')).toBe('weekday');
    expect(dayKind(bare, '2025-01-04')).toBe('weekend');
    expect(bare.year(2025).status).toBe('provisional');
  });

  it('validates a year entered by a manager', () => {
    expect(
      validateYearDays(2027, [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-02-20', kind: 'makeup', name: '春节' },
      ]),
    ).toEqual([]);
    const errors = validateYearDays(2027, [
      { date: '2026-12-31', kind: 'holiday', name: '元旦' },
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-01-04', kind: 'makeup', name: '元旦' },
      { date: '2027-02-30', kind: 'holiday', name: '春节' },
      { date: '2027-05-01', kind: 'holiday', name: ' ' },
    ]);
    expect(errors).toEqual([
      '日期 2026-12-31 不在 2027 年内',
      '日期 2027-01-01 重复',
      '2027-01-04 是周一至周五，本就是工作日，不能设为调休上班日',
      '日期“2027-02-30”无效',
      '2027-05-01 缺少节日名称',
    ]);
  });
});
