import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { chinaClock } from '../../domain/china-time.js';
import { isValidIdNumber } from '../../domain/id-number.js';
import { estimateWaitMinutes } from '../../domain/queue-hours.js';
import { aheadCountOf, formatTicketNumber } from '../../domain/queue-order.js';
import { AppError } from '../../http/errors.js';
import type { HallEvent } from '../../http/events.js';
import { waitingEvent } from './events.js';
import { presentPublicTicket } from './present.js';
import {
  countWaiting,
  insertTicketEvent,
  listWaitingToday,
  type TicketRow,
  type TicketSource,
  toQueueTicket,
} from './repository.js';
import type { PublicTicket } from './schema.js';
import { loadIssueContext, takeCheckFor } from './take-rules.js';

export interface IssueTicketInput {
  hallId: string;
  businessTypeId: string;
  source: TicketSource;
  idNumber?: string | null;
  phone?: string | null;
  priority?: boolean;
  priorityReason?: string | null;
  appointmentId?: string | null;
  /** ISO start of the booked slot (checked-in appointments rank in tier 4 once it has started) */
  slotStartAt?: string | null;
  /** the instant of issue (default: now) */
  now?: Date;
  /** appointments checked in outside the take hours */
  skipHoursCheck?: boolean;
}

export interface IssueTicketResult {
  ticket: TicketRow;
  aheadCount: number;
  /** publish with `app.yz.bus` after the transaction commits */
  events: HallEvent[];
  /** the ticket as the visitor sees it (kiosk slip): name of type and hall, people ahead, estimated wait */
  view: PublicTicket;
}

const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;
/** Numbers have three digits: a cap above 999 would need a fourth. */
const MAX_SEQ = 999;

type CounterKey = { typeId: string; date: string };
const bumpCounter = preparedQuery((db, arg: Arg<CounterKey & { cap: number }>) =>
  db
    .updateTable('ticket_counters')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
    .where('business_type_id', '=', arg('typeId'))
    .where('service_date', '=', arg('date'))
    .where('last_seq', '<', arg('cap'))
    .returning('last_seq'),
);
const firstCounter = preparedQuery((db, arg: Arg<CounterKey & { hallId: string }>) =>
  db
    .insertInto('ticket_counters')
    .values({ hall_id: arg('hallId'), business_type_id: arg('typeId'), service_date: arg('date'), last_seq: 1 })
    .onConflict((oc) => oc.columns(['business_type_id', 'service_date']).doNothing())
    .returning('last_seq'),
);

/**
 * Draw the next number of a business type for the day: one conditional update in the common case.
 * `last_seq < cap` makes the cap exact and the row lock (PostgreSQL) / single writer (SQLite)
 * makes the number unique when kiosks issue concurrently. Null when the cap is reached.
 */
async function drawNumber(trx: Db, hallId: string, typeId: string, date: string, cap: number): Promise<number | null> {
  const bump = async () => (await bumpCounter(trx, { typeId, date, cap }))[0];
  const hit = await bump();
  if (hit) return hit.last_seq;
  if (cap < 1) return null;
  const [first] = await firstCounter(trx, { hallId, typeId, date });
  if (first) return 1;
  return (await bump())?.last_seq ?? null;
}

const TICKET_COLUMNS = [
  'id',
  'hall_id',
  'business_type_id',
  'original_business_type_id',
  'service_date',
  'seq',
  'number',
  'status',
  'source',
  'id_number',
  'phone',
  'priority',
  'priority_reason',
  'transferred',
  'target_window_id',
  'appointment_id',
  'slot_start_at',
  'taken_at',
  'called_at',
  'window_id',
  'staff_user_id',
  'recall_count',
  'serving_at',
  'finished_at',
  'end_reason',
  'row_version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof TicketRow)[];
const insertTicket = preparedQuery((db, arg: Arg<TicketRow>) =>
  db.insertInto('tickets').values(Object.fromEntries(TICKET_COLUMNS.map((c) => [c, arg(c)])) as unknown as TicketRow),
);

function validate(input: IssueTicketInput): {
  idNumber: string | null;
  phone: string | null;
  slotStartAt: string | null;
} {
  const idNumber = input.idNumber?.trim().toUpperCase() || null;
  const phone = input.phone?.trim() || null;
  if (idNumber && !isValidIdNumber(idNumber))
    throw new AppError('VALIDATION_FAILED', '身份证号码不正确，请核对后重新输入');
  if (phone && !PHONE.test(phone)) throw new AppError('VALIDATION_FAILED', '手机号码格式不正确');
  let slotStartAt: string | null = null;
  if (input.slotStartAt) {
    const t = new Date(input.slotStartAt);
    if (Number.isNaN(t.getTime())) throw new AppError('VALIDATION_FAILED', '预约时段开始时间无效');
    slotStartAt = t.toISOString();
  }
  if (input.priority && !input.priorityReason?.trim()) throw new AppError('VALIDATION_FAILED', '绿色通道须填写原因');
  return { idNumber, phone, slotStartAt };
}

/**
 * Issue a ticket (取号) inside the caller's transaction: checks the type, hours, working day and
 * daily cap; draws the number; writes the ticket and its `take` event. Used by the kiosk, staff and
 * appointment check-in. One read comes first, so the counter row is locked only for the two inserts
 * and the count.
 */
export async function issueTicket(
  trx: Db,
  _dialect: Dialect,
  input: IssueTicketInput,
  actor: { userId: string | null; ip: string },
): Promise<IssueTicketResult> {
  const clean = validate(input);
  const instant = input.now ?? new Date();
  const clock = chinaClock(instant);
  const ctx = await loadIssueContext(trx, input.businessTypeId, clock.date);
  const type = ctx?.type;
  if (!ctx || !type || type.hall_id !== input.hallId || type.active !== 1)
    throw new AppError('NOT_FOUND', '业务类型不存在或已停用');
  if (!input.skipHoursCheck) {
    const check = takeCheckFor(type, ctx.day, clock);
    if (!check.ok) throw new AppError('OUTSIDE_TAKE_HOURS', check.reason);
  }

  const seq = await drawNumber(trx, input.hallId, type.id, clock.date, Math.min(type.daily_cap, MAX_SEQ));
  if (seq === null)
    throw new AppError('DAILY_CAP_REACHED', `今日“${type.name}”号源已取完（每日 ${type.daily_cap} 个）`);
  // Stamped after the number is drawn, so take time never decreases with the number inside a type.
  const takenAt = (input.now ?? new Date()).toISOString();
  const ticket: TicketRow = {
    id: newId(),
    hall_id: input.hallId,
    business_type_id: type.id,
    original_business_type_id: type.id,
    service_date: clock.date,
    seq,
    number: formatTicketNumber(type.prefix, seq),
    status: 'waiting',
    source: input.source,
    id_number: clean.idNumber,
    phone: clean.phone,
    priority: input.priority ? 1 : 0,
    priority_reason: input.priority ? (input.priorityReason?.trim() ?? null) : null,
    transferred: 0,
    target_window_id: null,
    appointment_id: input.appointmentId ?? null,
    slot_start_at: clean.slotStartAt,
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
  };
  await insertTicket(trx, ticket);
  await insertTicketEvent(trx, {
    hallId: ticket.hall_id,
    ticketId: ticket.id,
    action: 'take',
    at: takenAt,
    windowId: null,
    userId: actor.userId,
    detail: {
      number: ticket.number,
      source: ticket.source,
      ip: actor.ip,
      ...(ticket.appointment_id ? { appointmentId: ticket.appointment_id } : {}),
      ...(ticket.priority ? { priorityReason: ticket.priority_reason } : {}),
    },
  });
  // A plain ticket is the latest of its type: everyone waiting is ahead, so a count will do.
  let waitingCount: number;
  let aheadCount: number;
  if (ticket.priority === 0 && ticket.slot_start_at === null) {
    waitingCount = await countWaiting(trx, input.hallId, clock.date, type.id);
    aheadCount = waitingCount - 1;
  } else {
    const waiting = await listWaitingToday(trx, input.hallId, clock.date, { businessTypeId: type.id });
    waitingCount = waiting.length;
    aheadCount = aheadCountOf(toQueueTicket(ticket), waiting.map(toQueueTicket), takenAt);
  }
  return {
    ticket,
    aheadCount,
    events: [waitingEvent(ticket.hall_id, { businessTypeId: type.id, waitingCount })],
    view: presentPublicTicket(ticket, {
      businessTypeName: type.name,
      hallName: ctx.day.hallName,
      aheadCount,
      estimatedWaitMinutes: estimateWaitMinutes(aheadCount, type.avg_service_minutes, ctx.openWindows),
      windowNumber: null,
    }),
  };
}
