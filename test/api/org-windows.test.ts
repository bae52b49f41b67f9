import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/modules/org/dates.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildStaff, buildTree, buildUser, buildWindow, TEST_PASSWORD } from '../helpers/factories.js';

/** Windows (窗口) and staff window assignments with the staffing-stability count. */

const today = todayInChina();
function daysAgo(n: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

describe.each(DIALECTS)('org windows on %s', (dialect) => {
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

  const base = () => `/api/v1/halls/${tree.countyA.id}/windows`;
  const windowRow = (id: string) =>
    t.handle.db.selectFrom('windows').selectAll().where('id', '=', id).executeTakeFirst();

  it('creates, reads, lists (numeric order) and edits windows', async () => {
    const dept = await buildDepartment(t.handle.db, tree.countyA.id);
    const w10 = await as(t.app, mgr).post(base(), {
      number: '10',
      kind: 'department',
      departmentIds: [dept.id, dept.id],
    });
    expect(w10.statusCode).toBe(201);
    expect(w10.json()).toEqual({
      id: expect.any(String),
      hallId: tree.countyA.id,
      number: '10',
      name: '',
      kind: 'department',
      status: 'open',
      departmentIds: [dept.id],
      currentStaff: [],
    });
    const w2 = await as(t.app, mgr).post(base(), { number: '2', name: '综合受理', kind: 'comprehensive' });
    expect(w2.statusCode).toBe(201);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', w10.json().id)
      .execute();
    expect(audit).toEqual([{ action: 'window.create' }]);

    const list = await as(t.app, clerk).get(base());
    expect(list.statusCode).toBe(200);
    const numbers = (list.json() as { number: string }[]).map((w) => w.number);
    expect(numbers.indexOf('2')).toBeLessThan(numbers.indexOf('10'));

    const one = await as(t.app, clerk).get(`/api/v1/windows/${w2.json().id}`);
    expect(one.json()).toMatchObject({ number: '2', name: '综合受理', kind: 'comprehensive' });

    const patched = await as(t.app, mgr).patch(`/api/v1/windows/${w2.json().id}`, {
      status: 'paused',
      kind: 'consult',
      departmentIds: [dept.id],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ status: 'paused', kind: 'consult', departmentIds: [dept.id] });
    expect(await windowRow(w2.json().id)).toMatchObject({
      status: 'paused',
      department_ids: JSON.stringify([dept.id]),
    });
  });

  it('refuses a window number already used in the hall with 409 and a clear detail', async () => {
    const existing = await buildWindow(t.handle.db, tree.countyA.id, { number: 'A01' });
    const count = async () => (await t.handle.db.selectFrom('windows').select('id').execute()).length;
    const n = await count();
    const res = await as(t.app, mgr).post(base(), { number: 'A01', kind: 'fee' });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'DUPLICATE', detail: '窗口编号“A01”在本大厅已被使用，请换一个编号' });
    expect(await count()).toBe(n);

    const other = await buildWindow(t.handle.db, tree.countyA.id, { number: 'A02' });
    const before = await windowRow(other.id);
    const rename = await as(t.app, mgr).patch(`/api/v1/windows/${other.id}`, { number: 'A01' });
    expect(rename.statusCode).toBe(409);
    expect(await windowRow(other.id)).toEqual(before);
    expect(await windowRow(existing.id)).toMatchObject({ number: 'A01' });

    // the same number in another hall is fine
    const elsewhere = await as(t.app, mgr).post(`/api/v1/halls/${tree.townA.id}/windows`, {
      number: 'A01',
      kind: 'fee',
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('serves only departments of the same hall (422 otherwise) and validates input (400)', async () => {
    const foreign = await buildDepartment(t.handle.db, tree.countyB.id);
    const count = async () => (await t.handle.db.selectFrom('windows').select('id').execute()).length;
    const n = await count();
    for (const departmentIds of [[foreign.id], ['no-such-department']]) {
      const res = await as(t.app, mgr).post(base(), { number: 'X9', kind: 'department', departmentIds });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'RULE_VIOLATION', detail: '窗口服务的单位必须是本大厅的进驻单位' });
    }
    for (const body of [{ number: '', kind: 'fee' }, { number: 'X9', kind: 'bank' }, { number: 'X9' }]) {
      const res = await as(t.app, mgr).post(base(), body);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    expect(await count()).toBe(n);
    const w = await buildWindow(t.handle.db, tree.countyA.id);
    const before = await windowRow(w.id);
    expect((await as(t.app, mgr).patch(`/api/v1/windows/${w.id}`, { departmentIds: [foreign.id] })).statusCode).toBe(
      422,
    );
    expect((await as(t.app, mgr).patch(`/api/v1/windows/${w.id}`, { status: 'broken' })).statusCode).toBe(400);
    expect(await windowRow(w.id)).toEqual(before);
  });

  it('lets window staff read but not write', async () => {
    const w = await buildWindow(t.handle.db, tree.countyA.id);
    expect((await as(t.app, clerk).post(base(), { number: 'Z1', kind: 'fee' })).statusCode).toBe(403);
    expect((await as(t.app, clerk).patch(`/api/v1/windows/${w.id}`, { status: 'closed' })).statusCode).toBe(403);
    expect((await as(t.app, clerk).get(`/api/v1/windows/${w.id}/assignments`)).statusCode).toBe(200);
    expect(await windowRow(w.id)).toMatchObject({ status: 'open' });
  });

  it('keeps assignment history per window and counts staffing changes over 12 months', async () => {
    const db = t.handle.db;
    const w1 = await buildWindow(db, tree.countyA.id, { number: 'S1' });
    const w2 = await buildWindow(db, tree.countyA.id, { number: 'S2' });
    const s1 = await buildStaff(db, tree.countyA.id, { name: '陈一' });
    const s2 = await buildStaff(db, tree.countyA.id, { name: '陈二' });
    const s3 = await buildStaff(db, tree.countyA.id, { name: '陈三' });
    const assign = (staffId: string, windowId: string | null, fromDate: string) =>
      as(t.app, mgr).post(`/api/v1/staff/${staffId}/assignments`, { windowId, fromDate });

    const first = await assign(s1.id, w1.id, daysAgo(400)); // first staffing: not a change
    expect(first.statusCode).toBe(200);
    expect(first.json().windows).toEqual([{ id: w1.id, number: 'S1' }]);
    const moved = await assign(s1.id, w2.id, daysAgo(100)); // leaves S1 …
    expect(moved.json().windows).toEqual([{ id: w2.id, number: 'S2' }]);
    expect((await assign(s2.id, w1.id, daysAgo(100))).statusCode).toBe(200); // … same-day hand-over: 1 change
    expect((await assign(s3.id, w1.id, daysAgo(30))).statusCode).toBe(200); // second person joins: 2
    expect((await assign(s2.id, null, daysAgo(10))).json().windows).toEqual([]); // leaves: 3

    const res = await as(t.app, clerk).get(`/api/v1/windows/${w1.id}/assignments`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      history: [
        { id: expect.any(String), staffId: s1.id, staffName: '陈一', fromDate: daysAgo(400), toDate: daysAgo(100) },
        { id: expect.any(String), staffId: s2.id, staffName: '陈二', fromDate: daysAgo(100), toDate: daysAgo(10) },
        { id: expect.any(String), staffId: s3.id, staffName: '陈三', fromDate: daysAgo(30), toDate: null },
      ],
      changesLast12Months: 3,
    });
    const stable = await as(t.app, clerk).get(`/api/v1/windows/${w2.id}/assignments`);
    expect(stable.json().changesLast12Months).toBe(0);
    expect((await as(t.app, clerk).get(`/api/v1/windows/${w1.id}`)).json().currentStaff).toEqual([
      { id: s3.id, name: '陈三' },
    ]);
    const audits = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', s1.id)
      .where('action', '=', 'staff.assign')
      .execute();
    expect(audits).toHaveLength(2);

    // refused: backdating before the open assignment, repeating it, a future date, a closed window
    const openRows = async () =>
      db.selectFrom('staff_window_assignments').selectAll().where('staff_id', '=', s3.id).execute();
    const snapshot = await openRows();
    const back = await assign(s3.id, w2.id, daysAgo(31));
    expect(back.statusCode).toBe(422);
    expect(back.json().detail).toBe(`日期不能早于当前安排的开始日期（${daysAgo(30)}）`);
    expect((await assign(s3.id, w1.id, today)).json().detail).toBe('该工作人员已在此窗口上岗');
    expect((await assign(s3.id, w2.id, '2999-01-01')).statusCode).toBe(422);
    const closed = await buildWindow(db, tree.countyA.id, { number: 'S3' });
    await db.updateTable('windows').set({ status: 'closed' }).where('id', '=', closed.id).execute();
    expect((await assign(s3.id, closed.id, today)).json().detail).toBe('该窗口已关闭，不能安排人员');
    expect((await assign(s3.id, w2.id, 'yesterday')).statusCode).toBe(400);
    expect(await openRows()).toEqual(snapshot);
  });
});
