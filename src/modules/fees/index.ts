import type { Db } from '../../db/index.js';
import { formatFen } from '../../domain/fee-money.js';

/** What the fee module offers other modules. */

export interface DeliveryFeeCheck {
  blocked: boolean;
  /** the Chinese sentence for the pickup step, null when not blocked */
  reason: string | null;
  notices: { id: string; number: string; dueFen: number }[];
}

/**
 * A case with an unpaid payment notice 缴费通知单 cannot be delivered 出件. The case module calls this
 * before delivery and throws `DELIVERY_BLOCKED` with `reason` when `blocked`.
 */
export async function unpaidNoticesBlockDelivery(db: Db, caseId: string): Promise<DeliveryFeeCheck> {
  const rows = await db
    .selectFrom('fee_notices')
    .select(['id', 'number', 'due_fen'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'unpaid')
    .orderBy('number')
    .execute();
  const notices = rows.map((r) => ({ id: r.id, number: r.number, dueFen: r.due_fen }));
  if (notices.length === 0) return { blocked: false, reason: null, notices };
  const list = notices.map((n) => `${n.number}（应缴 ${formatFen(n.dueFen)}）`).join('、');
  return { blocked: true, reason: `缴费通知单 ${list} 尚未缴费，请先到收费窗口缴费后再取件`, notices };
}

export { setFeeClock } from './clock.js';
