import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { authorize } from '../auth/scope.js';
import { issueDocument, REMEDY_NOTICE } from './documents.js';
import type { CaseRow } from './repository.js';
import { assertTransition, type CaseActor, checkVersion, loadCaseForUpdate, transitionCase } from './transition.js';

/**
 * Not accept 不予受理 (行政许可法 art. 32 (1)(2)): with the reason and where to go instead, in the
 * not-accepted notice that also states the right to reconsideration or litigation.
 */
export async function rejectCase(
  trx: Db,
  who: CaseActor & { user: NonNullable<CaseActor['user']> },
  caseId: string,
  body: { rowVersion: number; reason: string; redirectTo: string },
  today: IsoDate,
): Promise<CaseRow> {
  const c = await authorize(trx, who.user, 'case.receive', await loadCaseForUpdate(trx, who.dialect, caseId), '办件');
  checkVersion(c, body.rowVersion);
  assertTransition(c, 'reject');
  const row = await transitionCase(trx, who, c, 'reject', {
    set: { not_accepted_reason: body.reason, redirect_to: body.redirectTo || null },
    detail: { reason: body.reason, redirectTo: body.redirectTo },
  });
  await issueDocument(
    trx,
    row,
    'not_accepted',
    {
      reason: body.reason,
      redirectTo: body.redirectTo,
      text: `经审查，您的申请不予受理。理由：${body.reason}${body.redirectTo ? `。请向${body.redirectTo}申请办理` : ''}。`,
      remedy: REMEDY_NOTICE,
    },
    { userId: who.user.id, issuedOn: today },
  );
  return row;
}
