import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import type { Db } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { type Permission, permissionsOf, type Role, reachesSubtree } from '../../domain/roles.js';

export const SESSION_COOKIE = 'yz_session';

/** The signed-in user as every route sees it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  hallId: string;
  hallPath: string;
  roles: Role[];
  permissions: Set<Permission>;
  /** managers, supervisors, admins see the subtree below their hall; others only their hall */
  subtree: boolean;
  staffId: string | null;
  departmentId: string | null;
  windowIds: string[];
  isDemo: boolean;
}

export interface SessionInfo {
  id: string;
  csrfToken: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export async function createSession(
  db: Db,
  userId: string,
  cfg: Config,
  ip: string,
  userAgent: string,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + cfg.sessionMaxHours * 3600_000).toISOString(),
      ip,
      user_agent: userAgent.slice(0, 300),
    })
    .execute();
  return { token, csrfToken };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}

// Built once (preparedQuery): every signed-in request runs these two.
const sessionRow = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('halls', 'halls.id', 'users.hall_id')
    .select([
      'sessions.id as sid',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.username',
      'users.display_name',
      'users.hall_id',
      'users.roles',
      'users.staff_id',
      'users.department_id',
      'users.active',
      'users.is_demo',
      'halls.path',
    ])
    .where('sessions.id', '=', arg('id')),
);
const currentWindows = preparedQuery((db, arg: Arg<{ staffId: string }>) =>
  db
    .selectFrom('staff_window_assignments')
    .select('window_id')
    .where('staff_id', '=', arg('staffId'))
    .where('to_date', 'is', null),
);

/** Load the user behind a session cookie; expired (idle or absolute) sessions are deleted. */
export async function loadSession(
  db: Db,
  token: string,
  cfg: Config,
): Promise<{ user: AuthUser; session: SessionInfo } | null> {
  const id = sha256(token);
  const [row] = await sessionRow(db, { id });
  if (!row) return null;
  const now = Date.now();
  const idleLimit = new Date(row.last_seen_at).getTime() + cfg.sessionIdleMinutes * 60_000;
  if (!row.active || now > idleLimit || now > new Date(row.expires_at).getTime()) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  // Touch at most once a minute: keeps the idle timer without a write per request.
  if (now - new Date(row.last_seen_at).getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: nowIso() }).where('id', '=', id).execute();
  }
  const roles = JSON.parse(row.roles) as Role[];
  const windowIds = row.staff_id ? (await currentWindows(db, { staffId: row.staff_id })).map((r) => r.window_id) : [];
  return {
    user: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      hallId: row.hall_id,
      hallPath: row.path,
      roles,
      permissions: permissionsOf(roles),
      subtree: reachesSubtree(roles),
      staffId: row.staff_id,
      departmentId: row.department_id,
      windowIds,
      isDemo: row.is_demo === 1,
    },
    session: { id: row.sid, csrfToken: row.csrf_token },
  };
}
