import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemGuide } from '../../src/domain/guide.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildTree, buildUser, completeGuide, TEST_PASSWORD } from '../helpers/factories.js';

/** Another county's staff can neither read nor change county A's catalog; rows stay as they were. */
describe.each(DIALECTS)('catalog isolation on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let mgrA: Session;
  let mgrB: Session;
  let staffA: Session;
  let cityMgr: Session;
  let deptA: { id: string };
  let item: { id: string; rowVersion: number; guide: ItemGuide };
  let fileId: string;

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    const db = t.handle.db;
    tree = await buildTree(db);
    deptA = await buildDepartment(db, tree.countyA.id);
    await buildUser(db, tree.countyA.id, ['hall_manager'], { username: 'iso_mgr_a' });
    await buildUser(db, tree.countyB.id, ['hall_manager'], { username: 'iso_mgr_b' });
    await buildUser(db, tree.countyA.id, ['window_staff'], { username: 'iso_staff_a' });
    await buildUser(db, tree.city.id, ['hall_manager'], { username: 'iso_city' });
    mgrA = await login(t.app, 'iso_mgr_a', TEST_PASSWORD);
    mgrB = await login(t.app, 'iso_mgr_b', TEST_PASSWORD);
    staffA = await login(t.app, 'iso_staff_a', TEST_PASSWORD);
    cityMgr = await login(t.app, 'iso_city', TEST_PASSWORD);

    const created = await as(t.app, mgrA).post(`/api/v1/halls/${tree.countyA.id}/items`, completeGuide(deptA.id));
    expect(created.statusCode, created.body).toBe(201);
    item = created.json();
    const up = await as(t.app, mgrA).post(`/api/v1/items/${item.id}/files`, {
      filename: 'a.txt',
      mime: 'text/plain',
      contentBase64: Buffer.from('样表').toString('base64'),
    });
    expect(up.statusCode, up.body).toBe(201);
    fileId = up.json().id;
  });
  afterAll(() => t.close());

  /** Everything the catalog stores about county A's item, to compare before and after an attempt. */
  async function snapshot() {
    const db = t.handle.db;
    return {
      items: await db.selectFrom('items').selectAll().where('hall_id', '=', tree.countyA.id).orderBy('id').execute(),
      versions: await db.selectFrom('item_versions').selectAll().orderBy('id').execute(),
      events: await db.selectFrom('item_events').selectAll().orderBy('item_id').execute(),
      files: await db.selectFrom('files').select(['id', 'owner_id', 'sha256']).orderBy('id').execute(),
    };
  }

  const attempts = (s: Session) => {
    const c = as(t.app, s);
    return {
      list: () => c.get(`/api/v1/halls/${tree.countyA.id}/items`),
      create: () => c.post(`/api/v1/halls/${tree.countyA.id}/items`, completeGuide(deptA.id)),
      get: () => c.get(`/api/v1/items/${item.id}`),
      update: () =>
        c.put(`/api/v1/items/${item.id}`, { guide: { ...item.guide, name: '被篡改' }, rowVersion: item.rowVersion }),
      publish: () => c.post(`/api/v1/items/${item.id}/publish`),
      versions: () => c.get(`/api/v1/items/${item.id}/versions`),
      upload: () =>
        c.post(`/api/v1/items/${item.id}/files`, {
          filename: 'b.txt',
          mime: 'text/plain',
          contentBase64: Buffer.from('x').toString('base64'),
        }),
      download: () => c.get(`/api/v1/items/${item.id}/files/${fileId}`),
    };
  };

  it('a county B hall manager gets 404 on every admin route of county A, and nothing changes', async () => {
    const before = await snapshot();
    const auditBefore = await t.handle.db.selectFrom('audit_log').select('id').execute();
    for (const [name, call] of Object.entries(attempts(mgrB))) {
      const res = await call();
      expect(res.statusCode, `${name}: ${res.body}`).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    expect(await snapshot()).toEqual(before);
    expect(await t.handle.db.selectFrom('audit_log').select('id').execute()).toHaveLength(auditBefore.length);
  });

  it('county B cannot put county A departments or files into its own items', async () => {
    const deptB = await buildDepartment(t.handle.db, tree.countyB.id);
    const b = as(t.app, mgrB);
    const withForeignDept = await b.post(`/api/v1/halls/${tree.countyB.id}/items`, completeGuide(deptA.id));
    expect(withForeignDept.statusCode).toBe(422);
    const own = await b.post(`/api/v1/halls/${tree.countyB.id}/items`, completeGuide(deptB.id));
    expect(own.statusCode).toBe(201);
    const ownItem = own.json() as { id: string; rowVersion: number; guide: ItemGuide };
    const steal = await b.put(`/api/v1/items/${ownItem.id}`, {
      guide: { ...ownItem.guide, materials: [{ ...ownItem.guide.materials[0], templateFileId: fileId }] },
      rowVersion: ownItem.rowVersion,
    });
    expect(steal.statusCode).toBe(422);
    expect((await b.get(`/api/v1/halls/${tree.countyB.id}/items`)).json()).toHaveLength(1);
  });

  it('window staff may read but not edit, publish or upload (403), and nothing changes', async () => {
    const before = await snapshot();
    const a = attempts(staffA);
    for (const call of [a.list, a.get, a.versions, a.download]) expect((await call()).statusCode).toBe(200);
    for (const [name, call] of Object.entries({
      create: a.create,
      update: a.update,
      publish: a.publish,
      upload: a.upload,
    })) {
      const res = await call();
      expect(res.statusCode, `${name}: ${res.body}`).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('the city hall manager reaches county A items through the subtree', async () => {
    const c = attempts(cityMgr);
    expect((await c.get()).statusCode).toBe(200);
    expect((await c.list()).json()).toHaveLength(1);
    const pub = await c.publish();
    expect(pub.statusCode, pub.body).toBe(200);
    // Published guides are public data: anyone may read them, from any hall.
    expect((await as(t.app, mgrB).get(`/api/v1/public/items/${item.id}`)).statusCode).toBe(200);
  });
});
