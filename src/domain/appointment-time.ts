import { dayNumber, fromDayNumber, type IsoDate } from './calendar-date.js';

/**
 * Hall-local wall-clock time for appointments (预约). Halls run on China Standard Time, UTC+8 all year
 * (no daylight saving since 1991), so the conversion is fixed arithmetic and the server's TZ never matters.
 */

const OFFSET_MS = 8 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` → minutes since midnight; throws on a malformed value. */
export function hhmmToMinutes(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) throw new RangeError(`not an HH:MM time: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function isHhmm(s: string): boolean {
  return HHMM.test(s);
}

/** Minutes since midnight → `HH:MM` (0 ≤ minutes < 1440). */
export function minutesToHhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function localMs(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new RangeError(`not an ISO timestamp: ${iso}`);
  return t + OFFSET_MS;
}

/** The Asia/Shanghai calendar date of an instant. */
export function chinaDateOf(iso: string): IsoDate {
  return fromDayNumber(Math.floor(localMs(iso) / DAY_MS));
}

/** Minutes since Asia/Shanghai midnight of an instant. */
export function chinaMinutesOf(iso: string): number {
  const ms = localMs(iso);
  return Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / 60_000);
}

/** The UTC ISO instant of a hall-local date and `HH:MM` time. */
export function chinaInstant(date: IsoDate, hhmm: string): string {
  return new Date(dayNumber(date) * DAY_MS + hhmmToMinutes(hhmm) * 60_000 - OFFSET_MS).toISOString();
}

/** `iso` moved by `minutes` (negative = earlier). */
export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
