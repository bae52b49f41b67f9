import type { Db } from '../../db/index.js';
import type { Calendar } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { COLOUR_RANK, type Colour, type ColourThresholds } from '../../domain/case-colour.js';
import { caseClock } from '../../domain/case-deadline.js';
import type { Pause } from '../../domain/deadline.js';
import { loadHallCalendar } from '../calendar/index.js';
import { loadColourThresholds } from '../cases/colour-thresholds.js';
import { activeTasksOf, pausesOf, type RunningCaseRow, runningCases } from './repository.js';

/** A running step or joint sub-task with its own clock (its share of the limit from its start day). */
export interface TaskClock {
  id: string;
  name: string;
  kind: string;
  departmentId: string;
  startedOn: IsoDate;
  dueOn: IsoDate;
  remainingWorkingDays: number;
  colour: Colour;
}

/** A running case with its clock as of `today`, and the clocks of its active tasks. */
export interface CaseClockView {
  row: RunningCaseRow;
  dueOn: IsoDate;
  provisional: boolean;
  totalDays: number;
  usedWorkingDays: number;
  remainingWorkingDays: number;
  colour: Colour;
  tasks: TaskClock[];
}

/** Urgency order: red, yellow, green; then the earlier due date; then the case number. */
export function byUrgency(a: CaseClockView, b: CaseClockView): number {
  return (
    COLOUR_RANK[a.colour] - COLOUR_RANK[b.colour] ||
    (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
    (a.row.number < b.row.number ? -1 : 1)
  );
}

/**
 * The clocks of every running case of a hall as of `today` (Asia/Shanghai), computed from the
 * acceptance day, limit, approved extensions and pauses with the hall's calendar — not from the
 * cached `due_on`, so a stale cache cannot hide a red light. An open pause stops the clock (the
 * days left stay as they were when it began). Each active task is timed from its start day with
 * its share of the limit. Yellow follows the hall's own thresholds (supervision_settings) unless
 * `opts.thresholds` is given.
 */
export async function runningClocks(
  db: Db,
  hallId: string,
  today: IsoDate,
  opts: { departmentId?: string; thresholds?: ColourThresholds; calendar?: Calendar } = {},
): Promise<CaseClockView[]> {
  const cases = await runningCases(db, hallId, opts.departmentId);
  if (cases.length === 0) return [];
  const calendar = opts.calendar ?? (await loadHallCalendar(db, hallId))?.calendar;
  if (!calendar) return [];
  const ids = cases.map((c) => c.id);
  const pauses = new Map<string, Pause[]>();
  for (const p of await pausesOf(db, ids)) {
    const list = pauses.get(p.case_id) ?? [];
    list.push({ from: p.started_on, to: p.ended_on });
    pauses.set(p.case_id, list);
  }
  const tasks = new Map<string, Awaited<ReturnType<typeof activeTasksOf>>>();
  for (const t of await activeTasksOf(db, ids)) {
    const list = tasks.get(t.case_id) ?? [];
    list.push(t);
    tasks.set(t.case_id, list);
  }
  const thresholds = opts.thresholds ?? (await loadColourThresholds(db, hallId));
  // The clock is a pure function of its inputs, and a busy hall accepts hundreds of cases a day
  // with the same few limits: compute each distinct (start, days, extension, pauses) once.
  const memo = new Map<string, ReturnType<typeof caseClock>>();
  const clockOf = (start: IsoDate, days: number, extensionDays: number, stops: readonly Pause[]) => {
    const key = `${start}|${days}|${extensionDays}|${stops.map((p) => `${p.from}~${p.to ?? ''}`).join(',')}`;
    let c = memo.get(key);
    if (!c) {
      // statutory due dates are not shown here: null spares computing them
      c = caseClock(
        calendar,
        { acceptedOn: start, promisedDays: days, statutoryDays: null, extensionDays, pauses: stops, asOf: today },
        thresholds,
      );
      memo.set(key, c);
    }
    return c;
  };
  return cases.map((row) => {
    const stops = pauses.get(row.id) ?? [];
    const clock = clockOf(row.accepted_on as IsoDate, row.promised_days, row.extension_days, stops);
    return {
      row,
      dueOn: clock.dueOn,
      provisional: clock.provisional,
      totalDays: clock.totalDays,
      usedWorkingDays: clock.usedWorkingDays,
      remainingWorkingDays: clock.remainingWorkingDays,
      colour: clock.colour,
      tasks: (tasks.get(row.id) ?? []).map((t) => {
        const c = clockOf(t.started_on as IsoDate, t.days, 0, stops);
        return {
          id: t.id,
          name: t.name,
          kind: t.kind,
          departmentId: t.department_id,
          startedOn: t.started_on as IsoDate,
          dueOn: c.dueOn,
          remainingWorkingDays: c.remainingWorkingDays,
          colour: c.colour,
        };
      }),
    };
  });
}
