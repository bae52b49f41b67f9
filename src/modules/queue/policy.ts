import type { Db } from '../../db/index.js';
import type { Window } from '../../db/types.js';
import { AppError } from '../../http/errors.js';
import { canSeeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { findWindow, type TicketRow } from './repository.js';

/**
 * Who may work a window or a ticket (queue.operate, own windows only). A window or ticket of a
 * hall the caller cannot see is "not found" (404); one of the caller's hall without the
 * permission, or at a window the caller is not assigned to, is 403.
 */

export async function authorizeWindowOperator(db: Db, user: AuthUser, windowId: string): Promise<Window> {
  const w = await findWindow(db, windowId);
  if (!w || !(await canSeeHall(db, user, w.hall_id))) throw new AppError('NOT_FOUND', '窗口不存在');
  if (!user.permissions.has('queue.operate')) throw new AppError('FORBIDDEN');
  if (!user.windowIds.includes(w.id)) throw new AppError('FORBIDDEN', '您未被安排在此窗口，不能操作');
  return w;
}

/**
 * Authorize an action on a ticket and name the window it is done from: the ticket's own window
 * once called; for a waiting ticket, one of the caller's windows that it is targeted at or whose
 * business types include it.
 */
export async function authorizeTicketOperator(
  db: Db,
  user: AuthUser,
  ticket: TicketRow | undefined,
): Promise<{ ticket: TicketRow; windowId: string }> {
  if (!ticket || !(await canSeeHall(db, user, ticket.hall_id))) throw new AppError('NOT_FOUND', '号码不存在');
  if (!user.permissions.has('queue.operate')) throw new AppError('FORBIDDEN');
  if (ticket.window_id) {
    if (!user.windowIds.includes(ticket.window_id)) throw new AppError('FORBIDDEN', '该号码由其他窗口办理，您不能操作');
    return { ticket, windowId: ticket.window_id };
  }
  if (ticket.target_window_id) {
    if (user.windowIds.includes(ticket.target_window_id)) return { ticket, windowId: ticket.target_window_id };
    throw new AppError('FORBIDDEN', '该号码已转给其他窗口，您不能操作');
  }
  if (user.windowIds.length > 0) {
    const serving = await db
      .selectFrom('window_business_types')
      .select('window_id')
      .where('window_id', 'in', user.windowIds)
      .where('business_type_id', '=', ticket.business_type_id)
      .orderBy('preferred', 'desc')
      .executeTakeFirst();
    if (serving) return { ticket, windowId: serving.window_id };
  }
  throw new AppError('FORBIDDEN', '您的窗口不办理该号码的业务，不能操作');
}
