import { sql } from 'kysely';
import type { Db } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { type DayKind, dayKind, makeCalendar } from '../../domain/calendar.js';
import { isWeekend, yearOf } from '../../domain/calendar-date.js';
import { builtInYear } from '../../domain/calendar-seed.js';
import type { ChinaClock } from '../../domain/china-time.js';
import {
  checkTakeTime,
  type OpeningDay,
  type TakeCheck,
  type TimeRange,
  takeRangesFor,
} from '../../domain/queue-hours.js';
import { configEpoch } from '../../http/config-epoch.js';
import type { BusinessTypeRow } from './repository.js';

/**
 * Take rules that need the database: what the hall calendar says a date is, and the one-query
 * context of a ticket issue. The calendar is resolved as `loadHallCalendar` (src/modules/calendar)
 * does, narrowed to one date, because this runs on every ticket issued: the year stored by the
 * nearest hall on the path to the root decides and its day row (if any) gives the kind; a year
 * nobody stored falls back to the built-in calendar. test/api/queue-hall-day.test.ts checks both agree.
 */

/** A hall on one service date: its name, opening hours and what the hall calendar says the day is. */
export interface HallDay {
  hallId: string;
  hallName: string;
  date: string;
  kind: DayKind;
  openingHours: OpeningDay[];
}

const builtIn = makeCalendar([], builtInYear);

/** `rows`: the halls on the path that store the date's year, with their override for the date (if any). */
export function resolveDayKind(
  hallPath: string,
  rows: readonly { hall_id: string | null; kind: string | null }[],
  date: string,
): DayKind {
  const path = hallPath.split('/').filter(Boolean);
  let owner: { hall_id: string | null; kind: string | null } | undefined;
  for (const r of rows) if (r.hall_id && (!owner || path.indexOf(r.hall_id) > path.indexOf(owner.hall_id!))) owner = r;
  if (!owner) return dayKind(builtIn, date);
  if (owner.kind === 'holiday' || owner.kind === 'makeup') return owner.kind;
  return isWeekend(date) ? 'weekend' : 'weekday';
}

export async function loadHallDay(db: Db, hallId: string, date: string): Promise<HallDay | undefined> {
  const hall = await db
    .selectFrom('halls')
    .select(['name', 'path', 'opening_hours'])
    .where('id', '=', hallId)
    .executeTakeFirst();
  if (!hall) return undefined;
  const rows = await db
    .selectFrom('calendar_years as y')
    .leftJoin('calendar_days as d', (j) => j.onRef('d.hall_id', '=', 'y.hall_id').on('d.date', '=', date))
    .select(['y.hall_id', 'd.kind'])
    .where('y.hall_id', 'in', hall.path.split('/').filter(Boolean))
    .where('y.year', '=', yearOf(date))
    .execute();
  return {
    hallId,
    hallName: hall.name,
    date,
    kind: resolveDayKind(hall.path, rows, date),
    openingHours: JSON.parse(hall.opening_hours) as OpeningDay[],
  };
}

/**
 * Everything a ticket issue reads, in one query: the business type, its hall, the open windows
 * serving it (for the estimate) and the calendar rows of the hall's path for `date`.
 */
const issueContextRows = preparedQuery((db, arg: Arg<{ typeId: string; year: number; date: string }>) =>
  db
    .selectFrom('business_types as bt')
    .innerJoin('halls as h', 'h.id', 'bt.hall_id')
    .leftJoin('calendar_years as y', (j) =>
      j.on(sql<boolean>`h.path like '%/' || y.hall_id || '/%'`).on('y.year', '=', arg('year')),
    )
    .leftJoin('calendar_days as d', (j) => j.onRef('d.hall_id', '=', 'y.hall_id').on('d.date', '=', arg('date')))
    .selectAll('bt')
    .select((eb) => [
      'h.name as hall_name',
      'h.path as hall_path',
      'h.opening_hours as hall_hours',
      'y.hall_id as year_hall_id',
      'd.kind as day_kind',
      eb
        .selectFrom('window_business_types as wb')
        .innerJoin('windows as w', 'w.id', 'wb.window_id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('wb.business_type_id', '=', 'bt.id')
        .where('w.status', '=', 'open')
        .as('open_windows'),
    ])
    .where('bt.id', '=', arg('typeId')),
);

/** What a ticket issue reads before it writes. Shared between requests: never modify it. */
export interface IssueContext {
  type: BusinessTypeRow;
  day: HallDay;
  openWindows: number;
}

/** Entries are trusted this long at most (a configuration event from another process lost on the way). */
export const ISSUE_CONTEXT_TTL_MS = 5_000;
const MAX_CONTEXTS = 2_000;
const contexts = new Map<string, { epoch: number; at: number; value: IssueContext }>();

/**
 * The issue context of a business type on a service date. It is remembered per type and date, as
 * long as this process's configuration epoch has not moved (every route that changes halls, the
 * calendar, business types, window mappings or window status bumps it after its commit:
 * `inConfigTx`; other processes' changes arrive as `config` events on the bus) and for at most
 * `ISSUE_CONTEXT_TTL_MS`. A kiosk
 * issue then reads nothing before its writes (bench/README.md, "The 40 % target").
 */
export async function loadIssueContext(db: Db, typeId: string, date: string): Promise<IssueContext | undefined> {
  const key = `${typeId} ${date}`;
  const now = Date.now();
  const epoch = configEpoch();
  const hit = contexts.get(key);
  if (hit && hit.epoch === epoch && Math.abs(now - hit.at) < ISSUE_CONTEXT_TTL_MS) return hit.value;
  const value = await readIssueContext(db, typeId, date);
  if (value && epoch === configEpoch()) {
    if (contexts.size >= MAX_CONTEXTS) contexts.clear();
    contexts.set(key, { epoch, at: now, value });
  }
  return value;
}

/** Everything a ticket issue reads, in one query (built once: it runs on every ticket). */
async function readIssueContext(db: Db, typeId: string, date: string): Promise<IssueContext | undefined> {
  const rows = await issueContextRows(db, { typeId, year: yearOf(date), date });
  const first = rows[0];
  if (!first) return undefined;
  const { hall_name, hall_path, hall_hours, year_hall_id: _y, day_kind: _d, open_windows, ...type } = first;
  return Object.freeze({
    type: Object.freeze(type),
    openWindows: Number(open_windows ?? 0),
    day: Object.freeze({
      hallId: type.hall_id,
      hallName: hall_name,
      date,
      kind: resolveDayKind(
        hall_path,
        rows.map((r) => ({ hall_id: r.year_hall_id, kind: r.day_kind })),
        date,
      ),
      openingHours: JSON.parse(hall_hours) as OpeningDay[],
    }),
  });
}

const parsedTakeHours = new Map<string, readonly TimeRange[]>();

/** A type's take hours (parsed once per distinct JSON text: every ticket issue checks them). */
export function takeHoursOf(t: Pick<BusinessTypeRow, 'take_hours'>): readonly TimeRange[] {
  let ranges = parsedTakeHours.get(t.take_hours);
  if (!ranges) {
    ranges = Object.freeze(JSON.parse(t.take_hours) as TimeRange[]);
    if (parsedTakeHours.size >= MAX_CONTEXTS) parsedTakeHours.clear();
    parsedTakeHours.set(t.take_hours, ranges);
  }
  return ranges;
}

/** Whether a ticket of type `t` can be taken at `clock` (hours and working day; not the cap). */
export function takeCheckFor(t: BusinessTypeRow, day: HallDay, clock: ChinaClock): TakeCheck {
  const ranges = takeRangesFor(takeHoursOf(t), day.openingHours, clock.weekday, day.kind);
  return checkTakeTime({ active: t.active === 1, kind: day.kind, ranges, time: clock.time });
}
