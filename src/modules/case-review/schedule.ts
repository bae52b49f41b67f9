import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { caseClock } from '../../domain/case-deadline.js';
import { planTaskDueDates } from '../../domain/case-review-schedule.js';
import type { HallCalendar } from '../calendar/index.js';
import { type CaseRow, type CaseTaskRow, casePauses } from './core.js';
import { listTasks } from './repository.js';

const OPEN = ['pending', 'active'];

/** Planned due date of every task of the case, from its shares of the limit (see case-review-schedule.ts). */
export async function taskPlan(trx: Db, hc: HallCalendar, c: CaseRow, caseDueOn: IsoDate, tasks?: CaseTaskRow[]) {
  const all = tasks ?? (await listTasks(trx, c.id));
  const live = all.filter((t) => t.status !== 'skipped');
  const plan = planTaskDueDates(
    hc.calendar,
    c.accepted_on ?? caseDueOn,
    caseDueOn,
    live.map((t) => ({ id: t.id, kind: t.kind as 'step' | 'joint', position: t.position, days: t.days })),
    await casePauses(trx, c.id),
  );
  return { all, plan };
}

/**
 * After a pause ends or an extension is approved: the case's promised and statutory due dates from the
 * engine (pauses and extensions included), and the due date of every open task re-planned. Returns the
 * case columns to store with the transition.
 */
export async function refreshDeadlines(trx: Db, hc: HallCalendar, c: CaseRow, today: IsoDate) {
  const acceptedOn = c.accepted_on ?? today;
  const clock = caseClock(hc.calendar, {
    acceptedOn,
    promisedDays: c.promised_days,
    statutoryDays: c.statutory_days,
    extensionDays: c.extension_days,
    pauses: await casePauses(trx, c.id),
    asOf: today > acceptedOn ? today : acceptedOn,
  });
  const { all, plan } = await taskPlan(trx, hc, c, clock.dueOn);
  for (const t of all) {
    const due = plan.get(t.id);
    if (!OPEN.includes(t.status) || !due || due === t.due_on) continue;
    await trx.updateTable('case_tasks').set({ due_on: due }).where('id', '=', t.id).execute();
  }
  return {
    clock,
    set: { due_on: clock.dueOn, statutory_due_on: clock.statutoryDueOn, due_provisional: clock.provisional ? 1 : 0 },
  };
}
