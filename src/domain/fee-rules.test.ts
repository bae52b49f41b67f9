import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FEN } from './fee-money.js';
import {
  type FeeStandard,
  lineAmount,
  lineNet,
  MAX_QUANTITY,
  noticeNumber,
  noticeTotals,
  paymentShares,
  refundFits,
  refundRoom,
  standardProblems,
  standardText,
  waiverFits,
  waiverRoom,
} from './fee-rules.js';

const fixed = (amountFen: number): FeeStandard => ({
  mode: 'fixed',
  amountFen,
  unitPriceFen: null,
  unitName: '',
  capFen: null,
});
const perUnit = (unitPriceFen: number, unitName: string, capFen: number | null = null): FeeStandard => ({
  mode: 'per_unit',
  amountFen: null,
  unitPriceFen,
  unitName,
  capFen,
});

describe('fee standards', () => {
  it('accepts the two shapes and explains what is wrong otherwise', () => {
    expect(standardProblems(fixed(8000))).toEqual([]);
    expect(standardProblems(perUnit(38000, '平方米', 500000))).toEqual([]);
    expect(standardProblems(fixed(0))).toHaveLength(1);
    expect(standardProblems(fixed(12.5))).toHaveLength(1);
    expect(standardProblems({ ...fixed(8000), unitPriceFen: 100 })).toHaveLength(1);
    expect(standardProblems(perUnit(1000, ''))).toHaveLength(1);
    expect(standardProblems(perUnit(1000, '本', 500))).toEqual(['封顶金额不能低于单价']);
    expect(standardProblems(fixed(MAX_FEN + 1))).toHaveLength(1);
  });

  it('computes fixed and per-unit amounts with the cap', () => {
    expect(lineAmount(fixed(8000), 1)).toBe(8000);
    expect(lineAmount(perUnit(1000, '本'), 3)).toBe(3000);
    expect(lineAmount(perUnit(38000, '平方米', 500000), 10)).toBe(380000);
    expect(lineAmount(perUnit(38000, '平方米', 500000), 20)).toBe(500000);
  });

  it('refuses bad quantities', () => {
    expect(() => lineAmount(fixed(8000), 2)).toThrow(RangeError);
    expect(() => lineAmount(perUnit(1000, '本'), 0)).toThrow(RangeError);
    expect(() => lineAmount(perUnit(1000, '本'), -1)).toThrow(RangeError);
    expect(() => lineAmount(perUnit(1000, '本'), 1.5)).toThrow(RangeError);
    expect(() => lineAmount(perUnit(1000, '本'), MAX_QUANTITY + 1)).toThrow(RangeError);
  });

  it('describes the standard for the public guide', () => {
    expect(standardText(fixed(8000))).toBe('¥80.00');
    expect(standardText(perUnit(1000, '本'))).toBe('每本¥10.00');
    expect(standardText(perUnit(38000, '平方米', 500000))).toBe('每平方米¥380.00，封顶¥5,000.00');
  });

  it('a per-unit amount is an integer, never above the cap, never below one unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: MAX_QUANTITY }),
        fc.option(fc.integer({ min: 0, max: 100_000_000 })),
        (unit, qty, capExtra) => {
          const cap = capExtra === null ? null : unit + capExtra;
          const a = lineAmount(perUnit(unit, '件', cap), qty);
          expect(Number.isSafeInteger(a)).toBe(true);
          expect(a).toBeGreaterThanOrEqual(unit);
          expect(a).toBeLessThanOrEqual(unit * qty);
          if (cap !== null) expect(a).toBeLessThanOrEqual(cap);
        },
      ),
    );
  });
});

describe('notice totals, waivers and refunds', () => {
  const line = fc.integer({ min: 1, max: 10_000_000 }).chain((amountFen) =>
    fc.record({
      amountFen: fc.constant(amountFen),
      waivedFen: fc.integer({ min: 0, max: amountFen }),
    }),
  );

  it('total = sum of lines, due = total − waived, never negative', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const t = noticeTotals(lines);
        expect(t.totalFen).toBe(lines.reduce((s, l) => s + l.amountFen, 0));
        expect(t.waivedFen).toBe(lines.reduce((s, l) => s + l.waivedFen, 0));
        expect(t.dueFen).toBe(t.totalFen - t.waivedFen);
        expect(t.dueFen).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('any sequence of accepted waivers keeps every line ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: -100, max: 2_000_000 }), { maxLength: 30 }),
        (amountFen, requests) => {
          let waivedFen = 0;
          for (const r of requests) {
            if (waiverFits({ amountFen, waivedFen }, 0, r)) waivedFen += r;
          }
          expect(lineNet({ amountFen, waivedFen })).toBeGreaterThanOrEqual(0);
          expect(waiverRoom({ amountFen, waivedFen }, 0)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('pending waivers count against the room', () => {
    expect(waiverFits({ amountFen: 8000, waivedFen: 0 }, 5000, 3000)).toBe(true);
    expect(waiverFits({ amountFen: 8000, waivedFen: 0 }, 5000, 3001)).toBe(false);
    expect(waiverFits({ amountFen: 8000, waivedFen: 0 }, 0, 0)).toBe(false);
    expect(waiverFits({ amountFen: 8000, waivedFen: 0 }, 0, 10.5)).toBe(false);
  });

  it('refunds never add up to more than what was paid', () => {
    fc.assert(
      fc.property(line, fc.array(fc.integer({ min: -100, max: 20_000_000 }), { maxLength: 30 }), (l, requests) => {
        let refundedFen = 0;
        for (const r of requests) {
          if (refundFits({ ...l, refundedFen }, 0, r)) refundedFen += r;
        }
        expect(refundedFen).toBeLessThanOrEqual(lineNet(l));
        expect(refundRoom({ ...l, refundedFen }, 0)).toBeGreaterThanOrEqual(0);
      }),
    );
    expect(refundFits({ amountFen: 8000, waivedFen: 3000, refundedFen: 0 }, 0, 5001)).toBe(false);
    expect(refundFits({ amountFen: 8000, waivedFen: 3000, refundedFen: 0 }, 0, 5000)).toBe(true);
    expect(refundFits({ amountFen: 8000, waivedFen: 0, refundedFen: 2000 }, 1000, 5001)).toBe(false);
  });

  it('payment shares sum to the amount due', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const withIds = lines.map((l, i) => ({ ...l, id: `l${i}`, receivingDepartmentId: `d${i % 3}` }));
        const shares = paymentShares(withIds);
        expect(shares.reduce((s, x) => s + x.netFen, 0)).toBe(noticeTotals(lines).dueFen);
        expect(shares.every((s) => s.netFen >= 0)).toBe(true);
      }),
    );
  });

  it('numbers notices readably', () => {
    expect(noticeNumber('DL', '2026-11-26', 1)).toBe('DLJF202611260001');
    expect(noticeNumber('DL', '2026-11-26', 12345)).toBe('DLJF2026112612345');
    expect(() => noticeNumber('DL', '2026-11-26', 0)).toThrow(RangeError);
  });
});
