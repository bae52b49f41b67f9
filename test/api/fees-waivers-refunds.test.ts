import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, DIALECTS } from '../helpers/app.js';
import { buildFeeWorld, type FeeWorld, feeSnapshot, issue, type NoticeJson, nextReceipt } from './fees-fixture.js';

describe.each(DIALECTS)('waivers 减免 and refunds 退费 on %s', (dialect) => {
  let w: FeeWorld;
  beforeAll(async () => {
    w = await buildFeeWorld(dialect);
  });
  afterAll(() => w.t.close());

  const pay = (s: FeeWorld['cashier'], n: { id: string }, amountFen: number) =>
    as(w.t.app, s).post(`/api/v1/fee-notices/${n.id}/pay`, { amountFen, method: 'cash', receiptNo: nextReceipt() });

  it('a waiver has no effect and blocks payment until an approver records name and document number', async () => {
    const n = await issue(w);
    const line = n.lines.find((l) => l.code === 'F01') as NoticeJson['lines'][number];
    const req = await as(w.t.app, w.staff).post(`/api/v1/fee-notices/${n.id}/waivers`, {
      noticeLineId: line.id,
      amountFen: 8000,
      reason: '申请人为低保户',
      basis: '财税〔2016〕79号第六条',
    });
    expect(req.statusCode).toBe(201);
    expect(req.json()).toMatchObject({ status: 'requested', statusLabel: '待审批', amountText: '¥80.00' });
    const pending = (await as(w.t.app, w.cashier).get(`/api/v1/fee-notices/${n.id}`)).json();
    expect(pending).toMatchObject({ dueFen: 11500, waivedFen: 0, pendingWaivers: 1 });
    expect(pending.allowedActions).not.toContain('pay');

    const before = await feeSnapshot(w.db);
    // paying the amount as if the waiver applied, or the full amount, is refused while it is pending
    for (const amount of [3500, 11500]) {
      const res = await pay(w.cashier, n, amount);
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('WAIVER_NOT_APPROVED');
    }
    // approval: not by the requester's role, not by oneself, not without a document number
    const waiverId = req.json().id;
    const decide = (s: FeeWorld['chief'], body: unknown) =>
      as(w.t.app, s).post(`/api/v1/fee-waivers/${waiverId}/decide`, body);
    expect(
      (await decide(w.staff, { approve: true, approverName: '李局长', documentNo: '东政减〔2026〕3号' })).statusCode,
    ).toBe(403);
    expect((await decide(w.chief, { approve: true, approverName: '李局长' })).statusCode).toBe(400);
    expect((await decide(w.chief, { approve: true, approverName: '李局长', documentNo: '' })).statusCode).toBe(400);
    expect((await decide(w.managerB, { approve: true, approverName: '李局长', documentNo: 'X-1' })).statusCode).toBe(
      404,
    );
    expect(await feeSnapshot(w.db)).toBe(before);

    const ok = await decide(w.chief, { approve: true, approverName: '李局长', documentNo: '东政减〔2026〕3号' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', approverName: '李局长', documentNo: '东政减〔2026〕3号' });
    const after = (await as(w.t.app, w.cashier).get(`/api/v1/fee-notices/${n.id}`)).json();
    expect(after).toMatchObject({ totalFen: 11500, waivedFen: 8000, dueFen: 3500, pendingWaivers: 0 });
    expect(after.lines[0]).toMatchObject({ waivedFen: 8000, netFen: 0 });
    const again = await decide(w.chief, { approve: false });
    expect(again.json().code).toBe('NOTICE_STATE');

    const paid = await pay(w.cashier, n, 3500);
    expect(paid.statusCode).toBe(201);
    // the waiver shows in the reports: the settlement entry carries the waived amount and the document
    const detail = (await as(w.t.app, w.manager).get(`/api/v1/halls/${w.hallA}/fee-settlements/${w.deptId}`)).json();
    const waived = detail.entries.find((e: { waivedFen: number }) => e.waivedFen === 8000);
    expect(waived).toMatchObject({ amountFen: 0, waiverDocumentNo: '东政减〔2026〕3号' });
    expect(detail.waiverCount).toBe(1);
    // and in the waiver list
    const list = (await as(w.t.app, w.supervisor).get(`/api/v1/halls/${w.hallA}/fee-waivers?status=approved`)).json();
    expect(list.map((x: { id: string }) => x.id)).toEqual([waiverId]);
  });

  it('refuses waivers that are not allowed, too large, or by the requester themself', async () => {
    const n = await issue(w);
    const f01 = n.lines[0] as NoticeJson['lines'][number];
    const f02 = n.lines[1] as NoticeJson['lines'][number];
    const before = await feeSnapshot(w.db);
    const post = (body: unknown) => as(w.t.app, w.staff).post(`/api/v1/fee-notices/${n.id}/waivers`, body);
    const base = { reason: '困难群众', basis: '财税〔2016〕79号' };
    expect((await post({ ...base, noticeLineId: f02.id, amountFen: 100 })).json().code).toBe('RULE_VIOLATION'); // not waivable
    expect((await post({ ...base, noticeLineId: f01.id, amountFen: 8001 })).json().code).toBe('RULE_VIOLATION');
    expect((await post({ ...base, noticeLineId: f01.id, amountFen: -1 })).statusCode).toBe(400);
    expect((await post({ ...base, noticeLineId: f01.id, amountFen: 10.5 })).statusCode).toBe(400);
    expect((await post({ ...base, noticeLineId: f01.id, amountFen: 100, reason: '' })).statusCode).toBe(400);
    expect(await feeSnapshot(w.db)).toBe(before);
    // the chief requests, and may not approve their own request
    const own = await as(w.t.app, w.chief).post(`/api/v1/fee-notices/${n.id}/waivers`, {
      ...base,
      noticeLineId: f01.id,
      amountFen: 4000,
    });
    expect(own.statusCode).toBe(201);
    const self = await as(w.t.app, w.chief).post(`/api/v1/fee-waivers/${own.json().id}/decide`, {
      approve: true,
      approverName: '自己',
      documentNo: 'X-1',
    });
    expect(self.json().code).toBe('RULE_VIOLATION');
    // pending waivers count: another 4001 does not fit any more
    expect((await post({ ...base, noticeLineId: f01.id, amountFen: 4001 })).json().code).toBe('RULE_VIOLATION');
    // the manager refuses it: nothing is waived, the notice can be paid in full
    const refused = await as(w.t.app, w.manager).post(`/api/v1/fee-waivers/${own.json().id}/decide`, {
      approve: false,
      note: '不符合减免条件',
    });
    expect(refused.json()).toMatchObject({ status: 'refused' });
    expect((await pay(w.cashier, n, 11500)).statusCode).toBe(201);
    // a paid notice takes no waiver requests
    expect((await post({ ...base, noticeLineId: f01.id, amountFen: 100 })).json().code).toBe('NOTICE_STATE');
  });

  it('a fully waived notice is closed at the cash desk with ¥0.00 and shows in the settlement', async () => {
    const n = await issue(w, [{ feeLineId: w.lines.F01 }]);
    const req = await as(w.t.app, w.staff).post(`/api/v1/fee-notices/${n.id}/waivers`, {
      noticeLineId: (n.lines[0] as NoticeJson['lines'][number]).id,
      amountFen: 8000,
      reason: '小微企业',
      basis: '财税〔2016〕79号',
    });
    await as(w.t.app, w.manager).post(`/api/v1/fee-waivers/${req.json().id}/decide`, {
      approve: true,
      approverName: '赵主任',
      documentNo: '东政减〔2026〕9号',
    });
    expect((await pay(w.cashier, n, 100)).json()).toMatchObject({ code: 'PAYMENT_AMOUNT_MISMATCH', dueFen: 0 });
    const paid = await pay(w.cashier, n, 0);
    expect(paid.statusCode).toBe(201);
    expect(paid.json().payment).toMatchObject({ amountFen: 0, amountText: '¥0.00', refundableFen: 0 });
    const entries = await w.db.selectFrom('fee_entries').selectAll().where('notice_id', '=', n.id).execute();
    expect(entries.map((e) => [e.amount_fen, e.waived_fen])).toEqual([[0, 8000]]);
  });

  it('a refund references the payment, needs approval and never exceeds what was paid', async () => {
    const n = await issue(w);
    const paid = (await pay(w.cashier, n, 11500)).json();
    const paymentId = paid.payment.id as string;
    const f03 = n.lines[2] as NoticeJson['lines'][number]; // ¥15.00, 自然资源局
    const post = (body: unknown) => as(w.t.app, w.cashier).post(`/api/v1/fee-payments/${paymentId}/refunds`, body);
    const before = await feeSnapshot(w.db);
    const over = await post({ noticeLineId: f03.id, amountFen: 1501, reason: '多收' });
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: 'REFUND_EXCEEDS_PAYMENT', refundableFen: 1500 });
    expect((await post({ noticeLineId: f03.id, amountFen: 0, reason: '多收' })).statusCode).toBe(400);
    expect((await post({ noticeLineId: f03.id, amountFen: 15.5, reason: '多收' })).statusCode).toBe(400);
    expect(
      (
        await as(w.t.app, w.staff).post(`/api/v1/fee-payments/${paymentId}/refunds`, {
          noticeLineId: f03.id,
          amountFen: 100,
          reason: '多收',
        })
      ).statusCode,
    ).toBe(403);
    expect(await feeSnapshot(w.db)).toBe(before);

    const r1 = await post({ noticeLineId: f03.id, amountFen: 1000, reason: '测绘面积核减' });
    expect(r1.statusCode).toBe(201);
    expect(r1.json()).toMatchObject({ status: 'requested', paymentId });
    // pending counts: 600 more does not fit
    expect((await post({ noticeLineId: f03.id, amountFen: 600, reason: '再退' })).json().code).toBe(
      'REFUND_EXCEEDS_PAYMENT',
    );
    const r2 = await post({ noticeLineId: f03.id, amountFen: 500, reason: '再退' });
    expect(r2.statusCode).toBe(201);
    // no effect before approval
    expect((await as(w.t.app, w.cashier).get(`/api/v1/fee-notices/${n.id}`)).json().refundedFen).toBe(0);
    expect(
      (
        await as(w.t.app, w.cashier).post(`/api/v1/fee-refunds/${r1.json().id}/decide`, {
          approve: true,
          approverName: '王主任',
        })
      ).statusCode,
    ).toBe(403);
    const ok = await as(w.t.app, w.manager).post(`/api/v1/fee-refunds/${r1.json().id}/decide`, {
      approve: true,
      approverName: '王主任',
      documentNo: '东政退〔2026〕1号',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', refundedOn: '2026-11-26' });
    const ok2 = await as(w.t.app, w.manager).post(`/api/v1/fee-refunds/${r2.json().id}/decide`, {
      approve: true,
      approverName: '王主任',
    });
    expect(ok2.statusCode).toBe(200);
    const view = (await as(w.t.app, w.cashier).get(`/api/v1/fee-notices/${n.id}`)).json();
    expect(view.refundedFen).toBe(1500);
    expect(view.lines[2].refundedFen).toBe(1500);
    expect(view.payment).toMatchObject({ refundedFen: 1500, refundableFen: 10000 });
    // the line is fully refunded: nothing more
    expect((await post({ noticeLineId: f03.id, amountFen: 1, reason: '再退' })).json().code).toBe(
      'REFUND_EXCEEDS_PAYMENT',
    );
    const entries = await w.db
      .selectFrom('fee_entries')
      .select(['kind', 'amount_fen', 'department_id'])
      .where('notice_line_id', '=', f03.id)
      .orderBy('created_at')
      .execute();
    expect(entries.map((e) => [e.kind, e.amount_fen, e.department_id])).toEqual([
      ['payment', 1500, w.otherDeptId],
      ['refund', -1000, w.otherDeptId],
      ['refund', -500, w.otherDeptId],
    ]);
  });

  it('two approvals racing for the same line never refund more than was paid', async () => {
    const n = await issue(w, [{ feeLineId: w.lines.F01 }]);
    const paymentId = (await pay(w.cashier, n, 8000)).json().payment.id as string;
    const lineId = (n.lines[0] as NoticeJson['lines'][number]).id;
    // two requests of 5000 each cannot both exist (pending counts) — so insert the second directly,
    // as an old request might be, and let the approvals race.
    const r1 = await as(w.t.app, w.cashier).post(`/api/v1/fee-payments/${paymentId}/refunds`, {
      noticeLineId: lineId,
      amountFen: 5000,
      reason: '重复收费',
    });
    const row = await w.db
      .selectFrom('fee_refunds')
      .selectAll()
      .where('id', '=', r1.json().id)
      .executeTakeFirstOrThrow();
    await w.db
      .insertInto('fee_refunds')
      .values({ ...row, id: `${row.id}-b`, requested_at: new Date().toISOString() })
      .execute();
    const results = await Promise.all(
      [row.id, `${row.id}-b`].map((id) =>
        as(w.t.app, w.manager).post(`/api/v1/fee-refunds/${id}/decide`, { approve: true, approverName: '王主任' }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    expect(results.find((r) => r.statusCode === 422)?.json().code).toBe('REFUND_EXCEEDS_PAYMENT');
    const line = await w.db
      .selectFrom('fee_notice_lines')
      .selectAll()
      .where('id', '=', lineId)
      .executeTakeFirstOrThrow();
    expect(line.refunded_fen).toBe(5000);
  });
});
