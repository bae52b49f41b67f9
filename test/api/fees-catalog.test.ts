import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, DIALECTS } from '../helpers/app.js';
import { buildFeeWorld, catalogBody, type FeeWorld, feeSnapshot, issue } from './fees-fixture.js';

describe.each(DIALECTS)('fee catalog 收费目录 on %s', (dialect) => {
  let w: FeeWorld;
  beforeAll(async () => {
    w = await buildFeeWorld(dialect);
  });
  afterAll(() => w.t.close());

  it('the manager keeps a catalog per item with categories, standards, basis and receiving department', async () => {
    const res = await as(w.t.app, w.staff).get(`/api/v1/items/${w.itemId}/fees`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.current.version).toBe(1);
    expect(body.current.createdByName).toBe('测试用户');
    expect(body.current.lines.map((l: { code: string }) => l.code)).toEqual(['F01', 'F02', 'F03']);
    expect(body.current.lines[0]).toMatchObject({
      category: 'administrative',
      categoryLabel: '行政事业性收费',
      mode: 'fixed',
      amountFen: 8000,
      standardText: '¥80.00',
      receivingDepartmentName: '不动产登记中心',
      waivable: true,
      waiverBasis: '财税〔2016〕79号',
    });
    expect(body.current.lines[1]).toMatchObject({ standardText: '每本¥10.00，封顶¥30.00', capFen: 3000 });
    expect(body.current.lines[2]).toMatchObject({
      categoryLabel: '经营服务性收费',
      receivingDepartmentName: '自然资源局',
    });
    const audit = await w.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'fee.catalog.update')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('a change is a new version; the old version and notices issued under it keep their prices', async () => {
    const notice = await issue(w, [{ feeLineId: w.lines.F01 }]);
    const changed = catalogBody(w.deptId, w.otherDeptId, 1);
    changed.lines[0] = { ...changed.lines[0], amountFen: 5500, name: '住宅类不动产登记费（调整后）' };
    const res = await as(w.t.app, w.manager).put(`/api/v1/items/${w.itemId}/fees`, changed);
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(2);
    const list = (await as(w.t.app, w.manager).get(`/api/v1/items/${w.itemId}/fees`)).json();
    expect(list.versions.map((v: { version: number; isCurrent: boolean }) => [v.version, v.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ]);
    const v1 = (await as(w.t.app, w.manager).get(`/api/v1/items/${w.itemId}/fees/versions/1`)).json();
    expect(v1.lines[0].amountFen).toBe(8000);
    const again = (await as(w.t.app, w.staff).get(`/api/v1/fee-notices/${notice.id}`)).json();
    expect(again).toMatchObject({ catalogVersion: 1, totalFen: 8000 });
    // the public guide shows the current standard and basis
    const pub = await as(w.t.app, null).get(`/api/v1/public/items/${w.itemId}/fees`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ version: 2, hasCatalog: true, feeFree: false });
    expect(pub.json().standardText).toContain('住宅类不动产登记费（调整后）：¥55.00');
    expect(pub.json().basisText).toContain('发改价格规〔2016〕2559号');
    // lines of the old version are no longer chargeable
    const old = await as(w.t.app, w.staff).post(`/api/v1/cases/${w.caseId}/fee-notices`, {
      lines: [{ feeLineId: w.lines.F01 }],
    });
    expect(old.statusCode).toBe(422);
    expect(old.json().code).toBe('FEE_NOT_IN_CATALOG');
  });

  it('refuses a stale base version, fractional money and bad standards, and changes nothing', async () => {
    const before = await feeSnapshot(w.db);
    const stale = await as(w.t.app, w.manager).put(
      `/api/v1/items/${w.itemId}/fees`,
      catalogBody(w.deptId, w.otherDeptId, 1),
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const bad = (patch: Record<string, unknown>) => {
      const body = catalogBody(w.deptId, w.otherDeptId, 2);
      return { ...body, lines: [{ ...body.lines[0], ...patch }] };
    };
    for (const patch of [
      { amountFen: 80.5 },
      { amountFen: '8000' },
      { amountFen: -8000 },
      { amountFen: 0 },
      { unitPriceFen: 100 },
      { mode: 'per_unit' },
      { category: '乱收费' },
      { basis: '' },
    ]) {
      const res = await as(w.t.app, w.manager).put(`/api/v1/items/${w.itemId}/fees`, bad(patch));
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const foreign = await as(w.t.app, w.manager).put(
      `/api/v1/items/${w.itemId}/fees`,
      bad({ receivingDepartmentId: w.deptB }),
    );
    expect(foreign.statusCode).toBe(404);
    expect(await feeSnapshot(w.db)).toBe(before);
  });

  it('only fee.catalog may change it; another county sees nothing', async () => {
    const body = catalogBody(w.deptId, w.otherDeptId, 2);
    expect((await as(w.t.app, w.staff).put(`/api/v1/items/${w.itemId}/fees`, body)).statusCode).toBe(403);
    expect((await as(w.t.app, w.cashier).put(`/api/v1/items/${w.itemId}/fees`, body)).statusCode).toBe(403);
    expect((await as(w.t.app, w.managerB).put(`/api/v1/items/${w.itemId}/fees`, body)).statusCode).toBe(404);
    expect((await as(w.t.app, w.managerB).get(`/api/v1/items/${w.itemId}/fees`)).statusCode).toBe(404);
  });

  it('an empty catalog makes the item free from now on', async () => {
    const res = await as(w.t.app, w.manager).put(`/api/v1/items/${w.itemId}/fees`, {
      baseVersion: 2,
      note: '取消收费',
      lines: [],
    });
    expect(res.statusCode).toBe(200);
    const pub = (await as(w.t.app, null).get(`/api/v1/public/items/${w.itemId}/fees`)).json();
    expect(pub).toMatchObject({ version: 3, hasCatalog: true, feeFree: true, standardText: '不收费' });
  });
});
