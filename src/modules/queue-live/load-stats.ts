import type { Db } from '../../db/index.js';
import { addDays } from '../../domain/calendar-date.js';
import { chinaDayStartIso } from '../../domain/china-time.js';
import { computeStats } from './compute-stats.js';
import type { Stats } from './schema.js';

/**
 * Fetch the columns the statistics need for a hall and a service-date range, then compute in JS:
 * timestamps are ISO text on both databases, so durations are not left to dialect-specific SQL.
 */
export async function loadStats(db: Db, hallId: string, from: string, to: string, now: Date): Promise<Stats> {
  const [tickets, calls, types, windows] = await Promise.all([
    db
      .selectFrom('tickets')
      .select([
        'id',
        'service_date',
        'business_type_id',
        'original_business_type_id',
        'status',
        'taken_at',
        'called_at',
        'finished_at',
        'window_id',
        'staff_user_id',
      ])
      .where('hall_id', '=', hallId)
      .where('service_date', '>=', from)
      .where('service_date', '<=', to)
      .execute(),
    db
      .selectFrom('ticket_events')
      .select(['ticket_id', (eb) => eb.fn.min('at').as('first_at')])
      .where('hall_id', '=', hallId)
      .where('action', '=', 'call')
      .where('at', '>=', chinaDayStartIso(from))
      .where('at', '<', chinaDayStartIso(addDays(to, 1)))
      .groupBy('ticket_id')
      .execute(),
    db
      .selectFrom('business_types')
      .select(['id', 'name', 'active'])
      .where('hall_id', '=', hallId)
      .orderBy('sort_order')
      .orderBy('prefix')
      .execute(),
    db.selectFrom('windows').select(['id', 'number']).where('hall_id', '=', hallId).execute(),
  ]);
  const userIds = [...new Set(tickets.flatMap((t) => (t.staff_user_id ? [t.staff_user_id] : [])))];
  const users = userIds.length
    ? await db
        .selectFrom('users as u')
        .leftJoin('staff as s', 's.id', 'u.staff_id')
        .select(['u.id', 'u.display_name', 's.name as staff_name'])
        .where('u.id', 'in', userIds)
        .execute()
    : [];
  return computeStats({
    from,
    to,
    now,
    tickets,
    firstCallAt: new Map(calls.map((c) => [c.ticket_id, String(c.first_at)])),
    types,
    windows,
    staffNames: new Map(users.map((u) => [u.id, u.staff_name ?? u.display_name])),
  });
}
