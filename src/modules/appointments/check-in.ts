import { normaliseBookingCode } from '../../domain/appointment-code.js';
import { CHECK_IN_EARLY_MINUTES, checkInTiming, slotStartInstant } from '../../domain/appointment-rules.js';
import { addMinutes, chinaDate, chinaMinutes, minutesToHhmm } from '../../domain/china-time.js';
import type { AppDeps } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import {
  estimateWaitMinutes,
  insertTicketEvent,
  issueTicket,
  openWindowCountsByType,
  publishAll,
} from '../queue/index.js';
import {
  findAppointmentByCode,
  findBusinessType,
  loadAppointmentSettings,
  moveFromBooked,
  setAppointmentTicket,
} from './repository.js';
import type { CheckInResult } from './schema.js';

const STATE_TEXT: Record<string, string> = {
  checked_in: '该预约已签到取号，请勿重复签到',
  cancelled: '该预约已取消',
  no_show: '该预约已过期（未按时签到）',
};

/**
 * Check in at the kiosk (预约签到): on the booking's day, from 60 minutes before the slot until slot start
 * + `noShowAfterMinutes`. One transaction: booked → checked_in (conditional, so a code is used once),
 * a ticket of source `appointment` with the slot start (it ranks in tier 4 once the slot has started),
 * its `check_in` event and the audit record. Live events go out after the commit.
 */
export async function checkInAppointment(
  deps: Pick<AppDeps, 'db' | 'dialect' | 'bus'>,
  hallId: string,
  rawCode: string,
  actor: Actor,
  now: string,
): Promise<CheckInResult> {
  const { db } = deps;
  const code = normaliseBookingCode(rawCode);
  const a = code ? await findAppointmentByCode(db, code) : undefined;
  if (!a || a.hall_id !== hallId) throw new AppError('NOT_FOUND', '预约码不存在，请核对后重新输入');
  if (a.status !== 'booked') throw new AppError('TICKET_STATE', STATE_TEXT[a.status] ?? '该预约不能签到');
  const settings = await loadAppointmentSettings(db, hallId);
  const slotStartAt = slotStartInstant(a.service_date, a.slot_start);
  const timing = checkInTiming(a.service_date, slotStartAt, now, settings.noShowAfterMinutes);
  if (timing === 'too_early') {
    const opens = addMinutes(slotStartAt, -CHECK_IN_EARLY_MINUTES);
    throw new AppError(
      'RULE_VIOLATION',
      `还未到签到时间：预约时段 ${a.service_date} ${a.slot_start}，请于 ${chinaDate(opens)} ${minutesToHhmm(chinaMinutes(opens))} 后签到`,
    );
  }
  if (timing === 'too_late') {
    throw new AppError(
      'RULE_VIOLATION',
      `已超过签到时间（时段开始后 ${settings.noShowAfterMinutes} 分钟），预约已失效，请重新取号`,
    );
  }

  const issued = await db.transaction().execute(async (trx) => {
    if (!(await moveFromBooked(trx, a.id, 'checked_in', now, false))) {
      throw new AppError('TICKET_STATE', '预约状态已变化，请勿重复签到');
    }
    const result = await issueTicket(
      trx,
      deps.dialect,
      {
        hallId,
        businessTypeId: a.business_type_id,
        source: 'appointment',
        idNumber: a.id_number,
        phone: a.phone,
        appointmentId: a.id,
        slotStartAt,
        now: new Date(now),
        skipHoursCheck: true,
      },
      { userId: actor.id, ip: actor.ip },
    );
    await setAppointmentTicket(trx, a.id, result.ticket.id);
    await insertTicketEvent(trx, {
      hallId,
      ticketId: result.ticket.id,
      action: 'check_in',
      at: now,
      windowId: null,
      userId: actor.id,
      detail: { appointmentId: a.id, code: a.code, slotStart: a.slot_start, ip: actor.ip },
    });
    await recordAudit(trx, deps.dialect, actor, {
      action: 'appointment.check_in',
      entityType: 'appointment',
      entityId: a.id,
      hallId,
      before: { status: 'booked' },
      after: { status: 'checked_in', code: a.code, ticketId: result.ticket.id, ticketNumber: result.ticket.number },
    });
    return result;
  });
  await publishAll(deps.bus, issued.events);

  const [type, openWindows] = await Promise.all([
    findBusinessType(db, a.business_type_id),
    openWindowCountsByType(db, hallId),
  ]);
  const t = issued.ticket;
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    aheadCount: issued.aheadCount,
    businessTypeId: t.business_type_id,
    businessTypeName: a.business_type_name,
    hallId,
    hallName: a.hall_name,
    serviceDate: t.service_date,
    takenAt: t.taken_at,
    estimatedWaitMinutes: estimateWaitMinutes(
      issued.aheadCount,
      type?.avgServiceMinutes ?? 10,
      openWindows.get(t.business_type_id) ?? 0,
    ),
    appointmentId: a.id,
    appointmentCode: a.code,
    slotStart: a.slot_start,
    slotEnd: a.slot_end,
  };
}
