import { hhmmToMinutes } from './appointment-time.js';
import type { DayKind } from './calendar.js';
import { type IsoDate, isoWeekday } from './calendar-date.js';
import { minutesToHhmm } from './china-time.js';

/** Appointment slots (预约时段) of one business type on one working day. Pure: no I/O, no clock. */

export interface TimeRange {
  /** HH:MM, hall-local */
  start: string;
  end: string;
}

/** Hall opening hours as stored in `halls.opening_hours` (ISO weekday 1 = Monday). */
export type WeeklyHours = readonly { weekday: number; sessions: readonly TimeRange[] }[];

export interface Slot {
  start: string;
  end: string;
}

/**
 * Cut hours into whole slots of `slotMinutes`: a slot must fit inside one range (a slot never spans
 * the lunch break); overlapping ranges are merged by never starting a slot before the previous one ended.
 */
export function generateSlots(ranges: readonly TimeRange[], slotMinutes: number): Slot[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes < 5) return [];
  const sorted = [...ranges]
    .map((r) => ({ start: hhmmToMinutes(r.start), end: hhmmToMinutes(r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const slots: Slot[] = [];
  let cursor = 0;
  for (const r of sorted) {
    for (let s = Math.max(r.start, cursor); s + slotMinutes <= r.end; s += slotMinutes) {
      slots.push({ start: minutesToHhmm(s), end: minutesToHhmm(s + slotMinutes) });
      cursor = s + slotMinutes;
    }
  }
  return slots;
}

/**
 * The hours a business type accepts appointments on a working day: its own take hours (取号时间)
 * when set, else the hall's opening hours for that weekday. A make-up workday (调休上班) on a
 * weekend with no weekend hours follows the hall's first configured Monday–Friday schedule.
 * Non-working days have no hours.
 */
export function appointmentHours(
  takeHours: readonly TimeRange[],
  openingHours: WeeklyHours,
  date: IsoDate,
  kind: DayKind,
): TimeRange[] {
  if (kind !== 'weekday' && kind !== 'makeup') return [];
  if (takeHours.length > 0) return [...takeHours];
  const weekday = isoWeekday(date);
  const own = openingHours.find((d) => d.weekday === weekday && d.sessions.length > 0);
  if (own) return [...own.sessions];
  if (kind !== 'makeup') return [];
  const fallback = [...openingHours]
    .filter((d) => d.weekday >= 1 && d.weekday <= 5 && d.sessions.length > 0)
    .sort((a, b) => a.weekday - b.weekday)[0];
  return fallback ? [...fallback.sessions] : [];
}

/** The slot of `slots` starting at `start`, if any. */
export function findSlot(slots: readonly Slot[], start: string): Slot | undefined {
  return slots.find((s) => s.start === start);
}
