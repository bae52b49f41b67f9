import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import { isUniqueViolation } from '../../db/index.js';
import { formatFen } from '../../domain/fee-money.js';
import { paymentShares } from '../../domain/fee-rules.js';
import type { AppDeps } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { feeNow, feeToday } from './clock.js';
import { bookEntries } from './ledger.js';
import { findNotice, listNoticeLines, type NoticeRow, type PaymentRow } from './repository.js';
import type { PaySchema } from './schema.js';

/** Why an unpaid-notice claim failed, from the notice as it is now. */
function refusal(n: NoticeRow, amountFen: number): AppError {
  if (n.status === 'paid') return new AppError('NOTICE_STATE', `缴费通知单 ${n.number} 已缴费，不能重复收费`);
  if (n.status === 'cancelled') return new AppError('NOTICE_STATE', `缴费通知单 ${n.number} 已作废，不能收费`);
  if (n.pending_waivers > 0) {
    return new AppError('WAIVER_NOT_APPROVED', '该通知单有尚未审批的减免申请，审批后才能收费');
  }
  if (n.due_fen !== amountFen) {
    return new AppError(
      'PAYMENT_AMOUNT_MISMATCH',
      `应缴 ${formatFen(n.due_fen)}，收款 ${formatFen(amountFen)}：须一次足额缴纳，不允许部分缴费`,
      { dueFen: n.due_fen },
    );
  }
  return new AppError('NOTICE_STATE');
}

/**
 * Record the payment of a notice at the bank window. The claim is one conditional update
 * (`status = 'unpaid'`, no pending waiver, amount = due), so two cashiers paying the same notice at
 * once produce exactly one payment; `fee_payments.notice_id` is unique as a second guard.
 */
export async function recordPayment(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  noticeId: string,
  input: z.infer<typeof PaySchema>,
): Promise<{ notice: NoticeRow; payment: PaymentRow }> {
  const before = await authorize(trx, user, 'fee.collect', await findNotice(trx, noticeId), '缴费通知单');
  if (before.status !== 'unpaid' || before.pending_waivers > 0 || before.due_fen !== input.amountFen) {
    throw refusal(before, input.amountFen);
  }
  const now = feeNow(deps).toISOString();
  const today = feeToday(deps);
  const claimed = await trx
    .updateTable('fee_notices')
    .set((eb) => ({
      status: 'paid',
      paid_fen: input.amountFen,
      paid_at: now,
      row_version: eb('row_version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', before.id)
    .where('status', '=', 'unpaid')
    .where('pending_waivers', '=', 0)
    .where('due_fen', '=', input.amountFen)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) {
    throw refusal((await findNotice(trx, before.id)) as NoticeRow, input.amountFen);
  }
  const payment: PaymentRow = {
    id: newId(),
    hall_id: before.hall_id,
    notice_id: before.id,
    amount_fen: input.amountFen,
    method: input.method,
    receipt_no: input.receiptNo,
    cashier_id: user.id,
    cashier_name: user.displayName,
    paid_at: now,
    paid_on: today,
    refunded_fen: 0,
  };
  const receiptTaken = await trx
    .selectFrom('fee_payments')
    .select('id')
    .where('hall_id', '=', before.hall_id)
    .where('receipt_no', '=', input.receiptNo)
    .executeTakeFirst();
  if (receiptTaken) throw new AppError('DUPLICATE', `票据号 ${input.receiptNo} 已使用，请核对票据`);
  try {
    await trx.insertInto('fee_payments').values(payment).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('DUPLICATE', `票据号 ${input.receiptNo} 已使用，或该通知单已缴费`);
    throw err;
  }
  const lines = await listNoticeLines(trx, [before.id]);
  const shares = paymentShares(
    lines.map((l) => ({
      id: l.id,
      receivingDepartmentId: l.receiving_department_id,
      amountFen: l.amount_fen,
      waivedFen: l.waived_fen,
    })),
  );
  await bookEntries(
    trx,
    deps.dialect,
    before.hall_id,
    today,
    now,
    shares.map((s) => ({
      departmentId: s.departmentId,
      kind: 'payment',
      amountFen: s.netFen,
      waivedFen: s.waivedFen,
      method: input.method,
      paymentId: payment.id,
      refundId: null,
      noticeId: before.id,
      noticeLineId: s.lineId,
    })),
  );
  const notice = (await findNotice(trx, before.id)) as NoticeRow;
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.payment.record',
    entityType: 'fee_payment',
    entityId: payment.id,
    hallId: before.hall_id,
    before: { noticeId: before.id, status: before.status, dueFen: before.due_fen },
    after: { ...payment, noticeNumber: before.number, shares },
  });
  return { notice, payment };
}
