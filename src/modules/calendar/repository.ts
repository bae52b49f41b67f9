import type { Db } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { preparedByIds } from '../../db/prepared-shapes.js';
import type { CalendarDayRow, CalendarYearRow } from '../../db/types.js';

/** Ids on the path from the root to the hall, root first, the hall itself last. */
export function ancestorIds(hallPath: string): string[] {
  return hallPath.split('/').filter(Boolean);
}

// Both run on every deadline computation (receipt, acceptance, case views): built once.
const hallBrief = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db.selectFrom('halls').select(['id', 'name', 'path']).where('id', '=', arg('id')),
);
export async function findHallBrief(db: Db, hallId: string) {
  const [row] = await hallBrief(db, { id: hallId });
  return row;
}

const yearRows = preparedByIds(16, (db, hallIds) =>
  db.selectFrom('calendar_years').selectAll().where('hall_id', 'in', hallIds),
);
export function yearRowsOf(db: Db, hallIds: string[]): Promise<CalendarYearRow[]> {
  return yearRows(db, hallIds);
}

export function ownYearRow(db: Db, hallId: string, year: number): Promise<CalendarYearRow | undefined> {
  return db
    .selectFrom('calendar_years')
    .selectAll()
    .where('hall_id', '=', hallId)
    .where('year', '=', year)
    .executeTakeFirst();
}

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

export function dayRowsOf(db: Db, hallId: string, year: number): Promise<CalendarDayRow[]> {
  const [from, to] = yearBounds(year);
  return db
    .selectFrom('calendar_days')
    .selectAll()
    .where('hall_id', '=', hallId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
}

/** Every stored day of these halls (a few dozen per hall and year). */
export function dayRowsOfHalls(db: Db, hallIds: string[]): Promise<CalendarDayRow[]> {
  if (hallIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('calendar_days').selectAll().where('hall_id', 'in', hallIds).orderBy('date').execute();
}

export async function deleteYearDays(db: Db, hallId: string, year: number): Promise<void> {
  const [from, to] = yearBounds(year);
  await db
    .deleteFrom('calendar_days')
    .where('hall_id', '=', hallId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
}

export async function insertDays(
  db: Db,
  hallId: string,
  days: readonly { date: string; kind: string; name: string }[],
): Promise<void> {
  if (days.length === 0) return;
  const rows = days.map((d) => ({ hall_id: hallId, date: d.date, kind: d.kind, name: d.name }));
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('calendar_days')
      .values(rows.slice(i, i + 100))
      .execute();
}

export async function namesOf(db: Db, table: 'halls' | 'users', ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  if (table === 'halls') {
    const rows = await db.selectFrom('halls').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
