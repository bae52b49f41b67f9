import type { Db } from '../../db/index.js';
import { digitsOf, storedSeqFor } from '../../domain/queue-order.js';
import { AppError } from '../../http/errors.js';
import type { HallEvent } from '../../http/events.js';
import type { AuthUser } from '../auth/session.js';
import type { Operator } from './call-next.js';
import { waitingEvent } from './events.js';
import { countWaiting, findBusinessType, findWindow } from './repository.js';
import { loadForAction, type TicketChange, transitionTicket, windowChanged } from './ticket-actions.js';

export interface TransferInput {
  toBusinessTypeId?: string;
  toWindowId?: string;
  reason: string;
}

/**
 * 转移: put a ticket back in the queue of another business type and/or for a named window. It keeps
 * its number and take time (fairness) and is served before plain tickets there (tier 1 at the
 * named window, else tier 3). Logged with the from/to type, window and staff.
 */
export async function transferTicket(
  trx: Db,
  user: AuthUser,
  op: Operator,
  id: string,
  input: TransferInput,
  now = new Date(),
): Promise<TicketChange> {
  const { ticket, windowId } = await loadForAction(trx, user, id);
  const toType = await findBusinessType(trx, input.toBusinessTypeId ?? ticket.business_type_id);
  if (!toType || toType.hall_id !== ticket.hall_id || toType.active !== 1)
    throw new AppError('NOT_FOUND', '转入的业务类型不存在或已停用');
  const toWindow = input.toWindowId ? await findWindow(trx, input.toWindowId) : null;
  if (input.toWindowId && (!toWindow || toWindow.hall_id !== ticket.hall_id))
    throw new AppError('NOT_FOUND', '转入的窗口不存在');
  if (toWindow) {
    if (toWindow.id === windowId) throw new AppError('RULE_VIOLATION', '不能转给本窗口');
    const serves = await trx
      .selectFrom('window_business_types')
      .select('window_id')
      .where('window_id', '=', toWindow.id)
      .where('business_type_id', '=', toType.id)
      .executeTakeFirst();
    if (!serves) throw new AppError('WINDOW_NOT_SERVING_TYPE', `${toWindow.number}号窗口不办理“${toType.name}”业务`);
  }
  if (!toWindow && toType.id === ticket.business_type_id)
    throw new AppError('RULE_VIOLATION', '请选择其他业务类型或指定窗口');

  const at = now.toISOString();
  const digits = digitsOf(ticket.number);
  const t = await transitionTicket(trx, ticket, {
    from: ['waiting', 'called', 'serving'],
    verb: '转移',
    set: {
      status: 'waiting',
      business_type_id: toType.id,
      seq: storedSeqFor(ticket.number.charAt(0), digits, toType.id === ticket.original_business_type_id),
      transferred: 1,
      target_window_id: toWindow?.id ?? null,
      window_id: null,
      staff_user_id: null,
      called_at: null,
      serving_at: null,
      recall_count: 0,
    },
    action: 'transfer',
    windowId,
    op,
    at,
    detail: {
      reason: input.reason,
      fromBusinessTypeId: ticket.business_type_id,
      toBusinessTypeId: toType.id,
      fromWindowId: windowId,
      toWindowId: toWindow?.id ?? null,
      fromUserId: op.userId,
      fromStaffUserId: ticket.staff_user_id,
    },
  });

  const events: HallEvent[] = [];
  if (ticket.status !== 'waiting') events.push(...(await windowChanged(trx, windowId, null)));
  const types = new Set([toType.id, ...(ticket.status === 'waiting' ? [ticket.business_type_id] : [])]);
  for (const typeId of types) {
    const waitingCount = await countWaiting(trx, t.hall_id, t.service_date, typeId);
    events.push(waitingEvent(t.hall_id, { businessTypeId: typeId, waitingCount }));
  }
  return { ticket: t, events };
}
