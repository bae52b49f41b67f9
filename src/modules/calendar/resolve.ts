import type { Db } from '../../db/index.js';
import type { CalendarYearRow } from '../../db/types.js';
import {
  type Calendar,
  type CalendarYear,
  type DayOverride,
  makeCalendar,
  type OverrideKind,
  type YearStatus,
} from '../../domain/calendar.js';
import { builtInYear } from '../../domain/calendar-seed.js';
import { ancestorIds, dayRowsOfHalls, findHallBrief, yearRowsOf } from './repository.js';

/** A year as a hall sees it: the definition in force and where it comes from. */
export interface ResolvedYear {
  def: CalendarYear;
  origin: 'own' | 'inherited' | 'builtin';
  /** the stored row in force (null for the built-in calendar) */
  row: CalendarYearRow | null;
}

export interface HallCalendar {
  hall: { id: string; name: string; path: string };
  calendar: Calendar;
  /** years stored on the hall's path to the root, each resolved to the nearest hall */
  stored: Map<number, ResolvedYear>;
  resolve(year: number): ResolvedYear;
}

/**
 * The parsed days and calendar of a set of stored years, by the years' identity (hall, year, version,
 * updated_at): every change of a year's days bumps its version in the same transaction (save-year.ts,
 * seed.ts), so an entry can never go stale, on any process — a changed year simply has a new key.
 * Saves reading every stored day (~150 rows a hall) on each deadline computation.
 */
const parsed = new Map<string, { days: Map<number, DayOverride[]>; calendar: Calendar }>();
const PARSED_MAX = 256;

function yearsKey(chosen: Map<number, CalendarYearRow>): string {
  return [...chosen.values()]
    .map((r) => `${r.hall_id}:${r.year}:${r.version}:${r.updated_at}`)
    .sort()
    .join('|');
}

async function parsedYears(db: Db, chosen: Map<number, CalendarYearRow>) {
  const key = yearsKey(chosen);
  const hit = parsed.get(key);
  if (hit) return hit;
  const days = new Map<number, DayOverride[]>();
  const dayRows = await dayRowsOfHalls(db, [...new Set([...chosen.values()].map((r) => r.hall_id))]);
  for (const d of dayRows) {
    const year = Number(d.date.slice(0, 4));
    if (chosen.get(year)?.hall_id !== d.hall_id) continue;
    const list = days.get(year) ?? [];
    list.push({ date: d.date, kind: d.kind as OverrideKind, name: d.name });
    days.set(year, list);
  }
  const defs = [...chosen].map(([year, row]) => ({
    year,
    status: row.status as YearStatus,
    source: row.source,
    days: days.get(year) ?? [],
  }));
  const entry = { days, calendar: makeCalendar(defs, builtInYear) };
  if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value as string);
  parsed.set(key, entry);
  return entry;
}

/**
 * The calendar a hall works by: for each year, the entry of the nearest hall on its path to the
 * root (itself included); for a year nobody stored, the built-in calendar (provisional when
 * chinese-days does not cover it). Undefined for an unknown hall.
 */
export async function loadHallCalendar(db: Db, hallId: string): Promise<HallCalendar | undefined> {
  const hall = await findHallBrief(db, hallId);
  if (!hall) return undefined;
  const path = ancestorIds(hall.path);
  const depth = new Map(path.map((id, i) => [id, i]));
  const chosen = new Map<number, CalendarYearRow>();
  for (const row of await yearRowsOf(db, path)) {
    const prev = chosen.get(row.year);
    if (!prev || (depth.get(row.hall_id) ?? -1) > (depth.get(prev.hall_id) ?? -1)) chosen.set(row.year, row);
  }
  const { days, calendar } = await parsedYears(db, chosen);
  const stored = new Map<number, ResolvedYear>();
  for (const [year, row] of chosen) {
    stored.set(year, {
      def: { year, status: row.status as YearStatus, source: row.source, days: days.get(year) ?? [] },
      origin: row.hall_id === hall.id ? 'own' : 'inherited',
      row,
    });
  }
  return {
    hall,
    calendar,
    stored,
    resolve: (year) => stored.get(year) ?? { def: builtInYear(year), origin: 'builtin', row: null },
  };
}
