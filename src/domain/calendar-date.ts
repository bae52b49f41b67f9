/**
 * Civil-date arithmetic on `YYYY-MM-DD` strings, without `Date`: a day is an integer (days since
 * 1970-01-01), so neither the process time zone nor daylight saving can change an answer.
 * Algorithms: H. Hinnant, "chrono-compatible low-level date algorithms".
 */

/** A calendar date as `YYYY-MM-DD` (no time, no zone). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** `{y, m, d}` of a well-formed, existing date, else null (`2026-02-30` → null). */
export function parseIsoDate(s: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

function mustParse(s: IsoDate): { y: number; m: number; d: number } {
  const p = parseIsoDate(s);
  if (!p) throw new RangeError(`not a YYYY-MM-DD date: ${s}`);
  return p;
}

/**
 * Deadline work converts the same few hundred dates back and forth many times per request (a case
 * clock walks its trail day by day, ~230 µs per clock without these): remember the conversions.
 * Only valid dates enter `dayNumbers` (dayNumber throws on anything else). Bounded: cleared when full.
 */
const MEMO_MAX = 20_000;
const dayNumbers = new Map<string, number>();
const isoOfDay = new Map<number, IsoDate>();

/** Days since 1970-01-01 (negative before). */
export function dayNumber(s: IsoDate): number {
  const hit = dayNumbers.get(s);
  if (hit !== undefined) return hit;
  const n = computeDayNumber(s);
  if (dayNumbers.size >= MEMO_MAX) dayNumbers.clear();
  dayNumbers.set(s, n);
  return n;
}

function computeDayNumber(s: IsoDate): number {
  const { y: y0, m, d } = mustParse(s);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Inverse of `dayNumber`. */
export function fromDayNumber(n: number): IsoDate {
  const hit = isoOfDay.get(n);
  if (hit !== undefined) return hit;
  const s = computeFromDayNumber(n);
  if (isoOfDay.size >= MEMO_MAX) isoOfDay.clear();
  isoOfDay.set(n, s);
  return s;
}

function computeFromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function addDays(s: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(s) + n);
}

/** `b − a` in calendar days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(s: IsoDate): number {
  const n = dayNumber(s);
  return ((((n + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (4)
}

export function isWeekend(s: IsoDate): boolean {
  return isoWeekday(s) >= 6;
}

export function yearOf(s: IsoDate): number {
  return dayNumbers.has(s) ? Number(s.slice(0, 4)) : mustParse(s).y;
}

/** Same-format strings compare like dates. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Every date from `from` to `to`, both included. */
export function* eachDate(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  const end = dayNumber(to);
  for (let n = dayNumber(from); n <= end; n++) yield fromDayNumber(n);
}
