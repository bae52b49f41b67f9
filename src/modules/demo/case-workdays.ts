import { type Calendar, isWorkingDay } from '../../domain/calendar.js';
import { addDays, type IsoDate } from '../../domain/calendar-date.js';
import type { Pause } from '../../domain/deadline.js';

/**
 * The demo's working days as an index over a fixed span, so that building hundreds of cases does
 * not rescan the calendar day by day: the n-th working day after a date, working days between two
 * dates, and due dates with pauses — the same rules as src/domain/deadline.ts (working days strictly
 * after the start; a pause (S, E] removes its working days). Dates outside the span fall back to the
 * plain calendar scan.
 */
export function workdayIndex(cal: Calendar, from: IsoDate, to: IsoDate) {
  const dates: IsoDate[] = [];
  const at = new Map<IsoDate, number>();
  /** cum[i] = working days in [from, dates[i]] */
  const cum: number[] = [];
  /** nth[k] = index of the k-th working day (k ≥ 1) */
  const nth: number[] = [0];
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const i = dates.length;
    dates.push(d);
    at.set(d, i);
    if (isWorkingDay(cal, d)) {
      n++;
      nth.push(i);
    }
    cum.push(n);
  }
  const indexOf = (d: IsoDate) => {
    const i = at.get(d);
    if (i === undefined) throw new RangeError(`${d} outside the demo's calendar span ${from}…${to}`);
    return i;
  };
  /** the n-th working day strictly after `d` (n = 0: `d`) */
  const add = (d: IsoDate, k: number): IsoDate => {
    if (k <= 0) return d;
    const j = nth[(cum[indexOf(d)] as number) + k];
    if (j === undefined) throw new RangeError(`${k} working days after ${d} lie beyond ${to}`);
    return dates[j] as IsoDate;
  };
  /** working days in (a, b], a ≤ b */
  const count = (a: IsoDate, b: IsoDate): number =>
    b <= a ? 0 : (cum[indexOf(b)] as number) - (cum[indexOf(a)] as number);
  const pausedIn = (a: IsoDate, b: IsoDate, pauses: readonly Pause[], asOf: IsoDate) =>
    pauses.reduce((s, p) => {
      const lo = p.from > a ? p.from : a;
      const end = p.to ?? asOf;
      const hi = end < b ? end : b;
      return s + count(lo, hi);
    }, 0);
  return {
    add,
    count,
    /** the due date of `k` working days after `start`, skipping the working days of the pauses */
    due(start: IsoDate, k: number, pauses: readonly Pause[] = [], asOf: IsoDate = to): IsoDate {
      let extra = 0;
      for (;;) {
        const d = add(start, k + extra);
        const paused = pausedIn(start, d, pauses, asOf);
        if (paused === extra) return d;
        extra = paused;
      }
    },
    /** working days in (start, asOf] outside the pauses */
    used(start: IsoDate, asOf: IsoDate, pauses: readonly Pause[]): number {
      return count(start, asOf) - pausedIn(start, asOf, pauses, asOf);
    },
  };
}
