import type { Insertable } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Db } from '../../db/index.js';
import type {
  FeeEntriesTable,
  FeeLinesTable,
  FeeNoticeCountersTable,
  FeeNoticeLinesTable,
  FeeNoticesTable,
  FeePaymentsTable,
  FeeSettlementsTable,
  FeeWaiversTable,
} from '../../db/types.js';
import type { IsoDate } from '../../domain/calendar-date.js';
import { chinaDate } from '../../domain/china-time.js';
import { type FeeMode, lineAmount, noticeNumber, noticeTotals, paymentShares } from '../../domain/fee-rules.js';
import { settlementTotals } from '../../domain/fee-settlement.js';
import type { FeeDemo } from './build-fees.js';
import type { CaseDemo } from './case-recorder.js';
import { instant } from './case-recorder.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

/** Every fee row the demo writes beyond the catalogs. */
export interface FeeNoticeDemo {
  counters: Insertable<FeeNoticeCountersTable>[];
  notices: (Insertable<FeeNoticesTable> & { id: string; status: string })[];
  lines: Insertable<FeeNoticeLinesTable>[];
  waivers: Insertable<FeeWaiversTable>[];
  payments: Insertable<FeePaymentsTable>[];
  settlements: Insertable<FeeSettlementsTable>[];
  entries: Insertable<FeeEntriesTable>[];
}

type CatalogLine = Insertable<FeeLinesTable> & { id: string; position: number };
type NoticeLine = Insertable<FeeNoticeLinesTable> & { id: string; amount_fen: number; waived_fen: number };
interface Planned {
  notice: FeeNoticeDemo['notices'][number];
  lines: NoticeLine[];
  catalog: CatalogLine[];
  /** when the applicant pays at the bank window, or null (still unpaid) */
  payAt: string | null;
  k: number;
}

const METHODS = ['cash', 'card', 'qr'] as const;
/** Why the demo's waivers were asked for, by the first characters of the fee line. */
const WAIVER_REASONS: [string, string][] = [
  ['防空', '本项目为经济适用住房建设项目，申请按规定减免防空地下室易地建设费'],
  ['换领', '申请人为城市最低生活保障对象，申请免收居民身份证工本费'],
  ['', '申请人为小微企业（个体工商户），申请免收不动产登记费'],
];
const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** The lines a window would charge for the k-th notice: the main standard, sometimes the certificate fee 工本费. */
function pickLines(catalog: CatalogLine[], k: number): { line: CatalogLine; quantity: number }[] {
  const [first, second] = catalog;
  const main = second && second.mode === first?.mode && k % 4 === 3 ? second : (first as CatalogLine);
  const quantityOf = (l: CatalogLine) =>
    l.mode === 'fixed' ? 1 : l.unit_name === '平方米' ? 2 + (k % 30) : 1 + (k % 2);
  const out = [{ line: main, quantity: quantityOf(main) }];
  const extra = catalog.find((l) => l !== main && l.mode === 'per_unit' && l.unit_name === '本');
  if (extra && k % 3 === 1) out.push({ line: extra, quantity: 1 + (k % 2) });
  return out;
}

/**
 * Payment notices 缴费通知单 for demo cases of 东岭县 items that charge fees, built by the rules of the fee
 * module (catalog amounts, notice numbers, payment shares per receiving department, settlement totals):
 * finished cases paid before pickup (a few without any notice — fees collected outside the unified
 * window, for supervision), cases waiting at the pickup window paid or unpaid, some running cases
 * with an unpaid notice, one pending waiver and one approved waiver. Every past day with money is
 * closed (declared = net to remit); today stays open. Deterministic for a given case demo.
 */
export function buildFeeNoticeDemo(plan: DemoPlan, ctx: SeedContext, fees: FeeDemo, cases: CaseDemo): FeeNoticeDemo {
  const out: FeeNoticeDemo = {
    counters: [],
    notices: [],
    lines: [],
    waivers: [],
    payments: [],
    settlements: [],
    entries: [],
  };
  const hall = plan.halls.find((h) => h.code === 'DL');
  const user = (name: string) => plan.users.find((u) => u.username === name);
  const [staff, cashier, manager] = [user('county.staff'), user('county.cashier'), user('county.manager')];
  if (!hall || !staff || !cashier || !manager)
    throw new Error('fee demo needs hall DL and its staff, cashier, manager');
  const catalogs = new Map<string, { versionId: string; lines: CatalogLine[] }>();
  for (const v of fees.versions.filter((x) => x.hall_id === hall.id && x.is_current === 1)) {
    const lines = fees.lines.filter((l) => l.catalog_version_id === v.id) as CatalogLine[];
    catalogs.set(v.item_id, { versionId: v.id as string, lines: lines.sort((a, b) => a.position - b.position) });
  }
  const eventsOf = new Map<string, { action: string; at: string }[]>();
  for (const e of cases.events) eventsOf.set(e.case_id, [...(eventsOf.get(e.case_id) ?? []), e]);
  const seqs = new Map<IsoDate, number>();
  const planned: Planned[] = [];
  let k = 0;

  for (const c of cases.cases) {
    const catalog = catalogs.get(c.item_id);
    if (c.hall_id !== hall.id || c.parent_case_id || !catalog || c.decision === 'deny') continue;
    const events = eventsOf.get(c.id as string) ?? [];
    const at = (action: string) => events.find((e) => e.action === action)?.at;
    const early = c.status === 'received' || c.status === 'correction_requested';
    const accepted = at('accept') ?? at('deem_accept') ?? (early ? at('receive') : undefined);
    if (!accepted || c.status === 'rejected' || c.status === 'withdrawn') continue;
    const i = k++;
    const finished = c.status === 'delivered' || c.status === 'closed';
    const waiting = c.status === 'decided';
    const decidedAt = at('decide') ?? at('settle');
    let payAt: string | null = null;
    if (finished) {
      if (i % 7 === 6) continue; // collected outside the unified window: supervision sees it
      payAt = later(at('deliver') as string, -1);
    } else if (waiting) {
      if (i % 3 === 2) continue; // the window has not issued it yet
      payAt = i % 3 === 0 && decidedAt ? later(decidedAt, 90) : null;
    } else if (i % 4 === 3) continue;
    const issuedAt = later(accepted, 0.5);
    if (payAt && (payAt <= issuedAt || payAt > ctx.now)) {
      if (finished) continue;
      payAt = null;
    }
    if (issuedAt > ctx.now) continue;
    const issuedOn = chinaDate(new Date(issuedAt));
    const seq = (seqs.get(issuedOn) ?? 0) + 1;
    seqs.set(issuedOn, seq);
    const noticeId = newId();
    const lines: NoticeLine[] = pickLines(catalog.lines, i).map(({ line, quantity }, n) => ({
      id: newId(),
      hall_id: hall.id,
      notice_id: noticeId,
      fee_line_id: line.id,
      position: n + 1,
      code: line.code,
      name: line.name,
      category: line.category,
      mode: line.mode,
      unit_name: line.unit_name ?? '',
      unit_price_fen: line.unit_price_fen ?? line.amount_fen ?? null,
      quantity,
      cap_fen: line.cap_fen ?? null,
      amount_fen: lineAmount(
        {
          mode: line.mode as FeeMode,
          amountFen: line.amount_fen ?? null,
          unitPriceFen: line.unit_price_fen ?? null,
          unitName: line.unit_name ?? '',
          capFen: line.cap_fen ?? null,
        },
        quantity,
      ),
      waived_fen: 0,
      refunded_fen: 0,
      basis: line.basis,
      receiving_department_id: line.receiving_department_id,
    }));
    const totals = noticeTotals(lines.map((l) => ({ amountFen: l.amount_fen, waivedFen: 0 })));
    const notice = {
      id: noticeId,
      hall_id: hall.id,
      number: noticeNumber(hall.code, issuedOn, seq),
      case_id: c.id as string,
      case_number: c.number,
      item_id: c.item_id,
      item_name: c.item_name,
      department_id: c.department_id,
      catalog_version_id: catalog.versionId,
      catalog_version: 1,
      status: 'unpaid',
      payer_name: c.applicant_name,
      total_fen: totals.totalFen,
      waived_fen: 0,
      due_fen: totals.dueFen,
      paid_fen: 0,
      refunded_fen: 0,
      pending_waivers: 0,
      issued_by: staff.id as string,
      issued_by_name: staff.display_name,
      issued_at: issuedAt,
      issued_on: issuedOn,
      cancelled_by: null,
      cancelled_at: null,
      cancel_reason: null,
      paid_at: null,
      row_version: 1,
      updated_at: issuedAt,
    };
    planned.push({ notice, lines, catalog: catalog.lines, payAt, k: i });
  }

  const waivable = (p: Planned) => p.lines.find((l) => p.catalog.find((cl) => cl.id === l.fee_line_id)?.waivable === 1);
  // one approved waiver on a notice paid on a past day (approved before payment), one request still pending
  const approvedOn = planned.find(
    (p) =>
      p.payAt && chinaDate(new Date(p.payAt)) < ctx.today && later(p.notice.issued_at, 40) < p.payAt && waivable(p),
  );
  const pendingOn = [...planned].reverse().find((p) => !p.payAt && waivable(p));
  for (const [p, approve] of [
    [approvedOn, true],
    [pendingOn, false],
  ] as const) {
    const line = p && waivable(p);
    if (!p || !line) continue;
    const requestedAt = later(p.notice.issued_at, 5);
    const catalogLine = p.catalog.find((cl) => cl.id === line.fee_line_id) as CatalogLine;
    out.waivers.push({
      id: newId(),
      hall_id: hall.id,
      notice_id: p.notice.id,
      notice_line_id: line.id,
      amount_fen: line.amount_fen,
      reason: (WAIVER_REASONS.find(([p]) => line.name.startsWith(p)) as [string, string])[1],
      basis: catalogLine.waiver_basis ?? '',
      status: approve ? 'approved' : 'requested',
      requested_by: staff.id as string,
      requested_by_name: staff.display_name,
      requested_at: requestedAt,
      decided_by: approve ? (manager.id as string) : null,
      decided_by_name: approve ? manager.display_name : null,
      approver_name: approve ? manager.display_name : null,
      document_no: approve ? `东政服减〔${p.notice.issued_on.slice(0, 4)}〕${1 + (p.k % 20)}号` : null,
      note: approve ? '经核验相关证明材料，符合减免规定，同意减免' : null,
      decided_at: approve ? later(p.notice.issued_at, 30) : null,
    });
    if (approve) {
      line.waived_fen = line.amount_fen;
      const t = noticeTotals(p.lines.map((l) => ({ amountFen: l.amount_fen, waivedFen: l.waived_fen })));
      Object.assign(p.notice, { waived_fen: t.waivedFen, due_fen: t.dueFen, row_version: 2 });
    } else p.notice.pending_waivers = 1;
  }

  const receipts = new Map<IsoDate, number>();
  for (const p of planned) {
    out.notices.push(p.notice);
    out.lines.push(...p.lines);
    if (!p.payAt) continue;
    const paidOn = chinaDate(new Date(p.payAt));
    const r = (receipts.get(paidOn) ?? 0) + 1;
    receipts.set(paidOn, r);
    const method = METHODS[p.k % 3] as string;
    const payment = {
      id: newId(),
      hall_id: hall.id,
      notice_id: p.notice.id,
      amount_fen: p.notice.due_fen as number,
      method,
      receipt_no: `PJ${paidOn.replaceAll('-', '')}${String(r).padStart(3, '0')}`,
      cashier_id: cashier.id as string,
      cashier_name: cashier.display_name,
      paid_at: p.payAt,
      paid_on: paidOn,
      refunded_fen: 0,
    };
    out.payments.push(payment);
    Object.assign(p.notice, {
      status: 'paid',
      paid_fen: payment.amount_fen,
      paid_at: p.payAt,
      row_version: (p.notice.row_version as number) + 1,
      updated_at: p.payAt,
    });
    const shares = paymentShares(
      p.lines.map((l) => ({
        id: l.id,
        receivingDepartmentId: l.receiving_department_id,
        amountFen: l.amount_fen,
        waivedFen: l.waived_fen,
      })),
    );
    for (const s of shares)
      out.entries.push({
        id: newId(),
        hall_id: hall.id,
        department_id: s.departmentId,
        settle_on: paidOn,
        kind: 'payment',
        amount_fen: s.netFen,
        waived_fen: s.waivedFen,
        method,
        payment_id: payment.id,
        refund_id: null,
        notice_id: p.notice.id,
        notice_line_id: s.lineId,
        linked_settlement_id: null,
        created_at: p.payAt,
      });
  }
  for (const [day, last] of seqs) out.counters.push({ hall_id: hall.id, day, last_seq: last });
  out.settlements = settle(out.entries, hall.id, ctx, cashier);
  return out;
}

/** One settlement per department and day with money: past days closed at the balance, today open. */
function settle(
  entries: FeeNoticeDemo['entries'],
  hallId: string,
  ctx: SeedContext,
  cashier: DemoPlan['users'][number],
): FeeNoticeDemo['settlements'] {
  const groups = new Map<string, FeeNoticeDemo['entries']>();
  for (const e of entries) {
    const key = `${e.department_id}|${e.settle_on}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups].map(([key, list]) => {
    const [departmentId, day] = key.split('|') as [string, IsoDate];
    const open = day >= ctx.today;
    const t = settlementTotals(
      list.map((e) => ({
        kind: e.kind as 'payment',
        amountFen: e.amount_fen,
        waivedFen: e.waived_fen ?? 0,
        method: e.method,
        paymentId: e.payment_id,
      })),
    );
    const lastAt = list.map((e) => e.created_at).sort()[list.length - 1] as string;
    const closedAt = [instant(day, 17 * 60 + 30), later(lastAt, 5)].sort()[1] as string;
    return {
      id: newId(),
      hall_id: hallId,
      department_id: departmentId,
      day,
      status: open ? 'open' : 'closed',
      payment_count: open ? 0 : t.paymentCount,
      payments_fen: open ? 0 : t.paymentsFen,
      refund_count: open ? 0 : t.refundCount,
      refunds_fen: open ? 0 : t.refundsFen,
      net_fen: open ? 0 : t.netFen,
      waiver_count: open ? 0 : t.waiverCount,
      waived_fen: open ? 0 : t.waivedFen,
      by_method: open ? '{}' : JSON.stringify(t.byMethod),
      declared_fen: open ? null : t.netFen,
      closed_by: open ? null : (cashier.id as string),
      closed_by_name: open ? null : cashier.display_name,
      closed_at: open ? null : closedAt,
      created_at: list[0]?.created_at as string,
    };
  });
}

export async function writeFeeNoticeDemo(trx: Db, d: FeeNoticeDemo): Promise<void> {
  const chunks = async <R>(rows: R[], insert: (c: R[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 50) await insert(rows.slice(i, i + 50));
  };
  await chunks(d.counters, (c) => trx.insertInto('fee_notice_counters').values(c).execute());
  await chunks(d.notices, (c) => trx.insertInto('fee_notices').values(c).execute());
  await chunks(d.lines, (c) => trx.insertInto('fee_notice_lines').values(c).execute());
  await chunks(d.waivers, (c) => trx.insertInto('fee_waivers').values(c).execute());
  await chunks(d.payments, (c) => trx.insertInto('fee_payments').values(c).execute());
  await chunks(d.settlements, (c) => trx.insertInto('fee_settlements').values(c).execute());
  await chunks(d.entries, (c) => trx.insertInto('fee_entries').values(c).execute());
}
