/** One error vocabulary for the whole API, rendered as RFC 9457 problem+json by the error handler. */

export const ERROR_STATUS = {
  /** Request body, query or params failed validation. */
  VALIDATION_FAILED: 400,
  /** Not signed in, or the session expired. */
  UNAUTHENTICATED: 401,
  /** Wrong username or password. */
  INVALID_CREDENTIALS: 401,
  /** Too many failed logins; the account is locked for a while. */
  ACCOUNT_LOCKED: 423,
  /** Signed in, but the role lacks the permission. */
  FORBIDDEN: 403,
  /** State-changing request without a valid X-CSRF-Token header. */
  CSRF_TOKEN_INVALID: 403,
  /** No such record, or it lies outside the caller's part of the hall tree. */
  NOT_FOUND: 404,
  /** A unique value (code, username, window number…) is taken. */
  DUPLICATE: 409,
  /** The record changed since it was loaded (optimistic concurrency). */
  VERSION_CONFLICT: 409,
  /** A guide cannot be published while one of the nine disclosures is empty. */
  GUIDE_INCOMPLETE: 422,
  /** The new password breaks the password policy. */
  PASSWORD_POLICY: 422,
  /** The operation breaks a domain rule (see detail). */
  RULE_VIOLATION: 422,
  /** No waiting ticket for this window's business types. */
  QUEUE_EMPTY: 404,
  /** The business type's daily ticket cap is reached. */
  DAILY_CAP_REACHED: 422,
  /** Tickets for this business type cannot be taken now (hours, non-working day, inactive). */
  OUTSIDE_TAKE_HOURS: 422,
  /** The ticket is not in a state that allows this action (e.g. already called). */
  TICKET_STATE: 409,
  /** The window does not serve that business type. */
  WINDOW_NOT_SERVING_TYPE: 422,
  /** The window is paused or closed. */
  WINDOW_PAUSED: 409,
  /** The appointment slot is full. */
  SLOT_FULL: 409,
  /** Booking or cancelling is closed for that slot (too late, too far ahead, not a working day). */
  BOOKING_CLOSED: 422,
  /** Booking is blocked after repeated no-shows. */
  BOOKING_BLOCKED: 422,
  /** The case's state does not allow this transition (see src/domain/case-state.ts). */
  CASE_STATE: 409,
  /** Required materials are missing: the case cannot be accepted (ask for supplements instead). */
  MATERIALS_INCOMPLETE: 422,
  /** The item has no published guide (cases are received under a published version). */
  ITEM_NOT_PUBLISHED: 422,
  /** Delivery is blocked (e.g. unpaid fee notice, no decision yet). */
  DELIVERY_BLOCKED: 422,
  /** A fee line that is not in the current fee catalog of the case's item (no ad-hoc charges). */
  FEE_NOT_IN_CATALOG: 422,
  /** A price or amount that differs from the fee catalog. */
  FEE_PRICE_MISMATCH: 422,
  /** The payment notice (or its waiver/refund) is not in a state that allows this (paid, cancelled, decided). */
  NOTICE_STATE: 409,
  /** A waiver request is still waiting for approval: it has no effect and the notice cannot be paid yet. */
  WAIVER_NOT_APPROVED: 422,
  /** The refund would exceed what was paid. */
  REFUND_EXCEEDS_PAYMENT: 422,
  /** The amount paid differs from the amount due (partial payment is not allowed). */
  PAYMENT_AMOUNT_MISMATCH: 422,
  /** The day's settlement does not reconcile; it cannot be closed. */
  SETTLEMENT_DISCREPANCY: 422,
  /** The settlement of that day is already closed and cannot change. */
  DAY_CLOSED: 409,
  /** Rate limit hit. */
  RATE_LIMITED: 429,
  /** Unexpected failure; details are logged, not shown. */
  INTERNAL: 500,
} as const;
export type AppErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  VALIDATION_FAILED: '提交的数据不符合要求',
  UNAUTHENTICATED: '请先登录',
  INVALID_CREDENTIALS: '用户名或密码错误',
  ACCOUNT_LOCKED: '登录失败次数过多，账号已临时锁定，请稍后再试',
  FORBIDDEN: '没有执行此操作的权限',
  CSRF_TOKEN_INVALID: '页面已过期，请刷新后重试',
  NOT_FOUND: '记录不存在',
  DUPLICATE: '数据重复',
  VERSION_CONFLICT: '记录已被他人修改，请刷新后重试',
  GUIDE_INCOMPLETE: '办事指南不完整，不能发布',
  PASSWORD_POLICY: '密码不符合安全要求',
  RULE_VIOLATION: '操作不符合业务规则',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  QUEUE_EMPTY: '当前没有等候的号码',
  DAILY_CAP_REACHED: '今日该业务号源已取完',
  OUTSIDE_TAKE_HOURS: '当前不在取号时间内',
  TICKET_STATE: '号码状态已变化，不能执行此操作',
  WINDOW_NOT_SERVING_TYPE: '该窗口不办理此类业务',
  WINDOW_PAUSED: '窗口已暂停服务',
  SLOT_FULL: '该时段已约满',
  BOOKING_CLOSED: '该时段已停止预约或取消',
  BOOKING_BLOCKED: '因多次预约未到，暂时不能预约',
  CASE_STATE: '办件当前状态不允许此操作',
  MATERIALS_INCOMPLETE: '必需材料不齐全，不能受理，请出具一次性告知书',
  ITEM_NOT_PUBLISHED: '该事项尚未发布办事指南，不能收件',
  DELIVERY_BLOCKED: '暂不能出件',
  FEE_NOT_IN_CATALOG: '收费项目不在该事项的收费目录中，不能收取',
  FEE_PRICE_MISMATCH: '收费金额与收费目录的标准不一致',
  NOTICE_STATE: '缴费通知单当前状态不允许此操作',
  WAIVER_NOT_APPROVED: '减免申请尚未审批，不能生效',
  REFUND_EXCEEDS_PAYMENT: '退费金额不能超过实际缴纳的金额',
  PAYMENT_AMOUNT_MISMATCH: '收款金额与应缴金额不一致，不允许部分缴费',
  SETTLEMENT_DISCREPANCY: '日结对账不平，不能结账',
  DAY_CLOSED: '该日已日结，不能更改',
  INTERNAL: '系统内部错误',
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** user-facing (Chinese) text */
  readonly detail: string;
  readonly extra: Record<string, unknown>;

  constructor(code: AppErrorCode, detail?: string, extra: Record<string, unknown> = {}) {
    super(detail ?? DEFAULT_MESSAGES[code]);
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.detail = detail ?? DEFAULT_MESSAGES[code];
    this.extra = extra;
  }
}

export function titleOf(code: AppErrorCode): string {
  return DEFAULT_MESSAGES[code];
}

export const notFound = (what = '记录'): AppError => new AppError('NOT_FOUND', `${what}不存在`);
export const forbidden = (detail?: string): AppError => new AppError('FORBIDDEN', detail);
