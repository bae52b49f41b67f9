import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpaidNoticesBlockDelivery } from '../../src/modules/fees/index.js';
import { as, DIALECTS } from '../helpers/app.js';
import { buildFeeWorld, type FeeWorld, feeSnapshot, insertCase, issue, nextReceipt } from './fees-fixture.js';

describe.each(DIALECTS)('payment notices 缴费通知单 and payment on %s', (dialect) => {
  let w: FeeWorld;
  beforeAll(async () => {
    w = await buildFeeWorld(dialect);
  });
  afterAll(() => w.t.close());

  it('window staff issue a notice from the catalog at catalog price, with a readable unique number', async () => {
    const n = await issue(w);
    expect(n.number).toMatch(/^H[0-9A-Z]+JF202611260001$/);
    expect(n).toMatchObject({ status: 'unpaid', totalFen: 11500, waivedFen: 0, dueFen: 11500, catalogVersion: 1 });
    expect(n.lines.map((l) => [l.code, l.amountFen])).toEqual([
      ['F01', 8000],
      ['F02', 2000],
      ['F03', 1500],
    ]);
    expect((n as unknown as { dueText: string }).dueText).toBe('¥115.00');
    expect(n.allowedActions).toEqual(expect.arrayContaining(['edit', 'cancel', 'waive']));
    const second = await issue(w, [{ feeLineId: w.lines.F02, quantity: 5 }]);
    expect(second.number.endsWith('JF202611260002')).toBe(true);
    expect(second.totalFen).toBe(3000); // capped at ¥30.00
  });

  it('refuses lines outside the catalog, other prices, bad quantities — with problem+json and no change', async () => {
    const before = await feeSnapshot(w.db);
    const post = (lines: unknown[]) => as(w.t.app, w.staff).post(`/api/v1/cases/${w.caseId}/fee-notices`, { lines });
    const cases: [unknown[], number, string][] = [
      [[{ feeLineId: 'not-a-line' }], 422, 'FEE_NOT_IN_CATALOG'],
      [[{ feeLineId: w.lines.F01, unitPriceFen: 9000 }], 422, 'FEE_PRICE_MISMATCH'],
      [[{ feeLineId: w.lines.F01, amountFen: 7000 }], 422, 'FEE_PRICE_MISMATCH'],
      [[{ feeLineId: w.lines.F02, quantity: 2, amountFen: 2500 }], 422, 'FEE_PRICE_MISMATCH'],
      [[{ feeLineId: w.lines.F02, quantity: -1 }], 400, 'VALIDATION_FAILED'],
      [[{ feeLineId: w.lines.F02, quantity: 0 }], 400, 'VALIDATION_FAILED'],
      [[{ feeLineId: w.lines.F02, quantity: 1.5 }], 400, 'VALIDATION_FAILED'],
      [[{ feeLineId: w.lines.F02 }], 400, 'VALIDATION_FAILED'],
      [[{ feeLineId: w.lines.F01, quantity: 2 }], 422, 'RULE_VIOLATION'],
      [[{ feeLineId: w.lines.F01 }, { feeLineId: w.lines.F01 }], 400, 'VALIDATION_FAILED'],
      [[{ feeLineId: w.lines.F01, amountFen: 80.0001 }], 400, 'VALIDATION_FAILED'],
      [[], 400, 'VALIDATION_FAILED'],
    ];
    for (const [lines, status, code] of cases) {
      const res = await post(lines);
      expect(res.statusCode, JSON.stringify(lines)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
      expect(res.json().detail).toMatch(/[\u4e00-\u9fa5]/);
    }
    // a case that is no longer running, and a cashier trying to issue
    const closed = await insertCase(w.db, w.hallA, w.itemId, w.deptId, 'delivered');
    const afterCase = await feeSnapshot(w.db);
    const res = await as(w.t.app, w.staff).post(`/api/v1/cases/${closed.id}/fee-notices`, {
      lines: [{ feeLineId: w.lines.F01 }],
    });
    expect(res.json().code).toBe('CASE_STATE');
    expect(
      (
        await as(w.t.app, w.cashier).post(`/api/v1/cases/${w.caseId}/fee-notices`, {
          lines: [{ feeLineId: w.lines.F01 }],
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await as(w.t.app, w.staffB).post(`/api/v1/cases/${w.caseId}/fee-notices`, {
          lines: [{ feeLineId: w.lines.F01 }],
        })
      ).statusCode,
    ).toBe(404);
    expect(await feeSnapshot(w.db)).toBe(afterCase);
    expect(afterCase).toBe(before); // the refused notices left no trace (the case table is not in the snapshot)
  });

  it('an unpaid notice may be edited; the cashier finds it by number or case and collects the full amount', async () => {
    const n = await issue(w, [{ feeLineId: w.lines.F01 }]);
    const edited = await as(w.t.app, w.staff).put(`/api/v1/fee-notices/${n.id}`, {
      rowVersion: n.rowVersion,
      lines: [{ feeLineId: w.lines.F01 }, { feeLineId: w.lines.F02, quantity: 1 }],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ totalFen: 9000, dueFen: 9000, rowVersion: n.rowVersion + 1 });
    const stale = await as(w.t.app, w.staff).put(`/api/v1/fee-notices/${n.id}`, {
      rowVersion: n.rowVersion,
      lines: [{ feeLineId: w.lines.F01 }],
    });
    expect(stale.json().code).toBe('VERSION_CONFLICT');

    const byNumber = await as(w.t.app, w.cashier).get(`/api/v1/halls/${w.hallA}/fee-notices?number=${n.number}`);
    expect(byNumber.json().map((x: { id: string }) => x.id)).toEqual([n.id]);
    const byCase = await as(w.t.app, w.cashier).get(`/api/v1/halls/${w.hallA}/fee-notices?caseNumber=${w.caseNumber}`);
    expect(byCase.json().length).toBeGreaterThanOrEqual(3);
    expect(byNumber.json()[0].allowedActions).toEqual(['pay']);

    const before = await feeSnapshot(w.db);
    const pay = (body: unknown) => as(w.t.app, w.cashier).post(`/api/v1/fee-notices/${n.id}/pay`, body);
    const partial = await pay({ amountFen: 5000, method: 'cash', receiptNo: nextReceipt() });
    expect(partial.statusCode).toBe(422);
    expect(partial.json()).toMatchObject({ code: 'PAYMENT_AMOUNT_MISMATCH', dueFen: 9000 });
    expect((await pay({ amountFen: 90.0, method: 'cash', receiptNo: nextReceipt() })).json().code).toBe(
      'PAYMENT_AMOUNT_MISMATCH',
    );
    expect((await pay({ amountFen: 9000.5, method: 'cash', receiptNo: nextReceipt() })).statusCode).toBe(400);
    expect((await pay({ amountFen: 9000, method: 'bitcoin', receiptNo: nextReceipt() })).statusCode).toBe(400);
    expect(
      (
        await as(w.t.app, w.staff).post(`/api/v1/fee-notices/${n.id}/pay`, {
          amountFen: 9000,
          method: 'cash',
          receiptNo: nextReceipt(),
        })
      ).statusCode,
    ).toBe(403);
    expect(await feeSnapshot(w.db)).toBe(before);

    const receiptNo = nextReceipt();
    const ok = await pay({ amountFen: 9000, method: 'qr', receiptNo });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().payment).toMatchObject({
      amountFen: 9000,
      amountText: '¥90.00',
      method: 'qr',
      methodLabel: '扫码支付',
      receiptNo,
      cashierName: '测试用户',
      paidOn: '2026-11-26',
      refundableFen: 9000,
    });
    expect(ok.json().notice).toMatchObject({ status: 'paid', paidFen: 9000 });
    const receipt = await as(w.t.app, w.cashier).get(`/api/v1/fee-payments/${ok.json().payment.id}`);
    expect(receipt.json().payment.receiptNo).toBe(receiptNo);

    // paid: no second payment, no edit, no cancel; the receipt number is not reused
    const other = await issue(w, [{ feeLineId: w.lines.F01 }]);
    const afterPay = await feeSnapshot(w.db);
    expect((await pay({ amountFen: 9000, method: 'cash', receiptNo: nextReceipt() })).json().code).toBe('NOTICE_STATE');
    const edit = await as(w.t.app, w.staff).put(`/api/v1/fee-notices/${n.id}`, {
      rowVersion: ok.json().notice.rowVersion,
      lines: [{ feeLineId: w.lines.F01 }],
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('NOTICE_STATE');
    const cancel = await as(w.t.app, w.staff).post(`/api/v1/fee-notices/${n.id}/cancel`, {
      rowVersion: ok.json().notice.rowVersion,
      reason: '误开',
    });
    expect(cancel.json().code).toBe('NOTICE_STATE');
    const dup = await as(w.t.app, w.cashier).post(`/api/v1/fee-notices/${other.id}/pay`, {
      amountFen: 8000,
      method: 'cash',
      receiptNo,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');
    expect(await feeSnapshot(w.db)).toBe(afterPay);
  });

  it('a cancelled notice cannot be paid', async () => {
    const n = await issue(w, [{ feeLineId: w.lines.F01 }]);
    const c = await as(w.t.app, w.staff).post(`/api/v1/fee-notices/${n.id}/cancel`, {
      rowVersion: n.rowVersion,
      reason: '申请人改为线上缴费以外的其他事项',
    });
    expect(c.statusCode).toBe(200);
    expect(c.json()).toMatchObject({ status: 'cancelled', statusLabel: '已作废' });
    const before = await feeSnapshot(w.db);
    const res = await as(w.t.app, w.cashier).post(`/api/v1/fee-notices/${n.id}/pay`, {
      amountFen: 8000,
      method: 'cash',
      receiptNo: nextReceipt(),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'NOTICE_STATE' });
    expect(res.json().detail).toContain('已作废');
    expect(await feeSnapshot(w.db)).toBe(before);
  });

  it('two cashiers paying one notice at once: exactly one payment', async () => {
    for (let round = 0; round < 3; round++) {
      const n = await issue(w, [{ feeLineId: w.lines.F01 }]);
      const results = await Promise.all(
        [w.cashier, w.cashier2, w.cashier, w.cashier2].map((s) =>
          as(w.t.app, s).post(`/api/v1/fee-notices/${n.id}/pay`, {
            amountFen: 8000,
            method: 'cash',
            receiptNo: nextReceipt(),
          }),
        ),
      );
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes).toEqual([201, 409, 409, 409]);
      for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().code).toBe('NOTICE_STATE');
      const payments = await w.db.selectFrom('fee_payments').selectAll().where('notice_id', '=', n.id).execute();
      expect(payments).toHaveLength(1);
      const entries = await w.db.selectFrom('fee_entries').selectAll().where('notice_id', '=', n.id).execute();
      expect(entries.map((e) => e.amount_fen)).toEqual([8000]);
      const audits = await w.db
        .selectFrom('audit_log')
        .select('entity_id')
        .where('action', '=', 'fee.payment.record')
        .where('entity_id', '=', payments[0]?.id ?? '')
        .execute();
      expect(audits).toHaveLength(1);
    }
  });

  it('supervision sees finished fee-bearing cases without a unified payment', async () => {
    const outside = await insertCase(w.db, w.hallA, w.itemId, w.deptId, 'delivered');
    const paidCase = await insertCase(w.db, w.hallA, w.itemId, w.deptId, 'decided');
    const n = (
      await as(w.t.app, w.staff).post(`/api/v1/cases/${paidCase.id}/fee-notices`, {
        lines: [{ feeLineId: w.lines.F01 }],
      })
    ).json();
    await as(w.t.app, w.cashier).post(`/api/v1/fee-notices/${n.id}/pay`, {
      amountFen: 8000,
      method: 'cash',
      receiptNo: nextReceipt(),
    });
    const res = await as(w.t.app, w.supervisor).get(`/api/v1/halls/${w.hallA}/fee-anomalies`);
    expect(res.statusCode).toBe(200);
    const numbers = res.json().map((x: { caseNumber: string }) => x.caseNumber);
    expect(numbers).toContain(outside.number);
    expect(numbers).not.toContain(paidCase.number);
    expect(numbers).not.toContain(w.caseNumber); // still running
    expect(res.json().find((x: { caseNumber: string }) => x.caseNumber === outside.number)).toMatchObject({
      problem: 'no_unified_payment',
      departmentName: '不动产登记中心',
    });
    expect((await as(w.t.app, w.managerB).get(`/api/v1/halls/${w.hallA}/fee-anomalies`)).statusCode).toBe(404);
  });

  it('an unpaid notice blocks delivery of the case, with the reason for the pickup step', async () => {
    const kase = await insertCase(w.db, w.hallA, w.itemId, w.deptId, 'decided');
    expect(await unpaidNoticesBlockDelivery(w.db, kase.id)).toEqual({ blocked: false, reason: null, notices: [] });
    const res = await as(w.t.app, w.staff).post(`/api/v1/cases/${kase.id}/fee-notices`, {
      lines: [{ feeLineId: w.lines.F01 }],
    });
    const n = res.json();
    const check = await unpaidNoticesBlockDelivery(w.db, kase.id);
    expect(check.blocked).toBe(true);
    expect(check.reason).toBe(`缴费通知单 ${n.number}（应缴 ¥80.00） 尚未缴费，请先到收费窗口缴费后再取件`);
    await as(w.t.app, w.cashier).post(`/api/v1/fee-notices/${n.id}/pay`, {
      amountFen: 8000,
      method: 'card',
      receiptNo: nextReceipt(),
    });
    expect((await unpaidNoticesBlockDelivery(w.db, kase.id)).blocked).toBe(false);
  });
});
