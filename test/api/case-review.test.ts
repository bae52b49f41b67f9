import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.js';
import { type CaseJson, type ReviewWorld, reviewWorld } from './case-review-fixture.js';

/** Review steps, the approver inbox and decisions (docs/api-cases.md "Review"). */

interface InboxEntry {
  id: string;
  caseId: string;
  caseNumber: string;
  kind: string;
  name: string;
  dueOn: string;
  colour: string;
  remainingWorkingDays: number;
  paused: boolean;
  decides: boolean;
  caseRowVersion: number;
}

describe.each(DIALECTS)('case review: steps, inbox, decisions on %s', (dialect) => {
  let w: ReviewWorld;
  beforeAll(async () => {
    w = await reviewWorld(dialect);
  });
  afterAll(() => w.t.close());
  beforeEach(() => w.setToday('2026-11-02'));

  const inbox = async (who: keyof ReviewWorld['s'], hallId = w.tree.countyA.id) => {
    const res = await w.api(w.s[who]).get(`/api/v1/halls/${hallId}/case-inbox`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as InboxEntry[];
  };
  const complete = (who: keyof ReviewWorld['s'], c: CaseJson, taskId: string, body: Record<string, unknown>) =>
    w.api(w.s[who]).post(`/api/v1/cases/${c.id}/tasks/${taskId}/complete`, { rowVersion: c.rowVersion, ...body });

  it('works the steps in order, each due by its share, and the last one decides: approve, on time', async () => {
    const c = await w.acceptedCase(w.items.promised); // accepted Mon 2026-11-02, promised 5 → Mon 11-09
    expect(c.dueOn).toBe('2026-11-09');
    expect(c.tasks.map((t) => [t.position, t.status])).toEqual([
      [1, 'active'],
      [2, 'pending'],
      [3, 'pending'],
    ]);
    const mine = (await inbox('approver')).filter((e) => e.caseId === c.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: c.tasks[0].id, dueOn: '2026-11-05', decides: false, paused: false });

    w.setToday('2026-11-04');
    const r1 = await complete('approver', c, c.tasks[0].id, { opinion: '材料齐全，符合条件', outcome: 'pass' });
    expect(r1.statusCode, r1.body).toBe(200);
    const c1 = r1.json() as CaseJson;
    expect(c1.status).toBe('in_review');
    expect(c1.tasks[0]).toMatchObject({ status: 'done', outcome: 'pass', opinion: '材料齐全，符合条件' });
    // step 2 planned: shares 3 + 1 = 4th working day after acceptance = Fri 11-06
    expect(c1.tasks[1]).toMatchObject({ status: 'active', startedOn: '2026-11-04', dueOn: '2026-11-06' });
    expect(c1.rowVersion).toBe(c.rowVersion + 1);

    // an earlier step cannot decide
    const early = await complete('approver', c1, c1.tasks[1].id, { opinion: '同意', outcome: 'approve' });
    expect(early.statusCode).toBe(422);

    const r2 = await complete('approver', c1, c1.tasks[1].id, { opinion: '同意', outcome: 'pass' });
    const c2 = r2.json() as CaseJson;
    expect(c2.tasks[2]).toMatchObject({ status: 'active', dueOn: '2026-11-09' }); // the last step ends with the case
    expect((await inbox('approver')).find((e) => e.caseId === c.id)?.decides).toBe(true);

    w.setToday('2026-11-05');
    const r3 = await complete('approver', c2, c2.tasks[2].id, { opinion: '准予许可', outcome: 'approve' });
    expect(r3.statusCode, r3.body).toBe(200);
    const done = r3.json() as CaseJson;
    expect(done).toMatchObject({
      status: 'decided',
      decision: 'approve',
      decidedOn: '2026-11-05',
      onTime: true,
      workingDaysUsed: 3, // 11-03, 11-04, 11-05
    });
    expect(done.documents.filter((d) => d.kind === 'decision')).toHaveLength(1);
    expect((await inbox('approver')).some((e) => e.caseId === c.id)).toBe(false);
    expect(await w.events(c.id)).toEqual([
      'receive',
      'accept',
      'start_review',
      'complete_task',
      'complete_task',
      'complete_task',
      'decide',
    ]);
  });

  it('a denial needs reasons; its decision document states the right to reconsideration or litigation; late is not on time', async () => {
    const c = await w.acceptedCase(w.items.promised);
    let cur = c;
    for (const task of c.tasks.slice(0, 2)) {
      const res = await complete('approver', cur, task.id, { opinion: '通过', outcome: 'pass' });
      expect(res.statusCode, res.body).toBe(200);
      cur = res.json() as CaseJson;
    }
    w.setToday('2026-11-10'); // one working day after the promised 11-09
    const last = cur.tasks[2].id;
    const before = await w.snapshot();
    const noReason = await complete('approver', cur, last, { opinion: '不予许可', outcome: 'deny' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().detail).toContain('必须说明理由');
    expect(await w.snapshot()).toBe(before);

    const res = await complete('approver', cur, last, {
      opinion: '经营场所与申请不符',
      outcome: 'deny',
      reason: '现场核查经营场所面积不足',
    });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as CaseJson;
    expect(d).toMatchObject({
      status: 'decided',
      decision: 'deny',
      decisionReason: '现场核查经营场所面积不足',
      onTime: false,
      workingDaysUsed: 6,
    });
    const doc = d.documents.find((x) => x.kind === 'decision');
    const printed = await w.api(w.s.approver).get(`/api/v1/cases/${d.id}/documents/${doc?.id}`);
    expect(printed.statusCode).toBe(200);
    const content = printed.json().content as Record<string, string>;
    expect(content.title).toBe('不予行政许可决定书');
    expect(content.text).toContain('现场核查经营场所面积不足');
    expect(content.remedy).toContain('行政复议');
    expect(content.remedy).toContain('行政诉讼');
  });

  it('approvers see and complete only their own department’s tasks; a user without one sees none', async () => {
    const c = await w.acceptedCase(w.items.promised);
    expect((await inbox('fireApprover')).some((e) => e.caseId === c.id)).toBe(false);
    expect(await inbox('noDept')).toEqual([]);
    const before = await w.snapshot();
    const foreign = await complete('fireApprover', c, c.tasks[0].id, { opinion: '同意', outcome: 'pass' });
    expect(foreign.statusCode).toBe(403);
    const noDept = await complete('noDept', c, c.tasks[0].id, { opinion: '同意', outcome: 'pass' });
    expect(noDept.statusCode).toBe(403);
    // window staff lacks case.review; another county does not even see the case
    expect((await complete('staff', c, c.tasks[0].id, { opinion: '同意', outcome: 'pass' })).statusCode).toBe(403);
    expect((await complete('approverB', c, c.tasks[0].id, { opinion: '同意', outcome: 'pass' })).statusCode).toBe(404);
    expect((await w.api(w.s.approverB).get(`/api/v1/halls/${w.tree.countyA.id}/case-inbox`)).statusCode).toBe(404);
    expect((await w.api(w.s.staff).get(`/api/v1/halls/${w.tree.countyA.id}/case-inbox`)).statusCode).toBe(403);
    expect(await w.snapshot()).toBe(before);
  });

  it('refuses a stale rowVersion with 409 and changes nothing; a pending or finished task cannot be completed', async () => {
    const c = await w.acceptedCase(w.items.promised);
    const ok = await complete('approver', c, c.tasks[0].id, { opinion: '通过', outcome: 'pass' });
    expect(ok.statusCode).toBe(200);
    const before = await w.snapshot();
    const stale = await complete('approver', c, c.tasks[1].id, { opinion: '通过', outcome: 'pass' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const fresh = ok.json() as CaseJson;
    const again = await complete('approver', fresh, c.tasks[0].id, { opinion: '通过', outcome: 'pass' });
    expect(again.statusCode).toBe(422);
    const pending = await complete('approver', fresh, c.tasks[2].id, { opinion: '准予', outcome: 'approve' });
    expect(pending.statusCode).toBe(422);
    const unknown = await complete('approver', fresh, 'no-such-task', { opinion: '通过', outcome: 'pass' });
    expect(unknown.statusCode).toBe(404);
    expect(await w.snapshot()).toBe(before);
  });

  it('sorts the inbox by urgency: red, yellow, then green by due date', async () => {
    // all tasks of this test: first steps with a 3-day share
    const accepted: Record<string, CaseJson> = {};
    for (const [key, day] of [
      ['red', '2026-10-26'], // step 1 due Thu 10-29 → overdue on 11-04
      ['yellow', '2026-10-30'], // due Wed 11-04 → due today
      ['greenLate', '2026-11-04'], // due Mon 11-09, 3 left
      ['greenEarly', '2026-11-03'], // due Fri 11-06: 2 left of 3, 33 % used
    ] as const) {
      w.setToday(day);
      accepted[key] = await w.acceptedCase(w.items.promised);
    }
    w.setToday('2026-11-04');
    const ids = Object.fromEntries(Object.entries(accepted).map(([k, c]) => [c.id, k]));
    const mine = (await inbox('approver')).filter((e) => e.caseId in ids);
    expect(mine.map((e) => [ids[e.caseId], e.colour, e.dueOn])).toEqual([
      ['red', 'red', '2026-10-29'],
      ['yellow', 'yellow', '2026-11-04'],
      ['greenEarly', 'green', '2026-11-06'],
      ['greenLate', 'green', '2026-11-09'],
    ]);
    expect(mine[0].remainingWorkingDays).toBe(-4);
  });
});
