import { describe, expect, it } from 'vitest';
import { INBOX } from '../test-fixtures';
import type { CalendarDay } from '../types';
import { sortCases, sortInbox, workingDaysLeft } from './urgency';

describe('inbox order', () => {
  it('puts red before yellow before green, earlier due dates first, paused cases last', () => {
    expect(sortInbox(INBOX).map((x) => x.id)).toEqual(['t-red', 't-red-late', 't-yellow', 't-green', 't-paused']);
  });

  it('breaks ties by case number and keeps tasks without a due date last in their colour', () => {
    const a = { ...INBOX[0], id: 'a', colour: 'yellow' as const, dueOn: '2026-11-30', caseNumber: 'QY2' };
    const b = { ...a, id: 'b', caseNumber: 'QY1' };
    const c = { ...a, id: 'c', dueOn: null, caseNumber: 'QY0' };
    expect(sortInbox([c, a, b]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });

  it('orders the running cases of the supervision list the same way', () => {
    const cases = INBOX.map((x) => ({
      number: x.caseNumber,
      status: x.caseStatus ?? 'in_review',
      colour: x.colour,
      dueOn: x.dueOn,
      id: x.id,
    }));
    expect(sortCases(cases).map((x) => x.id)).toEqual(['t-red', 't-red-late', 't-yellow', 't-green', 't-paused']);
  });
});

describe('working days left', () => {
  // 2026-09-28 (Mon) … 2026-10-12 (Mon): 国庆/中秋 10-01…10-07 off, 10-10 (Sat) a make-up workday
  const days: CalendarDay[] = [];
  for (let d = 28; d <= 42; d++) {
    const date = d <= 30 ? `2026-09-${d}` : `2026-10-${String(d - 30).padStart(2, '0')}`;
    const dow = (d - 28) % 7; // 0 = Monday
    const holiday = d >= 31 && d <= 37;
    const makeup = date === '2026-10-10';
    const kind = holiday ? 'holiday' : makeup ? 'makeup' : dow >= 5 ? 'weekend' : 'weekday';
    days.push({ date, working: kind === 'weekday' || kind === 'makeup', kind });
  }

  it('counts the working days after today up to the due date, skipping the holiday and counting the make-up day', () => {
    // after 09-29: 09-30, 10-08, 10-09, 10-10 (make-up), 10-12
    expect(workingDaysLeft(days, '2026-09-29', '2026-10-12')).toBe(5);
    expect(workingDaysLeft(days, '2026-09-29', '2026-09-29')).toBe(0);
  });

  it('is negative when overdue and null outside the loaded calendar or without a due date', () => {
    expect(workingDaysLeft(days, '2026-10-09', '2026-09-30')).toBe(-2);
    expect(workingDaysLeft(days, '2026-10-09', '2026-12-01')).toBeNull();
    expect(workingDaysLeft(days, '2026-10-09', null)).toBeNull();
  });
});
