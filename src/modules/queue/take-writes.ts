import { sql } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { preparedInsert } from '../../db/prepared-shapes.js';
import { formatTicketNumber } from '../../domain/queue-order.js';
import type { TicketRow, TicketSource } from './repository.js';

/**
 * The writes of a ticket issue, once the rules have passed (src/modules/queue/issue-ticket.ts): the
 * next number of the type and day within the daily cap, and the ticket — which records who issued
 * it, from where and when (migration 015: no separate `take` row) — and the number of waiting
 * tickets of the type and day, which the counter row keeps (triggers on `tickets`). Run inside the
 * caller's transaction. On PostgreSQL they are one statement, `yz_take_ticket` (migrations 014,
 * 015), i.e. one round trip; on SQLite (in process) the two prepared statements below.
 * test/api/queue*.test.ts run both.
 */
export interface TicketDraft {
  hallId: string;
  typeId: string;
  prefix: string;
  serviceDate: string;
  /** numbers left today end at `cap` */
  cap: number;
  source: TicketSource;
  idNumber: string | null;
  phone: string | null;
  priority: boolean;
  priorityReason: string | null;
  appointmentId: string | null;
  slotStartAt: string | null;
  /** the instant of issue (default: now); never earlier than the type's previous number */
  now?: Date;
  userId: string | null;
  ip: string;
}

export interface WrittenTicket {
  ticket: TicketRow;
  /** waiting tickets of the type and day, this one included */
  waitingCount: number;
}

/** The written ticket, or null when the daily cap is reached (nothing written then). */
export function writeTicket(trx: Db, dialect: Dialect, d: TicketDraft): Promise<WrittenTicket | null> {
  return dialect === 'postgres' ? writeOnPostgres(trx, d) : writeOnSqlite(trx, d);
}

type CounterKey = { typeId: string; date: string; at: string };
/** The counter keeps the latest take time too: a take time never goes below the previous number's. */
const bumpCounter = preparedQuery((db, arg: Arg<CounterKey & { cap: number }>) =>
  db
    .updateTable('ticket_counters')
    .set((eb) => ({
      last_seq: eb('last_seq', '+', 1),
      last_taken_at: sql<string>`max(coalesce(last_taken_at, ${arg('at')}), ${arg('at')})`,
    }))
    .where('business_type_id', '=', arg('typeId'))
    .where('service_date', '=', arg('date'))
    .where('last_seq', '<', arg('cap'))
    .returning(['last_seq', 'last_taken_at', 'waiting']),
);
const firstCounter = preparedQuery((db, arg: Arg<CounterKey & { hallId: string }>) =>
  db
    .insertInto('ticket_counters')
    .values({
      hall_id: arg('hallId'),
      business_type_id: arg('typeId'),
      service_date: arg('date'),
      last_seq: 1,
      last_taken_at: arg('at'),
      waiting: 0,
    })
    .onConflict((oc) => oc.columns(['business_type_id', 'service_date']).doNothing())
    .returning(['last_seq', 'last_taken_at', 'waiting']),
);

/**
 * Draw the next number of a business type for the day: one conditional update in the common case.
 * `last_seq < cap` makes the cap exact and SQLite's single writer makes the number unique when
 * kiosks issue concurrently. Null when the cap is reached.
 */
async function drawNumber(
  trx: Db,
  d: TicketDraft,
  at: string,
): Promise<{ seq: number; takenAt: string; waitingBefore: number } | null> {
  const key = { typeId: d.typeId, date: d.serviceDate, at };
  const bump = async () => (await bumpCounter(trx, { ...key, cap: d.cap }))[0];
  const drawn =
    (await bump()) ??
    (d.cap < 1 ? undefined : ((await firstCounter(trx, { ...key, hallId: d.hallId }))[0] ?? (await bump())));
  return drawn ? { seq: drawn.last_seq, takenAt: drawn.last_taken_at ?? at, waitingBefore: drawn.waiting } : null;
}

const insertTicket = preparedInsert('tickets');

function ticketRow(id: string, d: TicketDraft, seq: number, number: string, takenAt: string): TicketRow {
  return {
    id,
    hall_id: d.hallId,
    business_type_id: d.typeId,
    original_business_type_id: d.typeId,
    service_date: d.serviceDate,
    seq,
    number,
    status: 'waiting',
    source: d.source,
    id_number: d.idNumber,
    phone: d.phone,
    priority: d.priority ? 1 : 0,
    priority_reason: d.priority ? d.priorityReason : null,
    transferred: 0,
    target_window_id: null,
    appointment_id: d.appointmentId,
    slot_start_at: d.slotStartAt,
    taken_at: takenAt,
    called_at: null,
    window_id: null,
    staff_user_id: null,
    recall_count: 0,
    serving_at: null,
    finished_at: null,
    end_reason: null,
    row_version: 1,
    created_at: takenAt,
    updated_at: takenAt,
    taken_by_user_id: d.userId,
    taken_ip: d.ip,
  };
}

async function writeOnSqlite(trx: Db, d: TicketDraft): Promise<WrittenTicket | null> {
  const drawn = await drawNumber(trx, d, (d.now ?? new Date()).toISOString());
  if (!drawn) return null;
  const { seq, takenAt } = drawn;
  const ticket = ticketRow(newId(), d, seq, formatTicketNumber(d.prefix, seq), takenAt);
  await insertTicket(trx, ticket);
  // The insert trigger has just counted this ticket in; the counter row is this transaction's.
  return { ticket, waitingCount: drawn.waitingBefore + 1 };
}

type TakeArgs = {
  id: string;
  hallId: string;
  typeId: string;
  date: string;
  cap: number;
  prefix: string;
  source: string;
  idNumber: string | null;
  phone: string | null;
  priority: number;
  priorityReason: string | null;
  appointmentId: string | null;
  slotStartAt: string | null;
  takenAt: string;
  userId: string | null;
  ip: string;
};
type TakeResult = { o_seq: number; o_number: string; o_taken_at: string; o_waiting: number };
const takeTicket = preparedQuery((db, arg: Arg<TakeArgs>) => {
  const args = [
    arg('id'),
    arg('hallId'),
    arg('typeId'),
    arg('date'),
    arg('cap'),
    arg('prefix'),
    arg('source'),
    arg('idNumber'),
    arg('phone'),
    arg('priority'),
    arg('priorityReason'),
    arg('appointmentId'),
    arg('slotStartAt'),
    arg('takenAt'),
    arg('userId'),
    arg('ip'),
  ];
  return db.selectFrom(sql<TakeResult>`yz_take_ticket(${sql.join(args)})`.as('t')).selectAll();
});

async function writeOnPostgres(trx: Db, d: TicketDraft): Promise<WrittenTicket | null> {
  const id = newId();
  const [r] = await takeTicket(trx, {
    id,
    hallId: d.hallId,
    typeId: d.typeId,
    date: d.serviceDate,
    cap: d.cap,
    prefix: d.prefix,
    source: d.source,
    idNumber: d.idNumber,
    phone: d.phone,
    priority: d.priority ? 1 : 0,
    priorityReason: d.priority ? d.priorityReason : null,
    appointmentId: d.appointmentId,
    slotStartAt: d.slotStartAt,
    takenAt: (d.now ?? new Date()).toISOString(),
    userId: d.userId,
    ip: d.ip,
  });
  if (!r) return null;
  return { ticket: ticketRow(id, d, r.o_seq, r.o_number, r.o_taken_at), waitingCount: r.o_waiting };
}
