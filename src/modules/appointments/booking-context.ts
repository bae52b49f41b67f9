import type { Db } from '../../db/index.js';
import type { AppointmentSettings } from '../../domain/appointment-rules.js';
import { appointmentHours, generateSlots, type Slot, type WeeklyHours } from '../../domain/appointment-slots.js';
import { type Calendar, dayKind } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { AppError } from '../../http/errors.js';
import { loadHallCalendar } from '../calendar/index.js';
import { type BookableType, findBusinessType, findHallBrief, loadAppointmentSettings } from './repository.js';

/** Everything the booking rules need about one hall and business type, read before any transaction. */
export interface BookingContext {
  hall: { id: string; name: string; openingHours: WeeklyHours };
  type: BookableType;
  settings: AppointmentSettings;
  calendar: Calendar;
}

/** Load and check: an unknown hall, or a type that is unknown, inactive or of another hall → 404; not bookable → 422. */
export async function loadBookingContext(db: Db, hallId: string, businessTypeId: string): Promise<BookingContext> {
  const [hall, type] = await Promise.all([findHallBrief(db, hallId), findBusinessType(db, businessTypeId)]);
  if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');
  if (!type || type.hallId !== hallId || !type.active) throw new AppError('NOT_FOUND', '业务类型不存在');
  if (!type.bookable) throw new AppError('BOOKING_CLOSED', `“${type.name}”不提供预约`);
  const [settings, hallCal] = await Promise.all([loadAppointmentSettings(db, hallId), loadHallCalendar(db, hallId)]);
  if (!hallCal) throw new AppError('NOT_FOUND', '大厅不存在');
  return { hall, type, settings, calendar: hallCal.calendar };
}

/** The type's slots on `date` (none on a non-working day). */
export function slotsOn(ctx: BookingContext, date: IsoDate): Slot[] {
  const hours = appointmentHours(ctx.type.takeHours, ctx.hall.openingHours, date, dayKind(ctx.calendar, date));
  return generateSlots(hours, ctx.type.slotMinutes);
}
