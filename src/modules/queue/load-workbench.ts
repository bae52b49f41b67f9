import type { Db } from '../../db/index.js';
import type { Window } from '../../db/types.js';
import { chinaClock, chinaInstantIso } from '../../domain/china-time.js';
import { rankForWindow } from '../../domain/queue-order.js';
import { presentStaffTicket } from './present.js';
import { staffTicketQuery, toQueueTicket, waitingCountsByType } from './repository.js';
import type { Workbench } from './schema.js';

/** The ticket a window is holding (called or serving), as a staff view. */
export function currentOfWindow(db: Db, windowId: string) {
  return staffTicketQuery(db)
    .where('t.window_id', '=', windowId)
    .where('t.status', 'in', ['called', 'serving'])
    .orderBy('t.called_at', 'desc')
    .executeTakeFirst();
}

async function todayCounts(db: Db, w: Window, date: string): Promise<Workbench['today']> {
  const byStatus = await db
    .selectFrom('tickets')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('window_id', '=', w.id)
    .where('service_date', '=', date)
    .where('status', 'in', ['done', 'no_show'])
    .groupBy('status')
    .execute();
  const byAction = await db
    .selectFrom('ticket_events')
    .select(['action', (eb) => eb.fn.countAll<number>().as('n')])
    .where('hall_id', '=', w.hall_id)
    .where('at', '>=', chinaInstantIso(date))
    .where('window_id', '=', w.id)
    .where('action', 'in', ['call', 'transfer'])
    .groupBy('action')
    .execute();
  const s = new Map(byStatus.map((r) => [r.status, Number(r.n)]));
  const a = new Map(byAction.map((r) => [r.action, Number(r.n)]));
  return {
    served: s.get('done') ?? 0,
    noShow: s.get('no_show') ?? 0,
    transferredOut: a.get('transfer') ?? 0,
    called: a.get('call') ?? 0,
  };
}

/** 工作台: the window, whether the caller is signed in, its current ticket, its waiting list in call order, today's counts. */
export async function loadWorkbench(db: Db, userId: string, w: Window, now = new Date()): Promise<Workbench> {
  const date = chinaClock(now).date;
  const types = await db
    .selectFrom('window_business_types as wb')
    .innerJoin('business_types as bt', 'bt.id', 'wb.business_type_id')
    .select(['bt.id', 'bt.name', 'bt.prefix', 'wb.preferred'])
    .where('wb.window_id', '=', w.id)
    .orderBy('wb.preferred', 'desc')
    .orderBy('bt.sort_order')
    .orderBy('bt.prefix')
    .execute();
  const session = await db
    .selectFrom('window_sessions')
    .select('id')
    .where('window_id', '=', w.id)
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  const current = await currentOfWindow(db, w.id);
  const typeIds = types.map((t) => t.id);
  const rows = await staffTicketQuery(db)
    .where('t.hall_id', '=', w.hall_id)
    .where('t.service_date', '=', date)
    .where('t.status', '=', 'waiting')
    .where((eb) =>
      typeIds.length > 0
        ? eb.or([
            eb('t.target_window_id', '=', w.id),
            eb.and([eb('t.target_window_id', 'is', null), eb('t.business_type_id', 'in', typeIds)]),
          ])
        : eb('t.target_window_id', '=', w.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ranked = rankForWindow(
    rows.map(toQueueTicket),
    { windowId: w.id, types: types.map((t) => ({ businessTypeId: t.id, preferred: t.preferred === 1 })) },
    now.toISOString(),
  );
  const counts = await waitingCountsByType(db, w.hall_id, date);
  return {
    window: { id: w.id, number: w.number, name: w.name, status: w.status },
    signedIn: session !== undefined,
    current: current ? presentStaffTicket(current) : null,
    waiting: ranked.map((q) => presentStaffTicket(byId.get(q.id)!)),
    types: types.map((t) => ({
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      preferred: t.preferred === 1,
      waitingCount: counts.get(t.id) ?? 0,
    })),
    today: await todayCounts(db, w, date),
  };
}
