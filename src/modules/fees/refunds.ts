import { sql } from 'kysely';
import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import { formatFen, sumFen } from '../../domain/fee-money.js';
import { lineNet, refundFits, refundRoom } from '../../domain/fee-rules.js';
import type { AppDeps } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { feeNow, feeToday } from './clock.js';
import { bookEntries } from './ledger.js';
import { findPayment, findRefund, type PaymentRow, type RefundRow } from './repository.js';
import type { RefundCreateSchema, RefundDecideSchema } from './schema.js';

/**
 * Refunds 退费: reference the original payment and one of its lines, need approval, and never exceed
 * what was paid for that line (checked on request, and again atomically on approval).
 */

async function paidLine(trx: Db, payment: PaymentRow, noticeLineId: string) {
  const line = await trx
    .selectFrom('fee_notice_lines')
    .select(['id', 'name', 'amount_fen', 'waived_fen', 'refunded_fen', 'receiving_department_id'])
    .where('id', '=', noticeLineId)
    .where('notice_id', '=', payment.notice_id)
    .executeTakeFirst();
  if (!line) throw new AppError('NOT_FOUND', '收费项目不存在');
  return line;
}

export async function requestRefund(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  paymentId: string,
  input: z.infer<typeof RefundCreateSchema>,
): Promise<RefundRow> {
  const payment = await authorize(trx, user, 'fee.collect', await findPayment(trx, paymentId), '缴费记录');
  const line = await paidLine(trx, payment, input.noticeLineId);
  const pending = await trx
    .selectFrom('fee_refunds')
    .select('amount_fen')
    .where('notice_line_id', '=', line.id)
    .where('status', '=', 'requested')
    .execute();
  const pendingFen = sumFen(pending.map((p) => p.amount_fen));
  const money = { amountFen: line.amount_fen, waivedFen: line.waived_fen, refundedFen: line.refunded_fen };
  if (!refundFits(money, pendingFen, input.amountFen)) {
    throw new AppError(
      'REFUND_EXCEEDS_PAYMENT',
      `“${line.name}”实缴 ${formatFen(lineNet(money))}，尚可退 ${formatFen(Math.max(0, refundRoom(money, pendingFen)))}，不能退 ${formatFen(input.amountFen)}`,
      { refundableFen: Math.max(0, refundRoom(money, pendingFen)) },
    );
  }
  const refund: RefundRow = {
    id: newId(),
    hall_id: payment.hall_id,
    payment_id: payment.id,
    notice_id: payment.notice_id,
    notice_line_id: line.id,
    amount_fen: input.amountFen,
    reason: input.reason,
    status: 'requested',
    requested_by: user.id,
    requested_by_name: user.displayName,
    requested_at: feeNow(deps).toISOString(),
    decided_by: null,
    decided_by_name: null,
    approver_name: null,
    document_no: null,
    note: null,
    decided_at: null,
    refunded_on: null,
  };
  await trx.insertInto('fee_refunds').values(refund).execute();
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.refund.request',
    entityType: 'fee_refund',
    entityId: refund.id,
    hallId: refund.hall_id,
    after: refund,
  });
  return refund;
}

export async function decideRefund(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  refundId: string,
  input: z.infer<typeof RefundDecideSchema>,
): Promise<RefundRow> {
  const before = await authorize(trx, user, 'fee.refund_approve', await findRefund(trx, refundId), '退费申请');
  if (before.status !== 'requested') throw new AppError('NOTICE_STATE', '该退费申请已处理');
  if (before.requested_by === user.id) throw new AppError('RULE_VIOLATION', '不能审批本人提出的退费申请');
  const payment = (await findPayment(trx, before.payment_id)) as PaymentRow;
  const now = feeNow(deps).toISOString();
  const today = feeToday(deps);
  const decided = await trx
    .updateTable('fee_refunds')
    .set({
      status: input.approve ? 'approved' : 'refused',
      decided_by: user.id,
      decided_by_name: user.displayName,
      approver_name: input.approverName || null,
      document_no: input.documentNo || null,
      note: input.note || null,
      decided_at: now,
      refunded_on: input.approve ? today : null,
    })
    .where('id', '=', before.id)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  if (Number(decided.numUpdatedRows) !== 1) throw new AppError('NOTICE_STATE', '该退费申请已处理');
  if (input.approve) {
    const x = before.amount_fen;
    // Never above what was paid for the line, also when two approvals race.
    const booked = await trx
      .updateTable('fee_notice_lines')
      .set((eb) => ({ refunded_fen: eb('refunded_fen', '+', x) }))
      .where('id', '=', before.notice_line_id)
      .where(sql<boolean>`refunded_fen + ${x} <= amount_fen - waived_fen`)
      .returning(['receiving_department_id'])
      .executeTakeFirst();
    if (!booked) throw new AppError('REFUND_EXCEEDS_PAYMENT', '退费合计将超过该项实际缴纳的金额');
    await trx
      .updateTable('fee_payments')
      .set((eb) => ({ refunded_fen: eb('refunded_fen', '+', x) }))
      .where('id', '=', payment.id)
      .execute();
    await trx
      .updateTable('fee_notices')
      .set((eb) => ({ refunded_fen: eb('refunded_fen', '+', x), updated_at: now }))
      .where('id', '=', payment.notice_id)
      .execute();
    await bookEntries(trx, deps.dialect, payment.hall_id, today, now, [
      {
        departmentId: booked.receiving_department_id,
        kind: 'refund',
        amountFen: -x,
        waivedFen: 0,
        method: payment.method,
        paymentId: payment.id,
        refundId: before.id,
        noticeId: payment.notice_id,
        noticeLineId: before.notice_line_id,
      },
    ]);
  }
  const refund = (await findRefund(trx, before.id)) as RefundRow;
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.refund.decide',
    entityType: 'fee_refund',
    entityId: before.id,
    hallId: before.hall_id,
    before,
    after: refund,
  });
  return refund;
}
