import type { CaseKind } from './guide.js';
import type { Permission } from './roles.js';

/**
 * The case state machine 办件状态机 — the one place that says which action may move a case from which
 * state to which (docs/api-cases.md "State machine"; RULES-SOURCES.md §4). Pure: no I/O.
 */

export const CASE_STATUSES = [
  'received', // 收件
  'correction_requested', // 补正 (one-time notice issued, waiting for the supplements)
  'rejected', // 不予受理
  'accepted', // 受理
  'in_review', // 审查中
  'suspended', // 特别程序, clock stopped
  'escalated', // 上报件 forwarded to the parent hall
  'decided', // 准予 / 不予 decided
  'delivered', // 送达 / 出件
  'closed', // 归档
  'withdrawn', // 撤回
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  received: '已收件',
  correction_requested: '待补正',
  rejected: '不予受理',
  accepted: '已受理',
  in_review: '审查中',
  suspended: '特别程序（暂停计时）',
  escalated: '已上报',
  decided: '已办结',
  delivered: '已送达',
  closed: '已归档',
  withdrawn: '已撤回',
};

export const CASE_ACTIONS = [
  'accept',
  'deem_accept', // art. 32: by the system, 5 working days after receipt
  'request_supplements',
  'receive_supplements',
  'reject',
  'start_review',
  'pause',
  'resume',
  'escalate',
  'decide',
  'settle', // 即办件: decided at the window in the same visit
  'deliver',
  'close',
  'withdraw',
  'request_extension',
  'decide_extension',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  accept: '受理',
  deem_accept: '视为受理',
  request_supplements: '一次性告知补正',
  receive_supplements: '补正材料接收',
  reject: '不予受理',
  start_review: '进入审查',
  pause: '特别程序（暂停计时）',
  resume: '恢复计时',
  escalate: '上报',
  decide: '作出决定',
  settle: '即办办结',
  deliver: '送达出件',
  close: '归档',
  withdraw: '撤回申请',
  request_extension: '申请延期',
  decide_extension: '审批延期',
};

interface ActionRule {
  /** from → to; an action absent for a state is illegal there */
  moves: Partial<Record<CaseStatus, CaseStatus>>;
  /** what a signed-in user needs; the system (deemed acceptance job) acts without a user */
  permission: Permission;
  /** only for these kinds (all when absent) */
  kinds?: readonly CaseKind[];
  /** only the system may do it */
  systemOnly?: boolean;
}

/** The transition table. Self-loops (request_extension…) change no state but are gated the same way. */
export const CASE_TRANSITIONS: Record<CaseAction, ActionRule> = {
  accept: { moves: { received: 'accepted' }, permission: 'case.receive' },
  deem_accept: { moves: { received: 'accepted' }, permission: 'case.receive', systemOnly: true },
  request_supplements: { moves: { received: 'correction_requested' }, permission: 'case.receive' },
  receive_supplements: { moves: { correction_requested: 'received' }, permission: 'case.receive' },
  reject: { moves: { received: 'rejected' }, permission: 'case.receive' },
  start_review: { moves: { accepted: 'in_review' }, permission: 'case.receive' },
  pause: { moves: { in_review: 'suspended' }, permission: 'case.review' },
  resume: { moves: { suspended: 'in_review' }, permission: 'case.review' },
  escalate: { moves: { in_review: 'escalated' }, permission: 'case.review', kinds: ['reported'] },
  decide: { moves: { in_review: 'decided', escalated: 'decided' }, permission: 'case.review' },
  settle: { moves: { accepted: 'decided' }, permission: 'case.receive', kinds: ['immediate'] },
  deliver: { moves: { decided: 'delivered' }, permission: 'case.receive' },
  close: { moves: { delivered: 'closed' }, permission: 'case.receive' },
  withdraw: {
    moves: {
      received: 'withdrawn',
      correction_requested: 'withdrawn',
      accepted: 'withdrawn',
      in_review: 'withdrawn',
    },
    permission: 'case.receive',
  },
  request_extension: { moves: { in_review: 'in_review', suspended: 'suspended' }, permission: 'case.review' },
  decide_extension: {
    moves: { in_review: 'in_review', suspended: 'suspended' },
    permission: 'case.approve_extension',
  },
};

/** States in which the clock runs or is stopped by a special procedure (the case is "running"). */
export const RUNNING_STATUSES: readonly CaseStatus[] = ['accepted', 'in_review', 'suspended', 'escalated'];
/** States after the decision (finished for statistics). */
export const FINISHED_STATUSES: readonly CaseStatus[] = ['decided', 'delivered', 'closed'];
/** States from which nothing moves. */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['rejected', 'closed', 'withdrawn'];

export function isCaseStatus(s: string): s is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(s);
}

/** The state `action` leads to from `from`, or null when the action is illegal there. */
export function nextStatus(from: string, action: CaseAction, kind?: string): CaseStatus | null {
  const rule = CASE_TRANSITIONS[action];
  if (!isCaseStatus(from)) return null;
  if (kind !== undefined && rule.kinds && !(rule.kinds as readonly string[]).includes(kind)) return null;
  return rule.moves[from] ?? null;
}

/** Whether `action` is legal in state `from` (and, when given, for a case of `kind`). */
export function canTransition(from: string, action: CaseAction, kind?: string): boolean {
  return nextStatus(from, action, kind) !== null;
}

/** The permission a user needs for `action`. */
export function permissionFor(action: CaseAction): Permission {
  return CASE_TRANSITIONS[action].permission;
}

/** Actions a user holding `permissions` may take on a case in `status` of `kind` (for the UI's buttons). */
export function allowedActions(status: string, kind: string, permissions: ReadonlySet<string>): CaseAction[] {
  return CASE_ACTIONS.filter((a) => {
    const rule = CASE_TRANSITIONS[a];
    return !rule.systemOnly && canTransition(status, a, kind) && permissions.has(rule.permission);
  });
}
