import { z } from 'zod';
import { FEE_CATEGORIES, FEE_MODES, PAYMENT_METHODS } from '../../domain/fee-rules.js';

/** Response shapes of the fee API (docs/api-fees.md). Amounts are integer fen; `…Text` is for display. */

export const FeeLineView = z.object({
  id: z.string(),
  code: z.string(),
  position: z.number(),
  name: z.string(),
  category: z.enum(FEE_CATEGORIES),
  categoryLabel: z.string(),
  mode: z.enum(FEE_MODES),
  amountFen: z.number().nullable(),
  unitPriceFen: z.number().nullable(),
  unitName: z.string(),
  capFen: z.number().nullable(),
  standardText: z.string(),
  basis: z.string(),
  receivingDepartmentId: z.string(),
  receivingDepartmentName: z.string(),
  waivable: z.boolean(),
  waiverRules: z.string(),
  waiverBasis: z.string(),
});
export type FeeLineView = z.infer<typeof FeeLineView>;

export const FeeCatalogView = z.object({
  itemId: z.string(),
  itemName: z.string(),
  hallId: z.string(),
  version: z.number(),
  isCurrent: z.boolean(),
  note: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
  lines: z.array(FeeLineView),
});
export type FeeCatalogView = z.infer<typeof FeeCatalogView>;

export const ItemFeesView = z.object({
  itemId: z.string(),
  itemName: z.string(),
  hallId: z.string(),
  current: FeeCatalogView.nullable(),
  versions: z.array(
    z.object({
      version: z.number(),
      isCurrent: z.boolean(),
      note: z.string(),
      createdAt: z.string(),
      createdByName: z.string(),
      lineCount: z.number(),
    }),
  ),
});

export const PublicFeesView = z.object({
  itemId: z.string(),
  version: z.number().nullable(),
  hasCatalog: z.boolean(),
  feeFree: z.boolean(),
  lines: z.array(
    FeeLineView.pick({
      code: true,
      name: true,
      category: true,
      categoryLabel: true,
      standardText: true,
      basis: true,
      receivingDepartmentName: true,
      waivable: true,
      waiverRules: true,
      waiverBasis: true,
    }),
  ),
  standardText: z.string(),
  basisText: z.string(),
});

const requestStatus = z.enum(['requested', 'approved', 'refused', 'void']);

export const WaiverView = z.object({
  id: z.string(),
  noticeId: z.string(),
  noticeNumber: z.string(),
  noticeLineId: z.string(),
  lineName: z.string(),
  amountFen: z.number(),
  amountText: z.string(),
  reason: z.string(),
  basis: z.string(),
  status: requestStatus,
  statusLabel: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  approverName: z.string().nullable(),
  documentNo: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type WaiverView = z.infer<typeof WaiverView>;

export const RefundView = z.object({
  id: z.string(),
  paymentId: z.string(),
  noticeId: z.string(),
  noticeNumber: z.string(),
  noticeLineId: z.string(),
  lineName: z.string(),
  amountFen: z.number(),
  amountText: z.string(),
  reason: z.string(),
  status: requestStatus,
  statusLabel: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  approverName: z.string().nullable(),
  documentNo: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  refundedOn: z.string().nullable(),
});
export type RefundView = z.infer<typeof RefundView>;

export const PaymentView = z.object({
  id: z.string(),
  noticeId: z.string(),
  noticeNumber: z.string(),
  caseNumber: z.string(),
  amountFen: z.number(),
  amountText: z.string(),
  method: z.enum(PAYMENT_METHODS),
  methodLabel: z.string(),
  receiptNo: z.string(),
  cashierName: z.string(),
  paidAt: z.string(),
  paidOn: z.string(),
  refundedFen: z.number(),
  refundableFen: z.number(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const NoticeLineView = z.object({
  id: z.string(),
  feeLineId: z.string(),
  position: z.number(),
  code: z.string(),
  name: z.string(),
  category: z.enum(FEE_CATEGORIES),
  categoryLabel: z.string(),
  mode: z.enum(FEE_MODES),
  unitName: z.string(),
  unitPriceFen: z.number().nullable(),
  quantity: z.number(),
  capFen: z.number().nullable(),
  amountFen: z.number(),
  waivedFen: z.number(),
  netFen: z.number(),
  refundedFen: z.number(),
  basis: z.string(),
  receivingDepartmentId: z.string(),
  receivingDepartmentName: z.string(),
});

export const NOTICE_ACTIONS = ['edit', 'cancel', 'pay', 'waive', 'refund'] as const;

export const NoticeView = z.object({
  id: z.string(),
  number: z.string(),
  hallId: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  catalogVersion: z.number(),
  status: z.enum(['unpaid', 'paid', 'cancelled']),
  statusLabel: z.string(),
  payerName: z.string(),
  totalFen: z.number(),
  waivedFen: z.number(),
  dueFen: z.number(),
  paidFen: z.number(),
  refundedFen: z.number(),
  totalText: z.string(),
  dueText: z.string(),
  issuedAt: z.string(),
  issuedOn: z.string(),
  issuedByName: z.string(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  paidAt: z.string().nullable(),
  rowVersion: z.number(),
  pendingWaivers: z.number(),
  lines: z.array(NoticeLineView),
  waivers: z.array(WaiverView),
  payment: PaymentView.nullable(),
  refunds: z.array(RefundView),
  allowedActions: z.array(z.enum(NOTICE_ACTIONS)),
});
export type NoticeView = z.infer<typeof NoticeView>;

export const ReceiptView = z.object({ payment: PaymentView, notice: NoticeView });

export const SettlementView = z.object({
  id: z.string().nullable(),
  departmentId: z.string(),
  departmentName: z.string(),
  day: z.string(),
  status: z.enum(['open', 'closed']),
  paymentCount: z.number(),
  paymentsFen: z.number(),
  refundCount: z.number(),
  refundsFen: z.number(),
  netFen: z.number(),
  waiverCount: z.number(),
  waivedFen: z.number(),
  byMethod: z.object({ cash: z.number(), card: z.number(), qr: z.number() }),
  declaredFen: z.number().nullable(),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  linkedCount: z.number(),
  reconciliation: z.object({ ok: z.boolean(), problems: z.array(z.string()) }),
  netText: z.string(),
  paymentsText: z.string(),
  refundsText: z.string(),
  waivedText: z.string(),
});
export type SettlementView = z.infer<typeof SettlementView>;

export const SettlementEntryView = z.object({
  id: z.string(),
  kind: z.enum(['payment', 'refund']),
  at: z.string(),
  noticeNumber: z.string(),
  caseNumber: z.string(),
  receiptNo: z.string(),
  lineName: z.string(),
  category: z.string(),
  method: z.string(),
  amountFen: z.number(),
  waivedFen: z.number(),
  waiverDocumentNo: z.string().nullable(),
  linkedSettlement: z.object({ id: z.string(), day: z.string() }).nullable(),
});
export type SettlementEntryView = z.infer<typeof SettlementEntryView>;

export const SettlementDetailView = SettlementView.extend({ entries: z.array(SettlementEntryView) });

export const DaySettlementsView = z.object({
  hallId: z.string(),
  day: z.string(),
  rows: z.array(SettlementView),
  totals: z.object({ paymentsFen: z.number(), refundsFen: z.number(), netFen: z.number(), waivedFen: z.number() }),
});
