import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import { noticeNumber } from '../../domain/fee-rules.js';
import type { AppDeps } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { buildNoticeLines, CHARGEABLE_CASE_STATES } from './build-lines.js';
import { feeNow, feeToday } from './clock.js';
import { findCase, findNotice, listNoticeLines, type NoticeRow, nextNoticeSeq } from './repository.js';
import type { NoticeCancelSchema, NoticeCreateSchema, NoticeUpdateSchema } from './schema.js';

/** Issue a payment notice 缴费通知单 for a case: lines of the item's current catalog at catalog price. */
export async function issueNotice(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof NoticeCreateSchema>,
): Promise<NoticeRow> {
  const kase = await authorize(trx, user, 'fee.notice', await findCase(trx, caseId), '办件');
  if (!CHARGEABLE_CASE_STATES.has(kase.status)) {
    throw new AppError('CASE_STATE', '该办件已办结、退回或撤回，不能再开具缴费通知单');
  }
  const { catalog, lines, totals } = await buildNoticeLines(trx, kase.hall_id, kase.item_id, input.lines);
  const hall = await trx.selectFrom('halls').select('code').where('id', '=', kase.hall_id).executeTakeFirstOrThrow();
  const today = feeToday(deps);
  const seq = await nextNoticeSeq(trx, kase.hall_id, today);
  const now = feeNow(deps).toISOString();
  const notice: NoticeRow = {
    id: newId(),
    hall_id: kase.hall_id,
    number: noticeNumber(hall.code, today, seq),
    case_id: kase.id,
    case_number: kase.number,
    item_id: kase.item_id,
    item_name: kase.item_name,
    department_id: kase.department_id,
    catalog_version_id: catalog.id,
    catalog_version: catalog.version,
    status: 'unpaid',
    payer_name: input.payerName ?? kase.applicant_name,
    total_fen: totals.totalFen,
    waived_fen: 0,
    due_fen: totals.dueFen,
    paid_fen: 0,
    refunded_fen: 0,
    pending_waivers: 0,
    issued_by: user.id,
    issued_by_name: user.displayName,
    issued_at: now,
    issued_on: today,
    cancelled_by: null,
    cancelled_at: null,
    cancel_reason: null,
    paid_at: null,
    row_version: 1,
    updated_at: now,
  };
  await trx.insertInto('fee_notices').values(notice).execute();
  await trx
    .insertInto('fee_notice_lines')
    .values(lines.map((l) => ({ ...l, notice_id: notice.id })))
    .execute();
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.notice.issue',
    entityType: 'fee_notice',
    entityId: notice.id,
    hallId: notice.hall_id,
    after: { ...notice, lines },
  });
  return notice;
}

/** Replace the lines of an unpaid notice without waivers (same catalog rules). */
export async function updateNotice(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  noticeId: string,
  input: z.infer<typeof NoticeUpdateSchema>,
): Promise<NoticeRow> {
  const before = await authorize(trx, user, 'fee.notice', await findNotice(trx, noticeId), '缴费通知单');
  assertEditable(before);
  if (before.row_version !== input.rowVersion) throw new AppError('VERSION_CONFLICT');
  // Refused waivers still name the old lines: such a notice is cancelled and issued anew instead.
  const waived = await trx.selectFrom('fee_waivers').select('id').where('notice_id', '=', before.id).executeTakeFirst();
  if (waived) throw new AppError('NOTICE_STATE', '该缴费通知单已有减免记录，不能修改，请作废后重新开具');
  const { catalog, lines, totals } = await buildNoticeLines(trx, before.hall_id, before.item_id, input.lines);
  const now = feeNow(deps).toISOString();
  const res = await trx
    .updateTable('fee_notices')
    .set({
      catalog_version_id: catalog.id,
      catalog_version: catalog.version,
      payer_name: input.payerName ?? before.payer_name,
      total_fen: totals.totalFen,
      due_fen: totals.dueFen,
      row_version: before.row_version + 1,
      updated_at: now,
    })
    .where('id', '=', before.id)
    .where('row_version', '=', input.rowVersion)
    .where('status', '=', 'unpaid')
    .where('pending_waivers', '=', 0)
    .where('waived_fen', '=', 0)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('VERSION_CONFLICT');
  const oldLines = await listNoticeLines(trx, [before.id]);
  await trx.deleteFrom('fee_notice_lines').where('notice_id', '=', before.id).execute();
  await trx
    .insertInto('fee_notice_lines')
    .values(lines.map((l) => ({ ...l, notice_id: before.id })))
    .execute();
  const after = (await findNotice(trx, before.id)) as NoticeRow;
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.notice.update',
    entityType: 'fee_notice',
    entityId: before.id,
    hallId: before.hall_id,
    before: { ...before, lines: oldLines },
    after: { ...after, lines },
  });
  return after;
}

function assertEditable(n: NoticeRow): void {
  if (n.status !== 'unpaid') {
    throw new AppError('NOTICE_STATE', n.status === 'paid' ? '已缴费的通知单不能修改' : '已作废的通知单不能修改');
  }
  if (n.pending_waivers > 0 || n.waived_fen > 0) {
    throw new AppError('NOTICE_STATE', '该缴费通知单已有减免申请，不能修改，请作废后重新开具');
  }
}

/** Cancel 作废 an unpaid notice; pending waivers of it become void. */
export async function cancelNotice(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  noticeId: string,
  input: z.infer<typeof NoticeCancelSchema>,
): Promise<NoticeRow> {
  const before = await authorize(trx, user, 'fee.notice', await findNotice(trx, noticeId), '缴费通知单');
  if (before.status !== 'unpaid') {
    throw new AppError(
      'NOTICE_STATE',
      before.status === 'paid' ? '已缴费的通知单不能作废，请办理退费' : '该通知单已作废',
    );
  }
  if (before.row_version !== input.rowVersion) throw new AppError('VERSION_CONFLICT');
  const now = feeNow(deps).toISOString();
  const res = await trx
    .updateTable('fee_notices')
    .set({
      status: 'cancelled',
      cancelled_by: user.id,
      cancelled_at: now,
      cancel_reason: input.reason,
      pending_waivers: 0,
      row_version: before.row_version + 1,
      updated_at: now,
    })
    .where('id', '=', before.id)
    .where('status', '=', 'unpaid')
    .where('row_version', '=', input.rowVersion)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('VERSION_CONFLICT');
  await trx
    .updateTable('fee_waivers')
    .set({ status: 'void', decided_at: now, note: '通知单已作废' })
    .where('notice_id', '=', before.id)
    .where('status', '=', 'requested')
    .execute();
  const after = (await findNotice(trx, before.id)) as NoticeRow;
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.notice.cancel',
    entityType: 'fee_notice',
    entityId: before.id,
    hallId: before.hall_id,
    before,
    after,
  });
  return after;
}
