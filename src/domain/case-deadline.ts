import { type Calendar, isWorkingDay } from './calendar.js';
import { addDays, type IsoDate } from './calendar-date.js';
import { type Colour, type ColourThresholds, caseColour, DEFAULT_COLOUR_THRESHOLDS } from './case-colour.js';
import {
  addWorkingDays,
  countWorkingDays,
  type DeadlineResult,
  dueDate,
  type Pause,
  type TrailDay,
} from './deadline.js';

/**
 * A case's clock (办件时限) on top of the pure deadline engine: promised and statutory due dates,
 * working days used and left, and the colour. Pure; the caller loads calendar, pauses, extensions.
 */

export interface CaseClockInput {
  /** the day the clock counts from (受理日; after supplements the day the materials were complete) */
  acceptedOn: IsoDate;
  promisedDays: number;
  statutoryDays: number | null;
  /** approved extensions, working days */
  extensionDays: number;
  pauses: readonly Pause[];
  /** today for a running case, the decision day for a decided one */
  asOf: IsoDate;
}

export interface CaseClock {
  dueOn: IsoDate;
  statutoryDueOn: IsoDate | null;
  provisional: boolean;
  totalDays: number;
  usedWorkingDays: number;
  /** working days from `asOf` to the due date; negative when overdue */
  remainingWorkingDays: number;
  overdue: boolean;
  colour: Colour;
  deadline: DeadlineResult;
}

/** Working days in (start, asOf] that are not inside a pause (an open pause lasts until `asOf`). */
export function usedWorkingDays(cal: Calendar, start: IsoDate, asOf: IsoDate, pauses: readonly Pause[]): number {
  if (asOf <= start) return 0;
  const intervals = pauses.map((p) => [p.from, p.to ?? asOf] as const);
  let n = 0;
  for (let d = addDays(start, 1); d <= asOf; d = addDays(d, 1)) {
    if (!isWorkingDay(cal, d)) continue;
    if (intervals.some(([s, e]) => d > s && d <= e)) continue;
    n++;
  }
  return n;
}

export function caseClock(
  cal: Calendar,
  c: CaseClockInput,
  thresholds: ColourThresholds = DEFAULT_COLOUR_THRESHOLDS,
): CaseClock {
  const deadline = dueDate(cal, c.acceptedOn, c.promisedDays, c.pauses, c.extensionDays, { asOf: c.asOf });
  const statutory =
    c.statutoryDays === null
      ? null
      : dueDate(cal, c.acceptedOn, c.statutoryDays, c.pauses, c.extensionDays, { asOf: c.asOf });
  const used = usedWorkingDays(cal, c.acceptedOn, c.asOf, c.pauses);
  const remaining = countWorkingDays(cal, c.asOf, deadline.dueOn);
  const overdue = c.asOf > deadline.dueOn;
  const counts = {
    totalDays: deadline.totalDays,
    usedWorkingDays: used,
    remainingWorkingDays: overdue ? Math.min(remaining, -1) : remaining,
    overdue,
  };
  return {
    dueOn: deadline.dueOn,
    statutoryDueOn: statutory?.dueOn ?? null,
    provisional: deadline.provisional || (statutory?.provisional ?? false),
    ...counts,
    colour: clockColour(counts, thresholds),
    deadline,
  };
}

/** The colour of a computed clock under (other) thresholds: the same as `caseClock` with those thresholds. */
export function clockColour(
  c: Pick<CaseClock, 'totalDays' | 'usedWorkingDays' | 'remainingWorkingDays' | 'overdue'>,
  thresholds: ColourThresholds = DEFAULT_COLOUR_THRESHOLDS,
): Colour {
  return caseColour(
    { totalDays: c.totalDays, usedDays: c.usedWorkingDays, remainingDays: c.overdue ? -1 : c.remainingWorkingDays },
    thresholds,
  );
}

/** One day of the trail as the API shows it. */
export interface TrailEntry {
  date: IsoDate;
  kind: TrailDay['kind'];
  name?: string;
  reason: TrailDay['reason'];
  counted: boolean;
  paused: boolean;
  extension: boolean;
  provisional: boolean;
  /** the n-th counted working day */
  n?: number;
}

export function trailEntries(trail: readonly TrailDay[]): TrailEntry[] {
  return trail.map((t) => {
    const counted = t.reason === 'counted' || t.reason === 'makeup_counted';
    return {
      date: t.date,
      kind: t.kind,
      ...(t.name ? { name: t.name } : {}),
      reason: t.reason,
      counted,
      paused: t.paused,
      extension: t.extension,
      provisional: t.provisional,
      ...(counted ? { n: t.count } : {}),
    };
  });
}

/**
 * Deemed acceptance 视为受理 (行政许可法 art. 32): the last day on which the hall may still accept,
 * refuse or ask for supplements — the 5th working day after `base` (receipt, or the day complete
 * supplements arrived). From the day after, the application counts as accepted on `base`.
 */
export const DEEMED_ACCEPTANCE_DAYS = 5;

export function deemedAcceptanceDeadline(cal: Calendar, base: IsoDate): IsoDate {
  return addWorkingDays(cal, base, DEEMED_ACCEPTANCE_DAYS);
}

export function isDeemedAccepted(cal: Calendar, base: IsoDate, today: IsoDate): boolean {
  return today > deemedAcceptanceDeadline(cal, base);
}
