import type { Db } from '../../db/index.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { authorize } from '../auth/scope.js';
import { issueDocument } from './documents.js';
import type { CaseRow } from './repository.js';
import { endSupplementPause } from './supplements.js';
import { assertTransition, type CaseActor, checkVersion, loadCaseForUpdate, transitionCase } from './transition.js';

type Who = CaseActor & { user: NonNullable<CaseActor['user']> };

/**
 * The applicant withdraws 撤回申请 (before the decision): open review tasks are skipped, an open
 * supplement wait ends, and a confirmation is issued.
 */
export async function withdrawCase(
  trx: Db,
  who: Who,
  caseId: string,
  body: { rowVersion: number; reason: string },
  today: IsoDate,
): Promise<CaseRow> {
  const c = await authorize(trx, who.user, 'case.receive', await loadCaseForUpdate(trx, who.dialect, caseId), '办件');
  checkVersion(c, body.rowVersion);
  assertTransition(c, 'withdraw');
  const row = await transitionCase(trx, who, c, 'withdraw', { detail: { reason: body.reason } });
  await trx
    .updateTable('case_tasks')
    .set({ status: 'skipped', finished_on: today, finished_by: who.user.id })
    .where('case_id', '=', c.id)
    .where('status', 'in', ['pending', 'active'])
    .execute();
  await endSupplementPause(trx, c.id, today, who.user.id);
  await issueDocument(
    trx,
    row,
    'withdrawal',
    { reason: body.reason, withdrawnOn: today },
    {
      userId: who.user.id,
      issuedOn: today,
    },
  );
  return row;
}

/** Archive 归档 a delivered case. */
export async function closeCase(
  trx: Db,
  who: Who,
  caseId: string,
  body: { rowVersion: number },
  today: IsoDate,
): Promise<CaseRow> {
  const c = await authorize(trx, who.user, 'case.receive', await loadCaseForUpdate(trx, who.dialect, caseId), '办件');
  checkVersion(c, body.rowVersion);
  assertTransition(c, 'close');
  return transitionCase(trx, who, c, 'close', { set: { closed_on: today } });
}
