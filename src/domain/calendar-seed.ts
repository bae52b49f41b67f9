import { createRequire } from 'node:module';
import chineseDays from 'chinese-days';
import type { CalendarYear, DayOverride } from './calendar.js';
import { addDays, type IsoDate, isoDate, isWeekend } from './calendar-date.js';

/**
 * The built-in calendar, from the npm package chinese-days.
 *
 * Official years (2004–2026 in 1.5.7): read from the package's published data file
 * `dist/chinese-days.json` (date-keyed tables of holidays and make-up workdays). We do not ask
 * its `getDayDetail`/`isWorkday` API: that builds its tables through local-time `Date`s and,
 * under a time zone west of UTC, answers for the wrong day (checked: TZ=America/New_York puts
 * 2025-01-26, a make-up Sunday, as a rest day).
 *
 * Any other year is provisional: weekends plus the fixed statutory days (全国年节及纪念日放假办法,
 * as amended 2024: 13 days) — 元旦 Jan 1; 春节 4 days: 除夕 to 正月初三; 清明 (the solar term day);
 * 劳动节 May 1–2; 端午 (五月初五); 中秋 (八月十五); 国庆 Oct 1–3 — with no make-up days or shifted
 * rest days (only the State Council's yearly notice can say those).
 */

interface ChineseDaysData {
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
}

const requireCjs = createRequire(import.meta.url);
const DATA = requireCjs('chinese-days/dist/chinese-days.json') as ChineseDaysData;
const VERSION = (requireCjs('chinese-days/package.json') as { version: string }).version;

export const OFFICIAL_SOURCE = `chinese-days@${VERSION}`;
export const PROVISIONAL_SOURCE = 'builtin-provisional';

/** Years the package has official schedules for. */
export const PACKAGE_YEARS: ReadonlySet<number> = new Set(Object.keys(DATA.holidays).map((d) => Number(d.slice(0, 4))));

/** "Spring Festival,春节,4" → "春节". */
function chineseName(entry: string): string {
  return entry.split(',')[1]?.trim() || entry;
}

function officialYear(year: number): CalendarYear {
  const prefix = `${year}-`;
  const days: DayOverride[] = [];
  for (const [date, entry] of Object.entries(DATA.holidays)) {
    if (date.startsWith(prefix)) days.push({ date, kind: 'holiday', name: chineseName(entry) });
  }
  for (const [date, entry] of Object.entries(DATA.workdays)) {
    // A listed workday on Monday–Friday is a working day anyway; only weekend ones are make-up days.
    if (date.startsWith(prefix) && isWeekend(date)) days.push({ date, kind: 'makeup', name: chineseName(entry) });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { year, status: 'official', source: OFFICIAL_SOURCE, days };
}

/** The lunar helpers cover 1900–2100; stay inside with a margin. */
const LUNAR_YEARS = { min: 1901, max: 2099 };

/**
 * Gregorian date of a lunar date (not a leap month) via chinese-days. The argument is a local-time
 * `Date` on purpose: the helper reads it with local getters and does its own arithmetic in local
 * time, so a local date in gives the right answer in every time zone (a `YYYY-MM-DD` string would
 * be parsed as UTC and read back a day early west of UTC).
 */
function lunarToSolar(lunarYear: number, month: number, day: number): IsoDate {
  return chineseDays.getSolarDateFromLunar(new Date(lunarYear, month - 1, day)).date;
}

/**
 * 清明 via chinese-days' solar-term helper. It formats a UTC-midnight instant with local getters,
 * so west of UTC its string is one day early; undo that so the answer never depends on the zone.
 */
function qingming(year: number): IsoDate {
  const raw = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
  const westOfUtc = new Date(Date.UTC(year, 3, 5)).getTimezoneOffset() > 0;
  return westOfUtc ? addDays(raw, 1) : raw;
}

/** The fixed statutory days of `year` (no make-up days), merged by date. */
export function statutoryDays(year: number): DayOverride[] {
  const list: [IsoDate, string][] = [
    [isoDate(year, 1, 1), '元旦'],
    [isoDate(year, 5, 1), '劳动节'],
    [isoDate(year, 5, 2), '劳动节'],
    [isoDate(year, 10, 1), '国庆节'],
    [isoDate(year, 10, 2), '国庆节'],
    [isoDate(year, 10, 3), '国庆节'],
  ];
  if (year >= LUNAR_YEARS.min && year <= LUNAR_YEARS.max) {
    const springDay = lunarToSolar(year, 1, 1); // 正月初一 always falls in Jan/Feb of the same year
    for (const offset of [-1, 0, 1, 2]) list.push([addDays(springDay, offset), '春节']); // 除夕 … 初三
    list.push([qingming(year), '清明']);
    list.push([lunarToSolar(year, 5, 5), '端午']);
    list.push([lunarToSolar(year, 8, 15), '中秋']);
  }
  const byDate = new Map<IsoDate, string>();
  for (const [date, name] of list) {
    const prev = byDate.get(date);
    byDate.set(date, prev && prev !== name ? `${prev}、${name}` : name);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, name]) => ({ date, kind: 'holiday' as const, name }));
}

/** Uncached computation of the built-in year (tests call it under different time zones). */
export function computeBuiltInYear(year: number): CalendarYear {
  if (PACKAGE_YEARS.has(year)) return officialYear(year);
  return { year, status: 'provisional', source: PROVISIONAL_SOURCE, days: statutoryDays(year) };
}

const cache = new Map<number, CalendarYear>();

/** The built-in definition of `year`: official from chinese-days where covered, else provisional. */
export function builtInYear(year: number): CalendarYear {
  let hit = cache.get(year);
  if (!hit) {
    hit = computeBuiltInYear(year);
    cache.set(year, hit);
  }
  return hit;
}
