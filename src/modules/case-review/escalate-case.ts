import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { caseClock } from '../../domain/case-deadline.js';
import { escalationLimitDays, escalationProblem } from '../../domain/case-review-procedures.js';
import { planTaskDueDates } from '../../domain/case-review-schedule.js';
import type { CompletionCase, TaskView } from '../../domain/case-review-tasks.js';
import { countWorkingDays } from '../../domain/deadline.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import {
  assertTransition,
  type CaseRow,
  hallCalendarOf,
  nextCaseNumber,
  recordCaseEvent,
  reviewTasksOf,
  transitionCase,
} from './core.js';
import { loadForReview, type Reviewer, requireDepartment } from './policy.js';
import { findHallName, listTasks } from './repository.js';
import type { EscalateBody } from './schema.js';

/**
 * Escalate a reported-up case 上报 after its first review (初审): the parent hall gets a child case
 * (`parent_case_id` → the original) in review at the department it names, with the steps still to do
 * and the working days left until the applicant's promised date; the original becomes `escalated`
 * and its remaining steps `skipped`. The parent's decision flows back (decide-case.ts).
 */
export async function escalateCase(
  trx: Db,
  who: Reviewer,
  caseId: string,
  body: EscalateBody,
  today: IsoDate,
): Promise<CaseRow> {
  const c = await loadForReview(trx, who, caseId, body.rowVersion);
  requireDepartment(who.user, c.department_id, '只能上报本部门主办的办件');
  assertTransition(c, 'escalate');
  const hall = await findHallName(trx, c.hall_id);
  if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');
  const tasks = await listTasks(trx, c.id);
  const views: TaskView[] = tasks.map((t) => ({
    id: t.id,
    kind: t.kind as TaskView['kind'],
    position: t.position,
    status: t.status as TaskView['status'],
    outcome: null,
  }));
  const problem = escalationProblem(
    {
      kind: c.kind as CompletionCase['kind'],
      escalatedFromLowerHall: c.parent_case_id !== null,
      parentHallId: hall.parent_id,
    },
    views,
  );
  if (problem) throw new AppError('RULE_VIOLATION', problem);
  const parentId = hall.parent_id as string;
  const [parent, dept] = await Promise.all([
    findHallName(trx, parentId),
    trx
      .selectFrom('departments')
      .select(['id'])
      .where('id', '=', body.departmentId)
      .where('hall_id', '=', parentId)
      .executeTakeFirst(),
  ]);
  if (!parent) throw new AppError('NOT_FOUND', '上级大厅不存在');
  if (!dept)
    throw new AppError('RULE_VIOLATION', '上级大厅没有该部门，请选择上级大厅的审批部门', { field: 'departmentId' });

  const remaining = tasks.filter((t) => t.kind === 'step' && (t.status === 'pending' || t.status === 'active'));
  for (const t of remaining)
    await trx.updateTable('case_tasks').set({ status: 'skipped', due_on: null }).where('id', '=', t.id).execute();
  const own = await hallCalendarOf(trx, c.hall_id);
  const daysLeft = c.due_on ? countWorkingDays(own.calendar, today, c.due_on) : 0;
  const promisedDays = escalationLimitDays(
    daysLeft,
    remaining.reduce((n, t) => n + t.days, 0),
  );
  const child = await insertChild(trx, who, c, parent, body.departmentId, promisedDays, today);
  const steps = remaining.map((t) => ({ name: t.name, role: t.role, days: t.days, description: '' }));
  const childCal = (await hallCalendarOf(trx, parent.id)).calendar;
  const childTasks = reviewTasksOf(child, { steps, jointDepartmentIds: [] }, today, childCal);
  const plan = planTaskDueDates(
    childCal,
    today,
    child.due_on as string,
    childTasks.map((t) => ({ id: t.id as string, kind: 'step', position: t.position, days: t.days })),
  );
  for (const t of childTasks) if (t.status === 'active') t.due_on = plan.get(t.id as string) ?? t.due_on;
  await trx.insertInto('case_tasks').values(childTasks).execute();

  return transitionCase(trx, who, c, 'escalate', {
    set: { forwarded_to_hall_id: parent.id },
    detail: {
      toHallId: parent.id,
      departmentId: body.departmentId,
      childCaseId: child.id,
      childNumber: child.number,
      ...(body.opinion ? { opinion: body.opinion } : {}),
    },
  });
}

/** The case the parent hall receives: accepted below, so it starts in review; materials copied. */
async function insertChild(
  trx: Db,
  who: Reviewer,
  c: CaseRow,
  parent: { id: string; code: string },
  departmentId: string,
  promisedDays: number,
  today: IsoDate,
): Promise<CaseRow> {
  const hc = await hallCalendarOf(trx, parent.id);
  const clock = caseClock(hc.calendar, {
    acceptedOn: today,
    promisedDays,
    statutoryDays: c.statutory_days,
    extensionDays: 0,
    pauses: [],
    asOf: today,
  });
  const at = nowIso();
  const child: CaseRow = {
    ...c,
    id: newId(),
    hall_id: parent.id,
    number: await nextCaseNumber(trx, parent.id, parent.code, today),
    department_id: departmentId,
    ticket_id: null,
    window_id: null,
    received_by: who.user.id,
    received_on: today,
    received_at: at,
    channel: 'escalated',
    status: 'in_review',
    complete_on: null,
    accepted_on: today,
    deemed_accepted: 0,
    promised_days: promisedDays,
    extension_days: 0,
    due_on: clock.dueOn,
    statutory_due_on: clock.statutoryDueOn,
    due_provisional: clock.provisional ? 1 : 0,
    parent_case_id: c.id,
    forwarded_to_hall_id: null,
    row_version: 1,
    created_at: at,
    updated_at: at,
  };
  await trx.insertInto('cases').values(child).execute();
  const materials = await trx.selectFrom('case_materials').selectAll().where('case_id', '=', c.id).execute();
  if (materials.length)
    await trx
      .insertInto('case_materials')
      .values(materials.map((m) => ({ ...m, id: newId(), hall_id: parent.id, case_id: child.id })))
      .execute();
  const detail = { fromCaseId: c.id, fromCaseNumber: c.number, fromHallId: c.hall_id, promisedDays };
  await recordCaseEvent(trx, {
    caseId: child.id,
    hallId: parent.id,
    action: 'escalated_in',
    fromStatus: null,
    toStatus: 'in_review',
    userId: who.user.id,
    ip: who.actor.ip,
    detail,
    at,
  });
  await recordAudit(trx, who.dialect, who.actor, {
    action: 'case.escalate',
    entityType: 'case',
    entityId: child.id,
    hallId: parent.id,
    after: { status: 'in_review', number: child.number, ...detail },
  });
  return child;
}
