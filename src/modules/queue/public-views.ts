import type { Db } from '../../db/index.js';
import { chinaClock } from '../../domain/china-time.js';
import { estimateWaitMinutes } from '../../domain/queue-hours.js';
import { aheadCountOf } from '../../domain/queue-order.js';
import { AppError } from '../../http/errors.js';
import { presentPublicTicket } from './present.js';
import {
  listBusinessTypes,
  listWaitingToday,
  openWindowCountsByType,
  type TicketRow,
  toQueueTicket,
  waitingCountsByType,
} from './repository.js';
import type { PublicTicket } from './schema.js';
import { loadHallDay, takeCheckFor } from './take-rules.js';

/** What visitors see (kiosk, public site): no personal data. */

async function openWindowsServing(db: Db, typeId: string): Promise<number> {
  const row = await db
    .selectFrom('window_business_types as wb')
    .innerJoin('windows as w', 'w.id', 'wb.window_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('wb.business_type_id', '=', typeId)
    .where('w.status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A ticket for the visitor: status, people ahead (recomputed unless given), estimated wait and,
 * once called, the window number.
 */
export async function publicTicketView(db: Db, t: TicketRow, aheadCount?: number): Promise<PublicTicket> {
  const names = await db
    .selectFrom('business_types as bt')
    .innerJoin('halls as h', 'h.id', 'bt.hall_id')
    .select(['bt.name as type_name', 'bt.avg_service_minutes', 'h.name as hall_name'])
    .where('bt.id', '=', t.business_type_id)
    .executeTakeFirstOrThrow();
  let ahead = 0;
  let estimate = 0;
  if (t.status === 'waiting') {
    if (aheadCount === undefined) {
      const waiting = await listWaitingToday(db, t.hall_id, t.service_date, { businessTypeId: t.business_type_id });
      ahead = aheadCountOf(toQueueTicket(t), waiting.map(toQueueTicket), new Date().toISOString());
    } else ahead = aheadCount;
    estimate = estimateWaitMinutes(ahead, names.avg_service_minutes, await openWindowsServing(db, t.business_type_id));
  }
  let windowNumber: string | null = null;
  if (t.window_id) {
    const w = await db.selectFrom('windows').select('number').where('id', '=', t.window_id).executeTakeFirst();
    windowNumber = w?.number ?? null;
  }
  return presentPublicTicket(t, {
    businessTypeName: names.type_name,
    hallName: names.hall_name,
    aheadCount: ahead,
    estimatedWaitMinutes: estimate,
    windowNumber,
  });
}

/** The kiosk menu: active business types, whether a ticket can be taken now (and why not), waiting and estimate. */
export async function listPublicBusinessTypes(db: Db, hallId: string, now = new Date()) {
  const clock = chinaClock(now);
  const day = await loadHallDay(db, hallId, clock.date);
  if (!day) throw new AppError('NOT_FOUND', '大厅不存在');
  const types = (await listBusinessTypes(db, hallId)).filter((t) => t.active === 1);
  const waiting = await waitingCountsByType(db, hallId, clock.date);
  const open = await openWindowCountsByType(db, hallId);
  const counters = await db
    .selectFrom('ticket_counters')
    .select(['business_type_id', 'last_seq'])
    .where('hall_id', '=', hallId)
    .where('service_date', '=', clock.date)
    .execute();
  const drawn = new Map(counters.map((c) => [c.business_type_id, c.last_seq]));
  return types.map((t) => {
    const check = takeCheckFor(t, day, clock);
    const capReached = (drawn.get(t.id) ?? 0) >= Math.min(t.daily_cap, 999);
    const waitingCount = waiting.get(t.id) ?? 0;
    return {
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      description: t.description,
      canTakeNow: check.ok && !capReached,
      reason: !check.ok ? check.reason : capReached ? '今日号源已取完' : null,
      waitingCount,
      estimatedWaitMinutes: estimateWaitMinutes(waitingCount, t.avg_service_minutes, open.get(t.id) ?? 0),
      bookable: t.bookable === 1,
    };
  });
}
