import { newId } from '../../db/ids.js';
import { DEMO_PASSWORD } from '../../domain/password.js';
import { hashPassword } from '../auth/password-hash.js';
import { DEMO_ACCOUNTS, type DemoAccount } from './accounts.js';
import type { HallMap } from './build-halls.js';
import type { BuiltOrg, StaffRef } from './build-staff.js';
import type { HallKey } from './content/halls.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

export interface OrgOfHall extends BuiltOrg {
  deptIds: Map<string, string>;
}

const PRESET_IDS: Record<string, keyof SeedContext['ids']> = {
  admin: 'admin',
  'city.manager': 'cityManager',
  'county.manager': 'countyManager',
  'other.manager': 'otherManager',
};

function linkOf(a: DemoAccount, org: OrgOfHall): { staff: StaffRef | null; departmentId: string | null } {
  const link = a.link;
  switch (link.kind) {
    case 'none':
      return { staff: null, departmentId: null };
    case 'window': {
      const w = org.windows.find((x) => x.spec.number === link.window);
      const staffId = w?.current[0];
      if (!staffId) throw new Error(`demo account ${a.username}: window ${link.window} has nobody`);
      return { staff: { id: staffId, name: '' }, departmentId: null };
    }
    case 'chief':
    case 'approver': {
      const ref = (link.kind === 'chief' ? org.chiefs : org.approvers).get(link.dept);
      if (!ref) throw new Error(`demo account ${a.username}: no ${link.kind} for ${link.dept}`);
      return { staff: ref, departmentId: org.deptIds.get(link.dept) ?? null };
    }
  }
}

/** The demo accounts, each with its own salted hash of the shared demo password. */
export async function buildUsers(
  ctx: SeedContext,
  plan: DemoPlan,
  halls: HallMap,
  orgs: Partial<Record<HallKey, OrgOfHall>>,
): Promise<void> {
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  DEMO_ACCOUNTS.forEach((a, i) => {
    const org = orgs[a.hall];
    if (!org) throw new Error(`demo account ${a.username}: hall ${a.hall} has no organisation`);
    const { staff, departmentId } = linkOf(a, org);
    const staffName = staff ? plan.staff.find((s) => s.id === staff.id)?.name : undefined;
    const preset = PRESET_IDS[a.username];
    plan.users.push({
      id: preset ? ctx.ids[preset] : newId(),
      hall_id: halls[a.hall].id,
      username: a.username,
      display_name: staffName ?? ctx.nextName(),
      password_hash: hashes[i] as string,
      roles: JSON.stringify(a.roles),
      staff_id: staff?.id ?? null,
      department_id: departmentId,
      is_demo: 1,
      active: 1,
      failed_logins: 0,
      locked_until: null,
      last_login_at: null,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
  });
}
