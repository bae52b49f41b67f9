import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { countWorkingDays } from '../../domain/deadline.js';
import { applicantMasked } from '../../domain/ledger-row.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { hallCalendarOf } from './core.js';
import { departmentNames, findHallName } from './repository.js';
import type { ReportedPendingView } from './schema.js';

const OPEN = ['in_review', 'suspended'];

/**
 * 上报件 still waiting at this hall (docs/api-cases.md "Review"):
 * - `awaitingForward`: reported-up cases accepted here whose first review 初审 is done and that have
 *   not been forwarded to the parent hall yet, oldest first review first, with the working days they
 *   have waited since (a late forward is a supervision trigger);
 * - `awaitingDecision`: cases this hall received from lower halls that it has not decided yet, with
 *   the active step, most urgent first.
 * `mine` narrows both to the caller's department (the one that forwards, or holds the active step).
 */
export async function listReportedPending(
  db: Db,
  user: AuthUser,
  hallId: string,
  today: IsoDate,
  o: { mine: boolean },
): Promise<ReportedPendingView> {
  await authorizeHall(db, user, 'case.read', hallId);
  if (o.mine && !user.departmentId) return { asOf: today, awaitingForward: [], awaitingDecision: [] };
  const cases = await db
    .selectFrom('cases')
    .select([
      'id',
      'number',
      'item_name',
      'applicant_type',
      'applicant_name',
      'status',
      'department_id',
      'accepted_on',
      'due_on',
      'row_version',
      'parent_case_id',
    ])
    .where('hall_id', '=', hallId)
    .where('status', 'in', OPEN)
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', '=', 'reported'), eb('parent_case_id', 'is', null)]),
        eb('parent_case_id', 'is not', null),
      ]),
    )
    .orderBy('number')
    .limit(1000)
    .execute();
  if (cases.length === 0) return { asOf: today, awaitingForward: [], awaitingDecision: [] };
  const ids = cases.map((c) => c.id);
  const [tasks, parents, hc, hall] = await Promise.all([
    db
      .selectFrom('case_tasks')
      .select(['id', 'case_id', 'kind', 'position', 'name', 'status', 'department_id', 'finished_on', 'opinion'])
      .where('case_id', 'in', ids)
      .where('kind', '=', 'step')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('cases as o')
      .innerJoin('halls as h', 'h.id', 'o.hall_id')
      .select(['o.id', 'o.number', 'h.id as hall_id', 'h.name as hall_name'])
      .where(
        'o.id',
        'in',
        cases.flatMap((c) => (c.parent_case_id ? [c.parent_case_id] : ['-'])),
      )
      .execute(),
    hallCalendarOf(db, hallId),
    findHallName(db, hallId),
  ]);
  const parentHall = hall?.parent_id ? await findHallName(db, hall.parent_id) : undefined;
  const depts = new Map(
    (
      await departmentNames(db, [
        ...new Set([...cases.map((c) => c.department_id), ...tasks.map((t) => t.department_id)]),
      ])
    ).map((d) => [d.id, d.name]),
  );
  const from = new Map(parents.map((p) => [p.id, p]));
  const stepsOf = (caseId: string) => tasks.filter((t) => t.case_id === caseId);
  const base = (c: (typeof cases)[number]) => ({
    id: c.id,
    number: c.number,
    itemName: c.item_name,
    applicantMasked: applicantMasked(c.applicant_type, c.applicant_name),
    status: c.status,
    departmentId: c.department_id,
    departmentName: depts.get(c.department_id) ?? '',
    acceptedOn: c.accepted_on,
    dueOn: c.due_on,
    remainingWorkingDays: c.due_on ? countWorkingDays(hc.calendar, today, c.due_on) : null,
    rowVersion: c.row_version,
  });
  const mine = (departmentId: string) => !o.mine || departmentId === user.departmentId;

  const awaitingForward = cases
    .filter((c) => c.parent_case_id === null)
    .flatMap((c) => {
      const steps = stepsOf(c.id);
      const first = steps[0];
      if (first?.status !== 'done' || steps.some((s) => s.status === 'active')) return [];
      if (!mine(c.department_id)) return [];
      const doneOn = first.finished_on ?? today;
      return [
        {
          ...base(c),
          taskId: first.id,
          taskName: first.name,
          firstReviewDoneOn: doneOn,
          firstReviewOpinion: first.opinion ?? '',
          waitingWorkingDays: Math.max(0, countWorkingDays(hc.calendar, doneOn, today)),
          toHallId: parentHall?.id ?? null,
          toHallName: parentHall?.name ?? null,
        },
      ];
    })
    .sort((a, b) => b.waitingWorkingDays - a.waitingWorkingDays || (a.number < b.number ? -1 : 1));

  const awaitingDecision = cases
    .filter((c) => c.parent_case_id !== null)
    .flatMap((c) => {
      const origin = from.get(c.parent_case_id as string);
      const active = stepsOf(c.id).find((s) => s.status === 'active') ?? null;
      if (!origin || !mine(active?.department_id ?? c.department_id)) return [];
      return [
        {
          ...base(c),
          taskId: active?.id ?? null,
          taskName: active?.name ?? null,
          taskDepartmentId: active?.department_id ?? null,
          taskDepartmentName: active ? (depts.get(active.department_id) ?? '') : null,
          fromCaseId: origin.id,
          fromCaseNumber: origin.number,
          fromHallId: origin.hall_id,
          fromHallName: origin.hall_name,
        },
      ];
    })
    .sort((a, b) => (a.remainingWorkingDays ?? 0) - (b.remainingWorkingDays ?? 0) || (a.number < b.number ? -1 : 1));

  return { asOf: today, awaitingForward, awaitingDecision };
}
