import type { z } from 'zod';
import type { Db } from '../../db/index.js';
import { compareDates } from '../../domain/calendar-date.js';
import { reconcile, settlementTotals } from '../../domain/fee-settlement.js';
import type { AppDeps } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { feeNow, feeToday } from './clock.js';
import { lockSettlement } from './ledger.js';
import { findDepartment, type SettlementRow } from './repository.js';
import type { SettlementCloseSchema } from './schema.js';
import { dayEntries, reconciliationInput, settlementView } from './settlements.js';
import type { SettlementView } from './views.js';

/**
 * Close a department's day 日结: the journal must reconcile with the payments and refunds it came
 * from, and the amount the bank declares must equal the net to remit; otherwise nothing changes.
 * A closed day is final: later money of that department lands on the next day, linked to this one.
 */
export async function closeSettlement(
  trx: Db,
  deps: AppDeps,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  input: z.infer<typeof SettlementCloseSchema>,
): Promise<SettlementView> {
  await authorizeHall(trx, user, 'fee.settle', hallId);
  const dept = await findDepartment(trx, input.departmentId);
  if (!dept || dept.hall_id !== hallId) throw new AppError('NOT_FOUND', '部门不存在');
  if (compareDates(input.day, feeToday(deps)) > 0) throw new AppError('RULE_VIOLATION', '不能对今天以后的日期日结');
  const now = feeNow(deps).toISOString();
  const row = await lockSettlement(trx, deps.dialect, hallId, dept.id, input.day, now);
  if (row.status === 'closed') throw new AppError('DAY_CLOSED', `${dept.name} ${input.day} 已日结，不能重复结账或更改`);
  const entries = await dayEntries(trx, hallId, input.day, dept.id);
  const t = settlementTotals(
    entries.map((e) => ({
      kind: e.kind as 'payment' | 'refund',
      amountFen: e.amount_fen,
      waivedFen: e.waived_fen,
      method: e.method,
      paymentId: e.payment_id,
    })),
  );
  const rec = reconcile({
    ...(await reconciliationInput(trx, hallId, dept.id, input.day, entries)),
    netFen: t.netFen,
    declaredFen: input.declaredFen,
  });
  if (!rec.ok) {
    throw new AppError('SETTLEMENT_DISCREPANCY', `日结对账不平，不能结账：${rec.problems.join('；')}`, {
      expectedFen: t.netFen,
      declaredFen: input.declaredFen,
      problems: rec.problems,
    });
  }
  const closed = {
    status: 'closed',
    payment_count: t.paymentCount,
    payments_fen: t.paymentsFen,
    refund_count: t.refundCount,
    refunds_fen: t.refundsFen,
    net_fen: t.netFen,
    waiver_count: t.waiverCount,
    waived_fen: t.waivedFen,
    by_method: JSON.stringify(t.byMethod),
    declared_fen: input.declaredFen,
    closed_by: user.id,
    closed_by_name: user.displayName,
    closed_at: now,
  };
  const res = await trx
    .updateTable('fee_settlements')
    .set(closed)
    .where('id', '=', row.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('DAY_CLOSED');
  const after: SettlementRow = { ...row, ...closed };
  await recordAudit(trx, deps.dialect, actor, {
    action: 'fee.settlement.close',
    entityType: 'fee_settlement',
    entityId: row.id,
    hallId,
    before: row,
    after,
  });
  return settlementView(trx, hallId, dept.id, dept.name, input.day, after, entries);
}
