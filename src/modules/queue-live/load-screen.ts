import type { Db } from '../../db/index.js';
import { chinaDate, chinaDayStartIso } from '../../domain/china-time.js';
import { AppError } from '../../http/errors.js';
import { currentTickets, openSessions } from './repository.js';
import type { WindowScreen } from './schema.js';

/**
 * The small screen above one window (窗口屏): its current number, status and the staff badge
 * (name, post, title, duties, photo) of whoever is signed in there today, else of the staff
 * currently assigned to it. Badge fields only: no phone, no employee number, no citizen data.
 */
export async function loadWindowScreen(db: Db, windowId: string, now: Date): Promise<WindowScreen> {
  const win = await db
    .selectFrom('windows as w')
    .innerJoin('halls as h', 'h.id', 'w.hall_id')
    .select(['w.id', 'w.hall_id', 'w.number', 'w.name', 'w.status', 'h.name as hall_name'])
    .where('w.id', '=', windowId)
    .executeTakeFirst();
  if (!win) throw new AppError('NOT_FOUND', '窗口不存在');
  const today = chinaDate(now);
  const [current, sessions] = await Promise.all([
    currentTickets(db, win.hall_id, today, win.id),
    openSessions(db, win.hall_id, chinaDayStartIso(today), win.id),
  ]);
  let staffIds = [...new Set(sessions.flatMap((s) => (s.staff_id ? [s.staff_id] : [])))];
  if (!staffIds.length) {
    const assigned = await db
      .selectFrom('staff_window_assignments')
      .select('staff_id')
      .where('window_id', '=', win.id)
      .where('to_date', 'is', null)
      .where('from_date', '<=', today)
      .orderBy('from_date')
      .execute();
    staffIds = [...new Set(assigned.map((a) => a.staff_id))];
  }
  const staff = staffIds.length
    ? await db
        .selectFrom('staff')
        .select(['id', 'name', 'post', 'title', 'duties', 'photo'])
        .where('id', 'in', staffIds)
        .where('active', '=', 1)
        .execute()
    : [];
  const order = new Map(staffIds.map((id, i) => [id, i]));
  staff.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return {
    hallId: win.hall_id,
    hallName: win.hall_name,
    window: { id: win.id, number: win.number, name: win.name, status: win.status },
    currentTicket: current.get(win.id) ?? null,
    staff: staff.map((s) => ({ name: s.name, post: s.post, title: s.title, duties: s.duties, photo: s.photo })),
  };
}
