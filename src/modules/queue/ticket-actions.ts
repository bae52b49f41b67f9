import type { Updateable } from 'kysely';
import type { Db } from '../../db/index.js';
import type { TicketTable } from '../../db/types.js';
import { AppError } from '../../http/errors.js';
import type { HallEvent } from '../../http/events.js';
import type { AuthUser } from '../auth/session.js';
import type { Operator } from './call-next.js';
import { waitingEvent, windowEvent } from './events.js';
import { authorizeTicketOperator } from './policy.js';
import {
  countWaiting,
  findTicket,
  findWindow,
  insertTicketEvent,
  type TicketAction,
  type TicketRow,
  type TicketStatus,
} from './repository.js';

export const STATUS_LABELS: Record<TicketStatus, string> = {
  waiting: '等候中',
  called: '已叫号',
  serving: '办理中',
  done: '已办结',
  no_show: '已过号',
  cancelled: '已取消',
  expired: '已过期',
};

export interface TicketChange {
  ticket: TicketRow;
  events: HallEvent[];
}

/** Load and authorize a ticket inside the transaction; returns it and the window acted from. */
export async function loadForAction(trx: Db, user: AuthUser, ticketId: string) {
  return authorizeTicketOperator(trx, user, await findTicket(trx, ticketId));
}

/**
 * One state change of a ticket: checks the state, updates it only if nobody changed it since it was
 * loaded (`row_version`), and appends its `ticket_events` row. Wrong state → 409 TICKET_STATE.
 */
export async function transitionTicket(
  trx: Db,
  t: TicketRow,
  o: {
    from: readonly TicketStatus[];
    verb: string;
    set: Updateable<TicketTable>;
    action: TicketAction;
    windowId: string | null;
    op: Operator;
    at: string;
    detail?: Record<string, unknown>;
  },
): Promise<TicketRow> {
  if (!o.from.includes(t.status as TicketStatus)) {
    throw new AppError(
      'TICKET_STATE',
      `号码 ${t.number} ${STATUS_LABELS[t.status as TicketStatus] ?? t.status}，不能${o.verb}`,
      { status: t.status },
    );
  }
  const updated = await trx
    .updateTable('tickets')
    .set({ ...o.set, updated_at: o.at, row_version: t.row_version + 1 })
    .where('id', '=', t.id)
    .where('row_version', '=', t.row_version)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw new AppError('TICKET_STATE', `号码 ${t.number} 的状态刚刚发生变化，请刷新后重试`);
  await insertTicketEvent(trx, {
    hallId: t.hall_id,
    ticketId: t.id,
    action: o.action,
    at: o.at,
    windowId: o.windowId,
    userId: o.op.userId,
    detail: { ip: o.op.ip, from: t.status, to: updated.status, ...o.detail },
  });
  return updated;
}

/** The `window` event after a window's current ticket or status changed. */
export async function windowChanged(trx: Db, windowId: string, currentTicket: string | null): Promise<HallEvent[]> {
  const w = await findWindow(trx, windowId);
  if (!w) return [];
  return [windowEvent(w.hall_id, { windowId, windowNumber: w.number, status: w.status, currentTicket })];
}

/** The `waiting` event for a business type whose waiting count changed today. */
export async function waitingChanged(trx: Db, t: TicketRow): Promise<HallEvent[]> {
  const n = await countWaiting(trx, t.hall_id, t.service_date, t.business_type_id);
  return [waitingEvent(t.hall_id, { businessTypeId: t.business_type_id, waitingCount: n })];
}

/** 开始办理: called → serving. */
export async function startTicket(
  trx: Db,
  user: AuthUser,
  op: Operator,
  id: string,
  now = new Date(),
): Promise<TicketChange> {
  const { ticket, windowId } = await loadForAction(trx, user, id);
  const at = now.toISOString();
  const t = await transitionTicket(trx, ticket, {
    from: ['called'],
    verb: '开始办理',
    set: { status: 'serving', serving_at: at },
    action: 'start',
    windowId,
    op,
    at,
  });
  return { ticket: t, events: [] };
}

/** 办结: called | serving → done. */
export async function finishTicket(
  trx: Db,
  user: AuthUser,
  op: Operator,
  id: string,
  now = new Date(),
): Promise<TicketChange> {
  const { ticket, windowId } = await loadForAction(trx, user, id);
  const at = now.toISOString();
  const t = await transitionTicket(trx, ticket, {
    from: ['called', 'serving'],
    verb: '办结',
    set: { status: 'done', finished_at: at },
    action: 'finish',
    windowId,
    op,
    at,
  });
  return { ticket: t, events: await windowChanged(trx, windowId, null) };
}

/** 过号: called → no_show, with the reason. */
export async function noShowTicket(
  trx: Db,
  user: AuthUser,
  op: Operator,
  id: string,
  reason: string,
  now = new Date(),
): Promise<TicketChange> {
  const { ticket, windowId } = await loadForAction(trx, user, id);
  const at = now.toISOString();
  const t = await transitionTicket(trx, ticket, {
    from: ['called'],
    verb: '标记过号',
    set: { status: 'no_show', finished_at: at, end_reason: reason },
    action: 'no_show',
    windowId,
    op,
    at,
    detail: { reason, recallCount: ticket.recall_count },
  });
  return { ticket: t, events: await windowChanged(trx, windowId, null) };
}

/** 绿色通道: a waiting ticket is served first (elderly, disabled, pregnant…), with the reason. */
export async function markPriority(
  trx: Db,
  user: AuthUser,
  op: Operator,
  id: string,
  reason: string,
  now = new Date(),
): Promise<TicketChange> {
  const { ticket, windowId } = await loadForAction(trx, user, id);
  if (ticket.priority === 1 && ticket.status === 'waiting')
    throw new AppError('TICKET_STATE', `号码 ${ticket.number} 已在绿色通道中`);
  const at = now.toISOString();
  const t = await transitionTicket(trx, ticket, {
    from: ['waiting'],
    verb: '设为绿色通道',
    set: { priority: 1, priority_reason: reason },
    action: 'priority',
    windowId,
    op,
    at,
    detail: { reason },
  });
  return { ticket: t, events: [] };
}

/** 取消: waiting | called | serving → cancelled, with the reason. */
export async function cancelTicket(
  trx: Db,
  user: AuthUser,
  op: Operator,
  id: string,
  reason: string,
  now = new Date(),
): Promise<TicketChange> {
  const { ticket, windowId } = await loadForAction(trx, user, id);
  const at = now.toISOString();
  const t = await transitionTicket(trx, ticket, {
    from: ['waiting', 'called', 'serving'],
    verb: '取消',
    set: { status: 'cancelled', finished_at: at, end_reason: reason },
    action: 'cancel',
    windowId,
    op,
    at,
    detail: { reason },
  });
  const events = ticket.status === 'waiting' ? await waitingChanged(trx, t) : await windowChanged(trx, windowId, null);
  return { ticket: t, events };
}
