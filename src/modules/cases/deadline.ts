import type { Db } from '../../db/index.js';
import { YEAR_STATUS_LABELS, type YearStatus } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import type { Colour, ColourThresholds } from '../../domain/case-colour.js';
import {
  type CaseClock,
  caseClock,
  deemedAcceptanceDeadline,
  type TrailEntry,
  trailEntries,
} from '../../domain/case-deadline.js';
import { RUNNING_STATUSES } from '../../domain/case-state.js';
import { chinaDate } from '../../domain/china-time.js';
import type { Pause } from '../../domain/deadline.js';
import { AppError } from '../../http/errors.js';
import { type HallCalendar, loadHallCalendar } from '../calendar/index.js';
import { type CaseRow, listPauses } from './repository.js';

/** A case's deadline as the API explains it (GET /cases/{id}/deadline). */
export interface CaseDeadlineView {
  /** null until accepted */
  dueOn: IsoDate | null;
  statutoryDueOn: IsoDate | null;
  provisional: boolean;
  /** calendar years used, e.g. "2026 正式 chinese-days@1.5.7 v1" */
  calendarVersion: string;
  years: { year: number; status: YearStatus; source: string; version: number | null }[];
  acceptedOn: IsoDate | null;
  /** received, not yet accepted: the last day to accept, refuse or ask for supplements (art. 32) */
  acceptBy: IsoDate | null;
  promisedDays: number;
  extensionDays: number;
  usedWorkingDays: number;
  remainingWorkingDays: number;
  pausedDays: number;
  openPause: boolean;
  /** running cases only */
  colour: Colour | null;
  trail: TrailEntry[];
}

export interface DeadlineOptions {
  /** default: today in Asia/Shanghai (pass `caseToday(app.yz)` so tests can fix the clock) */
  today?: IsoDate;
  /** a calendar already loaded for the case's hall */
  calendar?: HallCalendar;
  thresholds?: ColourThresholds;
}

export async function hallCalendarOf(db: Db, hallId: string): Promise<HallCalendar> {
  const cal = await loadHallCalendar(db, hallId);
  if (!cal) throw new AppError('NOT_FOUND', '大厅不存在');
  return cal;
}

export async function casePauses(db: Db, caseId: string): Promise<Pause[]> {
  return (await listPauses(db, caseId)).map((p) => ({ from: p.started_on, to: p.ended_on }));
}

/** The day the clock stops for good: the decision day once decided, else today. */
export function asOfDay(c: CaseRow, today: IsoDate): IsoDate {
  return c.decided_on && c.decided_on < today ? c.decided_on : today;
}

/** The pure clock of an accepted case, given its pauses (null before acceptance). */
export function clockOf(
  hc: HallCalendar,
  c: CaseRow,
  pauses: readonly Pause[],
  today: IsoDate,
  thresholds?: ColourThresholds,
): CaseClock | null {
  if (!c.accepted_on) return null;
  return caseClock(
    hc.calendar,
    {
      acceptedOn: c.accepted_on,
      promisedDays: c.promised_days,
      statutoryDays: c.statutory_days,
      extensionDays: c.extension_days,
      pauses,
      asOf: asOfDay(c, today),
    },
    thresholds,
  );
}

/**
 * The case's deadline with its day-by-day trail: the promised date from `accepted_on`, pushed by
 * every pause and approved extension, colour for running cases, the calendar years it relied on.
 */
export async function computeCaseDeadline(db: Db, c: CaseRow, o: DeadlineOptions = {}): Promise<CaseDeadlineView> {
  const today = o.today ?? chinaDate(new Date());
  const hc = o.calendar ?? (await hallCalendarOf(db, c.hall_id));
  const pauses = await casePauses(db, c.id);
  const clock = clockOf(hc, c, pauses, today, o.thresholds);
  const acceptBy =
    c.status === 'received' ? deemedAcceptanceDeadline(hc.calendar, c.complete_on ?? c.received_on) : null;
  const yearNumbers = clock ? clock.deadline.years.map((y) => y.year) : [Number(today.slice(0, 4))];
  const years = yearNumbers.map((year) => {
    const r = hc.resolve(year);
    return { year, status: r.def.status, source: r.def.source, version: r.row?.version ?? null };
  });
  const running = (RUNNING_STATUSES as readonly string[]).includes(c.status);
  return {
    dueOn: clock?.dueOn ?? null,
    statutoryDueOn: clock?.statutoryDueOn ?? null,
    provisional: clock?.provisional ?? years.some((y) => y.status === 'provisional'),
    calendarVersion: years
      .map((y) => `${y.year} ${YEAR_STATUS_LABELS[y.status]} ${y.source}${y.version === null ? '' : ` v${y.version}`}`)
      .join('；'),
    years,
    acceptedOn: c.accepted_on,
    acceptBy,
    promisedDays: c.promised_days,
    extensionDays: c.extension_days,
    usedWorkingDays: clock?.usedWorkingDays ?? 0,
    remainingWorkingDays: clock?.remainingWorkingDays ?? 0,
    pausedDays: clock?.deadline.pausedDays ?? 0,
    openPause: clock?.deadline.openPause ?? false,
    colour: running && clock ? clock.colour : null,
    trail: clock ? trailEntries(clock.deadline.trail) : [],
  };
}
