import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, DIALECTS } from '../helpers/app.js';
import {
  buildFeeWorld,
  type FeeWorld,
  feeSnapshot,
  issue,
  type NoticeJson,
  nextReceipt,
  tenOClock,
} from './fees-fixture.js';

interface SettlementJson {
  id: string | null;
  departmentId: string;
  departmentName: string;
  status: string;
  paymentCount: number;
  paymentsFen: number;
  refundsFen: number;
  netFen: number;
  byMethod: { cash: number; card: number; qr: number };
  reconciliation: { ok: boolean; problems: string[] };
  linkedCount: number;
}

describe.each(DIALECTS)('daily settlement 日结 on %s', (dialect) => {
  let w: FeeWorld;
  const DAY = '2026-11-26';
  const NEXT = '2026-11-27';
  let paymentId = '';
  beforeAll(async () => {
    w = await buildFeeWorld(dialect, DAY);
  });
  afterAll(() => w.t.close());

  const pay = (n: { id: string }, amountFen: number, method: string) =>
    as(w.t.app, w.cashier).post(`/api/v1/fee-notices/${n.id}/pay`, { amountFen, method, receiptNo: nextReceipt() });
  const day = async (d: string) =>
    (await as(w.t.app, w.cashier).get(`/api/v1/halls/${w.hallA}/fee-settlements?day=${d}`)).json() as {
      rows: SettlementJson[];
      totals: { netFen: number };
    };
  const row = async (d: string, deptId: string) => (await day(d)).rows.find((r) => r.departmentId === deptId);

  it('totals per receiving department, reconciled against payments and refunds', async () => {
    const a = await issue(w); // ¥80 + ¥20 to 不动产登记中心, ¥15 to 自然资源局
    const b = await issue(w, [{ feeLineId: w.lines.F01 }]);
    const paid = (await pay(a, 11500, 'cash')).json();
    paymentId = paid.payment.id;
    expect((await pay(b, 8000, 'card')).statusCode).toBe(201);
    const refund = await as(w.t.app, w.cashier).post(`/api/v1/fee-payments/${paymentId}/refunds`, {
      noticeLineId: (a.lines[0] as NoticeJson['lines'][number]).id,
      amountFen: 2000,
      reason: '多收',
    });
    await as(w.t.app, w.manager).post(`/api/v1/fee-refunds/${refund.json().id}/decide`, {
      approve: true,
      approverName: '王主任',
    });
    const s = await day(DAY);
    const main = s.rows.find((r) => r.departmentId === w.deptId);
    expect(main).toMatchObject({
      departmentName: '不动产登记中心',
      status: 'open',
      paymentCount: 2,
      paymentsFen: 18000,
      refundsFen: 2000,
      netFen: 16000,
      byMethod: { cash: 8000, card: 8000, qr: 0 },
      reconciliation: { ok: true, problems: [] },
    });
    expect(s.rows.find((r) => r.departmentId === w.otherDeptId)).toMatchObject({ paymentsFen: 1500, netFen: 1500 });
    expect(s.totals.netFen).toBe(17500);
  });

  it('a discrepancy blocks closing and changes nothing', async () => {
    const before = await feeSnapshot(w.db);
    const res = await as(w.t.app, w.cashier).post(`/api/v1/halls/${w.hallA}/fee-settlements/close`, {
      departmentId: w.deptId,
      day: DAY,
      declaredFen: 15950,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'SETTLEMENT_DISCREPANCY', expectedFen: 16000, declaredFen: 15950 });
    expect(res.json().problems[0]).toContain('差额 -¥0.50');
    expect(await feeSnapshot(w.db)).toBe(before);
    // a journal entry that does not match its payment is found too
    const entry = await w.db
      .selectFrom('fee_entries')
      .selectAll()
      .where('department_id', '=', w.deptId)
      .where('kind', '=', 'payment')
      .executeTakeFirstOrThrow();
    await w.db
      .updateTable('fee_entries')
      .set({ amount_fen: entry.amount_fen + 1 })
      .where('id', '=', entry.id)
      .execute();
    const tampered = await row(DAY, w.deptId);
    expect(tampered?.reconciliation.ok).toBe(false);
    const refused = await as(w.t.app, w.cashier).post(`/api/v1/halls/${w.hallA}/fee-settlements/close`, {
      departmentId: w.deptId,
      day: DAY,
      declaredFen: 16001,
    });
    expect(refused.json().code).toBe('SETTLEMENT_DISCREPANCY');
    await w.db.updateTable('fee_entries').set({ amount_fen: entry.amount_fen }).where('id', '=', entry.id).execute();
    // other problems: a day after today, a department of another county, no permission
    const close = (s: FeeWorld['cashier'], body: Record<string, unknown>) =>
      as(w.t.app, s).post(`/api/v1/halls/${w.hallA}/fee-settlements/close`, body);
    expect((await close(w.cashier, { departmentId: w.deptId, day: NEXT, declaredFen: 0 })).json().code).toBe(
      'RULE_VIOLATION',
    );
    expect((await close(w.cashier, { departmentId: w.deptB, day: DAY, declaredFen: 0 })).statusCode).toBe(404);
    expect((await close(w.staff, { departmentId: w.deptId, day: DAY, declaredFen: 16000 })).statusCode).toBe(403);
    expect((await close(w.cashier, { departmentId: w.deptId, day: DAY, declaredFen: 160.0 })).statusCode).toBe(422);
    expect((await close(w.cashier, { departmentId: w.deptId, day: DAY, declaredFen: 16000.5 })).statusCode).toBe(400);
    expect(await feeSnapshot(w.db)).toBe(before);
  });

  it('a balanced day closes; a closed day cannot change — later money goes to the next day with a link', async () => {
    const res = await as(w.t.app, w.cashier).post(`/api/v1/halls/${w.hallA}/fee-settlements/close`, {
      departmentId: w.deptId,
      day: DAY,
      declaredFen: 16000,
    });
    expect(res.statusCode).toBe(200);
    const closed = res.json();
    expect(closed).toMatchObject({ status: 'closed', netFen: 16000, declaredFen: 16000, closedByName: '测试用户' });
    const again = await as(w.t.app, w.cashier).post(`/api/v1/halls/${w.hallA}/fee-settlements/close`, {
      departmentId: w.deptId,
      day: DAY,
      declaredFen: 16000,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DAY_CLOSED');

    // the same afternoon: another payment for the closed department lands on the next day
    w.setNow(new Date(`${DAY}T16:00:00+08:00`).toISOString());
    const late = await issue(w, [{ feeLineId: w.lines.F01 }, { feeLineId: w.lines.F03, quantity: 2 }]);
    expect((await pay(late, 8300, 'cash')).statusCode).toBe(201);
    expect(await row(DAY, w.deptId)).toMatchObject({ status: 'closed', netFen: 16000, paymentCount: 2 });
    // 自然资源局 is still open today and takes its share today
    expect(await row(DAY, w.otherDeptId)).toMatchObject({ status: 'open', paymentsFen: 1800 });
    const next = await row(NEXT, w.deptId);
    expect(next).toMatchObject({ status: 'open', paymentsFen: 8000, linkedCount: 1 });
    const detail = (
      await as(w.t.app, w.manager).get(`/api/v1/halls/${w.hallA}/fee-settlements/${w.deptId}?day=${NEXT}`)
    ).json();
    expect(detail.entries[0].linkedSettlement).toEqual({ id: closed.id, day: DAY });

    // next day: a refund of a payment whose day is closed goes into today's settlement, linked to it
    w.setNow(tenOClock(NEXT));
    const r = await as(w.t.app, w.cashier).post(`/api/v1/fee-payments/${paymentId}/refunds`, {
      noticeLineId: (
        await w.db
          .selectFrom('fee_notice_lines')
          .select('id')
          .where(
            'notice_id',
            '=',
            (
              await w.db
                .selectFrom('fee_payments')
                .select('notice_id')
                .where('id', '=', paymentId)
                .executeTakeFirstOrThrow()
            ).notice_id,
          )
          .where('code', '=', 'F02')
          .executeTakeFirstOrThrow()
      ).id,
      amountFen: 1000,
      reason: '证书少发一本',
    });
    expect(r.statusCode).toBe(201);
    await as(w.t.app, w.manager).post(`/api/v1/fee-refunds/${r.json().id}/decide`, {
      approve: true,
      approverName: '王主任',
    });
    expect(await row(DAY, w.deptId)).toMatchObject({ status: 'closed', netFen: 16000, refundsFen: 2000 });
    expect(await row(NEXT, w.deptId)).toMatchObject({
      paymentsFen: 8000,
      refundsFen: 1000,
      netFen: 7000,
      linkedCount: 2,
    });
  });

  it('exports the day to Excel with Chinese headers and ¥ amounts', async () => {
    const res = await as(w.t.app, w.manager).get(`/api/v1/halls/${w.hallA}/fee-settlements.xlsx?day=${DAY}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('统一收费日结'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('日结汇总');
    const detail = wb.getWorksheet('收退费明细');
    if (!summary || !detail) throw new Error('sheets missing');
    const header = summary.getRow(3).values as unknown[];
    expect(header).toEqual(
      expect.arrayContaining(['收款部门', '收费金额', '退费金额', '应解缴金额', '减免金额', '对账结果']),
    );
    const rows: unknown[][] = [];
    summary.eachRow((r, i) => {
      if (i > 3) rows.push(r.values as unknown[]);
    });
    const main = rows.find((r) => r.includes('不动产登记中心'));
    expect(main).toEqual(expect.arrayContaining(['已日结', '¥180.00', '¥20.00', '¥160.00', '相符']));
    expect(detail.rowCount).toBeGreaterThan(4);
    expect((detail.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['收款部门', '类型', '时间']);
    expect((await as(w.t.app, w.managerB).get(`/api/v1/halls/${w.hallA}/fee-settlements.xlsx`)).statusCode).toBe(404);
  });
});
