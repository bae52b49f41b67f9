import { type Calendar, dayKind } from '../../domain/calendar.js';
import { fromDayNumber, type IsoDate, isoWeekday } from '../../domain/calendar-date.js';

/**
 * Hall-local time for the live queue. Halls run on China Standard Time (Asia/Shanghai), UTC+8 all
 * year with no daylight saving since 1991, so the conversion is fixed arithmetic and the server's
 * TZ never changes an answer.
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

/** The UTC instant of a hall-local date and `HH:MM`. */
export function chinaInstant(date: IsoDate, hhmm: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + hhmmMinutes(hhmm) * 60_000 - OFFSET_MS);
}

/** Start of the hall-local day as a UTC ISO string (for `at >= …` range queries on ISO text). */
export function chinaDayStartIso(date: IsoDate): string {
  return chinaInstant(date, '00:00').toISOString();
}

export function hhmmMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Minutes from `a` to `b` (may be negative). */
export function minutesBetween(a: Date | string, b: Date | string): number {
  return (ms(b) - ms(a)) / 60_000;
}

function ms(at: Date | string): number {
  return typeof at === 'string' ? Date.parse(at) : at.getTime();
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
