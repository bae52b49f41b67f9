import { type Calendar, dayKind } from './calendar.js';
import { fromDayNumber, type IsoDate, isoWeekday } from './calendar-date.js';

/**
 * Hall-local time. Halls run on China Standard Time (Asia/Shanghai), UTC+8 all year with no daylight
 * saving since 1991, so the conversion is fixed arithmetic: neither the server's TZ nor ICU data can
 * change an answer. Every module that needs the hall's date or wall-clock time uses this file.
 */

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Asia/Shanghai calendar date of an instant. */
export function chinaDate(at: Date | string): IsoDate {
  return fromDayNumber(Math.floor((ms(at) + OFFSET_MS) / DAY_MS));
}

/** Minutes since Asia/Shanghai midnight of an instant. */
export function chinaMinutes(at: Date | string): number {
  const local = ms(at) + OFFSET_MS;
  return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 60_000);
}

/** Hour of the day (0–23) in Asia/Shanghai. */
export function chinaHour(at: Date | string): number {
  return Math.floor(chinaMinutes(at) / 60);
}

/** The hall's wall clock at an instant. */
export interface ChinaClock {
  /** service date `YYYY-MM-DD` */
  date: IsoDate;
  /** `HH:MM` */
  time: string;
  /** minutes since local midnight */
  minutes: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday */
  weekday: number;
}

export function chinaClock(now: Date): ChinaClock {
  const date = chinaDate(now);
  const minutes = chinaMinutes(now);
  return { date, time: minutesToHhmm(minutes), minutes, weekday: isoWeekday(date) };
}

/** The UTC instant of a hall-local date and `HH:MM` (default midnight). */
export function chinaInstant(date: IsoDate, hhmm = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + hhmmMinutes(hhmm) * 60_000 - OFFSET_MS);
}

/** `chinaInstant` as an ISO string (what the database stores). */
export function chinaInstantIso(date: IsoDate, hhmm = '00:00'): string {
  return chinaInstant(date, hhmm).toISOString();
}

/** Start of the hall-local day as a UTC ISO string (for `at >= …` range queries on ISO text). */
export function chinaDayStartIso(date: IsoDate): string {
  return chinaInstantIso(date);
}

/** `HH:MM` → minutes since midnight (no validation: callers pass stored or schema-checked times). */
export function hhmmMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Minutes since midnight → `HH:MM` (0 ≤ minutes < 1440). */
export function minutesToHhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes from `a` to `b` (may be negative). */
export function minutesBetween(a: Date | string, b: Date | string): number {
  return (ms(b) - ms(a)) / 60_000;
}

/** `iso` moved by `minutes` (negative = earlier), as an ISO string. */
export function addMinutes(iso: string, minutes: number): string {
  return new Date(ms(iso) + minutes * 60_000).toISOString();
}

function ms(at: Date | string): number {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(t)) throw new RangeError(`not a valid instant: ${String(at)}`);
  return t;
}

/** One opening-hours entry as stored in `halls.opening_hours` (ISO weekday, 1 = Monday). */
export interface OpeningDay {
  weekday: number;
  sessions: { start: string; end: string }[];
}

export function parseOpeningHours(json: string): OpeningDay[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as OpeningDay[]) : [];
  } catch {
    return [];
  }
}

/**
 * The hall's sessions on `date`: the entry for its weekday; none on a statutory holiday; on a
 * make-up workday (调休上班, usually a weekend day without hours of its own) the first weekday's hours.
 */
export function sessionsOn(hours: OpeningDay[], date: IsoDate, cal?: Calendar): { start: string; end: string }[] {
  const kind = cal ? dayKind(cal, date) : null;
  if (kind === 'holiday') return [];
  const own = hours.find((h) => h.weekday === isoWeekday(date))?.sessions ?? [];
  if (own.length || kind !== 'makeup') return own;
  const workdays = hours.filter((h) => h.weekday <= 5 && h.sessions.length).sort((a, b) => a.weekday - b.weekday);
  return workdays[0]?.sessions ?? [];
}

/** Closing time (`HH:MM`, the end of the last session) on `date`, or null when the hall is closed that day. */
export function closingTimeOn(hours: OpeningDay[], date: IsoDate, cal?: Calendar): string | null {
  const ends = sessionsOn(hours, date, cal).map((s) => s.end);
  return ends.length ? ends.reduce((a, b) => (hhmmMinutes(b) > hhmmMinutes(a) ? b : a)) : null;
}
