import type { IsoDate } from './calendar-date.js';
import type { CompletionCase, TaskView } from './case-review-tasks.js';

/**
 * Special procedures (特别程序), extensions (延期) and escalation (上报), pure rules.
 * Sources: 行政许可法 art. 42 (extension: 10 days with the agency head's approval; 15 for
 * 统一/联合/集中办理 with the same-level government head's), art. 45 (听证、招标、拍卖、检验、检测、检疫、
 * 鉴定、专家评审 are not counted, the applicant is told in writing), art. 43 (first review by the lower
 * level, decision by the upper level).
 */

/** Procedures whose time the law does not count (art. 45), plus the site survey of PRODUCT.md §5. */
export const SPECIAL_PROCEDURES = [
  '听证',
  '招标',
  '拍卖',
  '检验',
  '检测',
  '检验检测',
  '检疫',
  '鉴定',
  '专家评审',
  '现场踏勘',
] as const;

export interface ItemProcedure {
  name: string;
  /** counted in the time limit: such a procedure does not stop the clock */
  countedInLimit: boolean;
}

/** Why the clock may not be stopped for `name`, or null. The item's own procedures take precedence. */
export function pauseNameProblem(name: string, itemProcedures: readonly ItemProcedure[]): string | null {
  const n = name.trim();
  if (n === '') return '请填写特别程序名称';
  const own = itemProcedures.find((p) => p.name.trim() === n);
  if (own) return own.countedInLimit ? `“${n}”的时间计入办理时限，不能暂停计时` : null;
  if ((SPECIAL_PROCEDURES as readonly string[]).includes(n)) return null;
  return `“${n}”不是法定不计入时限的特别程序（听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审、现场踏勘）`;
}

export const PAUSE_BASIS = '《中华人民共和国行政许可法》第四十五条：所需时间不计算在期限内，并书面告知申请人。';

export interface ExtensionRule {
  days: number;
  /** whose approval the law requires */
  approverTitle: string;
  basis: string;
}

/** 10 working days with the department head's approval; 15 for joint cases with the government head's. */
export function extensionRule(kind: CompletionCase['kind']): ExtensionRule {
  return kind === 'joint'
    ? {
        days: 15,
        approverTitle: '本级人民政府负责人',
        basis:
          '《中华人民共和国行政许可法》第四十二条第二款：联合办理、集中办理的，经本级人民政府负责人批准，可以延长十五日。',
      }
    : {
        days: 10,
        approverTitle: '本行政机关负责人',
        basis:
          '《中华人民共和国行政许可法》第四十二条第一款：经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。',
      };
}

export interface ExtensionState {
  status: 'requested' | 'approved' | 'refused';
}

/** Why an extension may not be requested today, or null. One extension per case, within the limit. */
export function extensionRequestProblem(
  dueOn: IsoDate | null,
  today: IsoDate,
  extensions: readonly ExtensionState[],
): string | null {
  if (extensions.some((e) => e.status === 'approved')) return '本件已延期一次，不能再次延期';
  if (extensions.some((e) => e.status === 'requested')) return '已有待审批的延期申请';
  if (dueOn === null) return '办件尚无办理期限';
  if (today > dueOn) return '已超过办理期限，不能再申请延期';
  return null;
}

/** Why a pending extension may not be decided today, or null (it must be approved within the limit). */
export function extensionDecisionProblem(
  ext: ExtensionState,
  approve: boolean,
  dueOn: IsoDate | null,
  today: IsoDate,
): string | null {
  if (ext.status !== 'requested') return '该延期申请已处理';
  if (approve && (dueOn === null || today > dueOn)) return '已超过办理期限，不能批准延期';
  return null;
}

/** Why a reported-up case may not be escalated now, or null. */
export function escalationProblem(
  c: CompletionCase & { parentHallId: string | null },
  tasks: readonly TaskView[],
): string | null {
  if (c.kind !== 'reported') return '只有上报件可以报送上级';
  if (c.escalatedFromLowerHall) return '该件已是下级报送的上报件，由本级作出决定';
  if (!c.parentHallId) return '本大厅没有上级大厅，不能上报';
  const first = tasks.filter((t) => t.kind === 'step').sort((a, b) => a.position - b.position)[0];
  if (first && first.status !== 'done') return '请先完成初审环节';
  return null;
}

/**
 * The limit of the case the parent hall receives: the working days left until the applicant's promised
 * date, so the decision can still come back in time; when none are left (already late), the shares of
 * the steps still to do, at least one day.
 */
export function escalationLimitDays(daysLeftToDue: number, remainingShares: number): number {
  if (daysLeftToDue >= 1) return daysLeftToDue;
  return Math.max(1, remainingShares);
}
