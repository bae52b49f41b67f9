import { newId } from '../../db/ids.js';
import { isUniqueViolation } from '../../db/index.js';
import type { AppointmentTable } from '../../db/types.js';
import { generateBookingCode } from '../../domain/appointment-code.js';
import {
  bookableDates,
  isBlocked,
  isBookingOpen,
  liveKey,
  normaliseIdNumber,
  slotStartInstant,
} from '../../domain/appointment-rules.js';
import { findSlot } from '../../domain/appointment-slots.js';
import { isWorkingDay } from '../../domain/calendar.js';
import { chinaDate } from '../../domain/china-time.js';
import { maskIdNumber, maskName, maskPhone } from '../../domain/mask.js';
import type { AppDeps } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { type BookingContext, loadBookingContext, slotsOn } from './booking-context.js';
import { presentPublicAppointment } from './present.js';
import { activeBlocks, claimSlot, ensureSlot, hasLiveBooking, insertAppointment } from './repository.js';
import type { BookInput, PublicAppointment } from './schema.js';

type Deps = Pick<AppDeps, 'db' | 'dialect'>;

/**
 * Book a slot (预约). Every rule that only reads is checked before the transaction; the transaction
 * itself is three statements plus the audit record: create the slot row if missing, take a place by
 * a conditional update (`booked < capacity`), insert the booking (unique `live_key`: one per ID per type per day).
 */
export async function bookAppointment(
  deps: Deps,
  hallId: string,
  input: BookInput,
  actor: Actor,
  now: string,
): Promise<PublicAppointment> {
  const { db } = deps;
  const ctx = await loadBookingContext(db, hallId, input.businessTypeId);
  const today = chinaDate(now);
  checkDate(ctx, input.date, today);
  const slot = findSlot(slotsOn(ctx, input.date), input.slotStart);
  if (!slot) throw new AppError('NOT_FOUND', '预约时段不存在');
  const startsAt = slotStartInstant(input.date, slot.start);
  if (!isBookingOpen(startsAt, now, ctx.settings.bookingCloseMinutes)) {
    throw new AppError('BOOKING_CLOSED', `该时段已停止预约（时段开始前 ${ctx.settings.bookingCloseMinutes} 分钟截止）`);
  }
  const idNumber = normaliseIdNumber(input.idNumber);
  const key = liveKey(ctx.type.id, input.date, idNumber);
  const [blocks, alreadyBooked] = await Promise.all([
    activeBlocks(db, hallId, idNumber, today),
    hasLiveBooking(db, key),
  ]);
  if (isBlocked(blocks, today)) {
    const until = [...blocks].sort().at(-1);
    throw new AppError('BOOKING_BLOCKED', `因多次预约未到，${until} 前不能预约`, { blockedUntil: until });
  }
  // A fast answer for the common case; the unique live_key below is what actually guarantees it.
  if (alreadyBooked) throw duplicate();

  // A code collision (31^8 codes) is retried with a fresh code; a live_key collision is a duplicate.
  for (let attempt = 0; ; attempt++) {
    const row: AppointmentTable = {
      id: newId(),
      hall_id: hallId,
      business_type_id: ctx.type.id,
      service_date: input.date,
      slot_start: slot.start,
      slot_end: slot.end,
      code: generateBookingCode(),
      name: input.name,
      id_number: idNumber,
      phone: input.phone,
      status: 'booked',
      live_key: key,
      ticket_id: null,
      created_at: now,
      updated_at: now,
    };
    try {
      await db.transaction().execute(async (trx) => {
        const slotKey = { hallId, businessTypeId: ctx.type.id, date: input.date, start: slot.start };
        await ensureSlot(trx, { ...slotKey, capacity: ctx.type.slotCapacity });
        if (!(await claimSlot(trx, ctx.type.id, input.date, slot.start))) throw new AppError('SLOT_FULL');
        await insertAppointment(trx, row);
        await recordAudit(trx, deps.dialect, actor, {
          action: 'appointment.book',
          entityType: 'appointment',
          entityId: row.id,
          hallId,
          after: {
            code: row.code,
            businessTypeId: row.business_type_id,
            date: row.service_date,
            slotStart: row.slot_start,
            name: maskName(row.name),
            idNumber: maskIdNumber(row.id_number),
            phone: maskPhone(row.phone),
          },
        });
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (attempt >= 2 || (await hasLiveBooking(db, key))) throw duplicate();
      continue;
    }
    const view = { ...row, hall_name: ctx.hall.name, business_type_name: ctx.type.name };
    return presentPublicAppointment(view, now, ctx.settings.cancelCloseMinutes);
  }
}

function checkDate(ctx: BookingContext, date: string, today: string): void {
  if (date < today) throw new AppError('BOOKING_CLOSED', '不能预约已经过去的日期');
  if (!isWorkingDay(ctx.calendar, date)) throw new AppError('BOOKING_CLOSED', `${date} 不是工作日，不能预约`);
  const dates = bookableDates((d) => isWorkingDay(ctx.calendar, d), today, ctx.settings.bookingDays);
  if (!dates.includes(date)) {
    throw new AppError('BOOKING_CLOSED', `只能预约今天及之后 ${ctx.settings.bookingDays} 个工作日内的时段`);
  }
}

const duplicate = () => new AppError('DUPLICATE', '该身份证号码当天已预约此业务，不能重复预约');
