import { type Selectable, sql } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { preparedInsert } from '../../db/prepared-shapes.js';
import type { BusinessTypeTable, QueueSettingsTable, TicketTable } from '../../db/types.js';
import { digitsOf, type QueueTicket } from '../../domain/queue-order.js';

/** Queue queries (the only place with SQL for tickets, business types and window mappings). */

export type TicketRow = Selectable<TicketTable>;
export type BusinessTypeRow = Selectable<BusinessTypeTable>;
export type QueueSettingsRow = Selectable<QueueSettingsTable>;

/** Ticket states: 等候 waiting, 已呼叫 called, 办理中 serving, 办结 done, 过号 no_show, 已取消 cancelled, 已过期 expired. */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled', 'expired'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_SOURCES = ['kiosk', 'staff', 'appointment', 'online'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];
/** What `ticket_events.action` may hold (`take`: rows written before migration 015; a ticket's creation is on its own row since). */
export type TicketAction =
  | 'take'
  | 'call'
  | 'recall'
  | 'start'
  | 'finish'
  | 'no_show'
  | 'transfer'
  | 'priority'
  | 'cancel'
  | 'expire'
  | 'check_in';

/** The columns the call order needs. */
const ORDER_COLUMNS = [
  'id',
  'business_type_id',
  'number',
  'taken_at',
  'priority',
  'transferred',
  'target_window_id',
  'slot_start_at',
] as const;
export type WaitingRow = Pick<TicketRow, (typeof ORDER_COLUMNS)[number]>;

export function toQueueTicket(r: WaitingRow): QueueTicket {
  return {
    id: r.id,
    businessTypeId: r.business_type_id,
    seq: digitsOf(r.number),
    takenAt: r.taken_at,
    priority: r.priority === 1,
    transferred: r.transferred === 1,
    targetWindowId: r.target_window_id,
    slotStartAt: r.slot_start_at,
  };
}

/**
 * `status = 'waiting'` as a literal: only then can SQLite (and a PostgreSQL prepared statement) use
 * the partial index of waiting tickets per type and day (migration 2026-11-26-014-queue-issue-path).
 */
const WAITING = sql.lit('waiting');

/** Today's waiting tickets of a hall (optionally of one business type), in no particular order. */
export function listWaitingToday(
  db: Db,
  hallId: string,
  serviceDate: string,
  o: { businessTypeId?: string } = {},
): Promise<WaitingRow[]> {
  let q = db
    .selectFrom('tickets')
    .select(ORDER_COLUMNS)
    .where('hall_id', '=', hallId)
    .where('service_date', '=', serviceDate)
    .where('status', '=', WAITING);
  if (o.businessTypeId) q = q.where('business_type_id', '=', o.businessTypeId);
  return q.execute();
}

/** The waiting candidates of one window: targeted at it, or untargeted of a type it serves. */
export function listCandidatesOfWindow(
  db: Db,
  hallId: string,
  serviceDate: string,
  windowId: string,
  typeIds: readonly string[],
): Promise<WaitingRow[]> {
  return db
    .selectFrom('tickets')
    .select(ORDER_COLUMNS)
    .where('hall_id', '=', hallId)
    .where('service_date', '=', serviceDate)
    .where('status', '=', 'waiting')
    .where((eb) =>
      typeIds.length > 0
        ? eb.or([
            eb('target_window_id', '=', windowId),
            eb.and([eb('target_window_id', 'is', null), eb('business_type_id', 'in', [...typeIds])]),
          ])
        : eb('target_window_id', '=', windowId),
    )
    .execute();
}

/**
 * Waiting tickets of a business type on a day: the counter row's `waiting`, which triggers on
 * `tickets` keep (migration 015) — one row by key instead of a count that grows with the queue. No
 * counter row: nothing of the type was taken or moved there that day.
 */
const waitingOfType = preparedQuery((db, arg: Arg<{ typeId: string; date: string }>) =>
  db
    .selectFrom('ticket_counters')
    .select('waiting')
    .where('business_type_id', '=', arg('typeId'))
    .where('service_date', '=', arg('date')),
);
export async function countWaiting(db: Db, _hallId: string, serviceDate: string, typeId: string): Promise<number> {
  const [row] = await waitingOfType(db, { typeId, date: serviceDate });
  return Number(row?.waiting ?? 0);
}

/** Waiting tickets per business type today. */
export async function waitingCountsByType(db: Db, hallId: string, serviceDate: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('tickets')
    .select(['business_type_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('hall_id', '=', hallId)
    .where('service_date', '=', serviceDate)
    .where('status', '=', 'waiting')
    .groupBy('business_type_id')
    .execute();
  return new Map(rows.map((r) => [r.business_type_id, Number(r.n)]));
}

/** Open windows (status open) serving each business type of a hall. */
export async function openWindowCountsByType(db: Db, hallId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('window_business_types as wb')
    .innerJoin('windows as w', 'w.id', 'wb.window_id')
    .select(['wb.business_type_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('wb.hall_id', '=', hallId)
    .where('w.status', '=', 'open')
    .groupBy('wb.business_type_id')
    .execute();
  return new Map(rows.map((r) => [r.business_type_id, Number(r.n)]));
}

const ticketById = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db.selectFrom('tickets').selectAll().where('id', '=', arg('id')),
);
export async function findTicket(db: Db, id: string): Promise<TicketRow | undefined> {
  return (await ticketById(db, { id }))[0];
}

export function findBusinessType(db: Db, id: string): Promise<BusinessTypeRow | undefined> {
  return db.selectFrom('business_types').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listBusinessTypes(db: Db, hallId: string): Promise<BusinessTypeRow[]> {
  return db
    .selectFrom('business_types')
    .selectAll()
    .where('hall_id', '=', hallId)
    .orderBy('sort_order')
    .orderBy('prefix')
    .execute();
}

const windowById = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db.selectFrom('windows').selectAll().where('id', '=', arg('id')),
);
export async function findWindow(db: Db, id: string) {
  return (await windowById(db, { id }))[0];
}

const windowTypes = preparedQuery((db, arg: Arg<{ windowId: string }>) =>
  db
    .selectFrom('window_business_types')
    .select(['business_type_id', 'preferred'])
    .where('window_id', '=', arg('windowId')),
);
/** Business types a window serves, with the preferred flag. */
export async function typesOfWindow(
  db: Db,
  windowId: string,
): Promise<{ businessTypeId: string; preferred: boolean }[]> {
  const rows = await windowTypes(db, { windowId });
  return rows.map((r) => ({ businessTypeId: r.business_type_id, preferred: r.preferred === 1 }));
}

/** Window ↔ type rows of a hall with window numbers (for the business-type list). */
export function windowMappingsOfHall(db: Db, hallId: string) {
  return db
    .selectFrom('window_business_types as wb')
    .innerJoin('windows as w', 'w.id', 'wb.window_id')
    .select(['wb.window_id', 'wb.business_type_id', 'wb.preferred', 'w.number'])
    .where('wb.hall_id', '=', hallId)
    .orderBy('w.number')
    .execute();
}

export interface QueueSettings {
  recallLimit: number;
  bookingDays: number;
  bookingCloseMinutes: number;
  cancelCloseMinutes: number;
  noShowAfterMinutes: number;
  noShowBlockCount: number;
  noShowWindowDays: number;
  blockDays: number;
}

/** The migration's defaults, in force while a hall has no `queue_settings` row. */
export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  recallLimit: 2,
  bookingDays: 5,
  bookingCloseMinutes: 10,
  cancelCloseMinutes: 10,
  noShowAfterMinutes: 30,
  noShowBlockCount: 3,
  noShowWindowDays: 30,
  blockDays: 30,
};

export async function loadQueueSettings(db: Db, hallId: string): Promise<QueueSettings> {
  const r = await db.selectFrom('queue_settings').selectAll().where('hall_id', '=', hallId).executeTakeFirst();
  if (!r) return { ...DEFAULT_QUEUE_SETTINGS };
  return {
    recallLimit: r.recall_limit,
    bookingDays: r.booking_days,
    bookingCloseMinutes: r.booking_close_minutes,
    cancelCloseMinutes: r.cancel_close_minutes,
    noShowAfterMinutes: r.no_show_after_minutes,
    noShowBlockCount: r.no_show_block_count,
    noShowWindowDays: r.no_show_window_days,
    blockDays: r.block_days,
  };
}

/** Append one row to the queue's audit trail (`ticket_events`); call inside the change's transaction. */
export async function insertTicketEvent(
  trx: Db,
  e: {
    hallId: string;
    ticketId: string;
    action: TicketAction;
    at: string;
    windowId: string | null;
    userId: string | null;
    detail: Record<string, unknown>;
  },
): Promise<void> {
  await insertEventRow(trx, {
    id: newId(),
    hall_id: e.hallId,
    ticket_id: e.ticketId,
    at: e.at,
    action: e.action,
    window_id: e.windowId,
    user_id: e.userId,
    detail: JSON.stringify(e.detail),
  });
}
const insertEventRow = preparedInsert('ticket_events');

/** A ticket with the names a staff view needs (business type, window number, booking code). */
export function staffTicketQuery(db: Db) {
  return db
    .selectFrom('tickets as t')
    .innerJoin('business_types as bt', 'bt.id', 't.business_type_id')
    .leftJoin('windows as w', 'w.id', 't.window_id')
    .leftJoin('appointments as ap', 'ap.id', 't.appointment_id')
    .selectAll('t')
    .select(['bt.name as business_type_name', 'w.number as window_number', 'ap.code as appointment_code']);
}
export type StaffTicketRow = TicketRow & {
  business_type_name: string;
  window_number: string | null;
  appointment_code: string | null;
};

export function findStaffTicket(db: Db, id: string): Promise<StaffTicketRow | undefined> {
  return staffTicketQuery(db).where('t.id', '=', id).executeTakeFirst();
}
