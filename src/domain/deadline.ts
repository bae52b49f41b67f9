import { type Calendar, type DayKind, dayInfo, isWorkingDay, type YearStatus } from './calendar.js';
import { addDays, compareDates, type IsoDate, yearOf } from './calendar-date.js';

/**
 * The time-limit engine (时限计算), pure. Rules (行政许可法 art. 42, 45, 82; RULES-SOURCES.md §5):
 * - limits are counted in working days, strictly after the start day (受理之日的次日起算);
 *   the promised date is the N-th working day after acceptance;
 * - a pause (特别程序 / 补正, 计时暂停) from day S to resumption on day E removes the working days
 *   in (S, E] from the count: S itself still counts, counting resumes the day after E;
 * - an extension (延期) adds working days to the limit.
 */

/** No calendar is that empty: stop instead of looping if one ever is (e.g. a mis-entered year of holidays). */
const MAX_SCAN_DAYS = 366 * 30;

function scanLimitExceeded(from: IsoDate): never {
  throw new RangeError(`日历中自 ${from} 起三十年内找不到足够的工作日`);
}

/**
 * The n-th working day strictly after `from`. n = 0 returns `from` itself (no time allowed:
 * due the same day, e.g. 即办件), whether or not `from` is a working day.
 */
export function addWorkingDays(cal: Calendar, from: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let d = from;
  let left = n;
  let scanned = 0;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(cal, d)) left--;
    if (++scanned > MAX_SCAN_DAYS) scanLimitExceeded(from);
  }
  return d;
}

/**
 * Working days in (a, b]. Signed: when b is before a, minus the working days in (b, a]
 * (so `countWorkingDays(cal, today, dueOn)` is the days left, negative when overdue).
 */
export function countWorkingDays(cal: Calendar, a: IsoDate, b: IsoDate): number {
  const c = compareDates(a, b);
  if (c === 0) return 0;
  if (c > 0) return -countWorkingDays(cal, b, a);
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(cal, d)) n++;
  return n;
}

/** A stop of the clock: from day `from` to resumption on day `to` (null: still paused). */
export interface Pause {
  from: IsoDate;
  to: IsoDate | null;
}

/** Why a date of the trail did or did not count. */
export type TrailReason = 'counted' | 'makeup_counted' | 'weekend' | 'holiday' | 'paused';

export const TRAIL_REASON_LABELS: Record<TrailReason, string> = {
  counted: '计入',
  makeup_counted: '调休上班，计入',
  weekend: '周末，不计',
  holiday: '节假日，不计',
  paused: '计时暂停，不计',
};

export interface TrailDay {
  date: IsoDate;
  kind: DayKind;
  /** holiday / make-up name */
  name?: string;
  reason: TrailReason;
  /** the date lies in a pause (also shown for weekends and holidays inside one) */
  paused: boolean;
  /** working days counted so far, this date included */
  count: number;
  /** a counted date beyond the original limit, i.e. used by the extension */
  extension: boolean;
  provisional: boolean;
}

export interface DeadlineResult {
  dueOn: IsoDate;
  /** some date used lies in a provisional calendar year: the date may still move */
  provisional: boolean;
  /** limit + extension, in working days */
  totalDays: number;
  /** working days skipped because of pauses */
  pausedDays: number;
  /** a pause that began before the due date is still open: the date moves on every working day until it ends */
  openPause: boolean;
  /** each date from the day after `start` to `dueOn` */
  trail: TrailDay[];
  /** the calendar years the computation used, for the record */
  years: { year: number; status: YearStatus; source: string }[];
}

export interface DueDateOptions {
  /**
   * Today, for open pauses: an open pause counts as lasting until `asOf` (resuming the day after).
   * Without it an open pause has no effect yet (its end is unknown) — `openPause` says so.
   */
  asOf?: IsoDate;
}

function pauseIntervals(pauses: readonly Pause[], asOf: IsoDate | undefined): [IsoDate, IsoDate][] {
  return pauses.map((p) => {
    if (p.to !== null && p.to < p.from) throw new RangeError(`pause ends (${p.to}) before it starts (${p.from})`);
    const end = p.to ?? (asOf && asOf > p.from ? asOf : p.from);
    return [p.from, end];
  });
}

/**
 * The due date of a limit of `days` working days (plus `extensionDays`) counted from the day after
 * `start`, skipping the working days of every pause, with a day-by-day trail explaining it.
 */
export function dueDate(
  cal: Calendar,
  start: IsoDate,
  days: number,
  pauses: readonly Pause[] = [],
  extensionDays = 0,
  opts: DueDateOptions = {},
): DeadlineResult {
  for (const [label, v] of [
    ['days', days],
    ['extensionDays', extensionDays],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`${label} must be a whole number ≥ 0, got ${v}`);
  }
  const intervals = pauseIntervals(pauses, opts.asOf);
  const isPaused = (d: IsoDate) => intervals.some(([s, e]) => d > s && d <= e);
  const total = days + extensionDays;
  const trail: TrailDay[] = [];
  let count = 0;
  let pausedDays = 0;
  let d = start;
  while (count < total) {
    d = addDays(d, 1);
    if (trail.length > MAX_SCAN_DAYS) scanLimitExceeded(start);
    const info = dayInfo(cal, d);
    const paused = isPaused(d);
    let reason: TrailReason;
    if (!info.working) reason = info.kind === 'holiday' ? 'holiday' : 'weekend';
    else if (paused) {
      reason = 'paused';
      pausedDays++;
    } else {
      count++;
      reason = info.kind === 'makeup' ? 'makeup_counted' : 'counted';
    }
    trail.push({
      date: d,
      kind: info.kind,
      ...(info.name ? { name: info.name } : {}),
      reason,
      paused,
      count,
      extension: (reason === 'counted' || reason === 'makeup_counted') && count > days,
      provisional: info.provisional,
    });
  }
  const yearNumbers = new Set<number>([yearOf(d), ...trail.map((t) => yearOf(t.date))]);
  const years = [...yearNumbers]
    .sort((a, b) => a - b)
    .map((y) => {
      const def = cal.year(y);
      return { year: y, status: def.status, source: def.source };
    });
  return {
    dueOn: d,
    provisional: years.some((y) => y.status === 'provisional'),
    totalDays: total,
    pausedDays,
    openPause: pauses.some((p) => p.to === null && p.from < d),
    trail,
    years,
  };
}
