import { type Calendar, isWorkingDay } from './calendar.js';
import { addDays, type IsoDate } from './calendar-date.js';
import { type Colour, type ColourThresholds, caseColour, DEFAULT_COLOUR_THRESHOLDS } from './case-colour.js';
import { usedWorkingDays } from './case-deadline.js';
import { addWorkingDays, countWorkingDays, dueDate, type Pause } from './deadline.js';

/**
 * Review timing (审查时限), pure: due dates of the procedure steps (办理环节) and joint sub-tasks
 * (联办子任务) from their shares of the limit, the time a decision took, and the urgency colour of
 * a task. Counting follows `deadline.ts`: working days strictly after the acceptance day, a pause
 * from S to resumption on E removes the working days in (S, E].
 */

export type TaskKind = 'step' | 'joint';

export interface PlannedTask {
  id: string;
  kind: TaskKind;
  position: number;
  /** share of the limit in working days */
  days: number;
}

/**
 * Due date of every task. Steps run one after another: step k is due on the working day that ends
 * the sum of the shares of steps 1..k, counted from the acceptance day. The last step ends with the
 * case (it gets what is left, including an approved extension), and no step is due after the case
 * (the sum of step times must not exceed the promised date). Joint sub-tasks run in parallel from
 * the acceptance day, each with its own share, also never after the case.
 */
export function planTaskDueDates(
  cal: Calendar,
  acceptedOn: IsoDate,
  caseDueOn: IsoDate,
  tasks: readonly PlannedTask[],
  pauses: readonly Pause[] = [],
): Map<string, IsoDate> {
  const out = new Map<string, IsoDate>();
  const cap = (d: IsoDate) => (d > caseDueOn ? caseDueOn : d);
  const steps = tasks.filter((t) => t.kind === 'step').sort((a, b) => a.position - b.position);
  let sum = 0;
  steps.forEach((s, i) => {
    sum += s.days;
    const last = i === steps.length - 1;
    out.set(s.id, last ? caseDueOn : cap(dueDate(cal, acceptedOn, sum, pauses).dueOn));
  });
  for (const j of tasks.filter((t) => t.kind === 'joint')) {
    out.set(j.id, cap(dueDate(cal, acceptedOn, j.days, pauses).dueOn));
  }
  return out;
}

/** Working days in (a, b] that fall inside one of the pauses (an open pause lasts until b). */
export function pausedWorkingDays(cal: Calendar, a: IsoDate, b: IsoDate, pauses: readonly Pause[]): number {
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) {
    if (!isWorkingDay(cal, d)) continue;
    if (pauses.some((p) => d > p.from && (p.to === null || d <= p.to))) n++;
  }
  return n;
}

export interface DecisionTiming {
  /** working days from the day after acceptance to the decision day, paused days not counted */
  workingDaysUsed: number;
  /** decided on or before the promised due date (after pauses and extensions) */
  onTime: boolean;
}

export function decisionTiming(
  cal: Calendar,
  acceptedOn: IsoDate,
  decidedOn: IsoDate,
  dueOn: IsoDate,
  pauses: readonly Pause[] = [],
): DecisionTiming {
  return { workingDaysUsed: usedWorkingDays(cal, acceptedOn, decidedOn, pauses), onTime: decidedOn <= dueOn };
}

/**
 * The due date while a pause that began on `pauseFrom` is still open: pushed by the working days in
 * (pauseFrom, today]. A pause that began on or after the due date does not move it (already overdue).
 */
export function dueWithOpenPause(cal: Calendar, dueOn: IsoDate, pauseFrom: IsoDate, today: IsoDate): IsoDate {
  if (pauseFrom >= dueOn || today <= pauseFrom) return dueOn;
  return addWorkingDays(cal, dueOn, countWorkingDays(cal, pauseFrom, today));
}

/**
 * Colour of an active task (环节红黄灯): the case rule of `case-colour.ts` applied to the task's own
 * share — used = share − working days left.
 */
export function taskColour(
  cal: Calendar,
  dueOn: IsoDate,
  shareDays: number,
  today: IsoDate,
  t: ColourThresholds = DEFAULT_COLOUR_THRESHOLDS,
): Colour {
  const remaining = today > dueOn ? -1 : countWorkingDays(cal, today, dueOn);
  return caseColour(
    { totalDays: shareDays, usedDays: Math.max(0, shareDays - remaining), remainingDays: remaining },
    t,
  );
}
