import { addDays, daysInMonth, eachDate, isoDate, isoWeekday } from '../../../../src/domain/calendar-date';

/** What a date is in the editor: 工作日 / 周末 / 节假日 (放假) / 调休上班日. */
export type GridKind = 'weekday' | 'weekend' | 'holiday' | 'makeup';
export type OverrideKind = 'holiday' | 'makeup';

/** A stored exception of the year (docs/api-plan.md CalendarYearDetail.days). */
export interface DayOverride {
  date: string;
  kind: OverrideKind;
  name: string;
}

export interface GridDay {
  date: string;
  day: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  kind: GridKind;
  name: string | null;
  working: boolean;
}

/** The weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(
  year: number,
  month: number,
  overrides: ReadonlyMap<string, DayOverride>,
): (GridDay | null)[][] {
  const n = daysInMonth(year, month);
  const cells: (GridDay | null)[] = Array.from({ length: isoWeekday(isoDate(year, month, 1)) - 1 }, () => null);
  for (let d = 1; d <= n; d++) cells.push(gridDay(isoDate(year, month, d), overrides));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (GridDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** One date with its kind: a stored holiday or make-up day wins over the weekday rule. */
export function gridDay(date: string, overrides: ReadonlyMap<string, DayOverride>): GridDay {
  const weekday = isoWeekday(date);
  const o = overrides.get(date);
  const kind: GridKind = o ? o.kind : weekday >= 6 ? 'weekend' : 'weekday';
  return {
    date,
    day: Number(date.slice(8, 10)),
    weekday,
    kind,
    name: o?.name ?? null,
    working: kind === 'weekday' || kind === 'makeup',
  };
}

export function overrideMap(days: readonly DayOverride[]): Map<string, DayOverride> {
  return new Map(days.map((d) => [d.date, d]));
}

/** What an edit sets on each date of a range: a holiday, a make-up workday, or back to the weekday rule. */
export type EditKind = OverrideKind | 'normal';

/**
 * Apply one edit to every date in [from, to]. A make-up workday only exists on a weekend, so Monday–Friday
 * dates of a make-up range are left alone. Returns the new list, sorted by date.
 */
export function applyEdit(
  days: readonly DayOverride[],
  edit: { from: string; to: string; kind: EditKind; name: string },
): DayOverride[] {
  const map = overrideMap(days);
  const [from, to] = edit.from <= edit.to ? [edit.from, edit.to] : [edit.to, edit.from];
  for (const date of eachDate(from, to)) {
    if (edit.kind === 'normal') map.delete(date);
    else if (edit.kind === 'makeup' && isoWeekday(date) < 6) continue;
    else map.set(date, { date, kind: edit.kind, name: edit.name.trim() });
  }
  return [...map.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Whether two override lists hold the same days (order ignored). */
export function sameDays(a: readonly DayOverride[], b: readonly DayOverride[]): boolean {
  if (a.length !== b.length) return false;
  const m = overrideMap(a);
  return b.every((d) => {
    const x = m.get(d.date);
    return x !== undefined && x.kind === d.kind && x.name === d.name;
  });
}

/** Holiday names offered in the editor (the statutory holidays, 《全国年节及纪念日放假办法》). */
export const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;

/** A run of consecutive dates of one kind and name within a month, e.g. 10月1日–8日 国庆节 放假. */
export interface Span {
  from: string;
  to: string;
  kind: OverrideKind;
  name: string;
}

/** The month's holidays and make-up days as runs of consecutive dates (for the list under each month). */
export function monthSpans(year: number, month: number, days: readonly DayOverride[]): Span[] {
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  const spans: Span[] = [];
  for (const d of [...days].filter((x) => x.date.startsWith(prefix)).sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const last = spans[spans.length - 1];
    if (last && last.kind === d.kind && last.name === d.name && addDays(last.to, 1) === d.date) last.to = d.date;
    else spans.push({ from: d.date, to: d.date, kind: d.kind, name: d.name });
  }
  return spans;
}
