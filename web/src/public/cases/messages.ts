import type { Messages } from '../../shared/i18n';

/** Texts of the public case look-up 办件查询 and 办件公示; Chinese is the source. */
export const caseMessages: Messages = {
  'card.title': { zh: '办件查询 · 办件公示', en: 'Track an application · completed cases' },
  'card.hint': {
    zh: '凭受理通知书上的办件编号和证件号码（或手机号码）后四位查询办理进度',
    en: 'Check progress with the case number on your acceptance notice and the last 4 characters of your ID number (or phone)',
  },

  'lookup.title': { zh: '办件查询', en: 'Track an application' },
  'lookup.form': { zh: '查询条件', en: 'Look-up' },
  'lookup.intro': {
    zh: '请输入受理通知书上的办件编号，以及申请时所填身份证件号码（或统一社会信用代码）或手机号码的后四位。',
    en: 'Enter the case number from your notice and the last 4 characters of the ID number (or credit code) or phone you gave.',
  },
  'lookup.number': { zh: '办件编号', en: 'Case number' },
  'lookup.numberPlaceholder': { zh: '如 DL202611260001', en: 'e.g. DL202611260001' },
  'lookup.numberRequired': { zh: '请输入办件编号', en: 'Enter the case number' },
  'lookup.idLast4': { zh: '证件号码或手机号码后四位', en: 'Last 4 of ID number or phone' },
  'lookup.idLast4Hint': {
    zh: '身份证号码末位为 X 的请输入 X',
    en: 'If your ID number ends in X, type X',
  },
  'lookup.idLast4Required': { zh: '请输入后四位', en: 'Enter the last 4 characters' },
  'lookup.idLast4Format': { zh: '请输入 4 位数字或字母', en: 'Enter 4 digits or letters' },
  'lookup.submit': { zh: '查询', en: 'Search' },
  'lookup.notFound': {
    zh: '没有找到对应的办件，请核对办件编号和后四位是否正确',
    en: 'No case matches; check the number and the last 4 characters',
  },
  'lookup.status': { zh: '办理状态', en: 'Status' },
  'lookup.progress': { zh: '办理进度', en: 'Progress' },
  'lookup.item': { zh: '办理事项', en: 'Service' },
  'lookup.department': { zh: '实施部门', en: 'Department' },
  'lookup.receivedOn': { zh: '收件日期', en: 'Received' },
  'lookup.acceptedOn': { zh: '受理日期', en: 'Accepted' },
  'lookup.dueOn': { zh: '承诺办结日期', en: 'Promised by' },
  'lookup.decidedOn': { zh: '办结日期', en: 'Decided' },
  'lookup.notYet': { zh: '—', en: '—' },
  'lookup.correctionHint': {
    zh: '申请材料需要补正，请按一次性告知书一次性补齐全部材料后提交；办理时限自材料齐全之日起计算。',
    en: 'Your application needs more materials: bring everything listed on the one-time notice; the clock starts when it is complete.',
  },
  'lookup.suspendedHint': {
    zh: '办件正在进行听证、检验检测、专家评审或现场踏勘等特别程序，所需时间不计入办理时限。',
    en: 'A hearing, test, expert review or site survey is under way; that time does not count toward the limit.',
  },
  'stage.received': { zh: '收件', en: 'Received' },
  'stage.accepted': { zh: '受理', en: 'Accepted' },
  'stage.in_review': { zh: '审查', en: 'Review' },
  'stage.decided': { zh: '办结', en: 'Decided' },
  'stage.delivered': { zh: '送达', en: 'Delivered' },

  'completed.title': { zh: '办件公示', en: 'Completed cases' },
  'completed.intro': {
    zh: '本大厅已办结的办件，申请人姓名已做脱敏处理。',
    en: 'Cases decided at this hall; applicant names are masked.',
  },
  'completed.empty': { zh: '暂无已办结的办件', en: 'No completed cases yet' },
  'completed.count': { zh: '共 {n} 件', en: '{n} cases' },
  'completed.applicant': { zh: '申请人', en: 'Applicant' },
  'completed.result': { zh: '办理结果', en: 'Result' },
  'completed.pages': { zh: '分页', en: 'Pages' },
  'completed.prev': { zh: '上一页', en: 'Previous' },
  'completed.next': { zh: '下一页', en: 'Next' },
  'completed.pageOf': { zh: '第 {page} / {pages} 页', en: 'Page {page} of {pages}' },
};
