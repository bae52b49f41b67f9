import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, login } from '../helpers/app.js';
import { buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { type CaseJson, ID_NUMBER, type ReviewWorld, reviewWorld } from './case-review-fixture.js';

interface Pending {
  asOf: string;
  awaitingForward: {
    id: string;
    number: string;
    applicantMasked: string;
    departmentName: string;
    taskId: string;
    taskName: string;
    firstReviewDoneOn: string;
    firstReviewOpinion: string;
    waitingWorkingDays: number;
    toHallId: string | null;
    toHallName: string | null;
    rowVersion: number;
  }[];
  awaitingDecision: {
    id: string;
    status: string;
    taskId: string | null;
    taskName: string | null;
    taskDepartmentId: string | null;
    fromCaseId: string;
    fromCaseNumber: string;
    fromHallId: string;
    fromHallName: string;
    dueOn: string | null;
    remainingWorkingDays: number | null;
  }[];
}

/** 上报件待转报 and 下级报送待决定 (docs/api-cases.md "Review": GET /halls/{id}/reported-cases/pending). */
describe.each(DIALECTS)('reported-up cases awaiting forwarding or decision on %s', (dialect) => {
  let w: ReviewWorld;
  beforeAll(async () => {
    w = await reviewWorld(dialect);
  });
  afterAll(() => w.t.close());

  const pending = async (who: keyof ReviewWorld['s'], hallId: string, mine = false) => {
    const res = await w.api(w.s[who]).get(`/api/v1/halls/${hallId}/reported-cases/pending${mine ? '?mine=true' : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Pending;
  };
  const complete = (who: keyof ReviewWorld['s'], c: CaseJson, taskId: string, body: Record<string, unknown>) =>
    w.api(w.s[who]).post(`/api/v1/cases/${c.id}/tasks/${taskId}/complete`, { rowVersion: c.rowVersion, ...body });

  it('lists a reported case after its first review until it is forwarded, then at the city until decided', async () => {
    w.setToday('2026-11-02');
    const c = await w.acceptedCase(w.items.reported);
    const promised = await w.acceptedCase(w.items.promised);
    const county = w.tree.countyA.id;
    const city = w.tree.city.id;
    // first review still open: nothing to forward (and the promised case never shows)
    expect((await pending('approver', county)).awaitingForward).toEqual([]);

    w.setToday('2026-11-03');
    const reviewed = await complete('approver', c, c.tasks[0].id, { opinion: '初审通过', outcome: 'pass' });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    w.setToday('2026-11-05');
    const p = await pending('approver', county);
    expect(p.asOf).toBe('2026-11-05');
    expect(p.awaitingForward).toEqual([
      expect.objectContaining({
        id: c.id,
        number: c.number,
        applicantMasked: '张*丰',
        departmentName: '县A市场监督管理局',
        taskId: c.tasks[0].id,
        taskName: '受理审查',
        firstReviewDoneOn: '2026-11-03',
        firstReviewOpinion: '初审通过',
        waitingWorkingDays: 2,
        toHallId: city,
        toHallName: '测试市政务服务中心',
        rowVersion: (reviewed.json() as CaseJson).rowVersion,
      }),
    ]);
    expect(p.awaitingDecision).toEqual([]);
    const raw = await w.api(w.s.manager).get(`/api/v1/halls/${county}/reported-cases/pending`);
    expect(raw.body).not.toContain(ID_NUMBER);
    expect(raw.body).not.toContain('张三丰');
    expect(raw.body).not.toContain(promised.id);
    // mine = the forwarding department only
    expect((await pending('approver', county, true)).awaitingForward.map((x) => x.id)).toEqual([c.id]);
    expect((await pending('fireApprover', county, true)).awaitingForward).toEqual([]);
    expect((await pending('noDept', county, true)).awaitingForward).toEqual([]);
    // the hall office and the city above read it too
    expect((await pending('fireApprover', county)).awaitingForward.map((x) => x.id)).toEqual([c.id]);
    expect((await pending('cityManager', county)).awaitingForward.map((x) => x.id)).toEqual([c.id]);

    // forwarded: gone here, waiting for the city's decision there
    const esc = await w.api(w.s.approver).post(`/api/v1/cases/${c.id}/escalate`, {
      rowVersion: (reviewed.json() as CaseJson).rowVersion,
      departmentId: w.depts.cityMarket.id,
    });
    expect(esc.statusCode, esc.body).toBe(200);
    expect((await pending('approver', county)).awaitingForward).toEqual([]);
    const atCity = await pending('cityApprover', city);
    expect(atCity.awaitingForward).toEqual([]);
    expect(atCity.awaitingDecision).toEqual([
      expect.objectContaining({
        status: 'in_review',
        taskName: '审核',
        taskDepartmentId: w.depts.cityMarket.id,
        fromCaseId: c.id,
        fromCaseNumber: c.number,
        fromHallId: county,
        fromHallName: '县A政务服务中心',
        dueOn: '2026-11-16',
        remainingWorkingDays: 7,
      }),
    ]);
    expect((await pending('cityApprover', city, true)).awaitingDecision).toHaveLength(1);
    // the county does not see the city's list
    expect((await w.api(w.s.approver).get(`/api/v1/halls/${city}/reported-cases/pending`)).statusCode).toBe(404);

    // the city works both steps with the task ids it was given; decided → gone
    const childId = atCity.awaitingDecision[0].id;
    let child = await w.getCase(w.s.cityApprover, childId);
    const s1 = await complete('cityApprover', child, atCity.awaitingDecision[0].taskId as string, {
      opinion: '审核通过',
      outcome: 'pass',
    });
    expect(s1.statusCode, s1.body).toBe(200);
    child = s1.json() as CaseJson;
    const next = (await pending('cityApprover', city)).awaitingDecision[0];
    expect(next.taskName).toBe('审批决定');
    const s2 = await complete('cityApprover', child, next.taskId as string, { opinion: '准予', outcome: 'approve' });
    expect(s2.statusCode, s2.body).toBe(200);
    expect((await pending('cityApprover', city)).awaitingDecision).toEqual([]);
  });

  it('is hall-scoped: another county gets 404, a role without case.read 403', async () => {
    expect(
      (await w.api(w.s.approverB).get(`/api/v1/halls/${w.tree.countyA.id}/reported-cases/pending`)).statusCode,
    ).toBe(404);
    await buildUser(w.db, w.tree.countyA.id, ['cashier'], { username: 'rv.cashier' });
    const cashier = await login(w.t.app, 'rv.cashier', TEST_PASSWORD);
    expect((await w.api(cashier).get(`/api/v1/halls/${w.tree.countyA.id}/reported-cases/pending`)).statusCode).toBe(
      403,
    );
    expect(
      (await w.api(w.s.approver).get(`/api/v1/halls/${w.tree.countyA.id}/reported-cases/pending?mine=maybe`))
        .statusCode,
    ).toBe(400);
  });
});
