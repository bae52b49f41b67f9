import type { Db } from '../../db/index.js';
import type { Permission } from '../../domain/roles.js';
import { AppError } from '../../http/errors.js';
import type { AuthUser } from './session.js';

/**
 * Authorization in one place. A record outside the caller's part of the hall tree is
 * "not found" (404) so its existence is not revealed; inside it without permission is 403.
 */

/** Ids of the halls the user may see: its own hall, plus the subtree for subtree roles. */
export async function visibleHallIds(db: Db, user: AuthUser): Promise<string[]> {
  if (!user.subtree) return [user.hallId];
  const rows = await db.selectFrom('halls').select('id').where('path', 'like', `${user.hallPath}%`).execute();
  return rows.map((r) => r.id);
}

export async function canSeeHall(db: Db, user: AuthUser, hallId: string): Promise<boolean> {
  if (hallId === user.hallId) return true;
  if (!user.subtree) return false;
  const h = await db.selectFrom('halls').select('path').where('id', '=', hallId).executeTakeFirst();
  return !!h && h.path.startsWith(user.hallPath);
}

export function requireUser(user: AuthUser | null): AuthUser {
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/**
 * Check that `user` may do `permission` on a record of `hallId`.
 * `record` undefined/null → 404; outside the subtree → 404; lacking permission → 403.
 */
export async function authorize<T extends { hall_id: string }>(
  db: Db,
  user: AuthUser,
  permission: Permission,
  record: T | undefined | null,
  what = '记录',
): Promise<T> {
  if (!record || !(await canSeeHall(db, user, record.hall_id))) throw new AppError('NOT_FOUND', `${what}不存在`);
  if (!user.permissions.has(permission)) throw new AppError('FORBIDDEN');
  return record;
}

/** Same check for a hall id (e.g. creating a record inside a hall). */
export async function authorizeHall(db: Db, user: AuthUser, permission: Permission, hallId: string): Promise<void> {
  if (!(await canSeeHall(db, user, hallId))) throw new AppError('NOT_FOUND', '大厅不存在');
  if (!user.permissions.has(permission)) throw new AppError('FORBIDDEN');
}

/** Permission check without a record (lists scoped separately). */
export function requirePermission(user: AuthUser, permission: Permission): void {
  if (!user.permissions.has(permission)) throw new AppError('FORBIDDEN');
}

/** `authorize` for hall rows themselves (their own id is their hall). */
export async function authorizeHallRow<T extends { id: string }>(
  db: Db,
  user: AuthUser,
  permission: Permission,
  hall: T | undefined | null,
): Promise<T> {
  if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');
  await authorizeHall(db, user, permission, hall.id);
  return hall;
}
