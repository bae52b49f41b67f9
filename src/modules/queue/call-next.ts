import type { Db, Dialect } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import type { Window } from '../../db/types.js';
import { chinaClock } from '../../domain/china-time.js';
import { rankForWindow, tierOf } from '../../domain/queue-order.js';
import { AppError } from '../../http/errors.js';
import type { HallEvent } from '../../http/events.js';
import { callEvent, waitingEvent, windowEvent } from './events.js';
import {
  countWaiting,
  insertTicketEvent,
  listCandidatesOfWindow,
  type TicketRow,
  toQueueTicket,
  typesOfWindow,
} from './repository.js';

export interface Operator {
  userId: string;
  ip: string;
}

/**
 * Lock the window row for the rest of the transaction (PostgreSQL; SQLite has one writer already)
 * so a double click on one window cannot hold two called tickets; returns its current state.
 */
export async function lockWindow(trx: Db, dialect: Dialect, windowId: string): Promise<Window> {
  const [w] = await (dialect === 'postgres' ? windowForUpdate : windowRow)(trx, { windowId });
  if (!w) throw new AppError('NOT_FOUND', '窗口不存在');
  return w;
}
// Call-next runs these on every call: built once (preparedQuery).
const windowRow = preparedQuery((db, arg: Arg<{ windowId: string }>) =>
  db.selectFrom('windows').selectAll().where('id', '=', arg('windowId')),
);
const windowForUpdate = preparedQuery((db, arg: Arg<{ windowId: string }>) =>
  db.selectFrom('windows').selectAll().where('id', '=', arg('windowId')).forUpdate(),
);
const finishHeld = preparedQuery((db, arg: Arg<{ windowId: string; at: string }>) =>
  db
    .updateTable('tickets')
    .set((eb) => ({
      status: 'done',
      finished_at: arg('at'),
      updated_at: arg('at'),
      row_version: eb('row_version', '+', 1),
    }))
    .where('window_id', '=', arg('windowId'))
    .where('status', 'in', ['called', 'serving'])
    .returningAll(),
);
const claimTicket = preparedQuery((db, arg: Arg<{ id: string; windowId: string; userId: string; at: string }>) =>
  db
    .updateTable('tickets')
    .set((eb) => ({
      status: 'called',
      called_at: arg('at'),
      window_id: arg('windowId'),
      staff_user_id: arg('userId'),
      recall_count: 0,
      updated_at: arg('at'),
      row_version: eb('row_version', '+', 1),
    }))
    .where('id', '=', arg('id'))
    .where('status', '=', 'waiting')
    .returningAll(),
);

/** Finish (办结) whatever the window is still holding (called or serving), one event each. */
export async function finishCurrentOfWindow(trx: Db, windowId: string, op: Operator, at: string): Promise<TicketRow[]> {
  const done = await finishHeld(trx, { windowId, at });
  for (const t of done) {
    await insertTicketEvent(trx, {
      hallId: t.hall_id,
      ticketId: t.id,
      action: 'finish',
      at,
      windowId,
      userId: op.userId,
      detail: { ip: op.ip, auto: true },
    });
  }
  return done;
}

/**
 * Call the next ticket (叫号) at a window. Candidates are ranked by the call order, then claimed one
 * by one with `update … where id = ? and status = 'waiting'`: a candidate another window claimed
 * first updates 0 rows and the next one is tried, so no two windows ever get the same ticket —
 * on SQLite (one writer) and on PostgreSQL (the row lock makes the loser re-check the status).
 */
export async function callNext(
  trx: Db,
  dialect: Dialect,
  windowId: string,
  op: Operator,
  now: Date = new Date(),
): Promise<{ ticket: TicketRow; events: HallEvent[] }> {
  const w = await lockWindow(trx, dialect, windowId);
  if (w.status !== 'open')
    throw new AppError('WINDOW_PAUSED', w.status === 'closed' ? '窗口已关闭' : '窗口已暂停服务，请先恢复服务');
  const at = now.toISOString();
  const date = chinaClock(now).date;
  await finishCurrentOfWindow(trx, windowId, op, at);

  const types = await typesOfWindow(trx, windowId);
  const rows = await listCandidatesOfWindow(
    trx,
    w.hall_id,
    date,
    windowId,
    types.map((t) => t.businessTypeId),
  );
  const ranked = rankForWindow(rows.map(toQueueTicket), { windowId, types }, at);
  for (const candidate of ranked) {
    const [claimed] = await claimTicket(trx, { id: candidate.id, windowId, userId: op.userId, at });
    if (!claimed) continue;
    await insertTicketEvent(trx, {
      hallId: w.hall_id,
      ticketId: claimed.id,
      action: 'call',
      at,
      windowId,
      userId: op.userId,
      detail: { ip: op.ip, tier: tierOf(candidate, windowId, at) },
    });
    const waitingCount = await countWaiting(trx, w.hall_id, date, claimed.business_type_id);
    return {
      ticket: claimed,
      events: [
        callEvent(w.hall_id, {
          ticketId: claimed.id,
          ticketNumber: claimed.number,
          windowId,
          windowNumber: w.number,
          recall: false,
          at,
        }),
        windowEvent(w.hall_id, { windowId, windowNumber: w.number, status: w.status, currentTicket: claimed.number }),
        waitingEvent(w.hall_id, { businessTypeId: claimed.business_type_id, waitingCount }),
      ],
    };
  }
  throw new AppError('QUEUE_EMPTY', types.length === 0 ? '该窗口尚未设置办理的业务类型' : undefined);
}
