import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.js';
import { type CaseJson, ID_NUMBER, type ReviewWorld, reviewWorld } from './case-review-fixture.js';

/** Joint cases 联办件 and reported-up cases 上报件 across a county and its city. */

describe.each(DIALECTS)('case review: joint and reported-up cases on %s', (dialect) => {
  let w: ReviewWorld;
  beforeAll(async () => {
    w = await reviewWorld(dialect);
  });
  afterAll(() => w.t.close());
  beforeEach(() => w.setToday('2026-11-02'));

  const post = (who: keyof ReviewWorld['s'], url: string, body: Record<string, unknown>) =>
    w.api(w.s[who]).post(url, body);
  const complete = (who: keyof ReviewWorld['s'], c: CaseJson, taskId: string, body: Record<string, unknown>) =>
    post(who, `/api/v1/cases/${c.id}/tasks/${taskId}/complete`, { rowVersion: c.rowVersion, ...body });
  const inbox = async (who: keyof ReviewWorld['s'], hallId: string) =>
    (await w.api(w.s[who]).get(`/api/v1/halls/${hallId}/case-inbox`)).json() as {
      id: string;
      caseId: string;
      kind: string;
    }[];

  describe('joint cases', () => {
    it('the co-department works its sub-task in its own inbox; the case is decided when all tasks are done', async () => {
      const c = await w.acceptedCase(w.items.joint);
      const lead = c.tasks.find((t) => t.kind === 'step');
      const sub = c.tasks.find((t) => t.kind === 'joint');
      expect(lead?.status).toBe('active');
      expect(sub).toMatchObject({ status: 'active', departmentId: w.depts.fire.id });
      expect((await inbox('fireApprover', w.tree.countyA.id)).filter((e) => e.caseId === c.id)).toEqual([
        expect.objectContaining({ id: sub?.id, kind: 'joint' }),
      ]);
      expect((await inbox('approver', w.tree.countyA.id)).filter((e) => e.caseId === c.id).map((e) => e.id)).toEqual([
        lead?.id,
      ]);
      // the lead cannot work the co-department's task
      expect((await complete('approver', c, sub?.id as string, { opinion: '同意', outcome: 'pass' })).statusCode).toBe(
        403,
      );

      w.setToday('2026-11-04');
      const l = await complete('approver', c, lead?.id as string, { opinion: '同意', outcome: 'approve' });
      expect(l.statusCode, l.body).toBe(200);
      const afterLead = l.json() as CaseJson;
      expect(afterLead.status).toBe('in_review'); // the co-department is still working
      expect(afterLead.decision).toBeNull();

      w.setToday('2026-11-05');
      const f = await complete('fireApprover', afterLead, sub?.id as string, {
        opinion: '消防安全检查合格',
        outcome: 'pass',
      });
      expect(f.statusCode, f.body).toBe(200);
      expect(f.json()).toMatchObject({
        status: 'decided',
        decision: 'approve',
        decidedOn: '2026-11-05',
        onTime: true,
        workingDaysUsed: 3,
      });
      expect(await w.events(c.id)).toEqual([
        'receive',
        'accept',
        'start_review',
        'complete_task',
        'complete_task',
        'decide',
      ]);
    });

    it('a co-department refusing turns the decision into a denial with its reasons; the lead then cannot approve', async () => {
      const c = await w.acceptedCase(w.items.joint);
      const lead = c.tasks.find((t) => t.kind === 'step')?.id as string;
      const sub = c.tasks.find((t) => t.kind === 'joint')?.id as string;
      const refused = await complete('fireApprover', c, sub, {
        opinion: '不同意',
        outcome: 'deny',
        reason: '疏散通道不符合规范',
      });
      expect(refused.statusCode, refused.body).toBe(200);
      const r = refused.json() as CaseJson;
      expect(r.status).toBe('in_review');
      const before = await w.snapshot();
      expect((await complete('approver', r, lead, { opinion: '同意', outcome: 'approve' })).statusCode).toBe(422);
      expect(await w.snapshot()).toBe(before);
      const denied = await complete('approver', r, lead, {
        opinion: '不予',
        outcome: 'deny',
        reason: '消防条件不具备',
      });
      expect(denied.statusCode, denied.body).toBe(200);
      const d = denied.json() as CaseJson;
      expect(d.status).toBe('decided');
      expect(d.decision).toBe('deny');
      expect(d.decisionReason).toContain('消防条件不具备');
      expect(d.decisionReason).toContain('县A消防救援大队');
      expect(d.decisionReason).toContain('疏散通道不符合规范');
    });

    it('two departments finishing at the same moment with the same rowVersion: one wins, the other gets 409', async () => {
      const c = await w.acceptedCase(w.items.joint);
      const lead = c.tasks.find((t) => t.kind === 'step')?.id as string;
      const sub = c.tasks.find((t) => t.kind === 'joint')?.id as string;
      const [a, b] = await Promise.all([
        complete('approver', c, lead, { opinion: '同意', outcome: 'approve' }),
        complete('fireApprover', c, sub, { opinion: '合格', outcome: 'pass' }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const now = await w.getCase(w.s.approver, c.id);
      expect(now.status).toBe('in_review'); // only one task finished: no decision yet
      expect(now.tasks.filter((t) => t.status === 'done')).toHaveLength(1);
      expect(now.rowVersion).toBe(c.rowVersion + 1);
      const loser = a.statusCode === 409 ? ['approver', lead, 'approve'] : ['fireApprover', sub, 'pass'];
      const retry = await complete(loser[0] as 'approver', now, loser[1], { opinion: '同意', outcome: loser[2] });
      expect(retry.statusCode, retry.body).toBe(200);
      expect(retry.json()).toMatchObject({ status: 'decided', decision: 'approve' });
    });
  });

  describe('reported-up cases: first review in the county, decision at the city, sent back', () => {
    it('escalates after 初审, the city decides, and the county case gets the decision', async () => {
      const c = await w.acceptedCase(w.items.reported); // 县A, promised 10 from Mon 11-02 → Mon 11-16
      expect(c.kind).toBe('reported');
      expect(c.dueOn).toBe('2026-11-16');
      const first = c.tasks[0];

      // not before the first review
      const before = await w.snapshot();
      const early = await post('approver', `/api/v1/cases/${c.id}/escalate`, {
        rowVersion: c.rowVersion,
        departmentId: w.depts.cityMarket.id,
      });
      expect(early.statusCode).toBe(422);
      expect(early.json().detail).toBe('请先完成初审环节');
      // the county cannot decide it
      const decideHere = await complete('approver', c, first.id, { opinion: '准予', outcome: 'approve' });
      expect(decideHere.statusCode).toBe(422);
      expect(await w.snapshot()).toBe(before);

      w.setToday('2026-11-03');
      const reviewed = await complete('approver', c, first.id, { opinion: '初审通过，材料齐全', outcome: 'pass' });
      expect(reviewed.statusCode, reviewed.body).toBe(200);
      const r = reviewed.json() as CaseJson;
      expect(r.status).toBe('in_review');
      expect(r.tasks.filter((t) => t.status === 'active')).toEqual([]);

      // the department must be one of the parent hall's; the county's own is refused
      const wrongDept = await post('approver', `/api/v1/cases/${c.id}/escalate`, {
        rowVersion: r.rowVersion,
        departmentId: w.depts.market.id,
      });
      expect(wrongDept.statusCode).toBe(422);
      const byFire = await post('fireApprover', `/api/v1/cases/${c.id}/escalate`, {
        rowVersion: r.rowVersion,
        departmentId: w.depts.cityMarket.id,
      });
      expect(byFire.statusCode).toBe(403);

      const esc = await post('approver', `/api/v1/cases/${c.id}/escalate`, {
        rowVersion: r.rowVersion,
        departmentId: w.depts.cityMarket.id,
        opinion: '初审同意，报请市局审批',
      });
      expect(esc.statusCode, esc.body).toBe(200);
      const e = esc.json() as CaseJson;
      expect(e).toMatchObject({ status: 'escalated', forwardedToHallId: w.tree.city.id });
      expect(e.tasks.map((t) => t.status)).toEqual(['done', 'skipped', 'skipped']);

      // the child case at the city
      const listed = await w.api(w.s.cityApprover).get(`/api/v1/halls/${w.tree.city.id}/escalated`);
      expect(listed.statusCode, listed.body).toBe(200);
      const rows = listed.json() as {
        id: string;
        fromCaseId: string;
        fromHallId: string;
        status: string;
        dueOn: string;
      }[];
      const row = rows.find((x) => x.fromCaseId === c.id);
      expect(row).toMatchObject({ fromHallId: w.tree.countyA.id, status: 'in_review' });
      const child = await w.getCase(w.s.cityApprover, row?.id as string);
      expect(child).toMatchObject({
        hallId: w.tree.city.id,
        parentCaseId: c.id,
        kind: 'reported',
        status: 'in_review',
      });
      // the city gets the working days left until the applicant's promised date: (11-03, 11-16] = 9
      expect(child.dueOn).toBe('2026-11-16');
      expect(child.tasks.map((t) => [t.name, t.status, t.departmentId])).toEqual([
        ['审核', 'active', w.depts.cityMarket.id],
        ['审批决定', 'pending', w.depts.cityMarket.id],
      ]);
      // the county approver does not see the city's case, the city approver has it in the inbox
      expect((await w.api(w.s.approver).get(`/api/v1/cases/${child.id}`)).statusCode).toBe(404);
      expect((await inbox('cityApprover', w.tree.city.id)).map((x) => x.caseId)).toContain(child.id);
      expect((await w.api(w.s.approver).get(`/api/v1/halls/${w.tree.city.id}/escalated`)).statusCode).toBe(404);

      w.setToday('2026-11-05');
      let cur = child;
      const s1 = await complete('cityApprover', cur, cur.tasks[0].id, { opinion: '审核通过', outcome: 'pass' });
      expect(s1.statusCode, s1.body).toBe(200);
      cur = s1.json() as CaseJson;
      w.setToday('2026-11-09');
      const s2 = await complete('cityApprover', cur, cur.tasks[1].id, { opinion: '准予许可', outcome: 'approve' });
      expect(s2.statusCode, s2.body).toBe(200);
      expect(s2.json()).toMatchObject({
        status: 'decided',
        decision: 'approve',
        decidedOn: '2026-11-09',
        onTime: true,
      });

      // the decision flows back to the county case
      const back = await w.getCase(w.s.staff, c.id);
      expect(back).toMatchObject({
        status: 'decided',
        decision: 'approve',
        decidedOn: '2026-11-09',
        onTime: true,
        workingDaysUsed: 5, // (11-02, 11-09]
      });
      const doc = back.documents.find((d) => d.kind === 'decision');
      const printed = await w.api(w.s.staff).get(`/api/v1/cases/${c.id}/documents/${doc?.id}`);
      expect(printed.json().content.decidedByHall).toBe('测试市政务服务中心');
      expect(await w.events(c.id)).toEqual([
        'receive',
        'accept',
        'start_review',
        'complete_task',
        'escalate',
        'decide',
      ]);
      expect(await w.events(child.id)).toEqual(['escalated_in', 'complete_task', 'complete_task', 'decide']);
      // and the county window can hand it over
      const delivered = await post('staff', `/api/v1/cases/${c.id}/deliver`, {
        rowVersion: back.rowVersion,
        method: 'pickup',
        collectorName: '张三丰',
        collectorIdNumber: ID_NUMBER,
      });
      expect(delivered.statusCode, delivered.body).toBe(200);
    });

    it('a denial at the city reaches the county with its reasons; only reported cases escalate; stale versions are refused', async () => {
      const promised = await w.acceptedCase(w.items.promised);
      const notReported = await post('approver', `/api/v1/cases/${promised.id}/escalate`, {
        rowVersion: promised.rowVersion,
        departmentId: w.depts.cityMarket.id,
      });
      expect(notReported.statusCode).toBe(409);

      const c = await w.acceptedCase(w.items.reported);
      const r = (
        await complete('approver', c, c.tasks[0].id, { opinion: '初审通过', outcome: 'pass' })
      ).json() as CaseJson;
      const before = await w.snapshot();
      const stale = await post('approver', `/api/v1/cases/${c.id}/escalate`, {
        rowVersion: c.rowVersion,
        departmentId: w.depts.cityMarket.id,
      });
      expect(stale.statusCode).toBe(409);
      expect(await w.snapshot()).toBe(before);
      const e = (
        await post('approver', `/api/v1/cases/${c.id}/escalate`, {
          rowVersion: r.rowVersion,
          departmentId: w.depts.cityMarket.id,
        })
      ).json() as CaseJson;
      expect(e.status).toBe('escalated');
      const childId = (
        (await w.api(w.s.cityApprover).get(`/api/v1/halls/${w.tree.city.id}/escalated`)).json() as {
          id: string;
          fromCaseId: string;
        }[]
      ).find((x) => x.fromCaseId === c.id)?.id as string;
      let child = await w.getCase(w.s.cityApprover, childId);
      child = (
        await complete('cityApprover', child, child.tasks[0].id, { opinion: '通过', outcome: 'pass' })
      ).json() as CaseJson;
      const denied = await complete('cityApprover', child, child.tasks[1].id, {
        opinion: '不予许可',
        outcome: 'deny',
        reason: '生产场所不符合食品安全要求',
      });
      expect(denied.statusCode, denied.body).toBe(200);
      const back = await w.getCase(w.s.staff, c.id);
      expect(back).toMatchObject({ status: 'decided', decision: 'deny', decisionReason: '生产场所不符合食品安全要求' });
      const doc = back.documents.find((d) => d.kind === 'decision');
      const printed = (await w.api(w.s.staff).get(`/api/v1/cases/${c.id}/documents/${doc?.id}`)).json().content;
      expect(printed.remedy).toContain('行政复议');
    });
  });
});
