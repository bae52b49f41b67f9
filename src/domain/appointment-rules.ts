import { addDays, daysBetween, type IsoDate } from './calendar-date.js';
import { addMinutes, chinaDate, chinaInstantIso } from './china-time.js';

/**
 * Appointment (预约) rules of PRODUCT.md §4 as pure functions: booking window, closing times,
 * check-in window, no-show (爽约) and booking blocks. Times are ISO instants; dates `YYYY-MM-DD`
 * in Asia/Shanghai. The scheduled no-show/block job (src/modules/queue-live) reuses these.
 */

/** A hall's appointment settings (queue_settings; defaults from the migration). */
export interface AppointmentSettings {
  /** next N working days are bookable (besides today's remaining slots) */
  bookingDays: number;
  /** booking closes this many minutes before the slot starts */
  bookingCloseMinutes: number;
  /** cancelling closes this many minutes before the slot starts */
  cancelCloseMinutes: number;
  /** a booking not checked in by slot start + this becomes a no-show */
  noShowAfterMinutes: number;
  noShowBlockCount: number;
  noShowWindowDays: number;
  blockDays: number;
}

export const DEFAULT_APPOINTMENT_SETTINGS: AppointmentSettings = {
  bookingDays: 5,
  bookingCloseMinutes: 10,
  cancelCloseMinutes: 10,
  noShowAfterMinutes: 30,
  noShowBlockCount: 3,
  noShowWindowDays: 30,
  blockDays: 30,
};

/** Check-in at the kiosk opens this many minutes before the slot. */
export const CHECK_IN_EARLY_MINUTES = 60;

/** Stop looking for working days after this many calendar days (a calendar with none would loop). */
const MAX_LOOKAHEAD_DAYS = 120;

/**
 * Dates a citizen may book on: today (if a working day; only its remaining slots) and the next
 * `bookingDays` working days after today.
 */
export function bookableDates(isWorkingDay: (d: IsoDate) => boolean, today: IsoDate, bookingDays: number): IsoDate[] {
  const dates: IsoDate[] = [];
  if (isWorkingDay(today)) dates.push(today);
  let found = 0;
  for (let i = 1; i <= MAX_LOOKAHEAD_DAYS && found < bookingDays; i++) {
    const d = addDays(today, i);
    if (!isWorkingDay(d)) continue;
    dates.push(d);
    found++;
  }
  return dates;
}

/** The instant a slot starts. */
export function slotStartInstant(date: IsoDate, slotStart: string): string {
  return chinaInstantIso(date, slotStart);
}

/** Booking is open strictly before slot start − `closeMinutes`. */
export function isBookingOpen(slotStartIso: string, nowIso: string, closeMinutes: number): boolean {
  return Date.parse(nowIso) < Date.parse(addMinutes(slotStartIso, -closeMinutes));
}

/** Cancelling is open strictly before slot start − `cancelCloseMinutes`. */
export function isCancelOpen(slotStartIso: string, nowIso: string, cancelCloseMinutes: number): boolean {
  return Date.parse(nowIso) < Date.parse(addMinutes(slotStartIso, -cancelCloseMinutes));
}

export type CheckInTiming = 'too_early' | 'open' | 'too_late';

/**
 * Check-in is allowed on the booking's day only, from slot start − `earlyMinutes` until slot
 * start + `noShowAfterMinutes` (both included); after that the booking is a no-show.
 */
export function checkInTiming(
  serviceDate: IsoDate,
  slotStartIso: string,
  nowIso: string,
  noShowAfterMinutes: number,
  earlyMinutes: number = CHECK_IN_EARLY_MINUTES,
): CheckInTiming {
  const today = chinaDate(nowIso);
  if (today < serviceDate) return 'too_early';
  if (today > serviceDate) return 'too_late';
  const now = Date.parse(nowIso);
  if (now < Date.parse(addMinutes(slotStartIso, -earlyMinutes))) return 'too_early';
  if (isNoShow(slotStartIso, nowIso, noShowAfterMinutes)) return 'too_late';
  return 'open';
}

/** A booking not checked in is a no-show once now is past slot start + `minutes`. */
export function isNoShow(slotStartIso: string, nowIso: string, minutes: number): boolean {
  return Date.parse(nowIso) > Date.parse(addMinutes(slotStartIso, minutes));
}

/** No-shows on dates within the last `windowDays` days up to and including `today`. */
export function recentNoShows(noShowDates: readonly IsoDate[], today: IsoDate, windowDays: number): number {
  return noShowDates.filter((d) => {
    const age = daysBetween(d, today);
    return age >= 0 && age < windowDays;
  }).length;
}

/**
 * `count` or more no-shows within `windowDays` days (today included) block booking.
 * `now` is today's date (`YYYY-MM-DD`) or an ISO instant (its Asia/Shanghai date is used).
 */
export function shouldBlock(
  noShowDates: readonly IsoDate[],
  now: IsoDate | string,
  count: number,
  windowDays: number,
): boolean {
  const today = now.length > 10 ? chinaDate(now) : now;
  return count > 0 && recentNoShows(noShowDates, today, windowDays) >= count;
}

/** Last blocked day (inclusive) of a block of `blockDays` days starting `today`. */
export function blockedUntil(today: IsoDate, blockDays: number): IsoDate {
  return addDays(today, Math.max(1, blockDays) - 1);
}

/** Blocked when any block's last day is today or later. */
export function isBlocked(blockedUntilDates: readonly IsoDate[], today: IsoDate): boolean {
  return blockedUntilDates.some((d) => d >= today);
}

/** ID numbers are stored upper-case (a trailing check digit `x` → `X`). */
export function normaliseIdNumber(idNumber: string): string {
  return idNumber.trim().toUpperCase();
}

/** The unique key that allows one live booking per ID number per business type per day. */
export function liveKey(businessTypeId: string, date: IsoDate, idNumber: string): string {
  return `${businessTypeId}|${date}|${normaliseIdNumber(idNumber)}`;
}

/** Whether `last4` are the last four characters of the ID number (case-insensitive `X`). */
export function idLast4Matches(idNumber: string, last4: string): boolean {
  const want = normaliseIdNumber(idNumber).slice(-4);
  const got = last4.trim().toUpperCase();
  if (got.length !== 4 || want.length !== 4) return false;
  let diff = 0;
  for (let i = 0; i < 4; i++) diff |= want.charCodeAt(i) ^ got.charCodeAt(i);
  return diff === 0;
}
