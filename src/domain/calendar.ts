import { type IsoDate, isoWeekday, isWeekend, parseIsoDate, yearOf } from './calendar-date.js';

/**
 * Working-day calendar (工作日历): Monday–Friday are working days, minus statutory holidays
 * (法定节假日), plus make-up workdays (调休上班). Kept per year as explicit day overrides;
 * a year is `official` (the State Council's published schedule, or confirmed by the hall manager)
 * or `provisional` (weekends plus the fixed statutory days, until the schedule is published).
 */

/** What a date is: ordinary weekday, weekend, holiday (放假) or make-up workday (调休上班). */
export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'makeup';
/** The kinds that are stored; weekday and weekend follow from the date. */
export type OverrideKind = 'holiday' | 'makeup';
export type YearStatus = 'official' | 'provisional';

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  weekday: '工作日',
  weekend: '周末',
  holiday: '节假日',
  makeup: '调休上班',
};
export const YEAR_STATUS_LABELS: Record<YearStatus, string> = { official: '正式', provisional: '暂定' };

export interface DayOverride {
  date: IsoDate;
  kind: OverrideKind;
  /** e.g. 春节 */
  name: string;
}

/** One year of a calendar: its explicit overrides, status and where it came from. */
export interface CalendarYear {
  year: number;
  status: YearStatus;
  /** e.g. "chinese-days@1.5.7", "hall:<id>" — shown in deadline explanations */
  source: string;
  days: readonly DayOverride[];
}

export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  working: boolean;
  /** holiday / make-up name, when the date is an override */
  name?: string;
  /** the date lies in a provisional year */
  provisional: boolean;
}

/** A calendar: explicit years, and a pure fallback for any other year. Build with `makeCalendar`. */
export interface Calendar {
  /** The definition in force for `year`. */
  year(year: number): CalendarYear;
  /** The holiday / make-up entry for `date`, if any. */
  override(date: IsoDate): DayOverride | undefined;
}

/** A year with no overrides: weekends only, provisional. */
export function weekendsOnlyYear(year: number): CalendarYear {
  return { year, status: 'provisional', source: 'weekends-only', days: [] };
}

/**
 * Build a calendar. `years` win over `fallback`; the fallback (default: weekends only, provisional)
 * answers for every other year and must be pure (its answers are cached).
 */
export function makeCalendar(
  years: readonly CalendarYear[],
  fallback: (year: number) => CalendarYear = weekendsOnlyYear,
): Calendar {
  type Indexed = { def: CalendarYear; byDate: Map<IsoDate, DayOverride> };
  const cache = new Map<number, Indexed>();
  const index = (def: CalendarYear): Indexed => ({
    def,
    byDate: new Map(def.days.map((d) => [d.date, d])),
  });
  for (const y of years) cache.set(y.year, index(y));
  const indexed = (year: number): Indexed => {
    let hit = cache.get(year);
    if (!hit) {
      hit = index(fallback(year));
      cache.set(year, hit);
    }
    return hit;
  };
  return {
    year: (year) => indexed(year).def,
    override: (date) => indexed(yearOf(date)).byDate.get(date),
  };
}

export function dayKind(cal: Calendar, date: IsoDate): DayKind {
  const o = cal.override(date);
  if (o) return o.kind;
  return isWeekend(date) ? 'weekend' : 'weekday';
}

export function isWorkingKind(kind: DayKind): boolean {
  return kind === 'weekday' || kind === 'makeup';
}

export function isWorkingDay(cal: Calendar, date: IsoDate): boolean {
  return isWorkingKind(dayKind(cal, date));
}

export function dayInfo(cal: Calendar, date: IsoDate): DayInfo {
  const o = cal.override(date);
  const kind: DayKind = o ? o.kind : isWeekend(date) ? 'weekend' : 'weekday';
  return {
    date,
    kind,
    working: isWorkingKind(kind),
    ...(o?.name ? { name: o.name } : {}),
    provisional: cal.year(yearOf(date)).status === 'provisional',
  };
}

/**
 * Rule check for a year entered by a manager; returns Chinese messages (empty = valid).
 * Dates must exist and lie in the year, each at most once; a make-up workday must fall on
 * a Saturday or Sunday (a weekday is a working day already); every day needs a name.
 */
export function validateYearDays(year: number, days: readonly DayOverride[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const d of days) {
    const p = parseIsoDate(d.date);
    if (!p) {
      errors.push(`日期“${d.date}”无效`);
      continue;
    }
    if (p.y !== year) errors.push(`日期 ${d.date} 不在 ${year} 年内`);
    if (seen.has(d.date)) errors.push(`日期 ${d.date} 重复`);
    seen.add(d.date);
    if (d.kind === 'makeup' && isoWeekday(d.date) < 6)
      errors.push(`${d.date} 是周一至周五，本就是工作日，不能设为调休上班日`);
    if (!d.name.trim()) errors.push(`${d.date} 缺少节日名称`);
  }
  return errors;
}
