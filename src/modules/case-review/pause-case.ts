import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { pauseNotice, resumeNotice } from '../../domain/case-review-notices.js';
import { pauseNameProblem } from '../../domain/case-review-procedures.js';
import { pausedWorkingDays } from '../../domain/case-review-schedule.js';
import { AppError } from '../../http/errors.js';
import {
  assertTransition,
  type CaseRow,
  findItemVersion,
  guideOf,
  hallCalendarOf,
  issueDocument,
  transitionCase,
} from './core.js';
import { loadForReview, type Reviewer, requireDepartment } from './policy.js';
import { refreshDeadlines } from './schedule.js';
import type { PauseBody } from './schema.js';

const OWN_CASE = '只能对本部门主办的办件启动或结束特别程序';

/**
 * Start a special procedure 特别程序 (听证, 检验检测, 专家评审, 现场踏勘 …): only while `in_review`; the
 * clock stops (a `special` pause from today), the case becomes `suspended` and the applicant gets the
 * written notice (行政许可法 art. 45).
 */
export async function pauseCase(
  trx: Db,
  who: Reviewer,
  caseId: string,
  body: PauseBody,
  today: IsoDate,
): Promise<CaseRow> {
  const c = await loadForReview(trx, who, caseId, body.rowVersion);
  requireDepartment(who.user, c.department_id, OWN_CASE);
  assertTransition(c, 'pause');
  const version = await findItemVersion(trx, c.item_id, c.item_version);
  const problem = pauseNameProblem(body.name, version ? (guideOf(version).specialProcedures ?? []) : []);
  if (problem) throw new AppError('RULE_VIOLATION', problem, { field: 'name' });
  const row = await transitionCase(trx, who, c, 'pause', {
    detail: { name: body.name, reason: body.reason, from: today },
  });
  const doc = await issueDocument(
    trx,
    row,
    'pause',
    pauseNotice(
      { caseNumber: row.number, itemName: row.item_name },
      { name: body.name, reason: body.reason, startedOn: today },
    ),
    { userId: who.user.id, issuedOn: today },
  );
  await trx
    .insertInto('case_pauses')
    .values({
      id: newId(),
      hall_id: c.hall_id,
      case_id: c.id,
      kind: 'special',
      name: body.name,
      reason: body.reason,
      notice_no: doc.number,
      started_on: today,
      ended_on: null,
      started_by: who.user.id,
      ended_by: null,
    })
    .execute();
  return row;
}

/**
 * End the special procedure: the pause ends today (the working days in (start, today] do not count),
 * the promised due date and the due dates of the open tasks are recomputed, the case is `in_review`
 * again and the applicant is told the new date in writing.
 */
export async function resumeCase(
  trx: Db,
  who: Reviewer,
  caseId: string,
  rowVersion: number,
  today: IsoDate,
): Promise<CaseRow> {
  const c = await loadForReview(trx, who, caseId, rowVersion);
  requireDepartment(who.user, c.department_id, OWN_CASE);
  assertTransition(c, 'resume');
  const open = await trx
    .selectFrom('case_pauses')
    .selectAll()
    .where('case_id', '=', c.id)
    .where('kind', '=', 'special')
    .where('ended_on', 'is', null)
    .executeTakeFirst();
  if (!open) throw new AppError('CASE_STATE', '没有进行中的特别程序');
  await trx
    .updateTable('case_pauses')
    .set({ ended_on: today, ended_by: who.user.id })
    .where('id', '=', open.id)
    .execute();
  const hc = await hallCalendarOf(trx, c.hall_id);
  const { set } = await refreshDeadlines(trx, hc, c, today);
  const paused = pausedWorkingDays(hc.calendar, open.started_on, today, [{ from: open.started_on, to: today }]);
  const row = await transitionCase(trx, who, c, 'resume', {
    set,
    detail: { name: open.name, from: open.started_on, to: today, pausedWorkingDays: paused, dueOn: set.due_on },
  });
  await issueDocument(
    trx,
    row,
    'resume',
    resumeNotice(
      { caseNumber: row.number, itemName: row.item_name },
      { name: open.name, startedOn: open.started_on, endedOn: today, pausedDays: paused, dueOn: set.due_on },
    ),
    { userId: who.user.id, issuedOn: today },
  );
  return row;
}
