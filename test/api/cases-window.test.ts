import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, DIALECTS } from '../helpers/app.js';
import {
  allSubmitted,
  buildCaseWorld,
  type CaseWorld,
  CREDIT_BAD_CHECK,
  CREDIT_OK,
  caseTablesSnapshot,
  ID_A,
  receive,
} from './cases-fixture.js';

describe.each(DIALECTS)('cases at the window on %s', (dialect) => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await buildCaseWorld(dialect);
  });
  afterAll(() => w.t.close());
  const staff = () => as(w.t.app, w.staff);
  const db = () => w.t.handle.db;

  describe('receipt 收件', () => {
    it('registers the application with its number, checklist and event', async () => {
      w.setDay('2026-03-02');
      const res = await staff().post(`/api/v1/halls/${w.hallA}/cases`, {
        itemId: w.items.promised,
        applicant: { type: 'person', name: '李四', idNumber: ID_A.toLowerCase(), phone: '13812345678' },
        agentName: '王代办',
        windowId: w.windowId,
        materials: [
          { position: 1, state: 'submitted' },
          { position: 2, state: 'defective', note: '复印件不清晰' },
        ],
      });
      expect(res.statusCode).toBe(201);
      const c = res.json();
      expect(c.number).toMatch(/^H[0-9A-Z]+202603020\d{3}$/);
      expect(c).toMatchObject({
        status: 'received',
        kind: 'promised',
        receivedOn: '2026-03-02',
        itemVersion: 1,
        departmentName: '市场监督管理局',
        promisedDays: 3,
        statutoryDays: 15,
        agentName: '王代办',
        windowId: w.windowId,
        rowVersion: 1,
        warnings: [],
      });
      // masked in the response, stored upper-cased in full
      expect(c.applicant).toMatchObject({ idNumber: '1101**********002X', phone: '138****5678', unmasked: false });
      expect(c.materials).toEqual([
        { position: 1, name: '设立登记申请书', required: true, state: 'submitted', note: '' },
        { position: 2, name: '经营者身份证明', required: true, state: 'defective', note: '复印件不清晰' },
        { position: 3, name: '经营场所使用证明', required: true, state: 'missing', note: '' },
        { position: 4, name: '委托书', required: false, state: 'missing', note: '' },
      ]);
      expect(c.allowedActions).toEqual(['accept', 'request_supplements', 'reject', 'withdraw']);
      const row = await db().selectFrom('cases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
      expect(row.applicant_id_number).toBe(ID_A);
      const events = await db().selectFrom('case_events').selectAll().where('case_id', '=', c.id).execute();
      expect(events.map((e) => [e.action, e.from_status, e.to_status])).toEqual([['receive', null, 'received']]);
      expect(JSON.parse(events[0]?.detail ?? '{}').ip).toBeTruthy();
      const audit = await db().selectFrom('audit_log').selectAll().where('entity_id', '=', c.id).execute();
      expect(audit.map((a) => a.action)).toEqual(['case.receive']);
      expect(JSON.stringify(audit)).not.toContain(ID_A);
    });

    it('validates the applicant: ID number, credit code (check digit warns), legal representative', async () => {
      const post = (applicant: object) =>
        staff().post(`/api/v1/halls/${w.hallA}/cases`, { itemId: w.items.promised, applicant, materials: [] });
      const badId = await post({ type: 'person', name: '王五', idNumber: '110105194912310021', phone: '13812345678' });
      expect(badId.statusCode).toBe(400);
      expect(badId.json().detail).toContain('校验位');
      const warn = await post({
        type: 'enterprise',
        name: '东岭县某某商贸有限公司',
        idNumber: CREDIT_BAD_CHECK,
        legalRepresentative: '赵六',
        phone: '0591-12345678',
      });
      expect(warn.statusCode).toBe(201);
      expect(warn.json().warnings).toHaveLength(1);
      const ok = await post({
        type: 'enterprise',
        name: '东岭县某某商贸有限公司',
        idNumber: CREDIT_OK,
        legalRepresentative: '赵六',
        phone: '0591-12345678',
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().warnings).toEqual([]);
      expect(ok.json().applicant.legalRepresentative).toBe('赵六');
      const noRep = await post({ type: 'enterprise', name: '某公司', idNumber: CREDIT_OK, phone: '0591-12345678' });
      expect(noRep.statusCode).toBe(400);
      const badFormat = await post({
        type: 'enterprise',
        name: '某公司',
        idNumber: '91350100M000100YO3',
        legalRepresentative: '赵六',
        phone: '0591-12345678',
      });
      expect(badFormat.statusCode).toBe(400);
    });

    it('refuses an item without a published guide and unknown material positions', async () => {
      const applicant = { type: 'person', name: '王五', idNumber: ID_A, phone: '13812345678' };
      const draft = await staff().post(`/api/v1/halls/${w.hallA}/cases`, { itemId: w.items.draft, applicant });
      expect(draft.statusCode).toBe(422);
      expect(draft.json().code).toBe('ITEM_NOT_PUBLISHED');
      const unknown = await staff().post(`/api/v1/halls/${w.hallA}/cases`, {
        itemId: w.items.promised,
        applicant,
        materials: [{ position: 9, state: 'submitted' }],
      });
      expect(unknown.statusCode).toBe(400);
    });

    it('hides another county: 404, and 403 without case.receive', async () => {
      const body = {
        itemId: w.items.promised,
        applicant: { type: 'person', name: '王五', idNumber: ID_A, phone: '13812345678' },
      };
      expect((await as(w.t.app, w.otherStaff).post(`/api/v1/halls/${w.hallA}/cases`, body)).statusCode).toBe(404);
      expect((await as(w.t.app, w.approver).post(`/api/v1/halls/${w.hallA}/cases`, body)).statusCode).toBe(403);
      const c = await receive(w);
      expect((await as(w.t.app, w.otherStaff).get(`/api/v1/cases/${c.id}`)).statusCode).toBe(404);
    });
  });

  describe('supplements 补正 then acceptance 受理', () => {
    it('one-time notice lists every missing or defective material, the clock starts after the supplements', async () => {
      w.setDay('2026-03-02');
      const c = await receive(w, { materials: [{ position: 1, state: 'submitted' }] });
      // cannot accept with required materials missing; nothing changes
      const before = await caseTablesSnapshot(db());
      const refused = await staff().post(`/api/v1/cases/${c.id}/accept`, { rowVersion: c.rowVersion });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().code).toBe('MATERIALS_INCOMPLETE');
      expect(refused.json().materials.map((m: { position: number }) => m.position)).toEqual([2, 3]);
      expect(await caseTablesSnapshot(db())).toBe(before);

      const asked = await staff().post(`/api/v1/cases/${c.id}/request-supplements`, {
        rowVersion: 1,
        materials: [{ position: 3, state: 'defective', note: '租赁合同已过期' }],
      });
      expect(asked.statusCode).toBe(200);
      const a = asked.json();
      expect(a.status).toBe('correction_requested');
      expect(a.pauses).toMatchObject([{ kind: 'supplement', startedOn: '2026-03-02', endedOn: null }]);
      const notice = a.documents.find((d: { kind: string }) => d.kind === 'one_time');
      expect(notice.number).toBe(`${c.number}-BZ1`);
      expect(a.pauses[0].noticeNo).toBe(notice.number);
      const doc = (await staff().get(`/api/v1/cases/${c.id}/documents/${notice.id}`)).json();
      expect(doc.content.title).toBe('一次性告知书');
      expect(doc.content.materials.map((m: { name: string; state: string }) => [m.name, m.state])).toEqual([
        ['经营者身份证明', 'missing'],
        ['经营场所使用证明', 'defective'],
        ['委托书', 'missing'],
      ]);
      expect(doc.content.applicant.idNumber).toBe('1101**********002X');

      w.setDay('2026-03-04');
      const back = await staff().post(`/api/v1/cases/${c.id}/supplements-received`, {
        rowVersion: a.rowVersion,
        materials: [
          { position: 2, state: 'submitted' },
          { position: 3, state: 'submitted' },
        ],
      });
      expect(back.statusCode).toBe(200);
      expect(back.json()).toMatchObject({ status: 'received', completeOn: '2026-03-04' });
      expect(back.json().pauses[0].endedOn).toBe('2026-03-04');

      w.setDay('2026-03-05');
      const acc = await staff().post(`/api/v1/cases/${c.id}/accept`, { rowVersion: back.json().rowVersion });
      expect(acc.statusCode).toBe(200);
      const v = acc.json();
      expect(v).toMatchObject({
        status: 'in_review',
        acceptedOn: '2026-03-04',
        dueOn: '2026-03-09',
        statutoryDueOn: '2026-03-25',
        deemedAccepted: false,
        colour: 'green',
      });
      expect(
        v.tasks.map((t: { name: string; status: string; startedOn: string | null; dueOn: string | null }) => [
          t.name,
          t.status,
          t.startedOn,
          t.dueOn,
        ]),
      ).toEqual([
        ['受理', 'active', '2026-03-04', '2026-03-05'],
        ['审核', 'pending', null, null],
        ['办结', 'pending', null, null],
      ]);
      // the answer (built inside the acceptance's transaction) is the case view as now stored
      expect((await staff().get(`/api/v1/cases/${c.id}`)).json()).toEqual(v);
      const acceptance = v.documents.find((d: { kind: string }) => d.kind === 'acceptance');
      const accDoc = (await staff().get(`/api/v1/cases/${c.id}/documents/${acceptance.id}`)).json();
      expect(accDoc.content).toMatchObject({ title: '受理通知书', promisedOn: '2026-03-09', acceptedOn: '2026-03-04' });
      // accept and start_review: one audit record each, in order, each with its own before/after version
      const audits = await db()
        .selectFrom('audit_log')
        .select(['action', 'before', 'after'])
        .where('entity_id', '=', c.id)
        .where('action', 'in', ['case.accept', 'case.start_review'])
        .orderBy('seq')
        .execute();
      const rv = back.json().rowVersion;
      expect(audits.map((a) => [a.action, JSON.parse(a.before ?? ''), JSON.parse(a.after ?? '')])).toEqual([
        [
          'case.accept',
          { status: 'received', rowVersion: rv },
          {
            status: 'accepted',
            rowVersion: rv + 1,
            number: c.number,
            acceptedOn: '2026-03-04',
            dueOn: '2026-03-09',
            immediate: false,
          },
        ],
        [
          'case.start_review',
          { status: 'accepted', rowVersion: rv + 1 },
          { status: 'in_review', rowVersion: rv + 2, number: c.number, steps: 3, jointDepartments: 0 },
        ],
      ]);
      expect(v.rowVersion).toBe(rv + 2);
      const events = await db()
        .selectFrom('case_events')
        .select(['action', 'to_status'])
        .where('case_id', '=', c.id)
        .orderBy('at')
        .execute();
      expect(events.map((e) => e.action)).toEqual([
        'receive',
        'request_supplements',
        'receive_supplements',
        'accept',
        'start_review',
      ]);

      const deadline = (await staff().get(`/api/v1/cases/${c.id}/deadline`)).json();
      expect(deadline).toMatchObject({
        dueOn: '2026-03-09',
        usedWorkingDays: 1,
        remainingWorkingDays: 2,
        colour: 'green',
      });
      expect(
        deadline.trail.map((d: { date: string; kind: string; counted: boolean; n?: number }) => [
          d.date,
          d.kind,
          d.counted,
          d.n ?? null,
        ]),
      ).toEqual([
        ['2026-03-05', 'weekday', true, 1],
        ['2026-03-06', 'weekday', true, 2],
        ['2026-03-07', 'weekend', false, null],
        ['2026-03-08', 'weekend', false, null],
        ['2026-03-09', 'weekday', true, 3],
      ]);
      expect(deadline.calendarVersion).toContain('2026');
    });
  });

  describe('illegal transitions change nothing', () => {
    it('409 CASE_STATE with rows unchanged, 409 VERSION_CONFLICT on a stale version', async () => {
      const c = await receive(w, { materials: [{ position: 1, state: 'submitted' }] });
      await staff().post(`/api/v1/cases/${c.id}/request-supplements`, { rowVersion: 1, materials: [] });
      const before = await caseTablesSnapshot(db());
      for (const [path, body] of [
        ['accept', { rowVersion: 2 }],
        ['reject', { rowVersion: 2, reason: '不属于本机关职权范围', redirectTo: '县自然资源局' }],
        ['close', { rowVersion: 2 }],
        ['request-supplements', { rowVersion: 2, materials: [] }],
      ] as const) {
        const res = await staff().post(`/api/v1/cases/${c.id}/${path}`, body);
        expect(res.statusCode, path).toBe(409);
        expect(res.json().code).toBe('CASE_STATE');
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      const stale = await staff().post(`/api/v1/cases/${c.id}/withdraw`, { rowVersion: 1, reason: '不办了' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('VERSION_CONFLICT');
      const blocked = await staff().post(`/api/v1/cases/${c.id}/deliver`, {
        rowVersion: 2,
        method: 'mail',
        trackingNumber: 'SF1234567890',
      });
      expect(blocked.statusCode).toBe(422);
      expect(blocked.json().code).toBe('DELIVERY_BLOCKED');
      expect(await caseTablesSnapshot(db())).toBe(before);
    });

    it('a role without the permission gets 403 and nothing changes', async () => {
      const c = await receive(w);
      const before = await caseTablesSnapshot(db());
      const res = await as(w.t.app, w.approver).post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1 });
      expect(res.statusCode).toBe(403);
      expect(await caseTablesSnapshot(db())).toBe(before);
    });
  });

  describe('即办件, refusal, withdrawal, delivery', () => {
    it('settles an immediate case in the same visit', async () => {
      w.setDay('2026-03-02');
      const c = await receive(w, { itemId: w.items.immediate, materials: allSubmitted(2) });
      const res = await staff().post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1, immediate: true });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'delivered',
        acceptedOn: '2026-03-02',
        dueOn: '2026-03-02',
        decision: 'approve',
        decidedOn: '2026-03-02',
        deliveredOn: '2026-03-02',
        deliveryMethod: 'pickup',
        onTime: true,
      });
      expect(res.json().documents.map((d: { kind: string }) => d.kind)).toEqual(['acceptance', 'decision', 'delivery']);
      expect((await staff().get(`/api/v1/cases/${c.id}`)).json()).toEqual(res.json());
      const promised = await receive(w);
      const refused = await staff().post(`/api/v1/cases/${promised.id}/accept`, { rowVersion: 1, immediate: true });
      expect(refused.statusCode).toBe(422);
    });

    it('refuses with reason, where to go instead and the right to a remedy', async () => {
      const c = await receive(w);
      const res = await staff().post(`/api/v1/cases/${c.id}/reject`, {
        rowVersion: 1,
        reason: '申请事项依法不属于本机关职权范围',
        redirectTo: '东岭县自然资源局',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'rejected',
        notAcceptedReason: '申请事项依法不属于本机关职权范围',
        redirectTo: '东岭县自然资源局',
        allowedActions: [],
      });
      const doc = res.json().documents[0];
      const content = (await staff().get(`/api/v1/cases/${c.id}/documents/${doc.id}`)).json().content;
      expect(content.title).toBe('不予受理通知书');
      expect(content.remedy).toContain('行政复议');
    });

    it('withdraws a case in review and skips its open tasks', async () => {
      const c = await receive(w);
      const acc = (await staff().post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1 })).json();
      const res = await staff().post(`/api/v1/cases/${c.id}/withdraw`, {
        rowVersion: acc.rowVersion,
        reason: '申请人主动撤回',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('withdrawn');
      expect(res.json().tasks.every((t: { status: string }) => t.status === 'skipped')).toBe(true);
    });

    it('delivers a decided case at the pickup window with an ID check, or by mail, then archives', async () => {
      const make = async () => {
        const c = await receive(w);
        const acc = (await staff().post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1 })).json();
        // the review module decides; here the decision is written directly
        await db()
          .updateTable('cases')
          .set({ status: 'decided', decision: 'approve', decided_on: '2026-03-03', row_version: acc.rowVersion + 1 })
          .where('id', '=', c.id)
          .execute();
        return { id: c.id, rowVersion: acc.rowVersion + 1 };
      };
      const a = await make();
      const noId = await staff().post(`/api/v1/cases/${a.id}/deliver`, {
        rowVersion: a.rowVersion,
        method: 'pickup',
        collectorName: '张三丰',
      });
      expect(noId.statusCode).toBe(400);
      const picked = await staff().post(`/api/v1/cases/${a.id}/deliver`, {
        rowVersion: a.rowVersion,
        method: 'pickup',
        collectorName: '张三丰',
        collectorIdNumber: ID_A,
      });
      expect(picked.statusCode).toBe(200);
      expect(picked.json()).toMatchObject({
        status: 'delivered',
        deliveryMethod: 'pickup',
        deliveryDetail: { collectorName: '张三丰', collectorIdNumber: '1101**********002X', idChecked: true },
      });
      const closed = await staff().post(`/api/v1/cases/${a.id}/close`, { rowVersion: picked.json().rowVersion });
      expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-03-02' });
      const b = await make();
      const mailed = await staff().post(`/api/v1/cases/${b.id}/deliver`, {
        rowVersion: b.rowVersion,
        method: 'mail',
        trackingNumber: 'EMS1234567890',
      });
      expect(mailed.json()).toMatchObject({
        deliveryMethod: 'mail',
        deliveryDetail: { trackingNumber: 'EMS1234567890' },
      });
    });
  });

  describe('joint cases 联办件', () => {
    it('spawn one active joint task per co-department', async () => {
      const c = await receive(w, { itemId: w.items.joint, materials: allSubmitted(1) });
      const v = (await staff().post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1 })).json();
      expect(v.kind).toBe('joint');
      const joint = v.tasks.filter((t: { kind: string }) => t.kind === 'joint');
      expect(joint).toHaveLength(1);
      expect(joint[0]).toMatchObject({ departmentId: w.jointDeptId, status: 'active', days: 10, dueOn: v.dueOn });
    });
  });

  describe('the window list', () => {
    it("lists the hall's cases newest first, filtered, ID numbers masked; another county gets 404", async () => {
      w.setDay('2026-03-20');
      const refused = await receive(w);
      await staff().post(`/api/v1/cases/${refused.id}/reject`, {
        rowVersion: 1,
        reason: '不属于本机关职权范围',
        redirectTo: '',
      });
      const c = await receive(w);
      const all = await staff().get(`/api/v1/halls/${w.hallA}/cases`);
      expect(all.statusCode).toBe(200);
      expect(all.json().rows[0]).toMatchObject({
        id: c.id,
        status: 'received',
        applicantIdNumber: '1101**********002X',
      });
      const byNumber = (await staff().get(`/api/v1/halls/${w.hallA}/cases?q=${c.number}`)).json();
      expect(byNumber.rows.map((r: { id: string }) => r.id)).toEqual([c.id]);
      const rejected = (await staff().get(`/api/v1/halls/${w.hallA}/cases?status=rejected`)).json();
      expect(rejected.rows.length).toBeGreaterThan(0);
      expect(rejected.rows.every((r: { status: string }) => r.status === 'rejected')).toBe(true);
      expect((await as(w.t.app, w.agent).get(`/api/v1/halls/${w.hallA}/cases?mine=true`)).json().rows).toEqual([]);
      expect((await as(w.t.app, w.otherStaff).get(`/api/v1/halls/${w.hallA}/cases`)).statusCode).toBe(404);
    });
  });

  describe('personal data', () => {
    const reveals = async (caseId: string) =>
      db()
        .selectFrom('audit_log')
        .select(['actor_id', 'hall_id', 'at', 'after'])
        .where('action', '=', 'personal_data.view')
        .where('entity_type', '=', 'case')
        .where('entity_id', '=', caseId)
        .orderBy('seq')
        .execute();

    it('masks ID number and phone in every case view and list, also for case.view_personal, without audit', async () => {
      const c = await receive(w);
      for (const who of [w.staff, w.approver, w.agent]) {
        const view = (await as(w.t.app, who).get(`/api/v1/cases/${c.id}`)).json();
        expect(view.applicant).toMatchObject({ idNumber: '1101**********002X', phone: '138****5678', unmasked: false });
        expect(JSON.stringify(view)).not.toContain(ID_A);
        expect(JSON.stringify(view)).not.toContain('13812345678');
      }
      const list = await staff().get(`/api/v1/halls/${w.hallA}/cases?q=${c.number}`);
      expect(list.body).not.toContain(ID_A);
      expect(list.json().rows[0].applicantIdNumber).toBe('1101**********002X');
      const accepted = (await staff().post(`/api/v1/cases/${c.id}/accept`, { rowVersion: c.rowVersion })).json();
      const doc = (await staff().get(`/api/v1/cases/${c.id}/documents/${accepted.documents[0].id}`)).json();
      expect(doc.content.applicant.idNumber).toBe('1101**********002X');
      expect(JSON.stringify(doc)).not.toContain(ID_A);
      expect(await reveals(c.id)).toEqual([]);
    });

    it('reveals the full values of one case on request and audits each reveal (who, when, which case)', async () => {
      const c = await receive(w);
      w.setDay('2026-03-03');
      const res = await staff().post(`/api/v1/cases/${c.id}/reveal-personal`, { purpose: '核对申请人身份' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json()).toMatchObject({
        caseId: c.id,
        number: c.number,
        applicant: { type: 'person', name: '张三丰', idNumber: ID_A, phone: '13812345678', legalRepresentative: null },
      });
      expect(res.json().revealedAt.slice(0, 10)).toBe('2026-03-03');
      // an empty body is fine too (the purpose is optional)
      const approver = await as(w.t.app, w.approver).post(`/api/v1/cases/${c.id}/reveal-personal`);
      expect(approver.statusCode).toBe(200);
      expect(approver.json().applicant.idNumber).toBe(ID_A);
      const rows = await reveals(c.id);
      expect(rows.map((r) => r.actor_id)).toEqual([w.staff.userId, w.approver.userId]);
      expect(rows.every((r) => r.hall_id === w.hallA && r.at !== '')).toBe(true);
      expect(JSON.parse(rows[0].after as string)).toMatchObject({
        number: c.number,
        via: 'reveal',
        purpose: '核对申请人身份',
        fields: ['applicant.idNumber', 'applicant.phone'],
      });
      // the audit record names the fields, never the values
      expect(rows.map((r) => r.after).join('')).not.toContain(ID_A);
      // the case itself is untouched
      expect((await staff().get(`/api/v1/cases/${c.id}`)).json().rowVersion).toBe(c.rowVersion);
    });

    it('refuses the reveal without case.view_personal (403) and from another county (404), auditing nothing', async () => {
      const c = await receive(w);
      const agent = await as(w.t.app, w.agent).post(`/api/v1/cases/${c.id}/reveal-personal`, {});
      expect(agent.statusCode).toBe(403);
      expect(agent.body).not.toContain(ID_A);
      const other = await as(w.t.app, w.otherStaff).post(`/api/v1/cases/${c.id}/reveal-personal`, {});
      expect(other.statusCode).toBe(404);
      expect(other.body).not.toContain(ID_A);
      expect((await staff().post('/api/v1/cases/no-such-case/reveal-personal', {})).statusCode).toBe(404);
      const tooLong = await staff().post(`/api/v1/cases/${c.id}/reveal-personal`, { purpose: 'x'.repeat(201) });
      expect(tooLong.statusCode).toBe(400);
      expect(await reveals(c.id)).toEqual([]);
      // the old GET that audited on read is gone
      expect((await staff().get(`/api/v1/cases/${c.id}/personal`)).statusCode).toBe(404);
    });
  });
});
