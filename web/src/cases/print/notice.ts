/**
 * The printed notices 文书 of a case, from the document frozen on the server when it was issued
 * (GET /api/v1/cases/{id}/documents/{docId}). The wording is the legal Chinese text whatever the
 * interface language: it is what the applicant receives.
 */
import { longDate } from '../lib/dates';
import type { MaterialState } from '../types';

export interface NoticeMaterial {
  position?: number;
  name: string;
  state: MaterialState;
  note?: string;
  required?: boolean;
}

/** The frozen document: a common header (hall, case, applicant with masked ID) plus fields of its kind. */
export interface NoticeDocument {
  kind: string;
  title: string;
  number: string;
  issuedOn: string;
  hallName: string;
  hallAddress?: string;
  hallPhone?: string;
  departmentName?: string;
  caseNumber: string;
  itemName: string;
  applicant: { type: 'person' | 'enterprise'; name: string; idNumber: string; legalRepresentative?: string | null };
  agentName?: string | null;
  receivedOn: string;
  acceptedOn?: string | null;
  completeOn?: string | null;
  dueOn?: string | null;
  /** the acceptance notice's promised date */
  promisedOn?: string | null;
  promisedDays?: number | null;
  /** the promised date relies on a provisional calendar year */
  provisionalCalendar?: boolean;
  deemed?: boolean;
  /** the server's own wording of the notice, frozen with it: printed as is when present */
  text?: string | null;
  /** the acceptance notice's promise of a date */
  promise?: string | null;
  /** legal basis line of review notices */
  basis?: string | null;
  /** special procedure name (pause / resume notices) */
  procedure?: string | null;
  statutoryDueOn?: string | null;
  materials?: NoticeMaterial[];
  reason?: string | null;
  redirectTo?: string | null;
  remedy?: string | null;
  decision?: 'approve' | 'deny' | null;
  decisionReason?: string | null;
  decidedOn?: string | null;
  name?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  days?: number | null;
  approverName?: string | null;
  method?: 'pickup' | 'mail' | null;
  collectorName?: string | null;
  collectorIdNumber?: string | null;
  trackingNumber?: string | null;
  pickupPlace?: string | null;
  [k: string]: unknown;
}

/** The remedy every refusal and denial must state (行政许可法 art. 38 (2); 行政复议法 art. 20; 行政诉讼法 art. 46). */
export const DEFAULT_REMEDY =
  '如对本决定不服，可自收到本通知书之日起六十日内依法申请行政复议，或者自收到之日起六个月内依法向人民法院提起行政诉讼。';

/** Fallback titles when a document carries none. */
export const NOTICE_TITLES: Record<string, string> = {
  acceptance: '受理通知书',
  one_time: '一次性告知书',
  not_accepted: '不予受理通知书',
  pause: '特别程序告知书',
  resume: '恢复计时通知书',
  extension: '延长办理期限告知书',
  decision: '办理决定书',
  pickup: '取件通知书',
  delivery: '送达回证',
  withdrawal: '撤回申请确认书',
};

const STATE_TEXT: Record<MaterialState, string> = { submitted: '已提交', missing: '缺少', defective: '不符合要求' };
export const materialStateText = (s: MaterialState) => STATE_TEXT[s] ?? s;

/** The title: for a decision, 准予/不予行政许可决定书 by its outcome. */
export function noticeTitle(d: NoticeDocument): string {
  if (d.kind === 'decision' && d.decision)
    return d.decision === 'approve' ? '准予行政许可决定书' : '不予行政许可决定书';
  return d.title || NOTICE_TITLES[d.kind] || '通知书';
}

/** What the one-time notice must list: every material missing or defective, all at once (art. 32 (1)(4)). */
export function materialsToSupplement(d: NoticeDocument): NoticeMaterial[] {
  return (d.materials ?? []).filter((m) => m.state === 'missing' || m.state === 'defective');
}

/** Whether the notice states the right to reconsideration or litigation. */
export function needsRemedy(d: NoticeDocument): boolean {
  return d.kind === 'not_accepted' || (d.kind === 'decision' && d.decision === 'deny');
}

const you = (d: NoticeDocument) => (d.applicant.type === 'enterprise' ? '你单位' : '你');
const applied = (d: NoticeDocument) => `${you(d)}于${longDate(d.receivedOn)}提出的“${d.itemName}”申请`;

/** The promised date a notice states (acceptance notices call it `promisedOn`). */
export const promisedDateOf = (d: NoticeDocument) => d.promisedOn ?? d.dueOn ?? null;

/**
 * The body paragraphs of the notice, in order (the material list and remedy are rendered apart):
 * the server's frozen wording when the document carries it, else the standard wording of its kind.
 */
export function noticeParagraphs(d: NoticeDocument): string[] {
  if (d.text) {
    const out = [d.text];
    if (d.promise) out.push(d.promise);
    if (d.provisionalCalendar) out.push(PROVISIONAL_NOTE);
    if (d.basis) out.push(`依据：${d.basis}`);
    return out;
  }
  return standardParagraphs(d);
}

/** Said on a notice whose date relies on a provisional holiday calendar. */
export const PROVISIONAL_NOTE =
  '注：上述日期按暂定的节假日安排计算，如国务院公布的节假日安排与之不同，以公布的安排为准重新计算。';

function standardParagraphs(d: NoticeDocument): string[] {
  const ref = `（办件编号：${d.caseNumber}）`;
  switch (d.kind) {
    case 'acceptance': {
      const out = [
        `${applied(d)}${ref}，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，决定予以受理。`,
        `受理日期：${longDate(d.acceptedOn ?? d.issuedOn)}。`,
      ];
      const due = promisedDateOf(d);
      if (due)
        out.push(
          `本机关承诺于${longDate(due)}前${d.promisedDays ? `（${d.promisedDays}个工作日内，自受理之日的次日起计算，法定节假日不计）` : ''}作出决定。依法需要听证、检验、检测、鉴定和专家评审等的，所需时间不计算在期限内，届时将书面告知。`,
        );
      if (d.provisionalCalendar) out.push(PROVISIONAL_NOTE);
      return out;
    }
    case 'one_time':
      return [
        `${applied(d)}${ref}，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知${you(d)}需要补正的全部内容如下：`,
      ];
    case 'not_accepted': {
      const out = [
        `${applied(d)}${ref}，经审查，${d.reason ?? ''}。根据《中华人民共和国行政许可法》第三十二条第一款的规定，决定不予受理。`,
      ];
      if (d.redirectTo) out.push(`请${you(d)}向${d.redirectTo}申请办理。`);
      return out;
    }
    case 'pause':
      return [
        `${applied(d)}${ref}，依法需要进行${d.procedure ?? d.name ?? '特别程序'}${d.reason ? `（${d.reason}）` : ''}。根据《中华人民共和国行政许可法》第四十五条的规定，所需时间不计算在办理期限内。`,
        `特别程序自${longDate(d.startedOn ?? d.issuedOn)}开始，结束后恢复计算办理期限，届时另行告知。`,
      ];
    case 'resume':
      return [
        `${applied(d)}${ref}，${d.procedure ?? d.name ?? '特别程序'}已于${longDate(d.endedOn ?? d.issuedOn)}结束，自次日起恢复计算办理期限。`,
        ...(d.dueOn ? [`办理期限顺延至${longDate(d.dueOn)}。`] : []),
      ];
    case 'extension':
      return [
        `${applied(d)}${ref}，因${d.reason ?? '情况复杂'}，不能在规定期限内作出决定。根据《中华人民共和国行政许可法》第四十二条的规定，经${d.approverName ?? '本机关负责人'}批准，办理期限延长${d.days ?? ''}个工作日${d.dueOn ? `，至${longDate(d.dueOn)}` : ''}。`,
      ];
    case 'decision':
      return d.decision === 'approve'
        ? [
            `${applied(d)}${ref}，经审查，符合法定条件、标准。根据《中华人民共和国行政许可法》第三十八条第一款的规定，决定准予行政许可。`,
            '请按取件通知领取办理结果。',
          ]
        : [
            `${applied(d)}${ref}，经审查，${d.decisionReason ?? d.reason ?? ''}。根据《中华人民共和国行政许可法》第三十八条第二款的规定，决定不予行政许可。`,
          ];
    case 'pickup':
      return [
        `${applied(d)}${ref}已办理完毕。`,
        d.method === 'mail'
          ? `办理结果已通过邮寄方式送达${d.trackingNumber ? `，邮件单号：${d.trackingNumber}` : ''}。`
          : `请持本通知及身份证件到${d.pickupPlace ?? d.hallName}领取办理结果${d.hallAddress ? `（地址：${d.hallAddress}）` : ''}。`,
      ];
    case 'delivery':
      return [
        `${applied(d)}${ref}的办理结果已于${longDate(d.issuedOn)}${d.method === 'mail' ? '邮寄' : '当面'}送达。`,
        ...(d.collectorName
          ? [`领取人：${d.collectorName}${d.collectorIdNumber ? `（身份证件号码：${d.collectorIdNumber}）` : ''}。`]
          : []),
        ...(d.trackingNumber ? [`邮件单号：${d.trackingNumber}。`] : []),
      ];
    case 'withdrawal':
      return [`${applied(d)}${ref}，${you(d)}已申请撤回${d.reason ? `（${d.reason}）` : ''}，本机关终止办理。`];
    default:
      return [`${applied(d)}${ref}。`];
  }
}
