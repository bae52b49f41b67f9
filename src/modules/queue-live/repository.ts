import type { Db } from '../../db/index.js';

/** Queries shared by the display, window screen, floor view and jobs. All scoped by hall and service date. */

export function findHallBrief(db: Db, hallId: string) {
  return db.selectFrom('halls').select(['id', 'name', 'opening_hours']).where('id', '=', hallId).executeTakeFirst();
}

export function listHallWindows(db: Db, hallId: string) {
  return db
    .selectFrom('windows')
    .select(['id', 'number', 'name', 'status'])
    .where('hall_id', '=', hallId)
    .execute()
    .then((rows) => rows.sort((a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true })));
}

/** Each window's current ticket number (called or serving, latest call wins) on `date`. */
export async function currentTickets(
  db: Db,
  hallId: string,
  date: string,
  windowId?: string,
): Promise<Map<string, string>> {
  let q = db
    .selectFrom('tickets')
    .select(['window_id', 'number', 'called_at'])
    .where('hall_id', '=', hallId)
    .where('service_date', '=', date)
    .where('status', 'in', ['called', 'serving'])
    .where('window_id', 'is not', null);
  if (windowId) q = q.where('window_id', '=', windowId);
  const rows = await q.orderBy('called_at').execute();
  const out = new Map<string, string>();
  for (const r of rows) if (r.window_id) out.set(r.window_id, r.number); // later calls overwrite earlier ones
  return out;
}

/** Active business types of a hall in display order. */
export function listActiveTypes(db: Db, hallId: string) {
  return db
    .selectFrom('business_types')
    .select(['id', 'name', 'prefix', 'avg_service_minutes'])
    .where('hall_id', '=', hallId)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('prefix')
    .execute();
}

/** Waiting tickets per business type on `date`. */
export async function waitingCounts(db: Db, hallId: string, date: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('tickets')
    .select(['business_type_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('hall_id', '=', hallId)
    .where('service_date', '=', date)
    .where('status', '=', 'waiting')
    .groupBy('business_type_id')
    .execute();
  return new Map(rows.map((r) => [r.business_type_id, Number(r.n)]));
}

/** Who is signed in at the hall's windows since `sinceIso` (staff badge name, else the account's display name). */
export function openSessions(db: Db, hallId: string, sinceIso: string, windowId?: string) {
  let q = db
    .selectFrom('window_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('staff as st', (j) => j.on((eb) => eb('st.id', '=', eb.fn.coalesce('s.staff_id', 'u.staff_id'))))
    .select(['s.window_id', 's.started_at', 'u.display_name', 'st.id as staff_id', 'st.name as staff_name'])
    .where('s.hall_id', '=', hallId)
    .where('s.ended_at', 'is', null)
    .where('s.started_at', '>=', sinceIso);
  if (windowId) q = q.where('s.window_id', '=', windowId);
  return q.orderBy('s.started_at').execute();
}
