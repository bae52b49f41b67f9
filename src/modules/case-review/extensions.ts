import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { extensionNotice } from '../../domain/case-review-notices.js';
import {
  type ExtensionState,
  extensionDecisionProblem,
  extensionRequestProblem,
  extensionRule,
} from '../../domain/case-review-procedures.js';
import type { CompletionCase } from '../../domain/case-review-tasks.js';
import { AppError, notFound } from '../../http/errors.js';
import { assertTransition, type CaseRow, hallCalendarOf, issueDocument, transitionCase } from './core.js';
import { loadForReview, type Reviewer, requireDepartment } from './policy.js';
import { refreshDeadlines } from './schedule.js';
import type { ExtensionDecideBody, ExtensionRequestBody } from './schema.js';

const kindOf = (c: CaseRow) => c.kind as CompletionCase['kind'];

/**
 * Ask for an extension 申请延期 (行政许可法 art. 42): 10 working days, 15 for a joint case; once per
 * case, within the limit; by the lead department. Waits for approval (case.approve_extension).
 */
export async function requestExtension(
  trx: Db,
  who: Reviewer,
  caseId: string,
  body: ExtensionRequestBody,
  today: IsoDate,
): Promise<CaseRow> {
  const c = await loadForReview(trx, who, caseId, body.rowVersion);
  requireDepartment(who.user, c.department_id, '只能为本部门主办的办件申请延期');
  assertTransition(c, 'request_extension');
  const existing = await trx.selectFrom('case_extensions').select('status').where('case_id', '=', c.id).execute();
  const problem = extensionRequestProblem(c.due_on, today, existing as ExtensionState[]);
  if (problem) throw new AppError('RULE_VIOLATION', problem);
  const rule = extensionRule(kindOf(c));
  const id = newId();
  await trx
    .insertInto('case_extensions')
    .values({
      id,
      hall_id: c.hall_id,
      case_id: c.id,
      days: rule.days,
      reason: body.reason,
      status: 'requested',
      requested_by: who.user.id,
      requested_on: today,
      approver_name: null,
      approved_by: null,
      decided_on: null,
    })
    .execute();
  return transitionCase(trx, who, c, 'request_extension', {
    detail: { extensionId: id, days: rule.days, reason: body.reason, approverTitle: rule.approverTitle },
  });
}

/**
 * Approve or refuse a requested extension 审批延期 (case.approve_extension, the lead department's
 * chief representative recording the head who signed). Approval pushes the due date of the case and
 * of its open tasks, and the applicant is told the new date in writing.
 */
export async function decideExtension(
  trx: Db,
  who: Reviewer,
  caseId: string,
  extId: string,
  body: ExtensionDecideBody,
  today: IsoDate,
): Promise<CaseRow> {
  const c = await loadForReview(trx, who, caseId, body.rowVersion, 'case.approve_extension');
  requireDepartment(who.user, c.department_id, '只能审批本部门主办办件的延期');
  assertTransition(c, 'decide_extension');
  const ext = await trx
    .selectFrom('case_extensions')
    .selectAll()
    .where('id', '=', extId)
    .where('case_id', '=', c.id)
    .executeTakeFirst();
  if (!ext) throw notFound('延期申请');
  const problem = extensionDecisionProblem(ext as ExtensionState, body.approve, c.due_on, today);
  if (problem) throw new AppError('RULE_VIOLATION', problem);
  const rule = extensionRule(kindOf(c));
  await trx
    .updateTable('case_extensions')
    .set({
      status: body.approve ? 'approved' : 'refused',
      approver_name: body.approverName || null,
      approved_by: who.user.id,
      decided_on: today,
    })
    .where('id', '=', ext.id)
    .execute();
  const detail = { extensionId: ext.id, approve: body.approve, approverName: body.approverName, days: ext.days };
  if (!body.approve) return transitionCase(trx, who, c, 'decide_extension', { detail });

  const extended = { ...c, extension_days: c.extension_days + ext.days };
  const { set } = await refreshDeadlines(trx, await hallCalendarOf(trx, c.hall_id), extended, today);
  const row = await transitionCase(trx, who, c, 'decide_extension', {
    set: { extension_days: extended.extension_days, ...set },
    detail: { ...detail, dueOn: set.due_on },
  });
  await issueDocument(
    trx,
    row,
    'extension',
    extensionNotice(
      { caseNumber: row.number, itemName: row.item_name },
      {
        days: ext.days,
        reason: ext.reason,
        approverName: body.approverName,
        approverTitle: rule.approverTitle,
        basis: rule.basis,
        dueOn: set.due_on,
      },
    ),
    { userId: who.user.id, issuedOn: today },
  );
  return row;
}
