import { assertFen, assertQuantity, formatFen, isFen, MAX_FEN, minFen, mulFen, subFen, sumFen } from './fee-money.js';

/** Fee rules 收费规则 (PRODUCT.md §7): catalog standards, notice amounts, waiver and refund limits. Pure. */

export const FEE_CATEGORIES = ['administrative', 'service', 'fund'] as const;
export type FeeCategory = (typeof FEE_CATEGORIES)[number];
export const FEE_CATEGORY_LABELS: Record<FeeCategory, string> = {
  administrative: '行政事业性收费',
  service: '经营服务性收费',
  fund: '政府性基金',
};

export const FEE_MODES = ['fixed', 'per_unit'] as const;
export type FeeMode = (typeof FEE_MODES)[number];

export const PAYMENT_METHODS = ['cash', 'card', 'qr'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = { cash: '现金', card: '银行卡', qr: '扫码支付' };

export const NOTICE_STATUS_LABELS: Record<string, string> = { unpaid: '待缴费', paid: '已缴费', cancelled: '已作废' };
export const REQUEST_STATUS_LABELS: Record<string, string> = {
  requested: '待审批',
  approved: '已批准',
  refused: '未批准',
  void: '已失效',
};

/** Most units one notice line may charge. */
export const MAX_QUANTITY = 100_000;

/** How a fee line is priced: a fixed amount, or unit price × quantity with an optional cap 封顶. */
export interface FeeStandard {
  mode: FeeMode;
  amountFen: number | null;
  unitPriceFen: number | null;
  unitName: string;
  capFen: number | null;
}

/** Problems of a standard (Chinese), empty when it is valid. */
export function standardProblems(s: FeeStandard): string[] {
  const out: string[] = [];
  const inRange = (x: number | null) => x !== null && isFen(x) && x >= 1 && x <= MAX_FEN;
  if (s.mode === 'fixed') {
    if (!inRange(s.amountFen)) out.push('固定收费须填写 0.01 元至 1 亿元之间的金额');
    if (s.unitPriceFen !== null || s.capFen !== null) out.push('固定收费不填写单价和封顶金额');
  } else {
    if (!inRange(s.unitPriceFen)) out.push('按数量收费须填写 0.01 元至 1 亿元之间的单价');
    if (!s.unitName.trim()) out.push('按数量收费须填写计量单位');
    if (s.amountFen !== null) out.push('按数量收费不填写固定金额');
    if (s.capFen !== null && (!inRange(s.capFen) || (inRange(s.unitPriceFen) && s.capFen < (s.unitPriceFen ?? 0)))) {
      out.push('封顶金额不能低于单价');
    }
  }
  return out;
}

/**
 * The amount of one line: the fixed amount (quantity must be 1), or min(unit price × quantity, cap).
 * Throws RangeError for a bad quantity or a standard that is not valid.
 */
export function lineAmount(s: FeeStandard, quantity: number): number {
  assertQuantity(quantity);
  if (s.mode === 'fixed') {
    if (quantity !== 1) throw new RangeError('固定收费的数量只能是 1');
    return assertFen(s.amountFen, '固定金额');
  }
  if (quantity > MAX_QUANTITY) throw new RangeError(`数量不能超过 ${MAX_QUANTITY}`);
  const gross = mulFen(assertFen(s.unitPriceFen, '单价'), quantity);
  return s.capFen === null ? gross : minFen(gross, assertFen(s.capFen, '封顶金额'));
}

/** "¥80.00" / "每本¥10.00" / "每平方米¥380.00，封顶¥5,000.00". */
export function standardText(s: FeeStandard): string {
  if (s.mode === 'fixed') return formatFen(assertFen(s.amountFen));
  const unit = `每${s.unitName}${formatFen(assertFen(s.unitPriceFen))}`;
  return s.capFen === null ? unit : `${unit}，封顶${formatFen(s.capFen)}`;
}

/** A notice line's money: amount charged, approved waivers, refunds booked. */
export interface LineMoney {
  amountFen: number;
  waivedFen: number;
  refundedFen: number;
}

/** What the applicant pays for a line: amount − approved waivers. */
export function lineNet(l: Pick<LineMoney, 'amountFen' | 'waivedFen'>): number {
  return subFen(l.amountFen, l.waivedFen);
}

export interface NoticeTotals {
  totalFen: number;
  waivedFen: number;
  dueFen: number;
}

/** Totals of a notice from its lines; due = total − waived. */
export function noticeTotals(lines: readonly Pick<LineMoney, 'amountFen' | 'waivedFen'>[]): NoticeTotals {
  const totalFen = sumFen(lines.map((l) => assertFen(l.amountFen)));
  const waivedFen = sumFen(lines.map((l) => assertFen(l.waivedFen)));
  return { totalFen, waivedFen, dueFen: subFen(totalFen, waivedFen) };
}

/** How much more of a line may still be waived, counting waivers approved and pending. */
export function waiverRoom(l: Pick<LineMoney, 'amountFen' | 'waivedFen'>, pendingFen: number): number {
  return subFen(lineNet(l), assertFen(pendingFen));
}

/** Whether a waiver of `amountFen` fits the line; a waiver never makes the line negative. */
export function waiverFits(
  l: Pick<LineMoney, 'amountFen' | 'waivedFen'>,
  pendingFen: number,
  amountFen: number,
): boolean {
  return isFen(amountFen) && amountFen >= 1 && amountFen <= waiverRoom(l, pendingFen);
}

/** How much of a paid line may still be refunded, counting refunds approved and pending. */
export function refundRoom(l: LineMoney, pendingFen: number): number {
  return subFen(subFen(lineNet(l), assertFen(l.refundedFen)), assertFen(pendingFen));
}

/** Whether a refund of `amountFen` fits: the line's refunds never exceed what was paid for it. */
export function refundFits(l: LineMoney, pendingFen: number, amountFen: number): boolean {
  return isFen(amountFen) && amountFen >= 1 && amountFen <= refundRoom(l, pendingFen);
}

/** One journal entry per paid line: + net amount, with the waived part for the reports. */
export interface PaymentShare {
  lineId: string;
  departmentId: string;
  netFen: number;
  waivedFen: number;
}

/** Split a payment over its lines by receiving department; the shares sum to the amount due. */
export function paymentShares(
  lines: readonly { id: string; receivingDepartmentId: string; amountFen: number; waivedFen: number }[],
): PaymentShare[] {
  return lines
    .map((l) => ({ lineId: l.id, departmentId: l.receivingDepartmentId, netFen: lineNet(l), waivedFen: l.waivedFen }))
    .filter((s) => s.netFen > 0 || s.waivedFen > 0);
}

/** Notice number 缴费通知单号: hall code + JF + YYYYMMDD + 4-digit sequence, e.g. DLJF202611260001. */
export function noticeNumber(hallCode: string, day: string, seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError('序号必须是正整数');
  return `${hallCode}JF${day.replaceAll('-', '')}${String(seq).padStart(4, '0')}`;
}
