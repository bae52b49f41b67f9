import type { Db } from '../../db/index.js';
import { formatFen, subFen, sumFen } from '../../domain/fee-money.js';
import { type BookedEntry, reconcile, type SettlementEntry, settlementTotals } from '../../domain/fee-settlement.js';
import { departmentNames, type EntryRow, type SettlementRow } from './repository.js';
import type { SettlementEntryView, SettlementView } from './views.js';

/** Daily settlement 日结 views: totals from the journal, reconciled against payments and refunds. */

export function dayEntries(db: Db, hallId: string, day: string, departmentId?: string): Promise<EntryRow[]> {
  return db
    .selectFrom('fee_entries')
    .selectAll()
    .where('hall_id', '=', hallId)
    .where('settle_on', '=', day)
    .$if(departmentId !== undefined, (q) => q.where('department_id', '=', departmentId as string))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Entries against their sources, and payments / refunds of the day that were never booked. */
export async function reconciliationInput(
  db: Db,
  hallId: string,
  departmentId: string,
  day: string,
  entries: EntryRow[],
): Promise<{ booked: BookedEntry[]; missing: string[] }> {
  const lineIds = [...new Set(entries.map((e) => e.notice_line_id))];
  const paymentIds = [...new Set(entries.map((e) => e.payment_id))];
  const refundIds = entries.map((e) => e.refund_id).filter((x): x is string => x !== null);
  const [lines, payments, refunds, allOfPayments] = await Promise.all([
    lineIds.length
      ? db.selectFrom('fee_notice_lines').selectAll().where('id', 'in', lineIds).execute()
      : Promise.resolve([]),
    paymentIds.length
      ? db.selectFrom('fee_payments').selectAll().where('id', 'in', paymentIds).execute()
      : Promise.resolve([]),
    refundIds.length
      ? db.selectFrom('fee_refunds').selectAll().where('id', 'in', refundIds).execute()
      : Promise.resolve([]),
    paymentIds.length
      ? db
          .selectFrom('fee_entries')
          .select(['payment_id', 'amount_fen'])
          .where('payment_id', 'in', paymentIds)
          .where('kind', '=', 'payment')
          .execute()
      : Promise.resolve([]),
  ]);
  const lineOf = new Map(lines.map((l) => [l.id, l]));
  const paymentOf = new Map(payments.map((p) => [p.id, p]));
  const refundOf = new Map(refunds.map((r) => [r.id, r]));
  const booked: BookedEntry[] = entries.map((e) => {
    const line = lineOf.get(e.notice_line_id);
    const payment = paymentOf.get(e.payment_id);
    if (e.kind === 'payment') {
      return {
        label: `票据号 ${payment?.receipt_no ?? '?'} ${line?.name ?? ''}`,
        amountFen: e.amount_fen,
        sourceFen: line && payment ? subFen(line.amount_fen, line.waived_fen) : null,
      };
    }
    const refund = e.refund_id ? refundOf.get(e.refund_id) : undefined;
    return {
      label: `退费 票据号 ${payment?.receipt_no ?? '?'} ${line?.name ?? ''}`,
      amountFen: e.amount_fen,
      sourceFen: refund?.status === 'approved' ? -refund.amount_fen : null,
    };
  });
  for (const p of payments) {
    const all = sumFen(allOfPayments.filter((x) => x.payment_id === p.id).map((x) => x.amount_fen));
    booked.push({ label: `票据号 ${p.receipt_no} 各部门入账合计`, amountFen: all, sourceFen: p.amount_fen });
  }
  const unbookedLines = await db
    .selectFrom('fee_notice_lines as l')
    .innerJoin('fee_payments as p', 'p.notice_id', 'l.notice_id')
    .select(['p.receipt_no', 'l.name'])
    .where('p.hall_id', '=', hallId)
    .where('p.paid_on', '=', day)
    .where('l.receiving_department_id', '=', departmentId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('fee_entries as e')
            .select('e.id')
            .whereRef('e.notice_line_id', '=', 'l.id')
            .where('e.kind', '=', 'payment'),
        ),
      ),
    )
    .execute();
  const unbookedRefunds = await db
    .selectFrom('fee_refunds as r')
    .innerJoin('fee_notice_lines as l', 'l.id', 'r.notice_line_id')
    .innerJoin('fee_payments as p', 'p.id', 'r.payment_id')
    .select(['p.receipt_no', 'l.name'])
    .where('r.hall_id', '=', hallId)
    .where('r.status', '=', 'approved')
    .where('r.refunded_on', '=', day)
    .where('l.receiving_department_id', '=', departmentId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('fee_entries as e').select('e.id').whereRef('e.refund_id', '=', 'r.id'))),
    )
    .execute();
  const missing = [
    ...unbookedLines.map((u) => `票据号 ${u.receipt_no} ${u.name}`),
    ...unbookedRefunds.map((u) => `退费 票据号 ${u.receipt_no} ${u.name}`),
  ];
  return { booked, missing };
}

const toEntry = (e: EntryRow): SettlementEntry => ({
  kind: e.kind as SettlementEntry['kind'],
  amountFen: e.amount_fen,
  waivedFen: e.waived_fen,
  method: e.method,
  paymentId: e.payment_id,
});

/** One department's day; a closed day shows what was frozen at closing. */
export async function settlementView(
  db: Db,
  hallId: string,
  departmentId: string,
  departmentName: string,
  day: string,
  row: SettlementRow | undefined,
  entries: EntryRow[],
): Promise<SettlementView> {
  const t = settlementTotals(entries.map(toEntry));
  const rec = reconcile({ ...(await reconciliationInput(db, hallId, departmentId, day, entries)), netFen: t.netFen });
  const closed = row?.status === 'closed';
  if (closed && row && row.net_fen !== t.netFen) {
    rec.ok = false;
    rec.problems.push(`日结后流水发生变化：结账时 ${formatFen(row.net_fen)}，现为 ${formatFen(t.netFen)}`);
  }
  const v = closed && row ? frozenTotals(row) : t;
  return {
    id: row?.id ?? null,
    departmentId,
    departmentName,
    day,
    status: closed ? 'closed' : 'open',
    ...v,
    declaredFen: row?.declared_fen ?? null,
    closedAt: row?.closed_at ?? null,
    closedByName: row?.closed_by_name ?? null,
    linkedCount: entries.filter((e) => e.linked_settlement_id !== null).length,
    reconciliation: rec,
    netText: formatFen(v.netFen),
    paymentsText: formatFen(v.paymentsFen),
    refundsText: formatFen(v.refundsFen),
    waivedText: formatFen(v.waivedFen),
  };
}

function frozenTotals(r: SettlementRow): ReturnType<typeof settlementTotals> {
  const m = JSON.parse(r.by_method) as Partial<Record<'cash' | 'card' | 'qr', number>>;
  return {
    paymentCount: r.payment_count,
    paymentsFen: r.payments_fen,
    refundCount: r.refund_count,
    refundsFen: r.refunds_fen,
    netFen: r.net_fen,
    waiverCount: r.waiver_count,
    waivedFen: r.waived_fen,
    byMethod: { cash: m.cash ?? 0, card: m.card ?? 0, qr: m.qr ?? 0 },
  };
}

/** Every department with entries or a settlement row that day. */
export async function daySettlements(db: Db, hallId: string, day: string): Promise<SettlementView[]> {
  const [entries, rows] = await Promise.all([
    dayEntries(db, hallId, day),
    db.selectFrom('fee_settlements').selectAll().where('hall_id', '=', hallId).where('day', '=', day).execute(),
  ]);
  const deptIds = [...new Set([...entries.map((e) => e.department_id), ...rows.map((r) => r.department_id)])];
  const names = await departmentNames(db, deptIds);
  const views = await Promise.all(
    deptIds.map((d) =>
      settlementView(
        db,
        hallId,
        d,
        names.get(d) ?? '',
        day,
        rows.find((r) => r.department_id === d),
        entries.filter((e) => e.department_id === d),
      ),
    ),
  );
  return views.sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
}

/** The entries of a department's day, with what the reports need next to each. */
export async function entryViews(db: Db, entries: EntryRow[]): Promise<SettlementEntryView[]> {
  if (entries.length === 0) return [];
  const ids = entries.map((e) => e.id);
  const rows = await db
    .selectFrom('fee_entries as e')
    .innerJoin('fee_notices as n', 'n.id', 'e.notice_id')
    .innerJoin('fee_payments as p', 'p.id', 'e.payment_id')
    .innerJoin('fee_notice_lines as l', 'l.id', 'e.notice_line_id')
    .leftJoin('fee_settlements as s', 's.id', 'e.linked_settlement_id')
    .select([
      'e.id',
      'n.number',
      'n.case_number',
      'p.receipt_no',
      'l.name',
      'l.category',
      's.id as linked_id',
      's.day as linked_day',
    ])
    .where('e.id', 'in', ids)
    .execute();
  const waivers = await db
    .selectFrom('fee_waivers')
    .select(['notice_line_id', 'document_no'])
    .where(
      'notice_line_id',
      'in',
      entries.map((e) => e.notice_line_id),
    )
    .where('status', '=', 'approved')
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return entries.map((e) => {
    const r = byId.get(e.id);
    const docs = waivers.filter((w) => w.notice_line_id === e.notice_line_id).map((w) => w.document_no);
    return {
      id: e.id,
      kind: e.kind as SettlementEntryView['kind'],
      at: e.created_at,
      noticeNumber: r?.number ?? '',
      caseNumber: r?.case_number ?? '',
      receiptNo: r?.receipt_no ?? '',
      lineName: r?.name ?? '',
      category: r?.category ?? '',
      method: e.method,
      amountFen: e.amount_fen,
      waivedFen: e.waived_fen,
      waiverDocumentNo: e.kind === 'payment' && docs.length ? docs.join('；') : null,
      linkedSettlement: r?.linked_id && r.linked_day ? { id: r.linked_id, day: r.linked_day } : null,
    };
  });
}
