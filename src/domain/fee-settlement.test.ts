import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile, type SettlementEntry, settlementTotals } from './fee-settlement.js';

describe('daily settlement totals', () => {
  it('adds payments and subtracts refunds per method', () => {
    const entries: SettlementEntry[] = [
      { kind: 'payment', amountFen: 8000, waivedFen: 0, method: 'cash', paymentId: 'p1' },
      { kind: 'payment', amountFen: 1000, waivedFen: 0, method: 'cash', paymentId: 'p1' },
      { kind: 'payment', amountFen: 5000, waivedFen: 3000, method: 'qr', paymentId: 'p2' },
      { kind: 'refund', amountFen: -1000, waivedFen: 0, method: 'cash', paymentId: 'p1' },
    ];
    expect(settlementTotals(entries)).toEqual({
      paymentCount: 2,
      paymentsFen: 14000,
      refundCount: 1,
      refundsFen: 1000,
      netFen: 13000,
      waiverCount: 1,
      waivedFen: 3000,
      byMethod: { cash: 8000, card: 0, qr: 5000 },
    });
  });

  it('net = payments − refunds = sum of methods, as integers', () => {
    const entry = fc.oneof(
      fc.record({
        kind: fc.constant('payment' as const),
        amountFen: fc.integer({ min: 0, max: 10_000_000 }),
        waivedFen: fc.integer({ min: 0, max: 1_000_000 }),
        method: fc.constantFrom('cash', 'card', 'qr'),
        paymentId: fc.constantFrom('a', 'b', 'c', 'd'),
      }),
      fc.record({
        kind: fc.constant('refund' as const),
        amountFen: fc.integer({ min: -10_000_000, max: -1 }),
        waivedFen: fc.constant(0),
        method: fc.constantFrom('cash', 'card', 'qr'),
        paymentId: fc.constantFrom('a', 'b', 'c', 'd'),
      }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 100 }), (entries) => {
        const t = settlementTotals(entries);
        expect(t.netFen).toBe(entries.reduce((s, e) => s + e.amountFen, 0));
        expect(t.netFen).toBe(t.paymentsFen - t.refundsFen);
        expect(t.byMethod.cash + t.byMethod.card + t.byMethod.qr).toBe(t.netFen);
        expect(t.refundsFen).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('refuses a fractional entry', () => {
    expect(() =>
      settlementTotals([{ kind: 'payment', amountFen: 10.5, waivedFen: 0, method: 'cash', paymentId: 'p' }]),
    ).toThrow(RangeError);
  });
});

describe('reconciliation', () => {
  it('is even when entries match their sources and the declared amount matches the net', () => {
    const r = reconcile({
      booked: [{ label: '票据号 1', amountFen: 8000, sourceFen: 8000 }],
      missing: [],
      netFen: 8000,
      declaredFen: 8000,
    });
    expect(r).toEqual({ ok: true, problems: [] });
  });

  it('names every discrepancy', () => {
    const r = reconcile({
      booked: [
        { label: '票据号 1 登记费', amountFen: 8000, sourceFen: 5500 },
        { label: '票据号 2 工本费', amountFen: 1000, sourceFen: null },
      ],
      missing: ['票据号 3 登记费'],
      netFen: 9000,
      declaredFen: 8950,
    });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      '票据号 1 登记费：入账 ¥80.00，原始记录 ¥55.00',
      '票据号 2 工本费：找不到对应的缴费或退费记录',
      '票据号 3 登记费：未入账',
      '实收 ¥89.50 与应解缴 ¥90.00 不符（差额 -¥0.50）',
    ]);
  });

  it('without a declared amount only checks the journal', () => {
    expect(reconcile({ booked: [], missing: [], netFen: 100 }).ok).toBe(true);
  });
});
