/** Laying out a deadline trail 时限计算明细 as calendar weeks (pure; dates are `YYYY-MM-DD` strings). */
import { addDays, isoWeekday } from '../../../../src/domain/calendar-date';
import type { TrailEntry } from '../types';

/** How a date of the trail is shown; `start` is the acceptance day, which never counts. */
export type TrailCellState = 'start' | 'counted' | 'makeup' | 'weekend' | 'holiday' | 'paused';

export interface TrailCell {
  date: string;
  state: TrailCellState;
  entry?: TrailEntry;
  isDue: boolean;
  isToday: boolean;
  /** the first cell of the strip or of a month shows the month */
  showMonth: boolean;
}

/** Which state a trail entry shows: a pause wins over an ordinary working day, never over a holiday. */
export function cellStateOf(e: TrailEntry): TrailCellState {
  if (e.kind === 'holiday') return 'holiday';
  if (e.kind === 'weekend') return 'weekend';
  if (e.paused && !e.counted) return 'paused';
  if (e.kind === 'makeup') return e.counted ? 'makeup' : 'paused';
  return e.counted ? 'counted' : 'paused';
}

/**
 * Weeks (Monday first) from the acceptance day to the last trail date; `null` pads the first and
 * last week. Dates missing from the trail between its entries cannot occur (the server sends every date).
 */
export function trailWeeks(
  startOn: string | null,
  trail: TrailEntry[],
  dueOn: string | null,
  today: string,
): (TrailCell | null)[][] {
  const cells: TrailCell[] = [];
  const first = startOn ?? (trail[0] ? addDays(trail[0].date, -1) : null);
  if (first === null) return [];
  // a limit of 0 days (即办件) is due on the acceptance day itself
  cells.push({ date: first, state: 'start', isDue: first === dueOn, isToday: first === today, showMonth: true });
  for (const e of trail) {
    cells.push({
      date: e.date,
      state: cellStateOf(e),
      entry: e,
      isDue: e.date === dueOn,
      isToday: e.date === today,
      showMonth: e.date.endsWith('-01'),
    });
  }
  const weeks: (TrailCell | null)[][] = [];
  let week: (TrailCell | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (const c of cells) {
    week.push(c);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** Counts by state, for the legend. */
export function trailTotals(trail: TrailEntry[]): Record<Exclude<TrailCellState, 'start'>, number> {
  const out = { counted: 0, makeup: 0, weekend: 0, holiday: 0, paused: 0 };
  for (const e of trail) out[cellStateOf(e) as keyof typeof out]++;
  return out;
}
