import { expect } from 'vitest';
import type { Db } from '../../src/db/index.js';
import type { ItemGuide } from '../../src/domain/guide.js';
import { setCaseClock } from '../../src/modules/cases/clock.js';
import { as, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildTree, buildUser, completeGuide, TEST_PASSWORD } from '../helpers/factories.js';

/**
 * A city with county A and B for the review tests: 县A with a lead department (市场监管) and a
 * co-department (消防), the city with its own department; window staff, approvers of each department, the
 * chief representative, a 县B approver; published items of every kind the review handles.
 */

export interface CaseJson {
  id: string;
  number: string;
  hallId: string;
  status: string;
  kind: string;
  rowVersion: number;
  acceptedOn: string | null;
  dueOn: string | null;
  decision: string | null;
  decisionReason: string | null;
  decidedOn: string | null;
  onTime: boolean | null;
  workingDaysUsed: number | null;
  extensionDays: number;
  parentCaseId: string | null;
  forwardedToHallId: string | null;
  tasks: {
    id: string;
    kind: string;
    position: number;
    name: string;
    departmentId: string;
    status: string;
    dueOn: string | null;
    startedOn: string | null;
    outcome: string | null;
    opinion: string | null;
  }[];
  pauses: { id: string; kind: string; name: string; noticeNo: string; startedOn: string; endedOn: string | null }[];
  extensions: { id: string; days: number; status: string; approverName: string | null; decidedOn: string | null }[];
  documents: { id: string; kind: string; number: string }[];
}

export const ID_NUMBER = '11010519491231002X';

export async function reviewWorld(dialect: 'sqlite' | 'postgres') {
  const t: TestApp = await makeTestApp(dialect);
  const db: Db = t.handle.db;
  let today = '2026-11-02';
  setCaseClock(t.app.yz, () => new Date(`${today}T02:00:00.000Z`)); // 10:00 in the hall
  const tree = await buildTree(db);
  const market = await buildDepartment(db, tree.countyA.id, { name: '县A市场监督管理局' });
  const fire = await buildDepartment(db, tree.countyA.id, { name: '县A消防救援大队' });
  const cityMarket = await buildDepartment(db, tree.city.id, { name: '市市场监督管理局' });
  const marketB = await buildDepartment(db, tree.countyB.id, { name: '县B市场监督管理局' });
  const users = {
    manager: await buildUser(db, tree.countyA.id, ['hall_manager'], { username: 'rv.manager' }),
    staff: await buildUser(db, tree.countyA.id, ['window_staff'], { username: 'rv.staff' }),
    approver: await buildUser(db, tree.countyA.id, ['approver'], { username: 'rv.approver', departmentId: market.id }),
    fireApprover: await buildUser(db, tree.countyA.id, ['approver'], { username: 'rv.fire', departmentId: fire.id }),
    noDept: await buildUser(db, tree.countyA.id, ['approver'], { username: 'rv.nodept' }),
    chief: await buildUser(db, tree.countyA.id, ['chief_rep'], { username: 'rv.chief', departmentId: market.id }),
    fireChief: await buildUser(db, tree.countyA.id, ['chief_rep'], { username: 'rv.firechief', departmentId: fire.id }),
    cityManager: await buildUser(db, tree.city.id, ['hall_manager'], { username: 'rv.citymgr' }),
    cityApprover: await buildUser(db, tree.city.id, ['approver'], { username: 'rv.city', departmentId: cityMarket.id }),
    approverB: await buildUser(db, tree.countyB.id, ['approver'], { username: 'rv.b', departmentId: marketB.id }),
  };
  const s: Record<keyof typeof users, Session> = {} as Record<keyof typeof users, Session>;
  for (const k of Object.keys(users) as (keyof typeof users)[])
    s[k] = await login(t.app, users[k].username, TEST_PASSWORD);

  async function publishItem(session: Session, hallId: string, guide: ItemGuide): Promise<string> {
    const created = await as(t.app, session).post(`/api/v1/halls/${hallId}/items`, guide);
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;
    const pub = await as(t.app, session).post(`/api/v1/items/${id}/publish`);
    expect(pub.statusCode, pub.body).toBe(200);
    return id;
  }

  const steps = (...days: number[]) =>
    days.map((d, i) => ({
      name: ['受理审查', '审核', '审批决定', '复核'][i] ?? `环节${i + 1}`,
      role: '审批人员',
      days: d,
      description: '',
    }));
  const items = {
    /** 承诺件: steps 3 + 1 + 1 = promised 5 */
    promised: await publishItem(
      s.manager,
      tree.countyA.id,
      completeGuide(market.id, { name: '食品经营许可', promisedDays: 5, statutoryDays: 20, steps: steps(3, 1, 1) }),
    ),
    /** 联办件: lead step 5, co-department 消防 */
    joint: await publishItem(
      s.manager,
      tree.countyA.id,
      completeGuide(market.id, {
        name: '公众聚集场所投入使用营业前许可',
        kind: 'joint',
        promisedDays: 8,
        statutoryDays: 20,
        steps: steps(5),
        jointDepartmentIds: [fire.id],
      }),
    ),
    /** 上报件: 初审 here (2 days), then 审核 + 决定 at the parent */
    reported: await publishItem(
      s.manager,
      tree.countyA.id,
      completeGuide(market.id, {
        name: '食品生产许可（上报）',
        kind: 'reported',
        promisedDays: 10,
        statutoryDays: 20,
        steps: steps(2, 3, 2),
        reportTo: '市市场监督管理局',
      }),
    ),
  };

  const api = (session: Session | null) => as(t.app, session);

  /** Receive and accept a case of `itemId` in 县A today; returns it in review. */
  async function acceptedCase(itemId: string): Promise<CaseJson> {
    const rec = await api(s.staff).post(`/api/v1/halls/${tree.countyA.id}/cases`, {
      itemId,
      applicant: { type: 'person', name: '张三丰', idNumber: ID_NUMBER, phone: '13800138000' },
      materials: [{ position: 1, state: 'submitted' }],
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const c = rec.json() as CaseJson;
    const acc = await api(s.staff).post(`/api/v1/cases/${c.id}/accept`, { rowVersion: c.rowVersion });
    expect(acc.statusCode, acc.body).toBe(200);
    const accepted = acc.json() as CaseJson;
    expect(accepted.status).toBe('in_review');
    return accepted;
  }

  async function getCase(session: Session, id: string): Promise<CaseJson> {
    const res = await api(session).get(`/api/v1/cases/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CaseJson;
  }

  /** Everything a review action may change, to prove a refused one changed nothing. */
  async function snapshot(): Promise<string> {
    const tables = [
      'cases',
      'case_counters',
      'case_materials',
      'case_tasks',
      'case_pauses',
      'case_extensions',
      'case_documents',
      'case_events',
      'audit_log',
    ] as const;
    const out: Record<string, string[]> = {};
    for (const tbl of tables)
      out[tbl] = (await db.selectFrom(tbl).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
    return JSON.stringify(out);
  }

  async function events(caseId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('case_events')
      .select(['action', 'at', 'id'])
      .where('case_id', '=', caseId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((r) => r.action);
  }

  return {
    t,
    db,
    tree,
    depts: { market, fire, cityMarket, marketB },
    users,
    s,
    items,
    api,
    acceptedCase,
    getCase,
    snapshot,
    events,
    setToday(d: string) {
      today = d;
    },
  };
}
export type ReviewWorld = Awaited<ReturnType<typeof reviewWorld>>;
