import { addFen, assertFen, assertSignedFen, formatFen, subFen } from './fee-money.js';
import { PAYMENT_METHODS, type PaymentMethod } from './fee-rules.js';

/**
 * Daily settlement 日结 of one receiving department: totals from the money journal and the
 * reconciliation that must come out even before a day may be closed. Pure.
 */

/** One journal entry (fee_entries): + for a paid line, − for an approved refund. */
export interface SettlementEntry {
  kind: 'payment' | 'refund';
  amountFen: number;
  waivedFen: number;
  method: string;
  paymentId: string;
}

export interface SettlementTotals {
  paymentCount: number;
  paymentsFen: number;
  refundCount: number;
  refundsFen: number;
  /** to remit: payments − refunds */
  netFen: number;
  waiverCount: number;
  waivedFen: number;
  byMethod: Record<PaymentMethod, number>;
}

/** Totals of a day's entries. Payments count once per payment, refunds once per entry. */
export function settlementTotals(entries: readonly SettlementEntry[]): SettlementTotals {
  const byMethod = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, 0])) as Record<PaymentMethod, number>;
  const payments = new Set<string>();
  let paymentsFen = 0;
  let refundsFen = 0;
  let refundCount = 0;
  let waiverCount = 0;
  let waivedFen = 0;
  for (const e of entries) {
    assertSignedFen(e.amountFen);
    if (e.kind === 'payment') {
      payments.add(e.paymentId);
      paymentsFen = addFen(paymentsFen, assertFen(e.amountFen));
      if (e.waivedFen > 0) {
        waiverCount++;
        waivedFen = addFen(waivedFen, assertFen(e.waivedFen));
      }
    } else {
      refundCount++;
      refundsFen = subFen(refundsFen, e.amountFen); // refunds are stored negative
    }
    const m = e.method as PaymentMethod;
    if (m in byMethod) byMethod[m] = addFen(byMethod[m], e.amountFen);
  }
  return {
    paymentCount: payments.size,
    paymentsFen,
    refundCount,
    refundsFen,
    netFen: subFen(paymentsFen, refundsFen),
    waiverCount,
    waivedFen,
    byMethod,
  };
}

/** An entry next to the record it was booked from, for the reconciliation. */
export interface BookedEntry {
  /** what the reports call it, e.g. "票据号 0001 不动产登记费" */
  label: string;
  amountFen: number;
  /** what the payment line (net) or the approved refund (as a negative amount) says */
  sourceFen: number | null;
}

export interface Reconciliation {
  ok: boolean;
  problems: string[];
}

/**
 * Reconcile a day: every entry matches the payment or refund it came from, every payment and
 * approved refund of the day has its entry, and (when closing) the declared amount equals the net.
 */
export function reconcile(input: {
  booked: readonly BookedEntry[];
  /** labels of payments / refunds of the day that have no journal entry */
  missing: readonly string[];
  netFen: number;
  declaredFen?: number | null;
}): Reconciliation {
  const problems: string[] = [];
  for (const b of input.booked) {
    if (b.sourceFen === null) problems.push(`${b.label}：找不到对应的缴费或退费记录`);
    else if (b.sourceFen !== b.amountFen) {
      problems.push(`${b.label}：入账 ${formatFen(b.amountFen)}，原始记录 ${formatFen(b.sourceFen)}`);
    }
  }
  for (const m of input.missing) problems.push(`${m}：未入账`);
  if (input.declaredFen !== undefined && input.declaredFen !== null && input.declaredFen !== input.netFen) {
    const diff = subFen(assertSignedFen(input.declaredFen), input.netFen);
    problems.push(
      `实收 ${formatFen(input.declaredFen)} 与应解缴 ${formatFen(input.netFen)} 不符（差额 ${formatFen(diff)}）`,
    );
  }
  return { ok: problems.length === 0, problems };
}
