import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { setCaseClock } from '../../src/modules/cases/clock.js';
import { raiseWarnings } from '../../src/modules/supervision/raise-warnings.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { buildCaseItem, ensureLedgerSchema, insertCase } from './ledger-fixtures.js';

/** Tuesday 2026-03-10, 10:00 in Shanghai. */
const NOW = new Date('2026-03-10T02:00:00Z');

/**
 * Per-hall colour thresholds 红黄灯阈值 (docs/api-cases.md "Colour thresholds"): the hall manager sets
 * them; the case view, the deadline, the inbox, the supervision view and the warnings job all follow.
 */
describe.each(DIALECTS)('supervision colour thresholds on %s', (dialect) => {
  let t: TestApp;
  let hallA: string;
  let hallB: string;
  let midCase: string;
  let greenCase: string;
  const s: Record<string, Session> = {};
  const url = () => `/api/v1/halls/${hallA}/supervision/thresholds`;
  const audits = () =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['actor_id', 'before', 'after', 'hall_id'])
      .where('action', '=', 'supervision.thresholds')
      .orderBy('seq')
      .execute();
  const settings = () => t.handle.db.selectFrom('supervision_settings').selectAll().orderBy('hall_id').execute();

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    await ensureLedgerSchema(t.handle);
    setCaseClock(t.app.yz, () => NOW);
    const db = t.handle.db;
    const tree = await buildTree(db);
    hallA = tree.countyA.id;
    hallB = tree.countyB.id;
    const dept = (await buildDepartment(db, hallA, { name: '市场监督管理局' })).id;
    const item = (await buildCaseItem(db, hallA, dept)).id;
    const base = { hall_id: hallA, item_id: item, department_id: dept, status: 'in_review' };
    // 10 working days from 03-02: due 03-16; on 03-10 6 used (60 %), 4 left → green by default
    midCase = (
      await insertCase(db, { ...base, accepted_on: '2026-03-02', received_on: '2026-03-02', promised_days: 10 })
    ).id;
    await db
      .insertInto('case_tasks')
      .values({
        id: newId(),
        hall_id: hallA,
        case_id: midCase,
        kind: 'step',
        position: 1,
        name: '审查',
        role: '承办人',
        department_id: dept,
        days: 10,
        status: 'active',
        started_on: '2026-03-02',
        due_on: '2026-03-16',
        finished_on: null,
        finished_by: null,
        opinion: null,
        outcome: null,
      })
      .execute();
    // 10 from 03-09: 1 used, 9 left → green whatever the (allowed) thresholds
    greenCase = (
      await insertCase(db, { ...base, accepted_on: '2026-03-09', received_on: '2026-03-09', promised_days: 10 })
    ).id;
    const user = async (hallId: string, roles: Parameters<typeof buildUser>[2], name: string, d: string | null) => {
      await buildUser(db, hallId, roles, { username: name, departmentId: d });
      return login(t.app, name, TEST_PASSWORD);
    };
    s.manager = await user(hallA, ['hall_manager'], 'a.manager', null);
    s.supervisor = await user(hallA, ['supervisor'], 'a.supervisor', null);
    s.approver = await user(hallA, ['approver'], 'a.approver', dept);
    s.agent = await user(hallA, ['agent'], 'a.agent', null);
    s.managerB = await user(hallB, ['hall_manager'], 'b.manager', null);
  });
  afterAll(() => t.close());

  const colours = async () => {
    const view = (await as(t.app, s.supervisor).get(`/api/v1/halls/${hallA}/supervision`)).json();
    const byId = new Map(view.cases.map((c: { id: string; colour: string }) => [c.id, c.colour]));
    const kase = (await as(t.app, s.approver).get(`/api/v1/cases/${midCase}`)).json();
    const deadline = (await as(t.app, s.approver).get(`/api/v1/cases/${midCase}/deadline`)).json();
    const inbox = (await as(t.app, s.approver).get(`/api/v1/halls/${hallA}/case-inbox`)).json();
    return {
      supervision: byId.get(midCase),
      green: byId.get(greenCase),
      view: kase.colour,
      task: kase.tasks[0].colour,
      deadline: deadline.colour,
      inbox: inbox[0].colour,
    };
  };

  it('starts from the PRODUCT.md defaults (≤ 1 working day left or ≥ 80 % used)', async () => {
    const res = await as(t.app, s.agent).get(url());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      hallId: hallA,
      yellowDaysLeft: 1,
      yellowSharePercent: 80,
      isDefault: true,
      defaults: { yellowDaysLeft: 1, yellowSharePercent: 80 },
      limits: { yellowDaysLeft: { min: 0, max: 10 }, yellowSharePercent: { min: 50, max: 99 } },
      updatedAt: null,
    });
    expect(await colours()).toEqual({
      supervision: 'green',
      green: 'green',
      view: 'green',
      task: 'green',
      deadline: 'green',
      inbox: 'green',
    });
    expect((await raiseWarnings({ db: t.handle.db, dialect }, NOW)).raised).toBe(0);
  });

  it('refuses bad values with 400 and changes nothing', async () => {
    for (const body of [
      { yellowDaysLeft: 1, yellowSharePercent: 100 },
      { yellowDaysLeft: 1, yellowSharePercent: 49 },
      { yellowDaysLeft: 11, yellowSharePercent: 80 },
      { yellowDaysLeft: -1, yellowSharePercent: 80 },
      { yellowDaysLeft: 1.5, yellowSharePercent: 80 },
      { yellowDaysLeft: 1, yellowSharePercent: 0.8 },
      { yellowDaysLeft: 1 },
      {},
    ]) {
      const res = await as(t.app, s.manager).put(url(), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await settings()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it('lets only the hall manager of the hall (or above) set them: 403 without the permission, 404 elsewhere', async () => {
    const body = { yellowDaysLeft: 4, yellowSharePercent: 60 };
    expect((await as(t.app, s.supervisor).put(url(), body)).statusCode).toBe(403);
    expect((await as(t.app, s.approver).put(url(), body)).statusCode).toBe(403);
    expect((await as(t.app, s.managerB).put(url(), body)).statusCode).toBe(404);
    expect((await as(t.app, s.managerB).get(url())).statusCode).toBe(404);
    expect((await as(t.app, s.manager).put('/api/v1/halls/no-such-hall/supervision/thresholds', body)).statusCode).toBe(
      404,
    );
    expect(await settings()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it('saves, audits with before/after, and every colour of the hall follows (not other halls)', async () => {
    const res = await as(t.app, s.manager).put(url(), { yellowDaysLeft: 1, yellowSharePercent: 60 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ yellowDaysLeft: 1, yellowSharePercent: 60, isDefault: false });
    expect(res.json().updatedAt).toEqual(expect.any(String));
    expect(res.json().updatedByName).not.toBe('');
    const rows = await audits();
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_id).toBe(s.manager.userId);
    expect(rows[0].hall_id).toBe(hallA);
    expect(JSON.parse(rows[0].before as string)).toEqual({ yellowDaysLeft: 1, yellowSharePercent: 80 });
    expect(JSON.parse(rows[0].after as string)).toEqual({ yellowDaysLeft: 1, yellowSharePercent: 60 });

    expect(await colours()).toEqual({
      supervision: 'yellow',
      green: 'green',
      view: 'yellow',
      task: 'yellow',
      deadline: 'yellow',
      inbox: 'yellow',
    });
    const view = (await as(t.app, s.supervisor).get(`/api/v1/halls/${hallA}/supervision`)).json();
    expect(view.running).toEqual({ green: 1, yellow: 1, red: 0 });
    // the warnings job follows the hall's thresholds: the case and its step, once
    const raised = await raiseWarnings({ db: t.handle.db, dialect }, NOW);
    expect(raised.raised).toBe(2);
    expect((await raiseWarnings({ db: t.handle.db, dialect }, NOW)).raised).toBe(0);
    const warned = await t.handle.db.selectFrom('case_warnings').select(['case_id', 'level']).execute();
    expect(warned.every((w) => w.case_id === midCase && w.level === 'yellow')).toBe(true);
    // 县B keeps the defaults
    expect((await as(t.app, s.managerB).get(`/api/v1/halls/${hallB}/supervision/thresholds`)).json()).toMatchObject({
      isDefault: true,
      yellowSharePercent: 80,
    });
  });

  it('a wider days-left margin also lights yellow; saving again replaces the row', async () => {
    // back to 80 %, but yellow from 4 working days left
    const res = await as(t.app, s.manager).put(url(), { yellowDaysLeft: 4, yellowSharePercent: 80 });
    expect(res.statusCode).toBe(200);
    expect((await colours()).supervision).toBe('yellow');
    await as(t.app, s.manager).put(url(), { yellowDaysLeft: 3, yellowSharePercent: 80 });
    expect(await colours()).toMatchObject({ supervision: 'green', view: 'green', inbox: 'green' });
    expect(await settings()).toHaveLength(1);
    expect(await audits()).toHaveLength(3);
  });
});
