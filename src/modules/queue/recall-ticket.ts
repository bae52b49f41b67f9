import type { Db } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import type { AuthUser } from '../auth/session.js';
import type { Operator } from './call-next.js';
import { callEvent } from './events.js';
import { findWindow, loadQueueSettings } from './repository.js';
import { loadForAction, type TicketChange, transitionTicket } from './ticket-actions.js';

/**
 * 重呼: call a called ticket again at its window (announced again on the display), at most
 * `recallLimit` times; after that the staff marks it no-show (过号).
 */
export async function recallTicket(
  trx: Db,
  user: AuthUser,
  op: Operator,
  id: string,
  now = new Date(),
): Promise<TicketChange> {
  const { ticket, windowId } = await loadForAction(trx, user, id);
  const { recallLimit } = await loadQueueSettings(trx, ticket.hall_id);
  if (ticket.status === 'called' && ticket.recall_count >= recallLimit) {
    throw new AppError('TICKET_STATE', `号码 ${ticket.number} 已重呼 ${ticket.recall_count} 次，达到上限，请标记过号`, {
      recallLimit,
    });
  }
  const at = now.toISOString();
  const t = await transitionTicket(trx, ticket, {
    from: ['called'],
    verb: '重呼',
    set: { recall_count: ticket.recall_count + 1 },
    action: 'recall',
    windowId,
    op,
    at,
    detail: { recallCount: ticket.recall_count + 1 },
  });
  const w = await findWindow(trx, windowId);
  return {
    ticket: t,
    events: [
      callEvent(t.hall_id, {
        ticketId: t.id,
        ticketNumber: t.number,
        windowId,
        windowNumber: w?.number ?? '',
        recall: true,
        at,
      }),
    ],
  };
}
