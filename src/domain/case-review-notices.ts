import type { IsoDate } from './calendar-date.js';
import { PAUSE_BASIS } from './case-review-procedures.js';
import { DECISION_LABELS, type Decision } from './case-review-tasks.js';

/**
 * The written notices of the review (书面告知), pure: the body of the frozen JSON that
 * `case_documents.content` stores and the print view renders. A denial states its reasons and the applicant's remedies
 * (行政许可法 art. 38: 不予行政许可的，应当说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利;
 * 行政复议法 art. 20: 60 days; 行政诉讼法 art. 46: 6 months).
 */

export const REMEDY_NOTICE =
  '申请人如对本决定不服，可以自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。';

/** What the notice texts name; the printed header (hall, department, applicant…) is added by the caller. */
export interface CaseHeader {
  caseNumber: string;
  itemName: string;
}

export function pauseNotice(h: CaseHeader, p: { name: string; reason: string; startedOn: IsoDate }) {
  return {
    title: '特别程序告知书',
    procedure: p.name,
    reason: p.reason,
    startedOn: p.startedOn,
    text: `你（单位）申请的“${h.itemName}”（办件编号 ${h.caseNumber}）需要进行${p.name}，自 ${p.startedOn} 起暂停计算办理时限，${p.name}结束后恢复计时。${p.name}所需时间不计算在办理时限内。`,
    basis: PAUSE_BASIS,
  };
}

export function resumeNotice(
  h: CaseHeader,
  p: { name: string; startedOn: IsoDate; endedOn: IsoDate; pausedDays: number; dueOn: IsoDate },
) {
  return {
    title: '恢复计时告知书',
    procedure: p.name,
    startedOn: p.startedOn,
    endedOn: p.endedOn,
    pausedWorkingDays: p.pausedDays,
    dueOn: p.dueOn,
    text: `“${h.itemName}”（办件编号 ${h.caseNumber}）的${p.name}已于 ${p.endedOn} 结束，自次日起恢复计时；暂停期间不计入的工作日 ${p.pausedDays} 个，承诺办结日期顺延至 ${p.dueOn}。`,
  };
}

export function extensionNotice(
  h: CaseHeader,
  p: { days: number; reason: string; approverName: string; approverTitle: string; basis: string; dueOn: IsoDate },
) {
  return {
    title: '延长办理期限告知书',
    days: p.days,
    reason: p.reason,
    approverName: p.approverName,
    approverTitle: p.approverTitle,
    dueOn: p.dueOn,
    text: `“${h.itemName}”（办件编号 ${h.caseNumber}）因${p.reason}，经${p.approverTitle}${p.approverName}批准，办理期限延长 ${p.days} 个工作日，办结日期延至 ${p.dueOn}。`,
    basis: p.basis,
  };
}

export function decisionNotice(
  h: CaseHeader,
  p: { decision: Decision; reason: string; decidedOn: IsoDate; decidedByHall?: string },
) {
  const deny = p.decision === 'deny';
  return {
    title: deny ? '不予行政许可决定书' : '准予行政许可决定书',
    decision: p.decision,
    decisionLabel: DECISION_LABELS[p.decision],
    reason: p.reason,
    decidedOn: p.decidedOn,
    ...(p.decidedByHall ? { decidedByHall: p.decidedByHall } : {}),
    text: deny
      ? `经审查，你（单位）申请的“${h.itemName}”（办件编号 ${h.caseNumber}）不符合法定条件，决定不予许可。理由：${p.reason}。`
      : `经审查，你（单位）申请的“${h.itemName}”（办件编号 ${h.caseNumber}）符合法定条件、标准，决定准予许可。`,
    ...(deny ? { remedy: REMEDY_NOTICE } : {}),
  };
}
