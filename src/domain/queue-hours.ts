import type { DayKind } from './calendar.js';
import { hhmmMinutes } from './china-time.js';

/**
 * When tickets can be taken (取号时间). A business type's own take hours apply on every working day;
 * without them the hall's opening-hours sessions for that weekday apply. Never on a non-working day
 * of the hall calendar. A make-up workday (调休上班, usually a Saturday) without sessions of its own
 * borrows the first Monday–Friday sessions of the hall.
 */

export interface TimeRange {
  /** `HH:MM`, inclusive */
  start: string;
  /** `HH:MM`, exclusive */
  end: string;
}

export interface OpeningDay {
  weekday: number;
  sessions: readonly TimeRange[];
}

export function takeRangesFor(
  typeHours: readonly TimeRange[],
  hallHours: readonly OpeningDay[],
  weekday: number,
  kind: DayKind,
): TimeRange[] {
  if (kind === 'weekend' || kind === 'holiday') return [];
  if (typeHours.length > 0) return [...typeHours];
  const own = hallHours.find((d) => d.weekday === weekday)?.sessions ?? [];
  if (own.length > 0 || kind !== 'makeup') return [...own];
  const weekdays = [...hallHours].filter((d) => d.weekday <= 5 && d.sessions.length > 0);
  weekdays.sort((a, b) => a.weekday - b.weekday);
  return [...(weekdays[0]?.sessions ?? [])];
}

export type TakeCheck = { ok: true } | { ok: false; reason: string };

const show = (ranges: readonly TimeRange[]) => ranges.map((r) => `${r.start}–${r.end}`).join('、');

/** Can a ticket be taken at `time` (`HH:MM`)? Reasons are user-facing (Chinese). */
export function checkTakeTime(o: {
  active: boolean;
  kind: DayKind;
  ranges: readonly TimeRange[];
  time: string;
}): TakeCheck {
  if (!o.active) return { ok: false, reason: '该业务已暂停取号' };
  if (o.kind === 'weekend' || o.kind === 'holiday') return { ok: false, reason: '今天不是工作日，不能取号' };
  if (o.ranges.length === 0) return { ok: false, reason: '该业务今天不办理取号' };
  const m = hhmmMinutes(o.time);
  if (o.ranges.some((r) => m >= hhmmMinutes(r.start) && m < hhmmMinutes(r.end))) return { ok: true };
  return { ok: false, reason: `当前不在取号时间内（取号时间 ${show(o.ranges)}）` };
}

/** Rule check for take hours entered by a manager (empty = valid): start < end, sorted, no overlap. */
export function validateTakeHours(ranges: readonly TimeRange[]): string[] {
  const errors: string[] = [];
  let lastEnd = -1;
  for (const r of ranges) {
    const s = hhmmMinutes(r.start);
    const e = hhmmMinutes(r.end);
    if (s >= e) errors.push(`取号时段 ${r.start}–${r.end} 的开始时间应早于结束时间`);
    else if (s < lastEnd) errors.push(`取号时段 ${r.start}–${r.end} 与前一时段重叠或顺序不对`);
    lastEnd = Math.max(lastEnd, e);
  }
  return errors;
}

/** Estimated wait (预计等候): people ahead × average service minutes ÷ open windows serving the type (at least 1). */
export function estimateWaitMinutes(aheadCount: number, avgServiceMinutes: number, openWindows: number): number {
  return Math.ceil((aheadCount * avgServiceMinutes) / Math.max(1, openWindows));
}
