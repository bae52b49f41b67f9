import { sql } from 'kysely';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import { formatFen, sumFen } from '../../domain/fee-money.js';
import { waiverFits, waiverRoom } from '../../domain/fee-rules.js';
import type { AppDeps } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { feeNow } from './clock.js';
import { findNotice, findWaiver, type NoticeRow, type WaiverRow } from './repository.js';
import type { WaiverCreateSchema, WaiverDecideSchema } from './schema.js';

/**
 * Waivers and reductions 减免: requested with reason and basis, effective only once an approver
 * with `fee.waive_approve` records approval (approver name, document number). While a request is
 * pending the notice cannot be paid (`pending_waivers` > 0 is part of the payment claim).
 */

export async function requestWaiver(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  noticeId: string,
  input: z.infer<typeof WaiverCreateSchema>,
): Promise<{ notice: NoticeRow; waiver: WaiverRow }> {
  const notice = await authorize(trx, user, 'fee.notice', await findNotice(trx, noticeId), '缴费通知单');
  if (notice.status !== 'unpaid') throw new AppError('NOTICE_STATE', '只有待缴费的通知单可以申请减免');
  const line = await trx
    .selectFrom('fee_notice_lines as l')
    .innerJoin('fee_lines as f', 'f.id', 'l.fee_line_id')
    .select(['l.id', 'l.name', 'l.amount_fen', 'l.waived_fen', 'f.waivable'])
    .where('l.id', '=', input.noticeLineId)
    .where('l.notice_id', '=', notice.id)
    .executeTakeFirst();
  if (!line) throw new AppError('NOT_FOUND', '收费项目不存在');
  if (line.waivable !== 1) throw new AppError('RULE_VIOLATION', `“${line.name}”按收费目录不允许减免`);
  const pending = await trx
    .selectFrom('fee_waivers')
    .select('amount_fen')
    .where('notice_line_id', '=', line.id)
    .where('status', '=', 'requested')
    .execute();
  const pendingFen = sumFen(pending.map((p) => p.amount_fen));
  const money = { amountFen: line.amount_fen, waivedFen: line.waived_fen };
  if (!waiverFits(money, pendingFen, input.amountFen)) {
    throw new AppError(
      'RULE_VIOLATION',
      `减免金额不能超过该项尚可减免的 ${formatFen(Math.max(0, waiverRoom(money, pendingFen)))}`,
    );
  }
  const now = feeNow(deps).toISOString();
  const res = await trx
    .updateTable('fee_notices')
    .set((eb) => ({
      pending_waivers: eb('pending_waivers', '+', 1),
      row_version: eb('row_version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', notice.id)
    .where('status', '=', 'unpaid')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('NOTICE_STATE', '只有待缴费的通知单可以申请减免');
  const waiver: WaiverRow = {
    id: newId(),
    hall_id: notice.hall_id,
    notice_id: notice.id,
    notice_line_id: line.id,
    amount_fen: input.amountFen,
    reason: input.reason,
    basis: input.basis,
    status: 'requested',
    requested_by: user.id,
    requested_by_name: user.displayName,
    requested_at: now,
    decided_by: null,
    decided_by_name: null,
    approver_name: null,
    document_no: null,
    note: null,
    decided_at: null,
  };
  await trx.insertInto('fee_waivers').values(waiver).execute();
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.waiver.request',
    entityType: 'fee_waiver',
    entityId: waiver.id,
    hallId: notice.hall_id,
    after: { ...waiver, noticeNumber: notice.number },
  });
  return { notice: (await findNotice(trx, notice.id)) as NoticeRow, waiver };
}

export async function decideWaiver(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  waiverId: string,
  input: z.infer<typeof WaiverDecideSchema>,
): Promise<{ notice: NoticeRow; waiver: WaiverRow }> {
  const before = await authorize(trx, user, 'fee.waive_approve', await findWaiver(trx, waiverId), '减免申请');
  if (before.status !== 'requested') throw new AppError('NOTICE_STATE', '该减免申请已处理');
  if (before.requested_by === user.id) throw new AppError('RULE_VIOLATION', '不能审批本人提出的减免申请');
  const notice = (await findNotice(trx, before.notice_id)) as NoticeRow;
  if (notice.status !== 'unpaid') throw new AppError('NOTICE_STATE', '通知单已缴费或作废，不能再审批减免');
  const now = feeNow(deps).toISOString();
  const decided = await trx
    .updateTable('fee_waivers')
    .set({
      status: input.approve ? 'approved' : 'refused',
      decided_by: user.id,
      decided_by_name: user.displayName,
      approver_name: input.approverName || null,
      document_no: input.documentNo || null,
      note: input.note || null,
      decided_at: now,
    })
    .where('id', '=', before.id)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  if (Number(decided.numUpdatedRows) !== 1) throw new AppError('NOTICE_STATE', '该减免申请已处理');
  const x = before.amount_fen;
  if (input.approve) {
    const line = await trx
      .updateTable('fee_notice_lines')
      .set((eb) => ({ waived_fen: eb('waived_fen', '+', x) }))
      .where('id', '=', before.notice_line_id)
      .where(sql<boolean>`waived_fen + ${x} <= amount_fen`)
      .executeTakeFirst();
    if (Number(line.numUpdatedRows) !== 1) throw new AppError('RULE_VIOLATION', '减免金额超过该项应收金额');
  }
  const res = await trx
    .updateTable('fee_notices')
    .set((eb) => ({
      pending_waivers: eb('pending_waivers', '-', 1),
      ...(input.approve && { waived_fen: eb('waived_fen', '+', x), due_fen: eb('due_fen', '-', x) }),
      row_version: eb('row_version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', notice.id)
    .where('status', '=', 'unpaid')
    .where('pending_waivers', '>', 0)
    .where(sql<boolean>`due_fen >= ${input.approve ? x : 0}`)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('NOTICE_STATE', '通知单已缴费或作废，不能再审批减免');
  const waiver = (await findWaiver(trx, before.id)) as WaiverRow;
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.waiver.decide',
    entityType: 'fee_waiver',
    entityId: before.id,
    hallId: before.hall_id,
    before,
    after: { ...waiver, noticeNumber: notice.number },
  });
  return { notice: (await findNotice(trx, notice.id)) as NoticeRow, waiver };
}
