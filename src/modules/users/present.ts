import type { User } from '../../db/types.js';
import type { Role } from '../../domain/roles.js';
import type { UserView } from './schema.js';

/** Whitelist: never the password hash or session data. */
export function presentUser(u: User, hallName: string): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    hallId: u.hall_id,
    hallName,
    roles: JSON.parse(u.roles) as Role[],
    staffId: u.staff_id,
    departmentId: u.department_id,
    active: u.active === 1,
    locked: !!u.locked_until && new Date(u.locked_until).getTime() > Date.now(),
    isDemo: u.is_demo === 1,
    lastLoginAt: u.last_login_at,
    createdAt: u.created_at,
  };
}
