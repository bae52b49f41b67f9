import { describe, expect, it } from 'vitest';
import { applyEdit, gridDay, monthSpans, monthWeeks, overrideMap, sameDays } from './grid';
import { YEAR_2026 } from './test-fixtures';

const o = overrideMap(YEAR_2026.days);

describe('calendar grid', () => {
  it('lays a month out Monday first, with blanks before the 1st and after the last day', () => {
    // 2026-10-01 is a Thursday; October has 31 days → 5 weeks
    const weeks = monthWeeks(2026, 10, o);
    expect(weeks).toHaveLength(5);
    expect(weeks[0].slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0][3]?.date).toBe('2026-10-01');
    expect(weeks[4].map((d) => d?.day ?? null)).toEqual([26, 27, 28, 29, 30, 31, null]);
  });

  it('marks holidays and make-up workdays from the schedule over the weekday rule', () => {
    expect(gridDay('2026-10-01', o)).toMatchObject({ kind: 'holiday', name: '国庆节', working: false, weekday: 4 });
    expect(gridDay('2026-10-04', o)).toMatchObject({ kind: 'holiday', weekday: 7 });
    expect(gridDay('2026-10-10', o)).toMatchObject({ kind: 'makeup', name: '国庆节', working: true, weekday: 6 });
    expect(gridDay('2026-10-11', o)).toMatchObject({ kind: 'weekend', name: null, working: false });
    expect(gridDay('2026-10-09', o)).toMatchObject({ kind: 'weekday', working: true });
  });

  it('summarises a month as runs of days', () => {
    expect(monthSpans(2026, 10, YEAR_2026.days)).toEqual([
      { from: '2026-10-01', to: '2026-10-07', kind: 'holiday', name: '国庆节' },
      { from: '2026-10-10', to: '2026-10-10', kind: 'makeup', name: '国庆节' },
    ]);
    expect(monthSpans(2026, 3, YEAR_2026.days)).toEqual([]);
  });

  it('edits a run of days, never making a Monday–Friday a make-up day, and can undo a day', () => {
    const added = applyEdit([], { from: '2026-05-01', to: '2026-05-05', kind: 'holiday', name: ' 劳动节 ' });
    expect(added.map((d) => d.date)).toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05']);
    expect(added[0].name).toBe('劳动节');
    // 05-08 is a Friday, 05-09 a Saturday
    const makeup = applyEdit(added, { from: '2026-05-09', to: '2026-05-08', kind: 'makeup', name: '劳动节' });
    expect(makeup.filter((d) => d.kind === 'makeup').map((d) => d.date)).toEqual(['2026-05-09']);
    const undone = applyEdit(makeup, { from: '2026-05-05', to: '2026-05-05', kind: 'normal', name: '' });
    expect(undone.map((d) => d.date)).toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-09']);
    expect(sameDays(undone, [...undone].reverse())).toBe(true);
    expect(sameDays(undone, makeup)).toBe(false);
  });
});
