/** API shapes of the fee pages 统一收费, as documented in docs/api-fees.md. */

export type FeeCategory = 'administrative' | 'service' | 'fund';
export type FeeMode = 'fixed' | 'per_unit';
export type PaymentMethod = 'cash' | 'card' | 'qr';
export type RequestStatus = 'requested' | 'approved' | 'refused' | 'void';
export type NoticeStatus = 'unpaid' | 'paid' | 'cancelled';
export type NoticeAction = 'edit' | 'cancel' | 'pay' | 'waive' | 'refund';

export interface FeeLine {
  id: string;
  code: string;
  position: number;
  name: string;
  category: FeeCategory;
  categoryLabel: string;
  mode: FeeMode;
  amountFen: number | null;
  unitPriceFen: number | null;
  unitName: string;
  capFen: number | null;
  standardText: string;
  basis: string;
  receivingDepartmentId: string;
  receivingDepartmentName: string;
  waivable: boolean;
  waiverRules: string;
  waiverBasis: string;
}

export interface FeeCatalog {
  itemId: string;
  itemName: string;
  hallId: string;
  version: number;
  isCurrent: boolean;
  note: string;
  lines: FeeLine[];
}

export interface ItemFees {
  itemId: string;
  itemName: string;
  hallId: string;
  current: FeeCatalog | null;
}

export interface FeeWaiver {
  id: string;
  noticeId: string;
  noticeNumber: string;
  noticeLineId: string;
  lineName: string;
  amountFen: number;
  amountText: string;
  reason: string;
  basis: string;
  status: RequestStatus;
  statusLabel: string;
  requestedByName: string;
  requestedAt: string;
  approverName: string | null;
  documentNo: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  note: string | null;
}

export interface FeeRefund {
  id: string;
  paymentId: string;
  noticeId: string;
  noticeNumber: string;
  noticeLineId: string;
  lineName: string;
  amountFen: number;
  amountText: string;
  reason: string;
  status: RequestStatus;
  statusLabel: string;
  requestedByName: string;
  requestedAt: string;
  approverName: string | null;
  documentNo: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  refundedOn: string | null;
}

export interface FeePayment {
  id: string;
  noticeId: string;
  noticeNumber: string;
  caseNumber: string;
  amountFen: number;
  amountText: string;
  method: PaymentMethod;
  methodLabel: string;
  receiptNo: string;
  cashierName: string;
  paidAt: string;
  paidOn: string;
  refundedFen: number;
  refundableFen: number;
}

export interface NoticeLine {
  id: string;
  feeLineId: string;
  position: number;
  code: string;
  name: string;
  category: FeeCategory;
  categoryLabel: string;
  mode: FeeMode;
  unitName: string;
  unitPriceFen: number | null;
  quantity: number;
  capFen: number | null;
  amountFen: number;
  waivedFen: number;
  netFen: number;
  refundedFen: number;
  basis: string;
  receivingDepartmentId: string;
  receivingDepartmentName: string;
}

export interface FeeNotice {
  id: string;
  number: string;
  hallId: string;
  caseId: string;
  caseNumber: string;
  itemId: string;
  itemName: string;
  departmentId: string;
  departmentName: string;
  catalogVersion: number;
  status: NoticeStatus;
  statusLabel: string;
  payerName: string;
  totalFen: number;
  waivedFen: number;
  dueFen: number;
  paidFen: number;
  refundedFen: number;
  totalText: string;
  dueText: string;
  issuedAt: string;
  issuedOn: string;
  issuedByName: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  paidAt: string | null;
  rowVersion: number;
  pendingWaivers: number;
  lines: NoticeLine[];
  waivers: FeeWaiver[];
  payment: FeePayment | null;
  refunds: FeeRefund[];
  allowedActions: NoticeAction[];
}

/** The receipt: POST …/pay and GET /fee-payments/{id}. */
export interface Receipt {
  payment: FeePayment;
  notice: FeeNotice;
}

export interface Settlement {
  id: string | null;
  departmentId: string;
  departmentName: string;
  day: string;
  status: 'open' | 'closed';
  paymentCount: number;
  paymentsFen: number;
  refundCount: number;
  refundsFen: number;
  netFen: number;
  waiverCount: number;
  waivedFen: number;
  byMethod: Record<PaymentMethod, number>;
  declaredFen: number | null;
  closedAt: string | null;
  closedByName: string | null;
  linkedCount: number;
  reconciliation: { ok: boolean; problems: string[] };
  netText: string;
  paymentsText: string;
  refundsText: string;
  waivedText: string;
}

export interface SettlementEntry {
  id: string;
  kind: 'payment' | 'refund';
  at: string;
  noticeNumber: string;
  caseNumber: string;
  receiptNo: string;
  lineName: string;
  category: string;
  method: string;
  amountFen: number;
  waivedFen: number;
  waiverDocumentNo: string | null;
  linkedSettlement: { id: string; day: string } | null;
}

export interface SettlementDetail extends Settlement {
  entries: SettlementEntry[];
}

export interface SettlementDay {
  hallId: string;
  day: string;
  rows: Settlement[];
  totals: { paymentsFen: number; refundsFen: number; netFen: number; waivedFen: number };
}
