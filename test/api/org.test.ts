import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { type Db, nowIso } from '../../src/db/index.js';
import { todayInChina } from '../../src/modules/org/dates.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';

/** Departments (进驻单位): CRUD, delegation, residency history, public list with item counts. */

async function insertItem(db: Db, hallId: string, departmentId: string, published: boolean) {
  const now = nowIso();
  await db
    .insertInto('items')
    .values({
      id: newId(),
      hall_id: hallId,
      department_id: departmentId,
      code: `C${newId().slice(-8)}`,
      basic_code: '',
      name: '测试事项',
      draft: '{}',
      entry_status: 'entered',
      published_version: published ? 1 : null,
      draft_dirty: 0,
      row_version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

const auditCount = async (db: Db, action: string, entityId: string) =>
  (
    await db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', action)
      .where('entity_id', '=', entityId)
      .execute()
  ).length;

describe.each(DIALECTS)('org departments on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let mgr: Session;
  let clerk: Session;
  let agent: Session;
  const today = todayInChina();

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    tree = await buildTree(t.handle.db);
    await buildUser(t.handle.db, tree.countyA.id, ['hall_manager'], { username: 'mgr' });
    await buildUser(t.handle.db, tree.countyA.id, ['window_staff'], { username: 'clerk' });
    await buildUser(t.handle.db, tree.countyA.id, ['agent'], { username: 'agent' });
    mgr = await login(t.app, 'mgr', TEST_PASSWORD);
    clerk = await login(t.app, 'clerk', TEST_PASSWORD);
    agent = await login(t.app, 'agent', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const base = () => `/api/v1/halls/${tree.countyA.id}/departments`;

  it('creates a department with delegation and records its first residency entry', async () => {
    const res = await as(t.app, mgr).post(base(), {
      name: '县市场监督管理局',
      shortName: '市场监管',
      residency: 'resident',
      residencySince: '2025-01-01',
      chiefRepresentative: '李四',
      powers: { immediate: true, promised: true, joint: false, reported: true },
      delegationLetterNo: '县市监〔2025〕3号',
      delegationDate: '2025-01-02',
      contactPerson: '王五',
      contactPhone: '0591-87654321',
      sortOrder: 2,
    });
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      hallId: tree.countyA.id,
      name: '县市场监督管理局',
      residency: 'resident',
      residencySince: '2025-01-01',
      chiefRepresentative: '李四',
      powers: { immediate: true, promised: true, joint: false, reported: true },
      delegationLetterNo: '县市监〔2025〕3号',
      delegationDate: '2025-01-02',
      contactPhone: '0591-87654321',
      sortOrder: 2,
    });
    expect(Object.keys(d).sort()).toEqual(
      [
        'id',
        'hallId',
        'name',
        'shortName',
        'residency',
        'residencySince',
        'chiefRepresentative',
        'powers',
        'delegationLetterNo',
        'delegationDate',
        'contactPerson',
        'contactPhone',
        'sortOrder',
        'createdAt',
        'updatedAt',
      ].sort(),
    );

    const detail = await as(t.app, clerk).get(`/api/v1/departments/${d.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().history).toEqual([
      expect.objectContaining({ residency: 'resident', effectiveOn: '2025-01-01', recordedBy: '测试用户' }),
    ]);
    expect(await auditCount(t.handle.db, 'department.create', d.id)).toBe(1);
  });

  it('defaults residency to resident since today', async () => {
    const res = await as(t.app, mgr).post(base(), { name: '县税务局' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      residency: 'resident',
      residencySince: today,
      powers: { immediate: false, promised: false, joint: false, reported: false },
      delegationDate: null,
    });
  });

  it('refuses a second department of the same name with 409', async () => {
    await as(t.app, mgr).post(base(), { name: '县人社局' });
    const before = await t.handle.db.selectFrom('departments').select('id').execute();
    const res = await as(t.app, mgr).post(base(), { name: '县人社局' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'DUPLICATE', detail: '本大厅已有名为“县人社局”的进驻单位' });
    expect(await t.handle.db.selectFrom('departments').select('id').execute()).toHaveLength(before.length);
  });

  it('rejects invalid bodies with problem+json 400 and creates nothing', async () => {
    const count = async () => (await t.handle.db.selectFrom('departments').select('id').execute()).length;
    const n = await count();
    for (const body of [
      { name: '局' },
      { name: '县某局', residency: 'gone' },
      { name: '县某局', residencySince: '2025-02-30' },
      { name: '县某局', contactPhone: 'abc' },
      { name: '县某局', powers: { immediate: 'yes' } },
    ]) {
      const res = await as(t.app, mgr).post(base(), body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    expect(await count()).toBe(n);
    const future = await as(t.app, mgr).post(base(), { name: '县某局', residencySince: '2999-01-01' });
    expect(future.statusCode).toBe(422);
    expect(await count()).toBe(n);
  });

  it('lists departments of the hall, filtered by residency', async () => {
    const dept = await buildDepartment(t.handle.db, tree.countyA.id, { residency: 'appointment' });
    const all = await as(t.app, clerk).get(base());
    expect(all.statusCode).toBe(200);
    expect(all.json().map((d: { id: string }) => d.id)).toContain(dept.id);
    const appt = await as(t.app, clerk).get(`${base()}?residency=appointment`);
    expect(appt.json().map((d: { id: string }) => d.id)).toEqual([dept.id]);
    expect((await as(t.app, clerk).get(`${base()}?residency=nope`)).statusCode).toBe(400);
  });

  it('edits delegation fields but never residency through PATCH', async () => {
    const dept = await buildDepartment(t.handle.db, tree.countyA.id);
    const res = await as(t.app, mgr).patch(`/api/v1/departments/${dept.id}`, {
      chiefRepresentative: '赵六',
      powers: { joint: true },
      delegationDate: '2026-01-05',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      chiefRepresentative: '赵六',
      powers: { immediate: true, promised: true, joint: true, reported: false },
      delegationDate: '2026-01-05',
    });
    expect(await auditCount(t.handle.db, 'department.update', dept.id)).toBe(1);

    const row = await t.handle.db.selectFrom('departments').selectAll().where('id', '=', dept.id).executeTakeFirst();
    const bad = await as(t.app, mgr).patch(`/api/v1/departments/${dept.id}`, {
      residency: 'withdrawn',
      name: '新名称',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('变更进驻状态');
    expect(
      await t.handle.db.selectFrom('departments').selectAll().where('id', '=', dept.id).executeTakeFirst(),
    ).toEqual(row);
  });

  it('keeps residency changes as dated history with reasons, in order', async () => {
    const created = (
      await as(t.app, mgr).post(base(), { name: '县不动产登记中心', residencySince: '2024-03-01' })
    ).json();
    const url = `/api/v1/departments/${created.id}/residency`;
    const r1 = await as(t.app, mgr).post(url, {
      residency: 'appointment',
      effectiveOn: '2025-06-01',
      reason: '业务量小，改为预约进驻',
    });
    expect(r1.statusCode).toBe(200);
    expect(r1.json()).toMatchObject({ residency: 'appointment', residencySince: '2025-06-01' });
    const r2 = await as(t.app, mgr).post(url, { residency: 'withdrawn', effectiveOn: today, reason: '机构调整撤离' });
    expect(r2.statusCode).toBe(200);
    expect(r2.json().history.map((h: { residency: string; effectiveOn: string; reason: string }) => h)).toEqual([
      expect.objectContaining({ residency: 'resident', effectiveOn: '2024-03-01', reason: '新建进驻单位' }),
      expect.objectContaining({
        residency: 'appointment',
        effectiveOn: '2025-06-01',
        reason: '业务量小，改为预约进驻',
      }),
      expect.objectContaining({
        residency: 'withdrawn',
        effectiveOn: today,
        reason: '机构调整撤离',
        recordedBy: '测试用户',
      }),
    ]);
    const row = await t.handle.db.selectFrom('departments').selectAll().where('id', '=', created.id).executeTakeFirst();
    expect(row).toMatchObject({ residency: 'withdrawn', residency_since: today });
    expect(await auditCount(t.handle.db, 'department.residency', created.id)).toBe(2);

    const hist = async () =>
      t.handle.db
        .selectFrom('department_residency_history')
        .selectAll()
        .where('department_id', '=', created.id)
        .execute();
    const n = (await hist()).length;
    // reason is required
    const noReason = await as(t.app, mgr).post(url, { residency: 'resident', effectiveOn: today });
    expect(noReason.statusCode).toBe(400);
    const blank = await as(t.app, mgr).post(url, { residency: 'resident', effectiveOn: today, reason: '  ' });
    expect(blank.statusCode).toBe(400);
    // no-op and backdated changes are refused
    const same = await as(t.app, mgr).post(url, { residency: 'withdrawn', effectiveOn: today, reason: '再次撤离' });
    expect(same.statusCode).toBe(422);
    expect(same.json()).toMatchObject({ code: 'RULE_VIOLATION', detail: '该单位已是“撤离”状态，无需变更' });
    const back = await as(t.app, mgr).post(url, { residency: 'resident', effectiveOn: '2025-01-01', reason: '回迁' });
    expect(back.statusCode).toBe(422);
    expect((await hist()).length).toBe(n);
    expect(
      await t.handle.db.selectFrom('departments').selectAll().where('id', '=', created.id).executeTakeFirst(),
    ).toEqual(row);
  });

  it('needs org.manage to write and org.read to read', async () => {
    const dept = await buildDepartment(t.handle.db, tree.countyA.id);
    expect((await as(t.app, clerk).post(base(), { name: '县教育局' })).statusCode).toBe(403);
    expect((await as(t.app, clerk).patch(`/api/v1/departments/${dept.id}`, { name: '改名局' })).statusCode).toBe(403);
    const res = await as(t.app, clerk).post(`/api/v1/departments/${dept.id}/residency`, {
      residency: 'withdrawn',
      effectiveOn: today,
      reason: '测试撤离',
    });
    expect(res.statusCode).toBe(403);
    expect((await as(t.app, agent).get(base())).statusCode).toBe(403);
    expect((await as(t.app, agent).get(`/api/v1/departments/${dept.id}`)).statusCode).toBe(403);
    expect((await as(t.app, null).get(base())).statusCode).toBe(401);
    expect((await as(t.app, mgr).get('/api/v1/departments/nope')).statusCode).toBe(404);
    expect(
      await t.handle.db.selectFrom('departments').select('name').where('id', '=', dept.id).executeTakeFirst(),
    ).toEqual({ name: dept.name });
  });

  it('serves the public list with published item counts, withdrawn departments excluded', async () => {
    const db = t.handle.db;
    const hall = tree.townA.id;
    const a = await buildDepartment(db, hall, { name: '镇社会事务办' });
    const b = await buildDepartment(db, hall, { name: '镇村建办', residency: 'appointment' });
    const gone = await buildDepartment(db, hall, { name: '镇农业站', residency: 'withdrawn' });
    await insertItem(db, hall, a.id, true);
    await insertItem(db, hall, a.id, true);
    await insertItem(db, hall, a.id, false);
    await insertItem(db, hall, gone.id, true);
    const res = await as(t.app, null).get(`/api/v1/public/halls/${hall}/departments`);
    expect(res.statusCode).toBe(200);
    const list = res.json() as { id: string; name: string; residency: string; itemCount: number }[];
    expect(list).toHaveLength(2);
    expect(list).toEqual(
      expect.arrayContaining([
        { id: a.id, name: '镇社会事务办', residency: 'resident', itemCount: 2 },
        { id: b.id, name: '镇村建办', residency: 'appointment', itemCount: 0 },
      ]),
    );
    expect((await as(t.app, null).get('/api/v1/public/halls/nope/departments')).statusCode).toBe(404);
  });
});
