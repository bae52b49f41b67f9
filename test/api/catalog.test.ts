import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLOSURE_KEYS, type ItemGuide } from '../../src/domain/guide.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import {
  buildDepartment,
  buildHall,
  buildTree,
  buildUser,
  completeGuide,
  TEST_PASSWORD,
} from '../helpers/factories.js';

interface Detail {
  id: string;
  rowVersion: number;
  publishedVersion: number | null;
  draftDirty: boolean;
  missingDisclosures: string[];
  guide: ItemGuide;
}

describe.each(DIALECTS)('catalog on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let mgr: Session;
  let market: { id: string; name: string };
  let hr: { id: string; name: string };

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    tree = await buildTree(t.handle.db);
    market = await buildDepartment(t.handle.db, tree.countyA.id, { name: '县A市场监督管理局' });
    hr = await buildDepartment(t.handle.db, tree.countyA.id, { name: '县A人力资源和社会保障局' });
    await buildUser(t.handle.db, tree.countyA.id, ['hall_manager'], { username: 'cat_mgr' });
    mgr = await login(t.app, 'cat_mgr', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const api = () => as(t.app, mgr);
  const anon = () => as(t.app, null);
  const db = () => t.handle.db;

  async function create(hallId: string, guide: ItemGuide): Promise<Detail> {
    const res = await api().post(`/api/v1/halls/${hallId}/items`, guide);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Detail;
  }
  async function save(d: Detail, guide: ItemGuide): Promise<Detail> {
    const res = await api().put(`/api/v1/items/${d.id}`, { guide, rowVersion: d.rowVersion });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Detail;
  }
  async function publish(id: string): Promise<number> {
    const res = await api().post(`/api/v1/items/${id}/publish`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { version: number }).version;
  }

  it('creates, edits and publishes a guide; the public sees the nine disclosures; old versions stay readable', async () => {
    const created = await create(tree.countyA.id, completeGuide(market.id, { name: '个体工商户设立登记' }));
    expect(created).toMatchObject({
      hallId: tree.countyA.id,
      department: { id: market.id, name: market.name },
      kind: 'promised',
      type: '行政许可',
      publishedVersion: null,
      draftDirty: true,
      rowVersion: 1,
      missingDisclosures: [],
    });
    expect((await anon().get(`/api/v1/public/items/${created.id}`)).statusCode).toBe(404);
    expect((await anon().get(`/api/v1/public/items/${created.id}/versions`)).statusCode).toBe(404);

    const edited = await save(created, {
      ...created.guide,
      location: '政务服务中心二楼 8 号窗口',
      entryStatus: 'entered',
    });
    expect(edited.rowVersion).toBe(2);
    expect(await publish(created.id)).toBe(1);

    const afterPublish = (await api().get(`/api/v1/items/${created.id}`)).json() as Detail;
    expect(afterPublish).toMatchObject({ publishedVersion: 1, draftDirty: false, rowVersion: 2 });

    const v1 = await anon().get(`/api/v1/public/items/${created.id}`);
    expect(v1.statusCode).toBe(200);
    const view = v1.json();
    expect(Object.keys(view.disclosures).sort()).toEqual([...DISCLOSURE_KEYS].sort());
    for (const k of DISCLOSURE_KEYS) expect(view.disclosures[k], k).not.toBe('');
    expect(view).toMatchObject({
      id: created.id,
      hallId: tree.countyA.id,
      version: 1,
      name: '个体工商户设立登记',
      location: '政务服务中心二楼 8 号窗口',
      departmentName: market.name,
      hallName: tree.countyA.name,
      responsiblePerson: '王五',
    });
    expect(view.materials[0]).toMatchObject({ templateUrl: null, sampleUrl: null });
    expect(typeof view.publishedAt).toBe('string');

    const again = await save(afterPublish, { ...afterPublish.guide, name: '个体工商户设立登记（新版）' });
    expect(again).toMatchObject({ draftDirty: true, publishedVersion: 1, rowVersion: 3 });
    expect((await anon().get(`/api/v1/public/items/${created.id}`)).json().name).toBe('个体工商户设立登记');
    expect(await publish(created.id)).toBe(2);

    const current = (await anon().get(`/api/v1/public/items/${created.id}`)).json();
    expect(current).toMatchObject({ version: 2, name: '个体工商户设立登记（新版）' });
    const old = await anon().get(`/api/v1/public/items/${created.id}/versions/1`);
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({ version: 1, name: '个体工商户设立登记' });
    expect((await anon().get(`/api/v1/public/items/${created.id}/versions/3`)).statusCode).toBe(404);
    const pubVersions = (await anon().get(`/api/v1/public/items/${created.id}/versions`)).json();
    expect(pubVersions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const adminVersions = (await api().get(`/api/v1/items/${created.id}/versions`)).json();
    expect(adminVersions[0]).toMatchObject({ version: 2, publishedBy: '测试用户' });

    const row = await db().selectFrom('items').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: '个体工商户设立登记（新版）',
      code: created.guide.code,
      department_id: market.id,
      entry_status: 'entered',
      published_version: 2,
      draft_dirty: 0,
    });
    const versions = await db()
      .selectFrom('item_versions')
      .select(['version', 'is_current', 'search_text'])
      .where('item_id', '=', created.id)
      .orderBy('version')
      .execute();
    expect(versions.map((v) => [v.version, v.is_current])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(versions[1].search_text).toContain('gtgshsldj');
    const events = await db().selectFrom('item_events').selectAll().where('item_id', '=', created.id).execute();
    expect(events.map((e) => e.event_code)).toEqual(['business_start']);
    const audits = await db()
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity_id', '=', created.id)
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'item.create',
      'item.update',
      'item.publish',
      'item.update',
      'item.publish',
    ]);
    expect(JSON.parse(audits[1].before!).row_version).toBe(1);
    expect(JSON.parse(audits[1].after!).row_version).toBe(2);
  });

  it('refuses to publish an incomplete guide and names the empty disclosures', async () => {
    const d = await create(
      tree.countyA.id,
      completeGuide(market.id, { responsiblePerson: '', feeFree: false, feeStandard: '每件 10 元', feeBasis: '' }),
    );
    expect(d.missingDisclosures).toEqual(['feeBasis', 'responsiblePerson']);
    const res = await api().post(`/api/v1/items/${d.id}/publish`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'GUIDE_INCOMPLETE',
      missing: ['feeBasis', 'responsiblePerson'],
      detail: '以下公开内容为空，不能发布：收费依据、责任人员',
    });
    const versions = await db().selectFrom('item_versions').select('id').where('item_id', '=', d.id).execute();
    expect(versions).toHaveLength(0);
    const row = await db().selectFrom('items').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(row.published_version).toBeNull();
    expect((await anon().get(`/api/v1/public/items/${d.id}`)).statusCode).toBe(404);
  });

  it('validates guides: schema rules (400), department of another hall (422), duplicate code (409)', async () => {
    const late = await api().post(
      `/api/v1/halls/${tree.countyA.id}/items`,
      completeGuide(market.id, { statutoryDays: 5, promisedDays: 10 }),
    );
    expect(late.statusCode).toBe(400);
    expect(late.json().code).toBe('VALIDATION_FAILED');
    expect(late.json().detail).toContain('承诺时限不得超过法定时限');

    const foreign = await buildDepartment(db(), tree.countyB.id);
    const wrongDept = await api().post(`/api/v1/halls/${tree.countyA.id}/items`, completeGuide(foreign.id));
    expect(wrongDept.statusCode).toBe(422);
    expect(wrongDept.json()).toMatchObject({ code: 'RULE_VIOLATION', detail: '实施部门不属于本大厅' });

    const first = await create(tree.countyA.id, completeGuide(market.id, { code: 'DUP-001' }));
    const dup = await api().post(`/api/v1/halls/${tree.countyA.id}/items`, completeGuide(hr.id, { code: 'DUP-001' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');
    // The same code is free in another hall.
    const other = await api().post(`/api/v1/halls/${tree.townA.id}/items`, {
      ...completeGuide((await buildDepartment(db(), tree.townA.id)).id),
      code: 'DUP-001',
    });
    expect(other.statusCode).toBe(201);

    const second = await create(tree.countyA.id, completeGuide(market.id, { code: 'DUP-002' }));
    const rename = await api().put(`/api/v1/items/${second.id}`, {
      guide: { ...second.guide, code: 'DUP-001' },
      rowVersion: second.rowVersion,
    });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().code).toBe('DUPLICATE');
    // Keeping its own code is not a duplicate.
    await save(first, { ...first.guide, name: '改名' });
  });

  it('rejects a stale rowVersion with 409 and leaves the row unchanged', async () => {
    const d = await create(tree.countyA.id, completeGuide(market.id));
    const fresh = await save(d, { ...d.guide, phone: '0591-87654321' });
    const before = await db().selectFrom('items').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    const stale = await api().put(`/api/v1/items/${d.id}`, {
      guide: { ...d.guide, phone: '110' },
      rowVersion: d.rowVersion,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const after = await db().selectFrom('items').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    expect(fresh.guide.phone).toBe('0591-87654321');
  });

  it('searches published items in Chinese and pinyin, and filters by department and event', async () => {
    const hall = await buildHall(db(), { parentId: tree.countyA.id, level: 'township', name: '搜索镇便民服务中心' });
    const sm = await buildDepartment(db(), hall.id, { name: '镇市场监管所' });
    const rs = await buildDepartment(db(), hall.id, { name: '镇人社所' });
    const a = await create(hall.id, completeGuide(sm.id, { name: '个体工商户设立登记', events: ['business_start'] }));
    const b = await create(
      hall.id,
      completeGuide(rs.id, { name: '失业保险金申领', events: ['employment', 'social_security'], keywords: '失业金' }),
    );
    await create(hall.id, completeGuide(sm.id, { name: '个体工商户注销登记', events: ['business_close'] }));
    await publish(a.id);
    await publish(b.id);

    const list = async (query: string) => {
      const res = await anon().get(`/api/v1/public/halls/${hall.id}/items${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { id: string; name: string }[]).map((r) => r.name).sort();
    };
    expect(await list('')).toEqual(['个体工商户设立登记', '失业保险金申领'].sort());
    expect(await list(`?q=${encodeURIComponent('个体')}`)).toEqual(['个体工商户设立登记']);
    expect(await list('?q=gtgsh')).toEqual(['个体工商户设立登记']);
    expect(await list('?q=GTGSH')).toEqual(['个体工商户设立登记']);
    expect(await list('?q=sybxj')).toEqual(['失业保险金申领']);
    expect(await list('?q=shiye')).toEqual(['失业保险金申领']);
    expect(await list(`?q=${encodeURIComponent('人社 失业')}`)).toEqual(['失业保险金申领']);
    expect(await list(`?q=${encodeURIComponent('不存在的事项')}`)).toEqual([]);
    expect(await list('?q=%25')).toEqual([]);
    expect(await list(`?departmentId=${rs.id}`)).toEqual(['失业保险金申领']);
    expect(await list('?event=business_start')).toEqual(['个体工商户设立登记']);
    expect(await list('?event=business_close')).toEqual([]);
    expect(await list(`?event=employment&departmentId=${sm.id}`)).toEqual([]);

    const row = (await anon().get(`/api/v1/public/halls/${hall.id}/items?q=gtgsh`)).json()[0];
    expect(row).toEqual({
      id: a.id,
      code: a.guide.code,
      name: '个体工商户设立登记',
      department: '镇市场监管所',
      departmentId: sm.id,
      kind: 'promised',
      type: '行政许可',
      visits: 1,
      online: true,
      promisedDays: 3,
      statutoryDays: 15,
    });

    const events = (await anon().get(`/api/v1/public/halls/${hall.id}/events`)).json() as {
      code: string;
      itemCount: number;
      kind: string;
      name: string;
    }[];
    expect(events).toHaveLength(20);
    const count = (code: string) => events.find((e) => e.code === code)?.itemCount;
    expect(count('business_start')).toBe(1);
    expect(count('employment')).toBe(1);
    expect(count('social_security')).toBe(1);
    expect(count('business_close')).toBe(0);
    expect(events.find((e) => e.code === 'business_start')).toMatchObject({ name: '开办企业', kind: 'enterprise' });

    expect((await anon().get('/api/v1/public/halls/nope/items')).statusCode).toBe(404);
    expect((await anon().get('/api/v1/public/halls/nope/events')).statusCode).toBe(404);
    expect((await anon().get(`/api/v1/public/halls/${hall.id}/items?event=nope`)).statusCode).toBe(400);

    const admin = await api().get(`/api/v1/halls/${hall.id}/items?q=${encodeURIComponent('个体')}`);
    expect((admin.json() as { name: string }[]).map((r) => r.name).sort()).toEqual(
      ['个体工商户注销登记', '个体工商户设立登记'].sort(),
    );
    const status = async (s: string) =>
      ((await api().get(`/api/v1/halls/${hall.id}/items?status=${s}`)).json() as { name: string }[]).length;
    expect(await status('published')).toBe(2);
    expect(await status('unpublished')).toBe(1);
    expect(await status('dirty')).toBe(0);
  });

  it('uploads files; the public may download one only once a published version references it', async () => {
    const d = await create(tree.countyA.id, completeGuide(market.id));
    const content = Buffer.from('%PDF-1.4\n申请书模板\n%%EOF\n');
    const up = await api().post(`/api/v1/items/${d.id}/files`, {
      filename: '个体工商户登记申请书.pdf',
      mime: 'application/pdf',
      contentBase64: content.toString('base64'),
    });
    expect(up.statusCode, up.body).toBe(201);
    const file = up.json() as { id: string; filename: string; mime: string; size: number };
    expect(file).toMatchObject({ filename: '个体工商户登记申请书.pdf', mime: 'application/pdf', size: content.length });
    const stored = await db().selectFrom('files').selectAll().where('id', '=', file.id).executeTakeFirstOrThrow();
    const { createHash } = await import('node:crypto');
    expect(stored.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(stored).toMatchObject({ hall_id: tree.countyA.id, owner_type: 'item', owner_id: d.id });
    const audit = await db().selectFrom('audit_log').selectAll().where('entity_id', '=', file.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['file.upload']);
    expect(audit[0].after).not.toContain(content.toString('base64'));

    const bad = await api().post(`/api/v1/items/${d.id}/files`, {
      filename: 'x.html',
      mime: 'text/html',
      contentBase64: Buffer.from('<script>').toString('base64'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('不支持的文件类型');

    const big = Buffer.alloc(5 * 1024 * 1024 + 1);
    content.copy(big);
    const tooBig = await api().post(`/api/v1/items/${d.id}/files`, {
      filename: 'big.pdf',
      mime: 'application/pdf',
      contentBase64: big.toString('base64'),
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().detail).toBe('文件大小不能超过 5 MB');

    const url = `/api/v1/public/files/${file.id}`;
    expect((await anon().get(url)).statusCode).toBe(404);
    expect((await api().get(`/api/v1/items/${d.id}/files/${file.id}`)).statusCode).toBe(200);

    const material = { ...d.guide.materials[0], templateFileId: file.id };
    const withFile = await save(d, { ...d.guide, materials: [material] });
    expect(withFile).toMatchObject({ files: [{ id: file.id, filename: '个体工商户登记申请书.pdf' }] });
    expect((await anon().get(url)).statusCode).toBe(404);

    await publish(d.id);
    const dl = await anon().get(url);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="__________.pdf"; filename*=UTF-8''${encodeURIComponent('个体工商户登记申请书')}.pdf`,
    );
    expect(dl.rawPayload.equals(content)).toBe(true);
    const view = (await anon().get(`/api/v1/public/items/${d.id}`)).json();
    expect(view.materials[0]).toMatchObject({ templateFileId: file.id, templateUrl: url, sampleUrl: null });

    // A file of one item cannot be referenced by another.
    const e = await create(tree.countyA.id, completeGuide(market.id));
    const steal = await api().put(`/api/v1/items/${e.id}`, {
      guide: { ...e.guide, materials: [{ ...e.guide.materials[0], sampleFileId: file.id }] },
      rowVersion: e.rowVersion,
    });
    expect(steal.statusCode).toBe(422);
    expect((await anon().get('/api/v1/public/files/nope')).statusCode).toBe(404);
  });

  it('gives concurrent publishes of one item distinct version numbers', async () => {
    const d = await create(tree.countyA.id, completeGuide(hr.id, { name: '就业登记' }));
    const results = await Promise.all([1, 2, 3].map(() => api().post(`/api/v1/items/${d.id}/publish`)));
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const versions = results.map((r) => (r.json() as { version: number }).version).sort();
    expect(versions).toEqual([1, 2, 3]);
    const rows = await db()
      .selectFrom('item_versions')
      .select(['version', 'is_current'])
      .where('item_id', '=', d.id)
      .orderBy('version')
      .execute();
    expect(rows.map((r) => [r.version, r.is_current])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
    ]);
    const item = await db().selectFrom('items').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(item.published_version).toBe(3);
  });

  it('requires a login on admin routes', async () => {
    expect((await anon().get(`/api/v1/halls/${tree.countyA.id}/items`)).statusCode).toBe(401);
    expect((await anon().post(`/api/v1/halls/${tree.countyA.id}/items`, completeGuide(market.id))).statusCode).toBe(
      401,
    );
  });
});
