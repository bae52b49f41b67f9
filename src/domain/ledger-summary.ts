/**
 * The ledger summary 办件台账统计, pure: on-time rate 按时办结率, average working days used against
 * the statutory limit 法定时限, and the speed-up rate 提速率 = 1 − used / statutory.
 */

/** Sums over the cases a ledger query selects (from the running totals, src/modules/supervision). */
export interface LedgerSums {
  /** every case */
  cases: number;
  /** cases decided (decided, delivered, closed) */
  finished: number;
  /** cases with an on-time verdict (set once decided) */
  judged: number;
  /** of those, on time */
  onTime: number;
  /** cases with `working_days_used` */
  usedCases: number;
  /** their working days used */
  usedDays: number;
  /** their statutory limits (`statutory_days`, else `promised_days`) */
  statutoryDays: number;
}

export interface LedgerSummary {
  total: number;
  finished: number;
  /** 0–1; null while nothing was decided */
  onTimeRate: number | null;
  avgWorkingDaysUsed: number | null;
  avgStatutoryDays: number | null;
  /** 1 − used / statutory over the same cases; null when the statutory days add up to 0 */
  speedUpRate: number | null;
}

export const EMPTY_SUMS: LedgerSums = {
  cases: 0,
  finished: 0,
  judged: 0,
  onTime: 0,
  usedCases: 0,
  usedDays: 0,
  statutoryDays: 0,
};

const round = (v: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

export function addSums(a: LedgerSums, b: LedgerSums): LedgerSums {
  return {
    cases: a.cases + b.cases,
    finished: a.finished + b.finished,
    judged: a.judged + b.judged,
    onTime: a.onTime + b.onTime,
    usedCases: a.usedCases + b.usedCases,
    usedDays: a.usedDays + b.usedDays,
    statutoryDays: a.statutoryDays + b.statutoryDays,
  };
}

/** Rates to 4 decimals (0.9478 = 94.78 %), averages to 2. */
export function ledgerSummary(s: LedgerSums): LedgerSummary {
  return {
    total: s.cases,
    finished: s.finished,
    onTimeRate: s.judged > 0 ? round(s.onTime / s.judged, 4) : null,
    avgWorkingDaysUsed: s.usedCases > 0 ? round(s.usedDays / s.usedCases, 2) : null,
    avgStatutoryDays: s.usedCases > 0 ? round(s.statutoryDays / s.usedCases, 2) : null,
    speedUpRate: s.statutoryDays > 0 ? round(1 - s.usedDays / s.statutoryDays, 4) : null,
  };
}
