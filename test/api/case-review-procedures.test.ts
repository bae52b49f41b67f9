import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/app.js';
import { type CaseJson, type ReviewWorld, reviewWorld } from './case-review-fixture.js';

/** Special procedures (pause / resume) and extensions (docs/api-cases.md "Review"). */

describe.each(DIALECTS)('case review: special procedures and extensions on %s', (dialect) => {
  let w: ReviewWorld;
  beforeAll(async () => {
    w = await reviewWorld(dialect);
  });
  afterAll(() => w.t.close());
  beforeEach(() => w.setToday('2026-11-02'));

  const post = (who: keyof ReviewWorld['s'], url: string, body: Record<string, unknown>) =>
    w.api(w.s[who]).post(url, body);

  it('pauses for a site survey with a written notice and resumes: the working days in (S, E] do not count', async () => {
    const c = await w.acceptedCase(w.items.promised); // Mon 11-02, due Mon 11-09; step 1 due Thu 11-05
    w.setToday('2026-11-04');
    const paused = await post('approver', `/api/v1/cases/${c.id}/pause`, {
      rowVersion: c.rowVersion,
      name: '现场踏勘',
      reason: '需核实经营场所',
    });
    expect(paused.statusCode, paused.body).toBe(200);
    const p = paused.json() as CaseJson;
    expect(p.status).toBe('suspended');
    expect(p.pauses).toEqual([
      expect.objectContaining({ kind: 'special', name: '现场踏勘', startedOn: '2026-11-04', endedOn: null }),
    ]);
    const notice = p.documents.find((d) => d.kind === 'pause');
    expect(notice?.number).toBe(p.pauses[0].noticeNo);
    const printed = await w.api(w.s.approver).get(`/api/v1/cases/${c.id}/documents/${notice?.id}`);
    expect(printed.json().content.text).toContain('不计算在办理时限内');

    // while suspended: no task work, no second pause; the inbox lists it last, marked paused
    const before = await w.snapshot();
    const work = await post('approver', `/api/v1/cases/${c.id}/tasks/${c.tasks[0].id}/complete`, {
      rowVersion: p.rowVersion,
      opinion: '通过',
      outcome: 'pass',
    });
    expect(work.statusCode).toBe(409);
    expect(work.json().code).toBe('CASE_STATE');
    const twice = await post('approver', `/api/v1/cases/${c.id}/pause`, {
      rowVersion: p.rowVersion,
      name: '听证',
      reason: 'x',
    });
    expect(twice.statusCode).toBe(409);
    expect(await w.snapshot()).toBe(before);
    w.setToday('2026-11-05');
    const entry = (
      (await w.api(w.s.approver).get(`/api/v1/halls/${w.tree.countyA.id}/case-inbox`)).json() as {
        caseId: string;
        paused: boolean;
        dueOn: string;
      }[]
    ).find((e) => e.caseId === c.id);
    expect(entry).toMatchObject({ paused: true, dueOn: '2026-11-06' }); // pushed by the paused Thursday so far

    w.setToday('2026-11-06');
    const resumed = await post('approver', `/api/v1/cases/${c.id}/resume`, { rowVersion: p.rowVersion });
    expect(resumed.statusCode, resumed.body).toBe(200);
    const r = resumed.json() as CaseJson;
    expect(r.status).toBe('in_review');
    expect(r.pauses[0].endedOn).toBe('2026-11-06');
    // (11-04, 11-06] removes Thu and Fri: due Mon 11-09 → Wed 11-11; step 1 (3 days) → Mon 11-09
    expect(r.dueOn).toBe('2026-11-11');
    expect(r.tasks[0].dueOn).toBe('2026-11-09');
    expect(r.documents.some((d) => d.kind === 'resume')).toBe(true);
    const deadline = await w.api(w.s.approver).get(`/api/v1/cases/${c.id}/deadline`);
    expect(deadline.json().dueOn).toBe('2026-11-11');
    expect(await w.events(c.id)).toEqual(['receive', 'accept', 'start_review', 'pause', 'resume']);
  });

  it('refuses a pause that is not a special procedure, by another department, or outside review — changing nothing', async () => {
    const c = await w.acceptedCase(w.items.promised);
    const before = await w.snapshot();
    const notSpecial = await post('approver', `/api/v1/cases/${c.id}/pause`, {
      rowVersion: c.rowVersion,
      name: '领导出差',
      reason: '等待签字',
    });
    expect(notSpecial.statusCode).toBe(422);
    const foreign = await post('fireApprover', `/api/v1/cases/${c.id}/pause`, {
      rowVersion: c.rowVersion,
      name: '听证',
      reason: '依申请听证',
    });
    expect(foreign.statusCode).toBe(403);
    const stale = await post('approver', `/api/v1/cases/${c.id}/pause`, {
      rowVersion: c.rowVersion - 1,
      name: '听证',
      reason: '依申请听证',
    });
    expect(stale.statusCode).toBe(409);
    const notPaused = await post('approver', `/api/v1/cases/${c.id}/resume`, { rowVersion: c.rowVersion });
    expect(notPaused.statusCode).toBe(409);
    expect(notPaused.json().code).toBe('CASE_STATE');
    expect(await w.snapshot()).toBe(before);
  });

  it('extends by 10 working days once approved by case.approve_extension, with the approver recorded', async () => {
    const c = await w.acceptedCase(w.items.promised); // due 11-09
    w.setToday('2026-11-05');
    const req = await post('approver', `/api/v1/cases/${c.id}/extensions`, {
      rowVersion: c.rowVersion,
      reason: '需补充现场核查',
    });
    expect(req.statusCode, req.body).toBe(200);
    const r = req.json() as CaseJson;
    expect(r.extensions).toEqual([expect.objectContaining({ days: 10, status: 'requested', approverName: null })]);
    expect(r.dueOn).toBe('2026-11-09'); // not yet

    const before = await w.snapshot();
    const again = await post('approver', `/api/v1/cases/${c.id}/extensions`, {
      rowVersion: r.rowVersion,
      reason: '再次',
    });
    expect(again.statusCode).toBe(422);
    const extId = r.extensions[0].id;
    const decideUrl = `/api/v1/cases/${c.id}/extensions/${extId}/decide`;
    const byApprover = await post('approver', decideUrl, {
      rowVersion: r.rowVersion,
      approve: true,
      approverName: '李局长',
    });
    expect(byApprover.statusCode).toBe(403); // approvers lack case.approve_extension
    const otherDept = await post('fireChief', decideUrl, {
      rowVersion: r.rowVersion,
      approve: true,
      approverName: '王队长',
    });
    expect(otherDept.statusCode).toBe(403);
    const noName = await post('chief', decideUrl, { rowVersion: r.rowVersion, approve: true });
    expect(noName.statusCode).toBe(400);
    const stale = await post('chief', decideUrl, { rowVersion: c.rowVersion, approve: true, approverName: '李局长' });
    expect(stale.statusCode).toBe(409);
    expect(await w.snapshot()).toBe(before);

    const ok = await post('chief', decideUrl, { rowVersion: r.rowVersion, approve: true, approverName: '李局长' });
    expect(ok.statusCode, ok.body).toBe(200);
    const e = ok.json() as CaseJson;
    expect(e.extensionDays).toBe(10);
    expect(e.dueOn).toBe('2026-11-23'); // 11-09 + 10 working days
    expect(e.tasks[0].dueOn).toBe('2026-11-05'); // the earlier steps keep their shares
    expect(e.extensions[0]).toMatchObject({ status: 'approved', approverName: '李局长', decidedOn: '2026-11-05' });
    expect(e.documents.some((d) => d.kind === 'extension')).toBe(true);
    const once = await post('approver', `/api/v1/cases/${c.id}/extensions`, {
      rowVersion: e.rowVersion,
      reason: '再延',
    });
    expect(once.statusCode).toBe(422);
    expect(await w.events(c.id)).toEqual([
      'receive',
      'accept',
      'start_review',
      'request_extension',
      'decide_extension',
    ]);
  });

  it('joint cases extend by 15; a refused request changes no date; no extension after the due date', async () => {
    const j = await w.acceptedCase(w.items.joint); // promised 8 from Mon 11-02 → Thu 11-12
    expect(j.dueOn).toBe('2026-11-12');
    const req = (
      await post('approver', `/api/v1/cases/${j.id}/extensions`, { rowVersion: j.rowVersion, reason: '多部门会审' })
    ).json() as CaseJson;
    expect(req.extensions[0].days).toBe(15);
    const refused = await post('chief', `/api/v1/cases/${j.id}/extensions/${req.extensions[0].id}/decide`, {
      rowVersion: req.rowVersion,
      approve: false,
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ dueOn: '2026-11-12', extensionDays: 0 });
    expect(refused.json().extensions[0].status).toBe('refused');
    const r2 = refused.json() as CaseJson;
    const req2 = (
      await post('approver', `/api/v1/cases/${j.id}/extensions`, { rowVersion: r2.rowVersion, reason: '再次申请' })
    ).json() as CaseJson;
    const ok = await post('chief', `/api/v1/cases/${j.id}/extensions/${req2.extensions[1].id}/decide`, {
      rowVersion: req2.rowVersion,
      approve: true,
      approverName: '县政府分管副县长',
    });
    expect(ok.json()).toMatchObject({ extensionDays: 15, dueOn: '2026-12-03' });

    const late = await w.acceptedCase(w.items.promised); // due 11-09
    w.setToday('2026-11-10');
    const lateReq = await post('approver', `/api/v1/cases/${late.id}/extensions`, {
      rowVersion: late.rowVersion,
      reason: '来不及',
    });
    expect(lateReq.statusCode).toBe(422);
    expect(lateReq.json().detail).toContain('已超过办理期限');
  });
});
