import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { sortInbox } from '../../domain/case-review-inbox.js';
import { dueWithOpenPause, taskColour } from '../../domain/case-review-schedule.js';
import { countWorkingDays } from '../../domain/deadline.js';
import { applicantMasked } from '../../domain/ledger-row.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { loadColourThresholds } from '../cases/colour-thresholds.js';
import { hallCalendarOf } from './core.js';
import type { EscalatedEntryView, InboxEntryView } from './schema.js';

/**
 * The approver's inbox 待办: active steps and joint sub-tasks of the caller's department in the hall,
 * of cases in review or suspended, most urgent first (red, yellow, then due date; suspended last).
 * A user without a department has none.
 */
export async function loadInbox(db: Db, user: AuthUser, hallId: string, today: IsoDate): Promise<InboxEntryView[]> {
  await authorizeHall(db, user, 'case.review', hallId);
  if (!user.departmentId) return [];
  const rows = await db
    .selectFrom('case_tasks as t')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .select([
      't.id',
      't.kind',
      't.position',
      't.name',
      't.role',
      't.days',
      't.started_on',
      't.due_on',
      'c.id as case_id',
      'c.number',
      'c.kind as case_kind',
      'c.status as case_status',
      'c.row_version',
      'c.item_name',
      'c.applicant_type',
      'c.applicant_name',
      'c.due_on as case_due_on',
      'c.parent_case_id',
    ])
    .where('t.hall_id', '=', hallId)
    .where('t.department_id', '=', user.departmentId)
    .where('t.status', '=', 'active')
    .where('c.status', 'in', ['in_review', 'suspended'])
    .execute();
  if (rows.length === 0) return [];
  const [hc, thresholds, open, laterSteps] = await Promise.all([
    hallCalendarOf(db, hallId),
    loadColourThresholds(db, hallId),
    db
      .selectFrom('case_pauses')
      .select(['case_id', 'started_on'])
      .where('case_id', 'in', [...new Set(rows.map((r) => r.case_id))])
      .where('ended_on', 'is', null)
      .execute(),
    db
      .selectFrom('case_tasks')
      .select(['case_id', 'position'])
      .where('case_id', 'in', [...new Set(rows.map((r) => r.case_id))])
      .where('kind', '=', 'step')
      .where('status', '=', 'pending')
      .execute(),
  ]);
  const pausedSince = new Map(open.map((p) => [p.case_id, p.started_on]));
  const entries = rows.map((r): InboxEntryView => {
    const from = pausedSince.get(r.case_id);
    const due = r.due_on && from ? dueWithOpenPause(hc.calendar, r.due_on, from, today) : r.due_on;
    const hasLater = laterSteps.some((s) => s.case_id === r.case_id && s.position > r.position);
    const firstReviewOnly = r.case_kind === 'reported' && r.parent_case_id === null;
    return {
      id: r.id,
      caseId: r.case_id,
      caseNumber: r.number,
      caseKind: r.case_kind,
      caseStatus: r.case_status,
      caseRowVersion: r.row_version,
      itemName: r.item_name,
      applicantMasked: applicantMasked(r.applicant_type, r.applicant_name),
      kind: r.kind as 'step' | 'joint',
      position: r.position,
      name: r.name,
      role: r.role,
      days: r.days,
      startedOn: r.started_on,
      dueOn: due,
      caseDueOn: r.case_due_on,
      colour: due ? taskColour(hc.calendar, due, r.days, today, thresholds) : 'green',
      remainingWorkingDays: due ? countWorkingDays(hc.calendar, today, due) : null,
      paused: r.case_status === 'suspended',
      decides: r.kind === 'step' && !hasLater && !firstReviewOnly,
    };
  });
  return sortInbox(entries);
}

/** Cases this (parent) hall received from lower halls 上报件, newest first. */
export async function listEscalated(db: Db, user: AuthUser, hallId: string): Promise<EscalatedEntryView[]> {
  await authorizeHall(db, user, 'case.read', hallId);
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('cases as o', 'o.id', 'c.parent_case_id')
    .innerJoin('halls as h', 'h.id', 'o.hall_id')
    .select([
      'c.id',
      'c.number',
      'c.item_name',
      'c.applicant_type',
      'c.applicant_name',
      'c.status',
      'c.department_id',
      'c.accepted_on',
      'c.due_on',
      'c.decision',
      'c.decided_on',
      'o.id as from_id',
      'o.number as from_number',
      'h.id as from_hall_id',
      'h.name as from_hall_name',
    ])
    .where('c.hall_id', '=', hallId)
    .orderBy('c.received_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    itemName: r.item_name,
    applicantMasked: applicantMasked(r.applicant_type, r.applicant_name),
    status: r.status,
    departmentId: r.department_id,
    acceptedOn: r.accepted_on,
    dueOn: r.due_on,
    decision: r.decision,
    decidedOn: r.decided_on,
    fromCaseId: r.from_id,
    fromCaseNumber: r.from_number,
    fromHallId: r.from_hall_id,
    fromHallName: r.from_hall_name,
  }));
}
