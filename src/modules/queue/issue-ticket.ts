import type { Db, Dialect } from '../../db/index.js';
import { chinaClock } from '../../domain/china-time.js';
import { isValidIdNumber } from '../../domain/id-number.js';
import { estimateWaitMinutes } from '../../domain/queue-hours.js';
import { aheadCountOf } from '../../domain/queue-order.js';
import { AppError } from '../../http/errors.js';
import type { HallEvent } from '../../http/events.js';
import { waitingEvent } from './events.js';
import { presentPublicTicket } from './present.js';
import { listWaitingToday, type TicketRow, type TicketSource, toQueueTicket } from './repository.js';
import type { PublicTicket } from './schema.js';
import { loadIssueContext, takeCheckFor } from './take-rules.js';
import { writeTicket } from './take-writes.js';

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
 * and the count. On PostgreSQL all writes of a plain ticket are one statement (`writeTicket`); the
 * kiosk route relies on that to run it without BEGIN/COMMIT — keep any new write inside it.
 */
export async function issueTicket(
  trx: Db,
  dialect: Dialect,
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

  const written = await writeTicket(trx, dialect, {
    hallId: input.hallId,
    typeId: type.id,
    prefix: type.prefix,
    serviceDate: clock.date,
    cap: Math.min(type.daily_cap, MAX_SEQ),
    source: input.source,
    idNumber: clean.idNumber,
    phone: clean.phone,
    priority: input.priority === true,
    priorityReason: input.priority ? (input.priorityReason?.trim() ?? null) : null,
    appointmentId: input.appointmentId ?? null,
    slotStartAt: clean.slotStartAt,
    now: input.now,
    userId: actor.userId,
    ip: actor.ip,
  });
  if (!written) throw new AppError('DAILY_CAP_REACHED', `今日“${type.name}”号源已取完（每日 ${type.daily_cap} 个）`);
  const { ticket } = written;
  const takenAt = ticket.taken_at;
  // A plain ticket is the latest of its type: everyone waiting is ahead, so a count will do.
  let waitingCount: number;
  let aheadCount: number;
  if (ticket.priority === 0 && ticket.slot_start_at === null) {
    waitingCount = written.waitingCount;
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
