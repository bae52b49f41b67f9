import type { Db } from '../../db/index.js';
import type { Permission } from '../../domain/roles.js';
import { AppError } from '../../http/errors.js';
import { canSeeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { CardRow } from './repository.js';

/**
 * Who may see and do what in supervision. Like src/modules/auth/scope.ts: a hall outside the
 * caller's part of the tree is 404 before any permission is looked at; inside it, 403.
 */
export async function requireAnyInHall(db: Db, user: AuthUser, hallId: string, any: readonly Permission[]) {
  if (!(await canSeeHall(db, user, hallId))) throw new AppError('NOT_FOUND', '大厅不存在');
  if (!any.some((p) => user.permissions.has(p))) throw new AppError('FORBIDDEN');
}

/** The supervision view and the card list: supervisors, and whoever reads the ledger. */
export const VIEW_PERMISSIONS: readonly Permission[] = ['ledger.read', 'supervision.issue'];
export const CARD_LIST_PERMISSIONS: readonly Permission[] = ['ledger.read', 'supervision.issue', 'supervision.respond'];

/**
 * A unit answers its own cards: a chief representative only those addressed to their department;
 * the hall management office (no department) any card of the hall.
 */
export function mayAnswerCard(user: AuthUser, card: CardRow): boolean {
  if (!user.permissions.has('supervision.respond')) return false;
  if (user.roles.includes('hall_manager') || user.roles.includes('admin')) return true;
  return !!user.departmentId && user.departmentId === card.department_id;
}

/**
 * Warnings go to the handler, the chief representative and the supervisor: supervisors and the
 * hall office see every warning of the hall; anyone else those about their department's cases and
 * steps and the cases they received.
 */
export function warningAudience(user: AuthUser): { all: true } | { departmentId: string | null; receivedBy: string } {
  if (user.permissions.has('supervision.issue')) return { all: true };
  if (!user.departmentId && user.permissions.has('ledger.read')) return { all: true };
  return { departmentId: user.departmentId, receivedBy: user.id };
}
