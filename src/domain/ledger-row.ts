import { CASE_STATUS_LABELS, type CaseStatus, isCaseStatus } from './case-state.js';
import { CASE_KIND_LABELS, type CaseKind } from './guide.js';
import { maskName } from './mask.js';

/** How a case reads in the ledger 办件台账 and its Excel export: masked applicant, result, labels. */

/**
 * A person's name is masked (张*、欧阳**); an enterprise's registered name is public registration
 * data (企业信用信息公示) and stays whole, except that it is cut to 40 characters.
 */
export function applicantMasked(type: string, name: string): string {
  if (type === 'enterprise') return [...name.trim()].slice(0, 40).join('');
  return maskName(name);
}

/** 办理结果 as the register states it. */
export function ledgerResult(status: string, decision: string | null): string {
  if (decision === 'approve') return '准予许可';
  if (decision === 'deny') return '不予许可';
  if (status === 'rejected') return '不予受理';
  if (status === 'withdrawn') return '申请人撤回';
  if (status === 'received' || status === 'correction_requested') return '待受理';
  return '办理中';
}

export function statusLabel(status: string): string {
  return isCaseStatus(status) ? CASE_STATUS_LABELS[status as CaseStatus] : status;
}

export function kindLabel(kind: string): string {
  return kind in CASE_KIND_LABELS ? CASE_KIND_LABELS[kind as CaseKind] : kind;
}

/** 是否按时办结: 是 / 否, empty while not decided. */
export function onTimeLabel(onTime: number | null): string {
  if (onTime === null) return '';
  return onTime ? '是' : '否';
}
