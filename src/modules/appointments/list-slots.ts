import type { Db } from '../../db/index.js';
import { bookableDates, isBookingOpen, slotStartInstant } from '../../domain/appointment-rules.js';
import { isWorkingDay } from '../../domain/calendar.js';
import { chinaDate } from '../../domain/china-time.js';
import { loadBookingContext, slotsOn } from './booking-context.js';
import { slotRows } from './repository.js';
import type { SlotDays } from './schema.js';

/**
 * Bookable slots: today's slots that have not started yet, then the next `bookingDays` working days.
 * Read-only: slot rows are created on the first booking, so a missing row means nothing is booked.
 */
export async function listSlots(db: Db, hallId: string, businessTypeId: string, now: string): Promise<SlotDays> {
  const ctx = await loadBookingContext(db, hallId, businessTypeId);
  const today = chinaDate(now);
  const dates = bookableDates((d) => isWorkingDay(ctx.calendar, d), today, ctx.settings.bookingDays);
  const stored = new Map(
    (await slotRows(db, businessTypeId, dates)).map((r) => [`${r.service_date}|${r.slot_start}`, r] as const),
  );
  const days = dates.map((date) => {
    const slots = slotsOn(ctx, date)
      .map((s) => ({ ...s, startsAt: slotStartInstant(date, s.start) }))
      .filter((s) => date !== today || Date.parse(s.startsAt) > Date.parse(now))
      .map((s) => {
        const row = stored.get(`${date}|${s.start}`);
        const capacity = row?.capacity ?? ctx.type.slotCapacity;
        const booked = row?.booked ?? 0;
        const available = Math.max(0, capacity - booked);
        const open = available > 0 && isBookingOpen(s.startsAt, now, ctx.settings.bookingCloseMinutes);
        return { start: s.start, end: s.end, capacity, booked, available, open };
      });
    return { date, slots };
  });
  return { businessTypeId, days };
}
