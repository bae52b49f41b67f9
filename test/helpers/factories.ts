import { newId } from '../../src/db/ids.js';
import { type Db, nowIso } from '../../src/db/index.js';
import type { ItemGuide } from '../../src/domain/guide.js';
import type { Role } from '../../src/domain/roles.js';
import { hashPassword } from '../../src/modules/auth/password-hash.js';

/** Test factories: build records directly, creating missing parents. */

export const TEST_PASSWORD = 'Test-pass-2026!';
let pwHash: Promise<string> | null = null;
const testHash = () => {
  pwHash ??= hashPassword(TEST_PASSWORD);
  return pwHash;
};
let seq = 0;
const uniq = () => `${Date.now().toString(36).slice(-4)}${(seq++).toString(36)}`.toUpperCase();

export async function buildHall(
  db: Db,
  o: { parentId?: string | null; name?: string; level?: string; code?: string } = {},
) {
  const id = newId();
  let path = `/${id}/`;
  if (o.parentId) {
    const p = await db.selectFrom('halls').select('path').where('id', '=', o.parentId).executeTakeFirstOrThrow();
    path = `${p.path}${id}/`;
  }
  const now = nowIso();
  const row = {
    id,
    parent_id: o.parentId ?? null,
    path,
    name: o.name ?? `测试大厅${uniq()}`,
    short_name: null,
    level: o.level ?? (o.parentId ? 'county' : 'city'),
    division_code: '350100',
    code: o.code ?? `H${uniq()}`,
    address: '测试路1号',
    phone: '0591-12345678',
    opening_hours: '[]',
    sort_order: 0,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('halls').values(row).execute();
  return row;
}

/** City with two counties A and B; the shape every isolation test needs. */
export async function buildTree(db: Db) {
  const city = await buildHall(db, { name: '测试市政务服务中心', level: 'city' });
  const countyA = await buildHall(db, { parentId: city.id, name: '县A政务服务中心', level: 'county' });
  const countyB = await buildHall(db, { parentId: city.id, name: '县B政务服务中心', level: 'county' });
  const townA = await buildHall(db, { parentId: countyA.id, name: '县A某镇便民服务中心', level: 'township' });
  return { city, countyA, countyB, townA };
}

export async function buildDepartment(db: Db, hallId: string, o: { name?: string; residency?: string } = {}) {
  const now = nowIso();
  const row = {
    id: newId(),
    hall_id: hallId,
    name: o.name ?? `测试局${uniq()}`,
    short_name: '',
    residency: o.residency ?? 'resident',
    residency_since: '2026-01-01',
    chief_representative: '',
    power_immediate: 1,
    power_promised: 1,
    power_joint: 0,
    power_reported: 0,
    delegation_letter_no: '',
    delegation_date: null,
    contact_person: '',
    contact_phone: '',
    sort_order: 0,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('departments').values(row).execute();
  return row;
}

export async function buildWindow(db: Db, hallId: string, o: { number?: string; departmentIds?: string[] } = {}) {
  const now = nowIso();
  const row = {
    id: newId(),
    hall_id: hallId,
    number: o.number ?? uniq(),
    name: '',
    kind: 'department',
    status: 'open',
    department_ids: JSON.stringify(o.departmentIds ?? []),
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('windows').values(row).execute();
  return row;
}

export async function buildStaff(db: Db, hallId: string, o: { departmentId?: string | null; name?: string } = {}) {
  const now = nowIso();
  const row = {
    id: newId(),
    hall_id: hallId,
    department_id: o.departmentId ?? null,
    name: o.name ?? '张三',
    employee_no: uniq(),
    post: '窗口受理',
    title: '科员',
    duties: '受理业务',
    phone: '13800138000',
    photo: null,
    active: 1,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('staff').values(row).execute();
  return row;
}

export async function buildUser(
  db: Db,
  hallId: string,
  roles: Role[],
  o: { username?: string; staffId?: string | null; departmentId?: string | null } = {},
) {
  const now = nowIso();
  const row = {
    id: newId(),
    hall_id: hallId,
    username: o.username ?? `u${uniq().toLowerCase()}`,
    display_name: '测试用户',
    password_hash: await testHash(),
    roles: JSON.stringify(roles),
    staff_id: o.staffId ?? null,
    department_id: o.departmentId ?? null,
    is_demo: 0,
    active: 1,
    failed_logins: 0,
    locked_until: null,
    last_login_at: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

/** A complete guide (all nine disclosures filled) for a department. */
export function completeGuide(departmentId: string, o: Partial<ItemGuide> = {}): ItemGuide {
  return {
    code: `XK${uniq()}`,
    basicCode: '',
    name: '个体工商户设立登记',
    type: '行政许可',
    kind: 'promised',
    departmentId,
    statutoryDays: 15,
    promisedDays: 3,
    legalBasis: '《促进个体工商户发展条例》',
    conditions: '符合条件的申请人',
    materials: [
      {
        name: '个体工商户登记（备案）申请书',
        form: 'original',
        count: 1,
        required: true,
        note: '',
        templateFileId: null,
        sampleFileId: null,
      },
    ],
    steps: [
      { name: '受理', role: '窗口人员', days: 1, description: '' },
      { name: '审核', role: '科室负责人', days: 1, description: '' },
      { name: '办结', role: '窗口人员', days: 1, description: '' },
    ],
    feeFree: true,
    feeStandard: '',
    feeBasis: '',
    specialProcedures: [],
    location: '政务服务中心一楼 3 号窗口',
    hours: '工作日 8:30-12:00，14:30-17:30',
    phone: '0591-12345678',
    complaintPhone: '12345',
    responsiblePerson: '王五',
    result: '营业执照',
    visits: 1,
    online: true,
    onlineUrl: '',
    entryStatus: 'entered',
    entryExemptReason: '',
    handledAt: 'hall',
    events: ['business_start'],
    jointDepartmentIds: [],
    reportTo: '',
    keywords: '',
    ...o,
  };
}
