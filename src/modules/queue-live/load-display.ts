import type { Db } from '../../db/index.js';
import { chinaDate, chinaDayStartIso } from '../../domain/china-time.js';
import { currentTickets, listActiveTypes, listHallWindows, waitingCounts } from './repository.js';
import type { Display } from './schema.js';

/**
 * The hall display snapshot (大厅显示屏): latest calls, every window's current number, waiting per type.
 * Ticket and window numbers only — never a name or an ID number (PRODUCT.md §4 privacy on screens).
 * Also the first event of every SSE stream (catch-up after a reconnect).
 */
export async function loadDisplay(db: Db, hall: { id: string; name: string }, now: Date): Promise<Display> {
  const today = chinaDate(now);
  const [windows, current, types, waiting, calls] = await Promise.all([
    listHallWindows(db, hall.id),
    currentTickets(db, hall.id, today),
    listActiveTypes(db, hall.id),
    waitingCounts(db, hall.id, today),
    db
      .selectFrom('ticket_events as e')
      .innerJoin('tickets as t', 't.id', 'e.ticket_id')
      .select(['t.number', 'e.window_id', 't.window_id as ticket_window_id', 'e.at'])
      .where('e.hall_id', '=', hall.id)
      .where('e.at', '>=', chinaDayStartIso(today))
      .where('e.action', 'in', ['call', 'recall'])
      .orderBy('e.at', 'desc')
      .limit(10)
      .execute(),
  ]);
  const windowNumber = new Map(windows.map((w) => [w.id, w.number]));
  return {
    hallId: hall.id,
    hallName: hall.name,
    serviceDate: today,
    recentCalls: calls.flatMap((c) => {
      const number = windowNumber.get(c.window_id ?? c.ticket_window_id ?? '');
      return number === undefined ? [] : [{ ticketNumber: c.number, windowNumber: number, at: c.at }];
    }),
    windows: windows.map((w) => ({
      id: w.id,
      number: w.number,
      name: w.name,
      status: w.status,
      currentTicket: current.get(w.id) ?? null,
    })),
    waiting: types.map((t) => ({
      businessTypeId: t.id,
      name: t.name,
      prefix: t.prefix,
      waitingCount: waiting.get(t.id) ?? 0,
    })),
  };
}
