import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/modules/demo/seed.js';
import { as, DIALECTS, makeTestApp, type TestApp } from '../helpers/app.js';

describe.each(DIALECTS)('demo fee catalogs on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
    expect(await seedDemoIfEmpty(t.handle)).toBe(true);
  }, 120_000);
  afterAll(() => t.close());

  it('every published item that charges fees has a current catalog; free items have none', async () => {
    const db = t.handle.db;
    const versions = await db
      .selectFrom('item_versions')
      .select(['item_id', 'name', 'guide'])
      .where('is_current', '=', 1)
      .execute();
    const charging = versions.filter((v) => (JSON.parse(v.guide) as { feeFree: boolean }).feeFree === false);
    expect(charging.length).toBeGreaterThanOrEqual(11);
    const catalogs = await db.selectFrom('fee_catalog_versions').selectAll().where('is_current', '=', 1).execute();
    expect(new Set(catalogs.map((c) => c.item_id))).toEqual(new Set(charging.map((v) => v.item_id)));
    const lines = await db.selectFrom('fee_lines').selectAll().execute();
    for (const l of lines) {
      const money = l.mode === 'fixed' ? l.amount_fen : l.unit_price_fen;
      expect(Number.isSafeInteger(money)).toBe(true);
      expect(money).toBeGreaterThan(0);
      expect(l.basis.length).toBeGreaterThan(5);
    }
  });

  it('the public guide of 东岭县 shows the structured standard', async () => {
    const db = t.handle.db;
    const hall = await db.selectFrom('halls').select('id').where('code', '=', 'DL').executeTakeFirstOrThrow();
    const item = await db
      .selectFrom('items')
      .select('id')
      .where('hall_id', '=', hall.id)
      .where('name', '=', '不动产转移登记（存量房买卖）')
      .executeTakeFirstOrThrow();
    const res = await as(t.app, null).get(`/api/v1/public/items/${item.id}/fees`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, hasCatalog: true, feeFree: false });
    expect(res.json().standardText).toContain('住宅类不动产登记费：¥80.00');
    expect(res.json().lines[0]).toMatchObject({
      categoryLabel: '行政事业性收费',
      receivingDepartmentName: '东岭县不动产登记中心',
    });
  });
});
