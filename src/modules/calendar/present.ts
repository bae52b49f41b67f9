import type { Db } from '../../db/index.js';
import { namesOf } from './repository.js';
import type { ResolvedYear } from './resolve.js';
import type { CalendarYearDetail, CalendarYearSummary } from './schema.js';

/** Summaries of resolved years, with the names of the defining halls and confirming users. */
export async function presentYears(db: Db, years: ResolvedYear[]): Promise<CalendarYearSummary[]> {
  const rows = years.map((y) => y.row).filter((r) => r !== null);
  const halls = await namesOf(db, 'halls', [...new Set(rows.map((r) => r.hall_id))]);
  const users = await namesOf(db, 'users', [
    ...new Set(rows.map((r) => r.confirmed_by).filter((id): id is string => id !== null)),
  ]);
  return years.map(({ def, origin, row }) => ({
    year: def.year,
    status: def.status,
    origin,
    definedBy: row ? { hallId: row.hall_id, hallName: halls.get(row.hall_id) ?? '' } : null,
    source: def.source,
    version: row?.version ?? null,
    confirmedBy: row?.confirmed_by ? { id: row.confirmed_by, name: users.get(row.confirmed_by) ?? '' } : null,
    confirmedAt: row?.confirmed_at ?? null,
    updatedAt: row?.updated_at ?? null,
    holidayCount: def.days.filter((d) => d.kind === 'holiday').length,
    makeupCount: def.days.filter((d) => d.kind === 'makeup').length,
  }));
}

export async function presentYearDetail(db: Db, year: ResolvedYear): Promise<CalendarYearDetail> {
  const [summary] = await presentYears(db, [year]);
  return { ...summary, days: year.def.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name })) };
}
