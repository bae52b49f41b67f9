import { describe, expect, it } from 'vitest';
import { TRAIL } from '../test-fixtures';
import { cellStateOf, trailTotals, trailWeeks } from './trail';

describe('trail layout', () => {
  it('gives each entry its state: a pause never hides a weekend or holiday, a paused workday never counts', () => {
    expect(cellStateOf({ date: '2025-10-01', kind: 'holiday', counted: false, paused: true })).toBe('holiday');
    expect(cellStateOf({ date: '2025-10-04', kind: 'weekend', counted: false, paused: true })).toBe('weekend');
    expect(cellStateOf({ date: '2025-09-30', kind: 'weekday', counted: false, paused: true })).toBe('paused');
    expect(cellStateOf({ date: '2025-09-28', kind: 'makeup', counted: true, paused: false, n: 2 })).toBe('makeup');
    expect(cellStateOf({ date: '2025-10-11', kind: 'makeup', counted: false, paused: true })).toBe('paused');
    expect(cellStateOf({ date: '2025-09-26', kind: 'weekday', counted: true, paused: false, n: 1 })).toBe('counted');
  });

  it('lays the dates out in Monday-first weeks from the acceptance day', () => {
    const weeks = trailWeeks('2025-09-25', TRAIL, '2025-10-13', '2025-10-01');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0].slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0][3]?.date).toBe('2025-09-25');
    expect(weeks[0][3]?.state).toBe('start');
    expect(weeks[0][6]?.date).toBe('2025-09-28');
    const last = weeks[weeks.length - 1];
    expect(last[0]?.date).toBe('2025-10-13');
    expect(last[0]?.isDue).toBe(true);
    expect(last.slice(1)).toEqual([null, null, null, null, null, null]);
    const flat = weeks.flat().filter((c) => c !== null);
    expect(flat.find((c) => c.isToday)?.date).toBe('2025-10-01');
    expect(flat.filter((c) => c.showMonth).map((c) => c.date)).toEqual(['2025-09-25', '2025-10-01']);
    expect(trailTotals(TRAIL)).toEqual({ counted: 4, makeup: 2, weekend: 2, holiday: 8, paused: 2 });
  });

  it('has nothing to lay out without a start or trail', () => {
    expect(trailWeeks(null, [], null, '2025-10-01')).toEqual([]);
  });
});

describe('a limit of 0 working days', () => {
  it('is due on the acceptance day itself', () => {
    const weeks = trailWeeks('2026-11-26', [], '2026-11-26', '2026-11-26');
    const cells = weeks.flat().filter((c) => c !== null);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ date: '2026-11-26', state: 'start', isDue: true, isToday: true });
  });
});
