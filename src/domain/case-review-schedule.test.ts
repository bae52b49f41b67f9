import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay, makeCalendar } from './calendar.js';
import { addDays } from './calendar-date.js';
import { builtInYear } from './calendar-seed.js';
import {
  decisionTiming,
  dueWithOpenPause,
  type PlannedTask,
  pausedWorkingDays,
  planTaskDueDates,
  taskColour,
} from './case-review-schedule.js';
import { dueDate, type Pause } from './deadline.js';

const cal = makeCalendar([], builtInYear);
const step = (id: string, position: number, days: number): PlannedTask => ({ id, kind: 'step', position, days });
const joint = (id: string, days: number): PlannedTask => ({ id, kind: 'joint', position: 100, days });

describe('planTaskDueDates (step due dates from their shares of the limit)', () => {
  it('gives each step the working day that ends the running sum of shares; the last step ends with the case', () => {
    // accepted Mon 2026-11-02; shares 1 + 1 + 3 = promised 5 → due Mon 11-09
    const due = planTaskDueDates(cal, '2026-11-02', '2026-11-09', [step('a', 1, 1), step('b', 2, 1), step('c', 3, 3)]);
    expect(Object.fromEntries(due)).toEqual({ a: '2026-11-03', b: '2026-11-04', c: '2026-11-09' });
  });

  it('counts across 中秋 and 国庆 2026 with the make-up Saturday 10/10', () => {
    // accepted Thu 9/24: working days after it: 9/28, 9/29, 9/30, 10/8, 10/9, 10/10 (make-up), 10/12 …
    const caseDue = dueDate(cal, '2026-09-24', 10).dueOn;
    expect(caseDue).toBe('2026-10-15');
    const due = planTaskDueDates(cal, '2026-09-24', caseDue, [step('s1', 1, 2), step('s2', 2, 4), step('s3', 3, 4)]);
    expect(Object.fromEntries(due)).toEqual({ s1: '2026-09-29', s2: '2026-10-10', s3: '2026-10-15' });
  });

  it('never lets a step run past the case when the shares add up to more than the promised limit', () => {
    const due = planTaskDueDates(cal, '2026-11-02', '2026-11-04', [step('a', 1, 3), step('b', 2, 3)]);
    expect(Object.fromEntries(due)).toEqual({ a: '2026-11-04', b: '2026-11-04' });
  });

  it('a zero-day step is due on the acceptance day itself', () => {
    const due = planTaskDueDates(cal, '2026-11-02', '2026-11-05', [step('a', 1, 0), step('b', 2, 3)]);
    expect(due.get('a')).toBe('2026-11-02');
  });

  it('runs joint sub-tasks in parallel from the acceptance day, each with its own share', () => {
    const due = planTaskDueDates(cal, '2026-11-02', '2026-11-09', [step('lead', 1, 5), joint('j1', 2), joint('j2', 9)]);
    expect(Object.fromEntries(due)).toEqual({ lead: '2026-11-09', j1: '2026-11-04', j2: '2026-11-09' });
  });

  it('pushes every step by the working days of a pause (S, E]', () => {
    const pauses: Pause[] = [{ from: '2026-11-03', to: '2026-11-05' }]; // removes Wed 11-04 and Thu 11-05
    const caseDue = dueDate(cal, '2026-11-02', 5, pauses).dueOn;
    expect(caseDue).toBe('2026-11-11');
    const due = planTaskDueDates(
      cal,
      '2026-11-02',
      caseDue,
      [step('a', 1, 1), step('b', 2, 2), step('c', 3, 2)],
      pauses,
    );
    // a: Tue 11-03 (S itself counts); b: 3rd counted day = Mon 11-09 (11-04, 11-05 paused, 11-06 counted)
    expect(Object.fromEntries(due)).toEqual({ a: '2026-11-03', b: '2026-11-09', c: '2026-11-11' });
  });

  it('property: steps are due in order, on working days (or the acceptance day), never after the case', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 20 }),
        (offset, shares, extra) => {
          const accepted = addDays('2025-01-01', offset);
          const promised = shares.reduce((a, b) => a + b, 0) + extra;
          const caseDue = dueDate(cal, accepted, promised).dueOn;
          const tasks = shares.map((d, i) => step(`s${i}`, i + 1, d));
          const due = planTaskDueDates(cal, accepted, caseDue, tasks);
          const dates = tasks.map((t) => due.get(t.id) as string);
          for (let i = 1; i < dates.length; i++) expect(dates[i] >= dates[i - 1]).toBe(true);
          for (const d of dates) {
            expect(d <= caseDue).toBe(true);
            expect(d === accepted || isWorkingDay(cal, d)).toBe(true);
          }
          expect(dates[dates.length - 1]).toBe(caseDue);
        },
      ),
    );
  });

  it('property: adding a pause never makes a step due earlier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (offset, shares, startIn, length) => {
          const accepted = addDays('2025-01-01', offset);
          const promised = shares.reduce((a, b) => a + b, 0);
          const tasks = shares.map((d, i) => step(`s${i}`, i + 1, d));
          const pauses: Pause[] = [{ from: addDays(accepted, startIn), to: addDays(accepted, startIn + length) }];
          const without = planTaskDueDates(cal, accepted, dueDate(cal, accepted, promised).dueOn, tasks);
          const withPause = planTaskDueDates(
            cal,
            accepted,
            dueDate(cal, accepted, promised, pauses).dueOn,
            tasks,
            pauses,
          );
          for (const t of tasks) expect((withPause.get(t.id) as string) >= (without.get(t.id) as string)).toBe(true);
        },
      ),
    );
  });
});

describe('pauses remove the working days in (S, E]', () => {
  it.each<[string, string, string, number, string, string]>([
    // [accepted, pause from S, resumed E, working days in (S, E], due of 5 working days, why]
    ['2026-11-02', '2026-11-04', '2026-11-06', 2, '2026-11-11', 'Wed → Fri: Thu and Fri removed, S counts'],
    ['2026-11-02', '2026-11-04', '2026-11-04', 0, '2026-11-09', 'resumed the same day: nothing removed'],
    ['2026-11-02', '2026-11-06', '2026-11-09', 1, '2026-11-10', 'Fri → Mon: only Monday removed'],
    ['2026-11-02', '2026-11-02', '2026-11-03', 1, '2026-11-10', 'from the acceptance day: Tuesday removed'],
    ['2026-09-29', '2026-09-30', '2026-10-08', 1, '2026-10-13', 'across 国庆: only 10/8 is a working day in (S, E]'],
    ['2026-11-02', '2026-11-10', '2026-11-20', 8, '2026-11-09', 'a pause after the due date moves nothing'],
  ])('accepted %s, pause %s → %s pauses %i → due %s (%s)', (accepted, from, to, paused, due) => {
    const pauses: Pause[] = [{ from, to }];
    expect(pausedWorkingDays(cal, from, to, pauses)).toBe(paused);
    expect(dueDate(cal, accepted, 5, pauses).dueOn).toBe(due);
  });

  it('property: the due date with an open pause equals the engine with the pause lasting until today', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (offset, days, pauseIn, lasted) => {
          const accepted = addDays('2025-01-01', offset);
          const from = addDays(accepted, pauseIn);
          const today = addDays(from, lasted);
          const planned = dueDate(cal, accepted, days).dueOn;
          const engine = dueDate(cal, accepted, days, [{ from, to: null }], 0, { asOf: today }).dueOn;
          expect(dueWithOpenPause(cal, planned, from, today)).toBe(engine);
        },
      ),
    );
  });
});

describe('decisionTiming (working days used, on time)', () => {
  const pauses: Pause[] = [{ from: '2026-11-04', to: '2026-11-06' }];
  it('counts the working days after acceptance up to the decision, minus paused days', () => {
    // (11-02, 11-10] = 03 04 05 06 09 10 → 6, minus 05 06 paused → 4; due 11-11 after the pause
    expect(decisionTiming(cal, '2026-11-02', '2026-11-10', '2026-11-11', pauses)).toEqual({
      workingDaysUsed: 4,
      onTime: true,
    });
  });
  it('is on time on the due date itself and late the day after', () => {
    expect(decisionTiming(cal, '2026-11-02', '2026-11-11', '2026-11-11', pauses).onTime).toBe(true);
    expect(decisionTiming(cal, '2026-11-02', '2026-11-12', '2026-11-11', pauses)).toEqual({
      workingDaysUsed: 6,
      onTime: false,
    });
  });
  it('a same-day decision used no working day', () => {
    expect(decisionTiming(cal, '2026-11-02', '2026-11-02', '2026-11-09')).toEqual({ workingDaysUsed: 0, onTime: true });
  });
});

describe('taskColour (green / yellow / red of a step)', () => {
  it.each<[string, string, number, string]>([
    // [today, due, limit, colour]
    ['2026-11-02', '2026-11-09', 5, 'green'],
    ['2026-11-05', '2026-11-09', 5, 'green'], // 2 left, 60 % used
    ['2026-11-06', '2026-11-09', 5, 'yellow'], // 1 left
    ['2026-11-09', '2026-11-09', 5, 'yellow'], // due today
    ['2026-11-10', '2026-11-09', 5, 'red'], // overdue
    ['2026-11-04', '2026-11-09', 10, 'green'], // 3 left of 10: 70 % used
    ['2026-11-05', '2026-11-09', 10, 'yellow'], // 2 left of 10: 80 % used
    ['2026-11-07', '2026-11-09', 5, 'yellow'], // Saturday: 1 working day left
  ])('today %s, due %s, share %i → %s', (today, due, limit, colour) => {
    expect(taskColour(cal, due, limit, today)).toBe(colour);
  });
});
