import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, DIALECTS } from '../helpers/app.js';
import { caseTablesSnapshot } from './cases-fixture.js';
import { buildFeeWorld, type FeeWorld, insertCase, issue, nextReceipt } from './fees-fixture.js';

/**
 * 统一收费 before 统一送达 (docs/api-fees.md "Delivery check"): a decided case whose payment notice is
 * still unpaid cannot be handed over; the refusal names the notice in Chinese and changes nothing;
 * once paid (or the notice cancelled) delivery works.
 */
describe.each(DIALECTS)('delivery blocked by an unpaid fee on %s', (dialect) => {
  let w: FeeWorld;
  beforeAll(async () => {
    w = await buildFeeWorld(dialect);
  });
  afterAll(() => w.t.close());
  const staff = () => as(w.t.app, w.staff);
  const decide = (caseId: string) =>
    w.db
      .updateTable('cases')
      .set({ status: 'decided', decision: 'approve', decided_on: '2026-11-26' })
      .where('id', '=', caseId)
      .execute();
  const rowVersion = async (caseId: string) =>
    (await w.db.selectFrom('cases').select('row_version').where('id', '=', caseId).executeTakeFirstOrThrow())
      .row_version;
  const mail = async (caseId: string, trackingNumber: string) =>
    staff().post(`/api/v1/cases/${caseId}/deliver`, {
      rowVersion: await rowVersion(caseId),
      method: 'mail',
      trackingNumber,
    });

  it('refuses delivery with DELIVERY_BLOCKED naming the unpaid notice, then delivers once it is paid', async () => {
    const notice = await issue(w);
    expect(notice).toMatchObject({ status: 'unpaid', dueFen: 11500 });
    await decide(w.caseId);
    const before = await caseTablesSnapshot(w.db);
    const blocked = await mail(w.caseId, 'SF1000000001');
    expect(blocked.statusCode).toBe(422);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    const problem = blocked.json();
    expect(problem.code).toBe('DELIVERY_BLOCKED');
    expect(problem.detail).toContain(`缴费通知单 ${notice.number}`);
    expect(problem.detail).toContain('¥115.00');
    expect(problem.detail).toContain('尚未缴费');
    expect(problem.notices).toEqual([{ id: notice.id, number: notice.number, dueFen: 11500 }]);
    // a pickup is refused the same way, before the collector is even looked at
    const pickup = await staff().post(`/api/v1/cases/${w.caseId}/deliver`, {
      rowVersion: await rowVersion(w.caseId),
      method: 'pickup',
      collectorName: '张三丰',
      collectorIdNumber: '11010519491231002X',
    });
    expect(pickup.json().code).toBe('DELIVERY_BLOCKED');
    expect(await caseTablesSnapshot(w.db)).toBe(before);

    const paid = await as(w.t.app, w.cashier).post(`/api/v1/fee-notices/${notice.id}/pay`, {
      amountFen: 11500,
      method: 'cash',
      receiptNo: nextReceipt(),
    });
    expect(paid.statusCode).toBe(201);
    const delivered = await mail(w.caseId, 'SF1000000001');
    expect(delivered.statusCode).toBe(200);
    expect(delivered.json()).toMatchObject({ status: 'delivered', deliveryMethod: 'mail' });
    expect(delivered.json().documents.map((d: { kind: string }) => d.kind)).toContain('delivery');
  });

  it('lists every unpaid notice of the case, and a cancelled notice no longer blocks', async () => {
    const kase = await insertCase(w.db, w.hallA, w.itemId, w.deptId);
    const issueFor = async (feeLineId: string) => {
      const res = await staff().post(`/api/v1/cases/${kase.id}/fee-notices`, { lines: [{ feeLineId }] });
      expect(res.statusCode).toBe(201);
      return res.json() as { id: string; number: string; rowVersion: number };
    };
    const first = await issueFor(w.lines.F01);
    const second = await issueFor(w.lines.F01);
    await decide(kase.id);
    const blocked = await mail(kase.id, 'EMS000001');
    expect(blocked.json().code).toBe('DELIVERY_BLOCKED');
    expect(blocked.json().detail).toContain(first.number);
    expect(blocked.json().detail).toContain(second.number);
    expect(
      blocked
        .json()
        .notices.map((n: { id: string }) => n.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    for (const n of [first, second]) {
      const cancelled = await staff().post(`/api/v1/fee-notices/${n.id}/cancel`, {
        rowVersion: n.rowVersion,
        reason: '重复开具',
      });
      expect(cancelled.statusCode).toBe(200);
    }
    const delivered = await mail(kase.id, 'EMS000001');
    expect(delivered.statusCode).toBe(200);
    expect(delivered.json().status).toBe('delivered');
  });
});
