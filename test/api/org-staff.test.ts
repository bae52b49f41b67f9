import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/modules/org/dates.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildStaff, buildTree, buildUser, buildWindow, TEST_PASSWORD } from '../helpers/factories.js';

/** Staff (工作人员): badge fields, photo, phone masking, department rule, deactivation. */

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const png = (extra = 0) => `data:image/png;base64,${Buffer.concat([PNG, Buffer.alloc(extra)]).toString('base64')}`;

describe.each(DIALECTS)('org staff on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let mgr: Session;
  let clerk: Session;

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    tree = await buildTree(t.handle.db);
    await buildUser(t.handle.db, tree.countyA.id, ['hall_manager'], { username: 'mgr' });
    await buildUser(t.handle.db, tree.countyA.id, ['window_staff'], { username: 'clerk' });
    mgr = await login(t.app, 'mgr', TEST_PASSWORD);
    clerk = await login(t.app, 'clerk', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const base = () => `/api/v1/halls/${tree.countyA.id}/staff`;
  const staffRow = (id: string) => t.handle.db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  const staffCount = async () => (await t.handle.db.selectFrom('staff').select('id').execute()).length;

  it('creates a staff member with the badge fields and reads them back', async () => {
    const dept = await buildDepartment(t.handle.db, tree.countyA.id, { name: '县公安局' });
    const res = await as(t.app, mgr).post(base(), {
      departmentId: dept.id,
      name: '林小红',
      employeeNo: 'GA-007',
      post: '户籍窗口',
      title: '四级警长',
      duties: '户口迁移、身份证办理',
      phone: '13912345678',
      photo: png(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(String),
      hallId: tree.countyA.id,
      departmentId: dept.id,
      departmentName: '县公安局',
      name: '林小红',
      employeeNo: 'GA-007',
      post: '户籍窗口',
      title: '四级警长',
      duties: '户口迁移、身份证办理',
      phone: '13912345678',
      photo: png(),
      active: true,
      windows: [],
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', res.json().id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('staff.create');
    // the photo itself is not copied into the audit log, only its digest
    expect(audit[0]!.after).toContain('sha256:');
    expect(audit[0]!.after).not.toContain(png());
  });

  it('requires the department to belong to the same hall', async () => {
    const foreign = await buildDepartment(t.handle.db, tree.countyB.id);
    const n = await staffCount();
    const res = await as(t.app, mgr).post(base(), { name: '王小明', departmentId: foreign.id });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'RULE_VIOLATION', detail: '所属单位必须是本大厅的进驻单位' });
    expect(await staffCount()).toBe(n);
    const s = await buildStaff(t.handle.db, tree.countyA.id);
    const before = await staffRow(s.id);
    expect((await as(t.app, mgr).patch(`/api/v1/staff/${s.id}`, { departmentId: foreign.id })).statusCode).toBe(422);
    expect(await staffRow(s.id)).toEqual(before);
  });

  it('rejects invalid bodies with 400 and stores nothing', async () => {
    const n = await staffCount();
    for (const body of [
      { name: '王' },
      { name: '王小明', phone: '12ab' },
      { name: '王小明', active: 'yes' },
      { name: '王小明', photo: 'data:image/gif;base64,R0lGODlh' },
    ]) {
      const res = await as(t.app, mgr).post(base(), body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await staffCount()).toBe(n);
  });

  it('masks the phone for window staff and shows it (audited) to the hall manager', async () => {
    const s = await buildStaff(t.handle.db, tree.countyA.id, { name: '周八' });
    const seen = await as(t.app, clerk).get(`/api/v1/staff/${s.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().phone).toBe('138****8000');
    const list = await as(t.app, clerk).get(base());
    expect((list.json() as { id: string; phone: string }[]).find((x) => x.id === s.id)?.phone).toBe('138****8000');

    const views = async () =>
      (
        await t.handle.db
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'personal_data.view')
          .where('entity_type', '=', 'staff')
          .execute()
      ).length;
    const before = await views();
    const full = await as(t.app, mgr).get(`/api/v1/staff/${s.id}`);
    expect(full.json().phone).toBe('13800138000');
    const mgrList = await as(t.app, mgr).get(base());
    expect((mgrList.json() as { id: string; phone: string }[]).find((x) => x.id === s.id)?.phone).toBe('13800138000');
    expect(await views()).toBe(before + 2);
  });

  it('filters the list by department and by text', async () => {
    const dept = await buildDepartment(t.handle.db, tree.countyA.id);
    const a = await buildStaff(t.handle.db, tree.countyA.id, { name: '郑十一', departmentId: dept.id });
    await buildStaff(t.handle.db, tree.countyA.id, { name: '郑十二' });
    const byDept = await as(t.app, clerk).get(`${base()}?departmentId=${dept.id}`);
    expect(byDept.json().map((s: { id: string }) => s.id)).toEqual([a.id]);
    const byName = await as(t.app, clerk).get(`${base()}?q=${encodeURIComponent('郑十')}`);
    expect(
      byName
        .json()
        .map((s: { name: string }) => s.name)
        .sort(),
    ).toEqual(['郑十一', '郑十二']);
    const none = await as(t.app, clerk).get(`${base()}?q=${encodeURIComponent('%')}`);
    expect(none.json()).toEqual([]);
  });

  it('edits staff and ends the window assignment when deactivated', async () => {
    const s = await buildStaff(t.handle.db, tree.countyA.id);
    const w = await buildWindow(t.handle.db, tree.countyA.id, { number: 'P1' });
    await as(t.app, mgr).post(`/api/v1/staff/${s.id}/assignments`, { windowId: w.id, fromDate: '2026-01-01' });
    const res = await as(t.app, mgr).patch(`/api/v1/staff/${s.id}`, { title: '副主任科员', phone: '0591-88886666' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      title: '副主任科员',
      phone: '0591-88886666',
      windows: [{ id: w.id, number: 'P1' }],
    });
    expect((await as(t.app, clerk).get(`/api/v1/staff/${s.id}`)).json().phone).toBe('0591-******66');

    const off = await as(t.app, mgr).patch(`/api/v1/staff/${s.id}`, { active: false });
    expect(off.json()).toMatchObject({ active: false, windows: [] });
    const rows = await t.handle.db
      .selectFrom('staff_window_assignments')
      .selectAll()
      .where('staff_id', '=', s.id)
      .execute();
    expect(rows).toEqual([expect.objectContaining({ window_id: w.id, to_date: todayInChina() })]);
    const again = await as(t.app, mgr).post(`/api/v1/staff/${s.id}/assignments`, {
      windowId: w.id,
      fromDate: todayInChina(),
    });
    expect(again.json().detail).toBe('该工作人员已停用，不能安排窗口');
    expect((await as(t.app, clerk).patch(`/api/v1/staff/${s.id}`, { active: true })).statusCode).toBe(403);
  });

  it('sets, validates and removes the badge photo', async () => {
    const s = await buildStaff(t.handle.db, tree.countyA.id);
    const url = `/api/v1/staff/${s.id}/photo`;
    const ok = await as(t.app, mgr).put(url, { dataUrl: png(100) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().photo).toBe(png(100));
    const stored = await staffRow(s.id);

    const tooBig = await as(t.app, mgr).put(url, { dataUrl: png(512 * 1024) });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().detail).toContain('照片不能超过 512 KB');
    const gif = await as(t.app, mgr).put(url, { dataUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' });
    expect(gif.statusCode).toBe(400);
    expect(gif.json().detail).toContain('照片格式须为 PNG、JPEG、WebP 或 SVG');
    const fake = await as(t.app, mgr).put(url, {
      dataUrl: `data:image/png;base64,${Buffer.from('hello').toString('base64')}`,
    });
    expect(fake.statusCode).toBe(400);
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"></svg>').toString('base64')}`;
    expect((await as(t.app, mgr).put(url, { dataUrl: svg })).statusCode).toBe(400);
    expect((await as(t.app, clerk).put(url, { dataUrl: png() })).statusCode).toBe(403);
    expect(await staffRow(s.id)).toEqual(stored);

    const removed = await as(t.app, mgr).put(url, { dataUrl: null });
    expect(removed.json().photo).toBeNull();
  });
});
