import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import type { Window } from '../../db/types.js';
import { AppError } from '../../http/errors.js';
import type { HallEvent } from '../../http/events.js';
import { type Actor, recordAudit } from '../audit/record.js';
import type { AuthUser } from '../auth/session.js';
import { lockWindow } from './call-next.js';
import { windowEvent } from './events.js';

/** Window sign-in/out (签到/签退) and pause/resume (暂停/恢复服务). Window state changes go to the audit log. */

async function currentNumber(trx: Db, windowId: string): Promise<string | null> {
  const t = await trx
    .selectFrom('tickets')
    .select('number')
    .where('window_id', '=', windowId)
    .where('status', 'in', ['called', 'serving'])
    .orderBy('called_at', 'desc')
    .executeTakeFirst();
  return t?.number ?? null;
}

async function eventOf(trx: Db, w: Window): Promise<HallEvent> {
  return windowEvent(w.hall_id, {
    windowId: w.id,
    windowNumber: w.number,
    status: w.status,
    currentTicket: await currentNumber(trx, w.id),
  });
}

/** Sign in at a window; ends the caller's open sessions at other windows (one seat at a time). */
export async function signIn(trx: Db, dialect: Dialect, user: AuthUser, actor: Actor, w: Window): Promise<HallEvent[]> {
  const at = new Date().toISOString();
  const open = await trx
    .selectFrom('window_sessions')
    .select(['id', 'window_id'])
    .where('user_id', '=', user.id)
    .where('ended_at', 'is', null)
    .execute();
  if (open.some((s) => s.window_id === w.id)) return [];
  const elsewhere = open.map((s) => s.id);
  if (elsewhere.length > 0) {
    await trx.updateTable('window_sessions').set({ ended_at: at }).where('id', 'in', elsewhere).execute();
  }
  await trx
    .insertInto('window_sessions')
    .values({
      id: newId(),
      hall_id: w.hall_id,
      window_id: w.id,
      user_id: user.id,
      staff_id: user.staffId,
      started_at: at,
      ended_at: null,
    })
    .execute();
  await recordAudit(trx, dialect, actor, {
    action: 'queue.window.sign_in',
    entityType: 'window',
    entityId: w.id,
    hallId: w.hall_id,
    after: { userId: user.id, staffId: user.staffId, endedElsewhere: open.map((s) => s.window_id) },
  });
  return [await eventOf(trx, w)];
}

export async function signOut(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  w: Window,
): Promise<HallEvent[]> {
  const ended = await trx
    .updateTable('window_sessions')
    .set({ ended_at: new Date().toISOString() })
    .where('window_id', '=', w.id)
    .where('user_id', '=', user.id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (Number(ended.numUpdatedRows) === 0) throw new AppError('RULE_VIOLATION', '您尚未在此窗口签到');
  await recordAudit(trx, dialect, actor, {
    action: 'queue.window.sign_out',
    entityType: 'window',
    entityId: w.id,
    hallId: w.hall_id,
    after: { userId: user.id },
  });
  return [await eventOf(trx, w)];
}

async function setStatus(
  trx: Db,
  dialect: Dialect,
  actor: Actor,
  windowId: string,
  o: { from: string; to: string; reason: string | null; action: 'queue.window.pause' | 'queue.window.resume' },
): Promise<HallEvent[]> {
  const w = await lockWindow(trx, dialect, windowId);
  if (w.status !== o.from) {
    if (o.to === 'paused')
      throw new AppError('WINDOW_PAUSED', w.status === 'closed' ? '窗口已关闭' : '窗口已处于暂停状态');
    throw new AppError('RULE_VIOLATION', w.status === 'closed' ? '窗口已关闭，请由管理员开启' : '窗口未暂停，无需恢复');
  }
  const at = new Date().toISOString();
  await trx.updateTable('windows').set({ status: o.to, updated_at: at }).where('id', '=', windowId).execute();
  await recordAudit(trx, dialect, actor, {
    action: o.action,
    entityType: 'window',
    entityId: windowId,
    hallId: w.hall_id,
    before: { status: w.status },
    after: { status: o.to, ...(o.reason ? { reason: o.reason } : {}) },
  });
  return [await eventOf(trx, { ...w, status: o.to })];
}

/** 暂停服务: an open window stops calling (call-next → 409 WINDOW_PAUSED) until resumed. */
export function pauseWindow(trx: Db, dialect: Dialect, actor: Actor, windowId: string, reason: string) {
  return setStatus(trx, dialect, actor, windowId, { from: 'open', to: 'paused', reason, action: 'queue.window.pause' });
}

export function resumeWindow(trx: Db, dialect: Dialect, actor: Actor, windowId: string) {
  return setStatus(trx, dialect, actor, windowId, {
    from: 'paused',
    to: 'open',
    reason: null,
    action: 'queue.window.resume',
  });
}
