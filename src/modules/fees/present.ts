import type { Db } from '../../db/index.js';
import { formatFen, subFen, sumFen } from '../../domain/fee-money.js';
import {
  FEE_CATEGORY_LABELS,
  type FeeCategory,
  type FeeMode,
  lineNet,
  NOTICE_STATUS_LABELS,
  PAYMENT_METHOD_LABELS,
  type PaymentMethod,
  REQUEST_STATUS_LABELS,
  standardText,
} from '../../domain/fee-rules.js';
import type { AuthUser } from '../auth/session.js';
import {
  type CatalogVersionRow,
  departmentNames,
  type FeeLineRow,
  listNoticeLines,
  listPayments,
  listRefunds,
  listWaivers,
  type NoticeLineRow,
  type NoticeRow,
  type PaymentRow,
  type RefundRow,
  type WaiverRow,
} from './repository.js';
import type { FeeCatalogView, FeeLineView, NoticeView, PaymentView, RefundView, WaiverView } from './views.js';

/** Row → API view of the fee module. Amounts stay integer fen; `…Text` fields are for display. */

export function presentFeeLine(l: FeeLineRow, depts: Map<string, string>): FeeLineView {
  return {
    id: l.id,
    code: l.code,
    position: l.position,
    name: l.name,
    category: l.category as FeeCategory,
    categoryLabel: FEE_CATEGORY_LABELS[l.category as FeeCategory] ?? l.category,
    mode: l.mode as FeeMode,
    amountFen: l.amount_fen,
    unitPriceFen: l.unit_price_fen,
    unitName: l.unit_name,
    capFen: l.cap_fen,
    standardText: standardText({
      mode: l.mode as FeeMode,
      amountFen: l.amount_fen,
      unitPriceFen: l.unit_price_fen,
      unitName: l.unit_name,
      capFen: l.cap_fen,
    }),
    basis: l.basis,
    receivingDepartmentId: l.receiving_department_id,
    receivingDepartmentName: depts.get(l.receiving_department_id) ?? '',
    waivable: l.waivable === 1,
    waiverRules: l.waiver_rules,
    waiverBasis: l.waiver_basis,
  };
}

export function presentCatalog(
  item: { id: string; hall_id: string; name: string },
  v: CatalogVersionRow,
  lines: FeeLineRow[],
  depts: Map<string, string>,
): FeeCatalogView {
  return {
    itemId: item.id,
    itemName: item.name,
    hallId: item.hall_id,
    version: v.version,
    isCurrent: v.is_current === 1,
    note: v.note,
    createdAt: v.created_at,
    createdByName: v.created_by_name,
    lines: lines.filter((l) => l.catalog_version_id === v.id).map((l) => presentFeeLine(l, depts)),
  };
}

export function presentWaiver(w: WaiverRow, noticeNumber: string, lineName: string): WaiverView {
  return {
    id: w.id,
    noticeId: w.notice_id,
    noticeNumber,
    noticeLineId: w.notice_line_id,
    lineName,
    amountFen: w.amount_fen,
    amountText: formatFen(w.amount_fen),
    reason: w.reason,
    basis: w.basis,
    status: w.status as WaiverView['status'],
    statusLabel: REQUEST_STATUS_LABELS[w.status] ?? w.status,
    requestedByName: w.requested_by_name,
    requestedAt: w.requested_at,
    approverName: w.approver_name,
    documentNo: w.document_no,
    decidedByName: w.decided_by_name,
    decidedAt: w.decided_at,
    note: w.note,
  };
}

export function presentRefund(r: RefundRow, noticeNumber: string, lineName: string): RefundView {
  return {
    id: r.id,
    paymentId: r.payment_id,
    noticeId: r.notice_id,
    noticeNumber,
    noticeLineId: r.notice_line_id,
    lineName,
    amountFen: r.amount_fen,
    amountText: formatFen(r.amount_fen),
    reason: r.reason,
    status: r.status as RefundView['status'],
    statusLabel: REQUEST_STATUS_LABELS[r.status] ?? r.status,
    requestedByName: r.requested_by_name,
    requestedAt: r.requested_at,
    approverName: r.approver_name,
    documentNo: r.document_no,
    decidedByName: r.decided_by_name,
    decidedAt: r.decided_at,
    refundedOn: r.refunded_on,
  };
}

export function presentPayment(p: PaymentRow, n: NoticeRow, pendingRefundFen: number): PaymentView {
  return {
    id: p.id,
    noticeId: p.notice_id,
    noticeNumber: n.number,
    caseNumber: n.case_number,
    amountFen: p.amount_fen,
    amountText: formatFen(p.amount_fen),
    method: p.method as PaymentMethod,
    methodLabel: PAYMENT_METHOD_LABELS[p.method as PaymentMethod] ?? p.method,
    receiptNo: p.receipt_no,
    cashierName: p.cashier_name,
    paidAt: p.paid_at,
    paidOn: p.paid_on,
    refundedFen: p.refunded_fen,
    refundableFen: subFen(subFen(p.amount_fen, p.refunded_fen), pendingRefundFen),
  };
}

function presentNoticeLine(l: NoticeLineRow, depts: Map<string, string>): NoticeView['lines'][number] {
  return {
    id: l.id,
    feeLineId: l.fee_line_id,
    position: l.position,
    code: l.code,
    name: l.name,
    category: l.category as FeeCategory,
    categoryLabel: FEE_CATEGORY_LABELS[l.category as FeeCategory] ?? l.category,
    mode: l.mode as FeeMode,
    unitName: l.unit_name,
    unitPriceFen: l.unit_price_fen,
    quantity: l.quantity,
    capFen: l.cap_fen,
    amountFen: l.amount_fen,
    waivedFen: l.waived_fen,
    netFen: lineNet({ amountFen: l.amount_fen, waivedFen: l.waived_fen }),
    refundedFen: l.refunded_fen,
    basis: l.basis,
    receivingDepartmentId: l.receiving_department_id,
    receivingDepartmentName: depts.get(l.receiving_department_id) ?? '',
  };
}

/** Full views of notices (lines, waivers, payment, refunds), with what the user may do next. */
export async function loadNoticeViews(db: Db, notices: NoticeRow[], user: AuthUser | null): Promise<NoticeView[]> {
  const ids = notices.map((n) => n.id);
  const [lines, waivers, payments, refunds] = await Promise.all([
    listNoticeLines(db, ids),
    listWaivers(db, ids),
    listPayments(db, ids),
    listRefunds(db, ids),
  ]);
  const feeLineIds = [...new Set(lines.map((l) => l.fee_line_id))];
  const waivable = new Set(
    feeLineIds.length
      ? (
          await db
            .selectFrom('fee_lines')
            .select('id')
            .where('id', 'in', feeLineIds)
            .where('waivable', '=', 1)
            .execute()
        ).map((r) => r.id)
      : [],
  );
  const depts = await departmentNames(db, [
    ...notices.map((n) => n.department_id),
    ...lines.map((l) => l.receiving_department_id),
  ]);
  const lineName = new Map(lines.map((l) => [l.id, l.name]));
  const can = (p: Parameters<AuthUser['permissions']['has']>[0]) => user?.permissions.has(p) ?? false;
  return notices.map((n) => {
    const own = lines.filter((l) => l.notice_id === n.id);
    const ownRefunds = refunds.filter((r) => r.notice_id === n.id);
    const pendingRefundFen = sumFen(ownRefunds.filter((r) => r.status === 'requested').map((r) => r.amount_fen));
    const payment = payments.find((p) => p.notice_id === n.id);
    const paymentView = payment ? presentPayment(payment, n, pendingRefundFen) : null;
    const unpaid = n.status === 'unpaid';
    const actions: NoticeView['allowedActions'] = [];
    if (unpaid && can('fee.notice') && n.waived_fen === 0 && n.pending_waivers === 0) actions.push('edit');
    if (unpaid && can('fee.notice')) actions.push('cancel');
    if (unpaid && can('fee.collect') && n.pending_waivers === 0) actions.push('pay');
    if (unpaid && can('fee.notice') && own.some((l) => waivable.has(l.fee_line_id))) actions.push('waive');
    if (paymentView && can('fee.collect') && paymentView.refundableFen > 0) actions.push('refund');
    return {
      id: n.id,
      number: n.number,
      hallId: n.hall_id,
      caseId: n.case_id,
      caseNumber: n.case_number,
      itemId: n.item_id,
      itemName: n.item_name,
      departmentId: n.department_id,
      departmentName: depts.get(n.department_id) ?? '',
      catalogVersion: n.catalog_version,
      status: n.status as NoticeView['status'],
      statusLabel: NOTICE_STATUS_LABELS[n.status] ?? n.status,
      payerName: n.payer_name,
      totalFen: n.total_fen,
      waivedFen: n.waived_fen,
      dueFen: n.due_fen,
      paidFen: n.paid_fen,
      refundedFen: n.refunded_fen,
      totalText: formatFen(n.total_fen),
      dueText: formatFen(n.due_fen),
      issuedAt: n.issued_at,
      issuedOn: n.issued_on,
      issuedByName: n.issued_by_name,
      cancelledAt: n.cancelled_at,
      cancelReason: n.cancel_reason,
      paidAt: n.paid_at,
      rowVersion: n.row_version,
      pendingWaivers: n.pending_waivers,
      lines: own.map((l) => presentNoticeLine(l, depts)),
      waivers: waivers
        .filter((w) => w.notice_id === n.id)
        .map((w) => presentWaiver(w, n.number, lineName.get(w.notice_line_id) ?? '')),
      payment: paymentView,
      refunds: ownRefunds.map((r) => presentRefund(r, n.number, lineName.get(r.notice_line_id) ?? '')),
      allowedActions: actions,
    };
  });
}

export async function loadNoticeView(db: Db, notice: NoticeRow, user: AuthUser | null): Promise<NoticeView> {
  const [view] = await loadNoticeViews(db, [notice], user);
  return view as NoticeView;
}
