import { compareInbox } from '../../../../src/domain/case-review-inbox';
import type { CalendarDay, CaseStatus, Colour } from '../types';

interface Urgent {
  colour: Colour;
  dueOn: string | null;
}

/**
 * The approver's inbox order, the server's own rule (src/domain/case-review-inbox.ts): red, yellow, green;
 * within a colour the earlier due date; tasks of paused cases last (their clock stands still); then by number.
 */
export function sortInbox<T extends Urgent & { caseNumber: string; caseStatus?: CaseStatus; paused?: boolean }>(
  list: readonly T[],
): T[] {
  const entry = (x: T) => ({ ...x, paused: x.paused ?? x.caseStatus === 'suspended' });
  return [...list].sort((a, b) => compareInbox(entry(a), entry(b)));
}

/** Running cases in the same order (paused ones last), for the supervision list. */
export function sortCases<T extends Urgent & { number: string; status: CaseStatus }>(list: readonly T[]): T[] {
  const entry = (x: T) => ({
    colour: x.colour,
    dueOn: x.dueOn,
    caseNumber: x.number,
    paused: x.status === 'suspended',
  });
  return [...list].sort((a, b) => compareInbox(entry(a), entry(b)));
}

/**
 * Working days from `today` to `dueOn` by the hall's calendar: the working days in (today, dueOn] when due
 * later, 0 when due today, minus the working days in (dueOn, today] when overdue. Null when the calendar
 * does not cover the span.
 */
export function workingDaysLeft(days: readonly CalendarDay[], today: string, dueOn: string | null): number | null {
  if (!dueOn) return null;
  if (dueOn === today) return 0;
  const [lo, hi] = dueOn > today ? [today, dueOn] : [dueOn, today];
  const first = days[0]?.date;
  const last = days[days.length - 1]?.date;
  if (!first || !last || first > lo || last < hi) return null;
  const n = days.filter((d) => d.working && d.date > lo && d.date <= hi).length;
  return dueOn > today ? n : -n;
}
