import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.js';
import type { Role } from '../../src/domain/roles.js';
import { todayInChina } from '../../src/modules/org/dates.js';
import { as, DIALECTS, login, makeTestApp, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildStaff, buildTree, buildUser, buildWindow, TEST_PASSWORD } from '../helpers/factories.js';

/** Cross-county isolation of the org module: county B sees and changes nothing of county A. */

const PNG = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]).toString('base64')}`;

/** Every org row of a hall, plus the audit log size, to compare before and after an attempt. */
async function snapshot(db: Db, hallId: string) {
  return {
    departments: await db.selectFrom('departments').selectAll().where('hall_id', '=', hallId).orderBy('id').execute(),
    history: await db
      .selectFrom('department_residency_history')
      .selectAll()
      .where('hall_id', '=', hallId)
      .orderBy('id')
      .execute(),
    windows: await db.selectFrom('windows').selectAll().where('hall_id', '=', hallId).orderBy('id').execute(),
    staff: await db.selectFrom('staff').selectAll().where('hall_id', '=', hallId).orderBy('id').execute(),
    assignments: await db
      .selectFrom('staff_window_assignments')
      .selectAll()
      .where('hall_id', '=', hallId)
      .orderBy('id')
      .execute(),
    audit: (await db.selectFrom('audit_log').select('id').execute()).length,
  };
}

describe.each(DIALECTS)('org isolation on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let ids: { dept: string; win: string; staff: string; deptB: string; winB: string; staffB: string };
  const today = todayInChina();

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    const db = t.handle.db;
    tree = await buildTree(db);
    const dept = await buildDepartment(db, tree.countyA.id);
    const win = await buildWindow(db, tree.countyA.id, { number: '1', departmentIds: [dept.id] });
    const staff = await buildStaff(db, tree.countyA.id, { departmentId: dept.id });
    const deptB = await buildDepartment(db, tree.countyB.id);
    const winB = await buildWindow(db, tree.countyB.id, { number: '1' });
    const staffB = await buildStaff(db, tree.countyB.id);
    ids = { dept: dept.id, win: win.id, staff: staff.id, deptB: deptB.id, winB: winB.id, staffB: staffB.id };
    await db
      .insertInto('staff_window_assignments')
      .values({
        id: 'swa-a-1',
        hall_id: tree.countyA.id,
        staff_id: staff.id,
        window_id: win.id,
        from_date: '2026-01-01',
        to_date: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    await buildUser(db, tree.city.id, ['hall_manager'], { username: 'citymgr' });
    await buildUser(db, tree.townA.id, ['hall_manager'], { username: 'townmgr' });
    for (const role of ['hall_manager', 'admin', 'supervisor', 'window_staff', 'chief_rep'] as Role[]) {
      await buildUser(db, tree.countyB.id, [role], { username: `b_${role}` });
    }
  });
  afterAll(() => t.close());

  const reads = () => [
    `/api/v1/halls/${tree.countyA.id}/departments`,
    `/api/v1/departments/${ids.dept}`,
    `/api/v1/halls/${tree.countyA.id}/windows`,
    `/api/v1/windows/${ids.win}`,
    `/api/v1/windows/${ids.win}/assignments`,
    `/api/v1/halls/${tree.countyA.id}/staff`,
    `/api/v1/staff/${ids.staff}`,
  ];
  // Valid bodies, so that only scoping can refuse them.
  const writes = (): ['post' | 'patch' | 'put', string, unknown][] => [
    ['post', `/api/v1/halls/${tree.countyA.id}/departments`, { name: '越权新增局' }],
    ['patch', `/api/v1/departments/${ids.dept}`, { name: '越权改名局', powers: { joint: true } }],
    [
      'post',
      `/api/v1/departments/${ids.dept}/residency`,
      { residency: 'withdrawn', effectiveOn: today, reason: '越权撤离' },
    ],
    ['post', `/api/v1/halls/${tree.countyA.id}/windows`, { number: '99', kind: 'fee' }],
    ['patch', `/api/v1/windows/${ids.win}`, { status: 'closed' }],
    ['post', `/api/v1/halls/${tree.countyA.id}/staff`, { name: '越权人员' }],
    ['patch', `/api/v1/staff/${ids.staff}`, { name: '越权改名', active: false }],
    ['put', `/api/v1/staff/${ids.staff}/photo`, { dataUrl: PNG }],
    ['post', `/api/v1/staff/${ids.staff}/assignments`, { windowId: null, fromDate: today }],
  ];

  it.each(['hall_manager', 'admin', 'supervisor', 'window_staff', 'chief_rep'])(
    'a county B %s gets 404 for every read and write on county A, and nothing changes',
    async (role) => {
      const s = await login(t.app, `b_${role}`, TEST_PASSWORD);
      const before = await snapshot(t.handle.db, tree.countyA.id);
      for (const url of reads()) {
        const res = await as(t.app, s).get(url);
        expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
        expect(res.json().code).toBe('NOT_FOUND');
      }
      for (const [method, url, body] of writes()) {
        const res = await as(t.app, s)[method](url, body);
        expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 404 });
      }
      expect(await snapshot(t.handle.db, tree.countyA.id)).toEqual(before);
    },
  );

  it('a county B manager cannot pull county A records into county B', async () => {
    const s = await login(t.app, 'b_hall_manager', TEST_PASSWORD);
    const before = await snapshot(t.handle.db, tree.countyB.id);
    const win = await as(t.app, s).post(`/api/v1/halls/${tree.countyB.id}/windows`, {
      number: '77',
      kind: 'department',
      departmentIds: [ids.dept],
    });
    expect(win.statusCode).toBe(422);
    const staff = await as(t.app, s).patch(`/api/v1/staff/${ids.staffB}`, { departmentId: ids.dept });
    expect(staff.statusCode).toBe(422);
    const assign = await as(t.app, s).post(`/api/v1/staff/${ids.staffB}/assignments`, {
      windowId: ids.win,
      fromDate: today,
    });
    expect(assign.statusCode).toBe(422);
    expect(await snapshot(t.handle.db, tree.countyB.id)).toEqual(before);
  });

  it('a township manager cannot see its parent county; county staff cannot see the township', async () => {
    const town = await login(t.app, 'townmgr', TEST_PASSWORD);
    expect((await as(t.app, town).get(`/api/v1/departments/${ids.dept}`)).statusCode).toBe(404);
    expect((await as(t.app, town).get(`/api/v1/halls/${tree.countyA.id}/staff`)).statusCode).toBe(404);
    await buildUser(t.handle.db, tree.countyA.id, ['window_staff'], { username: 'a_clerk' });
    const townDept = await buildDepartment(t.handle.db, tree.townA.id);
    const clerk = await login(t.app, 'a_clerk', TEST_PASSWORD);
    expect((await as(t.app, clerk).get(`/api/v1/departments/${townDept.id}`)).statusCode).toBe(404);
    expect((await as(t.app, clerk).get(`/api/v1/departments/${ids.dept}`)).statusCode).toBe(200);
  });

  it('a city hall manager sees and manages county records', async () => {
    const s = await login(t.app, 'citymgr', TEST_PASSWORD);
    for (const url of reads()) {
      const res = await as(t.app, s).get(url);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    }
    const depts = await as(t.app, s).get(`/api/v1/halls/${tree.countyB.id}/departments`);
    expect(depts.json().map((d: { id: string }) => d.id)).toEqual([ids.deptB]);
    expect((await as(t.app, s).get(`/api/v1/staff/${ids.staff}`)).json().phone).toBe('13800138000');
    const res = await as(t.app, s).patch(`/api/v1/windows/${ids.win}`, { name: '市级指导窗口' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '市级指导窗口', currentStaff: [{ id: ids.staff, name: '张三' }] });
  });
});
