import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSums, EMPTY_SUMS, type LedgerSums, ledgerSummary } from './ledger-summary.js';

describe('ledger summary 办件台账统计', () => {
  it('computes on-time rate, averages and the speed-up rate', () => {
    const s: LedgerSums = {
      cases: 10,
      finished: 8,
      judged: 8,
      onTime: 7,
      usedCases: 8,
      usedDays: 24,
      statutoryDays: 160,
    };
    expect(ledgerSummary(s)).toEqual({
      total: 10,
      finished: 8,
      onTimeRate: 0.875,
      avgWorkingDaysUsed: 3,
      avgStatutoryDays: 20,
      speedUpRate: 0.85,
    });
  });

  it('has no rates while nothing is decided', () => {
    expect(ledgerSummary({ ...EMPTY_SUMS, cases: 3 })).toEqual({
      total: 3,
      finished: 0,
      onTimeRate: null,
      avgWorkingDaysUsed: null,
      avgStatutoryDays: null,
      speedUpRate: null,
    });
  });

  it('rounds rates to 4 decimals and averages to 2', () => {
    const r = ledgerSummary({
      ...EMPTY_SUMS,
      cases: 3,
      judged: 3,
      onTime: 2,
      usedCases: 3,
      usedDays: 10,
      statutoryDays: 30,
    });
    expect(r.onTimeRate).toBe(0.6667);
    expect(r.avgWorkingDaysUsed).toBe(3.33);
    expect(r.speedUpRate).toBe(0.6667);
  });

  it('goes negative when cases took longer than the statutory limit (a real overrun, not clamped)', () => {
    expect(ledgerSummary({ ...EMPTY_SUMS, cases: 1, usedCases: 1, usedDays: 25, statutoryDays: 20 }).speedUpRate).toBe(
      -0.25,
    );
  });

  const sums = fc.record({
    cases: fc.nat(1e6),
    finished: fc.nat(1e6),
    judged: fc.nat(1e6),
    onTime: fc.nat(1e6),
    usedCases: fc.nat(1e6),
    usedDays: fc.nat(1e7),
    statutoryDays: fc.nat(1e7),
  });

  it('adds sums field by field, with EMPTY_SUMS as the identity', () => {
    fc.assert(
      fc.property(sums, sums, (a, b) => {
        expect(addSums(a, EMPTY_SUMS)).toEqual(a);
        expect(addSums(a, b)).toEqual(addSums(b, a));
        expect(addSums(a, b).usedDays).toBe(a.usedDays + b.usedDays);
      }),
    );
  });

  it('keeps the on-time rate within 0–1 and the speed-up rate at most 1', () => {
    fc.assert(
      fc.property(sums, (s) => {
        const judged = Math.max(s.judged, s.onTime);
        const r = ledgerSummary({ ...s, judged });
        if (r.onTimeRate !== null) expect(r.onTimeRate).toBeGreaterThanOrEqual(0);
        if (r.onTimeRate !== null) expect(r.onTimeRate).toBeLessThanOrEqual(1);
        if (r.speedUpRate !== null) expect(r.speedUpRate).toBeLessThanOrEqual(1);
      }),
    );
  });
});
