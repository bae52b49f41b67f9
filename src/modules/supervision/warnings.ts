import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { canSeeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { requireAnyInHall, warningAudience } from './policy.js';
import { presentWarning } from './present.js';
import { findWarning, listWarnings } from './repository.js';

/** The warnings addressed to the caller in a hall (see `warningAudience`), newest first. */
export async function listMyWarnings(db: Db, user: AuthUser, hallId: string, unreadOnly: boolean) {
  await requireAnyInHall(db, user, hallId, ['case.read']);
  const who = warningAudience(user);
  const rows = await listWarnings(db, {
    hallId,
    unreadOnly,
    limit: 200,
    ...('all' in who ? {} : { departmentId: who.departmentId, receivedBy: who.receivedBy }),
  });
  return rows.map(presentWarning);
}

/** Mark a warning read (once; later calls change nothing). Shared by all its recipients. */
export async function markWarningRead(trx: Db, dialect: Dialect, user: AuthUser, actor: Actor, id: string) {
  const w = await findWarning(trx, id);
  if (!w || !(await canSeeHall(trx, user, w.hall_id))) throw new AppError('NOT_FOUND', '预警不存在');
  if (!user.permissions.has('case.read')) throw new AppError('FORBIDDEN');
  const who = warningAudience(user);
  if (!('all' in who)) {
    const mine =
      (who.departmentId && (w.department_id === who.departmentId || w.task_department_id === who.departmentId)) ||
      w.received_by === who.receivedBy;
    if (!mine) throw new AppError('FORBIDDEN', '该预警不是发给您的');
  }
  if (w.read_at) return { id, readAt: w.read_at };
  const at = nowIso();
  await trx
    .updateTable('case_warnings')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();
  await recordAudit(trx, dialect, actor, {
    action: 'supervision.warning.read',
    entityType: 'case_warning',
    entityId: id,
    hallId: w.hall_id,
    after: { readAt: at },
  });
  return { id, readAt: at };
}
