import type { Db } from '../../db/index.js';
import { chinaDate, chinaDayStartIso, closingTimeOn, parseOpeningHours } from '../../domain/china-time.js';
import { loadHallCalendar } from '../calendar/index.js';
import { computeFloor } from './compute-floor.js';
import { currentTickets, listHallWindows, openSessions } from './repository.js';
import type { Floor } from './schema.js';

/** Closing time (`HH:MM`) of a hall on a date: its opening hours for that weekday and the working-day calendar. */
export async function hallClosingTime(
  db: Db,
  hall: { id: string; opening_hours: string },
  date: string,
): Promise<string | null> {
  const cal = await loadHallCalendar(db, hall.id);
  return closingTimeOn(parseOpeningHours(hall.opening_hours), date, cal?.calendar);
}

/** Load and compute the live floor view of a hall (caller has checked `queue.monitor` on it). */
export async function loadFloor(db: Db, hall: { id: string; opening_hours: string }, now: Date): Promise<Floor> {
  const today = chinaDate(now);
  const [closingAt, types, windows, serves, sessions, current, tickets] = await Promise.all([
    hallClosingTime(db, hall, today),
    db
      .selectFrom('business_types')
      .select(['id', 'name', 'prefix', 'avg_service_minutes', 'active'])
      .where('hall_id', '=', hall.id)
      .orderBy('sort_order')
      .orderBy('prefix')
      .execute(),
    listHallWindows(db, hall.id),
    db
      .selectFrom('window_business_types')
      .select(['window_id', 'business_type_id'])
      .where('hall_id', '=', hall.id)
      .execute(),
    openSessions(db, hall.id, chinaDayStartIso(today)),
    currentTickets(db, hall.id, today),
    db
      .selectFrom('tickets')
      .select(['business_type_id', 'status', 'taken_at', 'called_at', 'finished_at', 'target_window_id'])
      .where('hall_id', '=', hall.id)
      .where('service_date', '=', today)
      .execute(),
  ]);
  return computeFloor({
    now,
    serviceDate: today,
    closingAt,
    types,
    windows,
    serves,
    signedIn: sessions.map((s) => ({ window_id: s.window_id, name: s.staff_name ?? s.display_name })),
    current,
    tickets,
  });
}
