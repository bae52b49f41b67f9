import { addDays, daysInMonth, type IsoDate, isoDate, parseIsoDate } from './calendar-date.js';

/**
 * How a receipt-date range [from, to] (either end open) is read from the ledger's running totals:
 * whole months from the monthly totals, the days of a month only partly inside from the daily ones.
 * `months` null: no whole month; `[undefined, undefined]`: every month.
 */
export interface RangeSplit {
  /** inclusive `YYYY-MM` bounds; undefined = open */
  months: [string | undefined, string | undefined] | null;
  /** inclusive day ranges */
  days: [IsoDate, IsoDate][];
}

const monthOf = (d: IsoDate) => d.slice(0, 7);
function firstOfMonth(d: IsoDate): IsoDate {
  return `${monthOf(d)}-01`;
}
function lastOfMonth(d: IsoDate): IsoDate {
  const p = parseIsoDate(d);
  if (!p) throw new RangeError(`not a YYYY-MM-DD date: ${d}`);
  return isoDate(p.y, p.m, daysInMonth(p.y, p.m));
}

export function splitRange(from?: IsoDate, to?: IsoDate): RangeSplit {
  if (from && to && from > to) return { months: null, days: [] };
  // the first and last whole months inside the range
  const first =
    from === undefined
      ? undefined
      : from === firstOfMonth(from)
        ? monthOf(from)
        : monthOf(addDays(lastOfMonth(from), 1));
  const last =
    to === undefined ? undefined : to === lastOfMonth(to) ? monthOf(to) : monthOf(addDays(firstOfMonth(to), -1));
  if (first !== undefined && last !== undefined && first > last)
    return { months: null, days: [[from as IsoDate, to as IsoDate]] };
  const days: [IsoDate, IsoDate][] = [];
  if (from !== undefined && from !== firstOfMonth(from)) days.push([from, lastOfMonth(from)]);
  if (to !== undefined && to !== lastOfMonth(to)) days.push([firstOfMonth(to), to]);
  return { months: [first, last], days };
}
