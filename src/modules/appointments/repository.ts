import type { Db } from '../../db/index.js';
import type { AppointmentTable } from '../../db/types.js';
import { type AppointmentSettings, DEFAULT_APPOINTMENT_SETTINGS } from '../../domain/appointment-rules.js';
import type { TimeRange, WeeklyHours } from '../../domain/appointment-slots.js';

/** Appointment queries (the only place with SQL for this module). */

export interface BookableType {
  id: string;
  hallId: string;
  name: string;
  active: boolean;
  bookable: boolean;
  takeHours: TimeRange[];
  slotMinutes: number;
  slotCapacity: number;
  avgServiceMinutes: number;
}

export async function findBusinessType(db: Db, id: string): Promise<BookableType | undefined> {
  const r = await db
    .selectFrom('business_types')
    .select([
      'id',
      'hall_id',
      'name',
      'active',
      'bookable',
      'take_hours',
      'slot_minutes',
      'slot_capacity',
      'avg_service_minutes',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    hallId: r.hall_id,
    name: r.name,
    active: Boolean(r.active),
    bookable: Boolean(r.bookable),
    takeHours: parseJson<TimeRange[]>(r.take_hours, []),
    slotMinutes: r.slot_minutes,
    slotCapacity: r.slot_capacity,
    avgServiceMinutes: r.avg_service_minutes,
  };
}

export async function findHallBrief(
  db: Db,
  hallId: string,
): Promise<{ id: string; name: string; openingHours: WeeklyHours } | undefined> {
  const r = await db
    .selectFrom('halls')
    .select(['id', 'name', 'opening_hours'])
    .where('id', '=', hallId)
    .executeTakeFirst();
  return r && { id: r.id, name: r.name, openingHours: parseJson<WeeklyHours>(r.opening_hours, []) };
}

/** The hall's appointment settings; the migration's defaults when it has no row yet. */
export async function loadAppointmentSettings(db: Db, hallId: string): Promise<AppointmentSettings> {
  const r = await db.selectFrom('queue_settings').selectAll().where('hall_id', '=', hallId).executeTakeFirst();
  if (!r) return { ...DEFAULT_APPOINTMENT_SETTINGS };
  return {
    bookingDays: r.booking_days,
    bookingCloseMinutes: r.booking_close_minutes,
    cancelCloseMinutes: r.cancel_close_minutes,
    noShowAfterMinutes: r.no_show_after_minutes,
    noShowBlockCount: r.no_show_block_count,
    noShowWindowDays: r.no_show_window_days,
    blockDays: r.block_days,
  };
}

/** Stored slot rows (capacity, booked) of a type on some dates. */
export async function slotRows(db: Db, businessTypeId: string, dates: readonly string[]) {
  if (dates.length === 0) return [];
  return db
    .selectFrom('appointment_slots')
    .select(['service_date', 'slot_start', 'capacity', 'booked'])
    .where('business_type_id', '=', businessTypeId)
    .where('service_date', 'in', dates)
    .execute();
}

/** Create the slot row on first booking; a concurrent creator wins silently. */
export async function ensureSlot(
  trx: Db,
  s: { hallId: string; businessTypeId: string; date: string; start: string; capacity: number },
): Promise<void> {
  await trx
    .insertInto('appointment_slots')
    .values({
      hall_id: s.hallId,
      business_type_id: s.businessTypeId,
      service_date: s.date,
      slot_start: s.start,
      capacity: s.capacity,
      booked: 0,
    })
    .onConflict((oc) => oc.columns(['business_type_id', 'service_date', 'slot_start']).doNothing())
    .execute();
}

/** Take one place in a slot: a conditional update, so capacity holds under any concurrency. */
export async function claimSlot(trx: Db, businessTypeId: string, date: string, start: string): Promise<boolean> {
  const r = await trx
    .updateTable('appointment_slots')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('business_type_id', '=', businessTypeId)
    .where('service_date', '=', date)
    .where('slot_start', '=', start)
    .whereRef('booked', '<', 'capacity')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Give a place back (cancellation). */
export async function releaseSlot(trx: Db, businessTypeId: string, date: string, start: string): Promise<void> {
  await trx
    .updateTable('appointment_slots')
    .set((eb) => ({ booked: eb('booked', '-', 1) }))
    .where('business_type_id', '=', businessTypeId)
    .where('service_date', '=', date)
    .where('slot_start', '=', start)
    .where('booked', '>', 0)
    .execute();
}

export async function hasLiveBooking(db: Db, liveKey: string): Promise<boolean> {
  const r = await db.selectFrom('appointments').select('id').where('live_key', '=', liveKey).executeTakeFirst();
  return r !== undefined;
}

/** Last blocked days of the ID number's booking blocks in this hall that are still running. */
export async function activeBlocks(db: Db, hallId: string, idNumber: string, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('booking_blocks')
    .select('blocked_until')
    .where('hall_id', '=', hallId)
    .where('id_number', '=', idNumber)
    .where('blocked_until', '>=', today)
    .execute();
  return rows.map((r) => r.blocked_until);
}

export async function insertAppointment(trx: Db, row: AppointmentTable): Promise<void> {
  await trx.insertInto('appointments').values(row).execute();
}

/** A booking with its type and hall names. */
export async function findAppointmentByCode(db: Db, code: string) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('business_types as bt', 'bt.id', 'a.business_type_id')
    .innerJoin('halls as h', 'h.id', 'a.hall_id')
    .selectAll('a')
    .select(['bt.name as business_type_name', 'h.name as hall_name'])
    .where('a.code', '=', code)
    .executeTakeFirst();
}
export type AppointmentView = NonNullable<Awaited<ReturnType<typeof findAppointmentByCode>>>;

/** booked → `to`, only if still booked; false when someone else changed it first. */
export async function moveFromBooked(
  trx: Db,
  id: string,
  to: 'cancelled' | 'checked_in',
  at: string,
  clearLiveKey: boolean,
): Promise<boolean> {
  const r = await trx
    .updateTable('appointments')
    .set({ status: to, updated_at: at, ...(clearLiveKey ? { live_key: null } : {}) })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setAppointmentTicket(trx: Db, id: string, ticketId: string): Promise<void> {
  await trx.updateTable('appointments').set({ ticket_id: ticketId }).where('id', '=', id).execute();
}

/** A hall's bookings of one day (staff list), with the ticket number once checked in. */
export async function listAppointmentsOfDay(
  db: Db,
  hallId: string,
  date: string,
  filter: { businessTypeId?: string; status?: string },
) {
  let q = db
    .selectFrom('appointments as a')
    .innerJoin('business_types as bt', 'bt.id', 'a.business_type_id')
    .leftJoin('tickets as t', 't.id', 'a.ticket_id')
    .selectAll('a')
    .select(['bt.name as business_type_name', 't.number as ticket_number'])
    .where('a.hall_id', '=', hallId)
    .where('a.service_date', '=', date);
  if (filter.businessTypeId) q = q.where('a.business_type_id', '=', filter.businessTypeId);
  if (filter.status) q = q.where('a.status', '=', filter.status);
  return q.orderBy('a.slot_start').orderBy('a.created_at').execute();
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
