import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/modules/demo/seed.js';
import { as, DIALECTS, login, makeTestApp, type TestApp } from '../helpers/app.js';
import { buildFeeWorld, type FeeWorld, insertCase } from './fees-fixture.js';

/** Supervision of fees collected outside the unified window: from the anomaly list to a card on the case. */

interface Anomaly {
  caseId: string;
  caseNumber: string;
  departmentId: string;
  card: { id: string; color: string; status: string; issuedAt: string } | null;
}

describe.each(DIALECTS)('fee anomalies → supervision cards on %s', (dialect) => {
  let w: FeeWorld;
  beforeAll(async () => {
    w = await buildFeeWorld(dialect);
  }, 60_000);
  afterAll(() => w.t.close());

  const anomalies = async () =>
    (await as(w.t.app, w.supervisor).get(`/api/v1/halls/${w.hallA}/fee-anomalies`)).json() as Anomaly[];
  const cardsUrl = () => `/api/v1/halls/${w.hallA}/supervision/cards`;
  const cardCount = async () => (await w.db.selectFrom('supervision_cards').select('id').execute()).length;

  it('issues a fee_outside_catalog card for an anomaly case; the list shows it and counts it per department', async () => {
    const kase = await insertCase(w.db, w.hallA, w.itemId, w.deptId, 'delivered');
    const before = (await anomalies()).find((a) => a.caseId === kase.id);
    expect(before).toMatchObject({ caseNumber: kase.number, departmentId: w.deptId, card: null });

    const res = await as(w.t.app, w.supervisor).post(cardsUrl(), {
      caseId: kase.id,
      color: 'yellow',
      trigger: 'fee_outside_catalog',
      description: `办件 ${kase.number} 已办结，统一收费窗口无收款记录，请说明收费情况`,
    });
    expect(res.statusCode).toBe(201);
    const card = res.json();
    expect(card).toMatchObject({
      caseId: kase.id,
      caseNumber: kase.number,
      departmentId: w.deptId, // the case's department by default
      trigger: 'fee_outside_catalog',
      triggerLabel: '收取目录外费用',
      status: 'open',
    });

    const after = (await anomalies()).find((a) => a.caseId === kase.id);
    expect(after?.card).toMatchObject({ id: card.id, color: 'yellow', status: 'open' });
    const list = (await as(w.t.app, w.supervisor).get(cardsUrl())).json();
    expect(list.cards.map((c: { id: string }) => c.id)).toContain(card.id);
    expect(list.counts.find((c: { departmentId: string }) => c.departmentId === w.deptId)).toMatchObject({
      yellow: 1,
      open: 1,
      total: 1,
    });
    const audit = await w.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', card.id)
      .executeTakeFirst();
    expect(audit?.action).toBe('supervision.card.issue');
  });

  it('refuses a second card on the same case and trigger until the first is closed; changes nothing', async () => {
    const kase = await insertCase(w.db, w.hallA, w.itemId, w.deptId, 'closed');
    const body = { caseId: kase.id, color: 'red', trigger: 'fee_outside_catalog', description: '疑似部门自行收费' };
    const first = await as(w.t.app, w.supervisor).post(cardsUrl(), body);
    expect(first.statusCode).toBe(201);
    const n = await cardCount();
    const again = await as(w.t.app, w.supervisor).post(cardsUrl(), body);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'DUPLICATE' });
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(await cardCount()).toBe(n);
    // another trigger on the same case is a different finding
    const other = await as(w.t.app, w.supervisor).post(cardsUrl(), { ...body, trigger: 'other', color: 'yellow' });
    expect(other.statusCode).toBe(201);

    // the unit answers, the supervisor closes: the anomaly shows the closed card and a new card is allowed
    const id = first.json().id as string;
    const answer = await as(w.t.app, w.chief).post(`/api/v1/supervision/cards/${id}/respond`, {
      response: '经核查系窗口漏开缴费通知单，已补开并到统一收费窗口缴费',
    });
    expect(answer.statusCode).toBe(200);
    expect((await as(w.t.app, w.supervisor).post(`/api/v1/supervision/cards/${id}/close`)).statusCode).toBe(200);
    expect((await anomalies()).find((a) => a.caseId === kase.id)?.card).toMatchObject({ id, status: 'closed' });
    expect((await as(w.t.app, w.supervisor).post(cardsUrl(), body)).statusCode).toBe(201);
  });

  it('window staff can see the anomalies but cannot issue cards; another county cannot see them', async () => {
    const kase = await insertCase(w.db, w.hallA, w.itemId, w.deptId, 'delivered');
    expect((await as(w.t.app, w.staff).get(`/api/v1/halls/${w.hallA}/fee-anomalies`)).statusCode).toBe(200);
    const res = await as(w.t.app, w.staff).post(cardsUrl(), {
      caseId: kase.id,
      color: 'yellow',
      trigger: 'fee_outside_catalog',
      description: '疑似部门自行收费',
    });
    expect(res.statusCode).toBe(403);
    expect((await as(w.t.app, w.managerB).get(`/api/v1/halls/${w.hallA}/fee-anomalies`)).statusCode).toBe(404);
  });
});

describe.each(DIALECTS)('demo fee anomalies on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
    expect(await seedDemoIfEmpty(t.handle)).toBe(true);
  }, 120_000);
  afterAll(() => t.close());

  it('县A has a few finished fee cases without a unified payment for the supervisor to follow up', async () => {
    const hall = await t.handle.db.selectFrom('halls').select('id').where('code', '=', 'DL').executeTakeFirstOrThrow();
    const s = await login(t.app, 'county.supervisor', 'Yizhan@2026');
    const res = await as(t.app, s).get(`/api/v1/halls/${hall.id}/fee-anomalies`);
    expect(res.statusCode).toBe(200);
    const list = res.json() as (Anomaly & { status: string })[];
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const a of list) expect(['decided', 'delivered', 'closed']).toContain(a.status);
    const card = await as(t.app, s).post(`/api/v1/halls/${hall.id}/supervision/cards`, {
      caseId: list[0]?.caseId,
      color: 'yellow',
      trigger: 'fee_outside_catalog',
      description: '统一收费窗口无收款记录，请说明收费情况',
    });
    expect(card.statusCode).toBe(201);
    expect(card.json().departmentId).toBe(list[0]?.departmentId);
  });
});
