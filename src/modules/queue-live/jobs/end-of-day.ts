import { sql } from 'kysely';
import { newId } from '../../../db/ids.js';
import { chinaDate, chinaMinutes, hhmmMinutes } from '../../../domain/china-time.js';
import { recordAudit } from '../../audit/record.js';
import { hallClosingTime } from '../load-floor.js';
import { currentTickets, findHallBrief, listHallWindows, waitingCounts } from '../repository.js';
import { chunks, finishRun, type JobDeps, SYSTEM_ACTOR, takeLease } from './job-runs.js';

export const END_OF_DAY_JOB = 'queue.end_of_day';
/** Tickets still in these states at closing are expired (当日号当日办结: the next day starts afresh). */
const LIVE_STATES = ['waiting', 'called'] as const;
const EXPIRE_REASON = '闭厅时仍未办理，自动过期';

export interface ExpireResult {
  expired: number;
  days: { hallId: string; serviceDate: string; expired: number }[];
}

/**
 * End of day (日终): waiting/called tickets of past service dates, and of today once the hall's
 * closing time (opening hours of today's weekday, working-day calendar) has passed, become
 * `expired`, each with a `ticket_events` row; one `queue.expire` audit record per hall and day;
 * `waiting` (and `window`) events after commit. Safe to run twice and on several processes at
 * once: a `job_runs` lease per hall+date, and the updates are conditional on the old status.
 */
export async function expireTickets(deps: JobDeps, now: Date): Promise<ExpireResult> {
  const { db } = deps;
  const today = chinaDate(now);
  // Each state through its own partial index (migration 015): waiting tickets per business type,
  // called ones by day. `status` stays a literal so both databases see the index applies.
  const [waiting, called] = await Promise.all([
    db
      .selectFrom('tickets')
      .select(['hall_id', 'service_date'])
      .distinct()
      .where('business_type_id', 'in', db.selectFrom('business_types').select('id'))
      .where('status', '=', sql.lit('waiting'))
      .where('service_date', '<=', today)
      .execute(),
    db
      .selectFrom('tickets')
      .select(['hall_id', 'service_date'])
      .distinct()
      .where('status', '=', sql.lit('called'))
      .where('service_date', '<=', today)
      .execute(),
  ]);
  const groups = [...new Map([...waiting, ...called].map((g) => [`${g.hall_id}:${g.service_date}`, g])).values()];
  const closing = new Map<string, string | null>();
  const out: ExpireResult = { expired: 0, days: [] };
  for (const g of groups) {
    if (g.service_date === today) {
      if (!closing.has(g.hall_id)) {
        const hall = await findHallBrief(db, g.hall_id);
        closing.set(g.hall_id, hall ? await hallClosingTime(db, hall, today) : null);
      }
      const closeAt = closing.get(g.hall_id);
      if (!closeAt || chinaMinutes(now) < hhmmMinutes(closeAt)) continue;
    }
    const key = `${g.hall_id}:${g.service_date}`;
    if (!(await takeLease(db, END_OF_DAY_JOB, key, now))) continue;
    let expired = 0;
    try {
      expired = await expireDay(deps, g.hall_id, g.service_date, now);
    } finally {
      await finishRun(db, END_OF_DAY_JOB, key, now, { expired });
    }
    out.expired += expired;
    out.days.push({ hallId: g.hall_id, serviceDate: g.service_date, expired });
  }
  return out;
}

/** Expire the live tickets of one hall and service date; returns how many this call expired. */
export async function expireDay(deps: JobDeps, hallId: string, serviceDate: string, now: Date): Promise<number> {
  const at = now.toISOString();
  const changed = await deps.db.transaction().execute(async (trx) => {
    const rows: { id: string; business_type_id: string; window_id: string | null; from: string }[] = [];
    for (const from of LIVE_STATES) {
      const updated = await trx
        .updateTable('tickets')
        .set((eb) => ({
          status: 'expired',
          end_reason: EXPIRE_REASON,
          updated_at: at,
          row_version: eb('row_version', '+', 1),
        }))
        .where('hall_id', '=', hallId)
        .where('service_date', '=', serviceDate)
        .where('status', '=', from)
        .returning(['id', 'business_type_id', 'window_id'])
        .execute();
      rows.push(...updated.map((r) => ({ ...r, from })));
    }
    for (const part of chunks(rows)) {
      await trx
        .insertInto('ticket_events')
        .values(
          part.map((r) => ({
            id: newId(),
            hall_id: hallId,
            ticket_id: r.id,
            at,
            action: 'expire',
            window_id: r.window_id,
            user_id: null,
            detail: JSON.stringify({ from: r.from, reason: 'end_of_day', serviceDate }),
          })),
        )
        .execute();
    }
    if (rows.length)
      await recordAudit(trx, deps.dialect, SYSTEM_ACTOR, {
        action: 'queue.expire',
        entityType: 'hall',
        entityId: hallId,
        hallId,
        after: {
          serviceDate,
          expired: rows.length,
          waiting: rows.filter((r) => r.from === 'waiting').length,
          called: rows.filter((r) => r.from === 'called').length,
        },
      });
    return rows;
  });
  if (changed.length) await publishAfterExpiry(deps, hallId, now, changed);
  return changed.length;
}

async function publishAfterExpiry(
  deps: JobDeps,
  hallId: string,
  now: Date,
  changed: { business_type_id: string; window_id: string | null; from: string }[],
): Promise<void> {
  const { db, bus } = deps;
  const today = chinaDate(now);
  try {
    const counts = await waitingCounts(db, hallId, today);
    for (const businessTypeId of new Set(changed.map((c) => c.business_type_id)))
      await bus.publish({
        hallId,
        type: 'waiting',
        data: { businessTypeId, waitingCount: counts.get(businessTypeId) ?? 0 },
      });
    const windowIds = new Set(changed.flatMap((c) => (c.from === 'called' && c.window_id ? [c.window_id] : [])));
    if (!windowIds.size) return;
    const [windows, current] = await Promise.all([listHallWindows(db, hallId), currentTickets(db, hallId, today)]);
    for (const w of windows.filter((x) => windowIds.has(x.id)))
      await bus.publish({
        hallId,
        type: 'window',
        data: { windowId: w.id, windowNumber: w.number, status: w.status, currentTicket: current.get(w.id) ?? null },
      });
  } catch (err) {
    deps.log?.warn({ err, hallId }, 'publishing end-of-day events failed');
  }
}
