import type { z } from 'zod';
import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import type { User } from '../../db/types.js';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../domain/password.js';
import type { Role } from '../../domain/roles.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { hashPassword } from '../auth/password-hash.js';
import { authorize, authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { UserCreateSchema, UserUpdateSchema } from './schema.js';

/** What an audit record may show of a user row (no hash). */
const auditView = (u: User) => ({ ...u, password_hash: undefined });

/** Only an admin may hand out the admin role. */
function checkRoles(actor: AuthUser, roles: Role[]) {
  if (roles.includes('admin') && !actor.roles.includes('admin')) {
    throw new AppError('FORBIDDEN', '只有系统管理员可以授予系统管理员角色');
  }
}

export function checkPasswordPolicy(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError('PASSWORD_POLICY', PASSWORD_PROBLEM_MESSAGES[problem], { problem });
}

/** Staff and department links must stay inside the user's own hall. */
async function checkLinks(trx: Db, hallId: string, staffId?: string | null, departmentId?: string | null) {
  if (staffId) {
    const s = await trx.selectFrom('staff').select('hall_id').where('id', '=', staffId).executeTakeFirst();
    if (!s || s.hall_id !== hallId) throw new AppError('RULE_VIOLATION', '关联的工作人员不属于该大厅');
  }
  if (departmentId) {
    const d = await trx.selectFrom('departments').select('hall_id').where('id', '=', departmentId).executeTakeFirst();
    if (!d || d.hall_id !== hallId) throw new AppError('RULE_VIOLATION', '关联的部门不属于该大厅');
  }
}

export async function createUser(
  trx: Db,
  dialect: Dialect,
  me: AuthUser,
  actor: Actor,
  input: z.infer<typeof UserCreateSchema>,
  passwordHash: string,
): Promise<User> {
  await authorizeHall(trx, me, 'user.manage', input.hallId);
  checkRoles(me, input.roles);
  await checkLinks(trx, input.hallId, input.staffId, input.departmentId);
  const now = nowIso();
  const row: User = {
    id: newId(),
    hall_id: input.hallId,
    username: input.username,
    display_name: input.displayName,
    password_hash: passwordHash,
    roles: JSON.stringify([...new Set(input.roles)]),
    staff_id: input.staffId ?? null,
    department_id: input.departmentId ?? null,
    is_demo: 0,
    active: 1,
    failed_logins: 0,
    locked_until: null,
    last_login_at: null,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('users').values(row).execute();
  await recordAudit(trx, dialect, actor, {
    action: 'user.create',
    entityType: 'user',
    entityId: row.id,
    hallId: row.hall_id,
    after: auditView(row),
  });
  return row;
}

export async function findUser(db: Db, id: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateUser(
  trx: Db,
  dialect: Dialect,
  me: AuthUser,
  actor: Actor,
  id: string,
  input: z.infer<typeof UserUpdateSchema>,
): Promise<User> {
  const before = await authorize(trx, me, 'user.manage', await findUser(trx, id), '用户');
  if (input.roles) checkRoles(me, input.roles);
  if ((JSON.parse(before.roles) as Role[]).includes('admin') && !me.roles.includes('admin')) {
    throw new AppError('FORBIDDEN', '只有系统管理员可以修改系统管理员账号');
  }
  if (
    id === me.id &&
    (input.active === false || (input.roles && !input.roles.includes('admin') && me.roles.includes('admin')))
  ) {
    throw new AppError('RULE_VIOLATION', '不能停用自己或取消自己的管理员角色');
  }
  await checkLinks(trx, before.hall_id, input.staffId, input.departmentId);
  await trx
    .updateTable('users')
    .set({
      ...(input.displayName !== undefined && { display_name: input.displayName }),
      ...(input.roles !== undefined && { roles: JSON.stringify([...new Set(input.roles)]) }),
      ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
      ...(input.staffId !== undefined && { staff_id: input.staffId }),
      ...(input.departmentId !== undefined && { department_id: input.departmentId }),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();
  if (input.active === false) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
  const after = (await findUser(trx, id))!;
  await recordAudit(trx, dialect, actor, {
    action: 'user.update',
    entityType: 'user',
    entityId: id,
    hallId: after.hall_id,
    before: auditView(before),
    after: auditView(after),
  });
  return after;
}

/** Admin reset: new password (policy-checked), sessions ended, lock cleared. */
export async function setUserPassword(
  trx: Db,
  dialect: Dialect,
  me: AuthUser,
  actor: Actor,
  id: string,
  passwordHash: string,
): Promise<void> {
  const u = await authorize(trx, me, 'user.manage', await findUser(trx, id), '用户');
  await trx
    .updateTable('users')
    .set({ password_hash: passwordHash, is_demo: 0, failed_logins: 0, locked_until: null, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
  await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
  await recordAudit(trx, dialect, actor, {
    action: 'user.password',
    entityType: 'user',
    entityId: id,
    hallId: u.hall_id,
  });
}

export async function unlockUser(trx: Db, dialect: Dialect, me: AuthUser, actor: Actor, id: string): Promise<User> {
  const u = await authorize(trx, me, 'user.manage', await findUser(trx, id), '用户');
  await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
  await recordAudit(trx, dialect, actor, {
    action: 'user.unlock',
    entityType: 'user',
    entityId: id,
    hallId: u.hall_id,
  });
  return (await findUser(trx, id))!;
}

/** Hash outside the transaction: scrypt is slow and SQLite has one connection. */
export async function hashNewPassword(password: string, username: string): Promise<string> {
  checkPasswordPolicy(password, username);
  return hashPassword(password);
}
