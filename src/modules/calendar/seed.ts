import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { builtInYear } from '../../domain/calendar-seed.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { todayInChina } from '../org/dates.js';
import { insertDays } from './repository.js';

/** Years stored for a root hall: 2024–2027, and always this year and the next (China time). */
export function seedYears(today: string = todayInChina()): number[] {
  const thisYear = Number(today.slice(0, 4));
  const years = new Set([2024, 2025, 2026, 2027, thisYear, thisYear + 1]);
  return [...years].sort((a, b) => a - b);
}

const SYSTEM: Actor = { id: null, username: 'system', ip: '' };

function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/**
 * Store the built-in calendar years (official from chinese-days where covered, provisional otherwise)
 * for `hallId`, normally the root hall, unless the hall has them already. Idempotent and safe to run
 * concurrently: the year row is inserted with `on conflict do nothing`, and only the process whose
 * insert took effect writes that year's days (so a year the manager edited is never re-filled).
 * Returns the years it stored.
 */
export async function ensureCalendarSeeded(
  db: Db,
  hallId: string,
  dialect: Dialect,
  years: number[] = seedYears(),
): Promise<number[]> {
  const stored: number[] = [];
  for (const year of years) {
    const def = builtInYear(year);
    const inserted = await inTransaction(db, async (trx) => {
      const row = await trx
        .insertInto('calendar_years')
        .values({
          hall_id: hallId,
          year,
          status: def.status,
          source: def.source,
          confirmed_by: null,
          confirmed_at: null,
          version: 1,
          updated_at: nowIso(),
        })
        .onConflict((oc) => oc.columns(['hall_id', 'year']).doNothing())
        .returning('year')
        .executeTakeFirst();
      if (!row) return false;
      await insertDays(trx, hallId, def.days);
      await recordAudit(trx, dialect, SYSTEM, {
        action: 'calendar.seed',
        entityType: 'calendar_year',
        entityId: `${hallId}:${year}`,
        hallId,
        after: { year, status: def.status, source: def.source, days: def.days },
      });
      return true;
    });
    if (inserted) stored.push(year);
  }
  return stored;
}
