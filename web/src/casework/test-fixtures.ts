/** Fixtures for the casework pages' jsdom tests (only *.test.tsx import this file). */
import type { Me } from '../admin/types';
import { HALL } from '../staff-desk/test-fixtures';
import type { CardList, CaseView, InboxTask, Ledger, Supervision, SupervisionCard } from './types';

export { HALL };

export const APPROVER_ME: Me = {
  id: 'u-ap',
  username: 'county.approver',
  displayName: '陈审批',
  hallId: HALL,
  hallName: '清源县政务服务中心',
  roles: ['approver'],
  permissions: ['hall.read', 'org.read', 'catalog.read', 'case.read', 'case.review', 'case.view_personal'],
  windowIds: [],
  staffId: null,
  departmentId: 'd-scjg',
  isDemo: false,
};

export const CHIEF_ME: Me = {
  ...APPROVER_ME,
  id: 'u-chief',
  username: 'county.chief',
  displayName: '林首席',
  roles: ['chief_rep'],
  permissions: [...APPROVER_ME.permissions, 'case.approve_extension', 'ledger.read', 'supervision.respond'],
};

export const SUPERVISOR_ME: Me = {
  ...APPROVER_ME,
  id: 'u-sup',
  username: 'county.supervisor',
  displayName: '周督查',
  roles: ['supervisor'],
  permissions: ['hall.read', 'org.read', 'catalog.read', 'case.read', 'ledger.read', 'supervision.issue'],
  departmentId: null,
};

export function task(over: Partial<InboxTask>): InboxTask {
  return {
    id: 't1',
    caseId: 'c1',
    caseNumber: 'QY202611200001',
    itemName: '食品经营许可',
    caseKind: 'promised',
    caseStatus: 'in_review',
    kind: 'step',
    name: '审查',
    dueOn: '2026-12-10',
    colour: 'green',
    remainingWorkingDays: 8,
    ...over,
  };
}

/** Deliberately out of order: the page must show red, yellow, green, then paused. */
export const INBOX: InboxTask[] = [
  task({
    id: 't-green',
    caseId: 'c-green',
    caseNumber: 'QY202611200003',
    itemName: '药品零售许可',
    dueOn: '2026-12-20',
    remainingWorkingDays: 15,
  }),
  task({
    id: 't-paused',
    caseId: 'c-paused',
    caseNumber: 'QY202611180002',
    itemName: '特种设备使用登记',
    caseStatus: 'suspended',
    colour: 'red',
    dueOn: '2026-11-20',
    remainingWorkingDays: -3,
  }),
  task({
    id: 't-yellow',
    caseId: 'c-yellow',
    caseNumber: 'QY202611190001',
    itemName: '食品生产许可',
    colour: 'yellow',
    dueOn: '2026-11-27',
    remainingWorkingDays: 1,
  }),
  task({
    id: 't-red-late',
    caseId: 'c-red2',
    caseNumber: 'QY202611100009',
    itemName: '个体工商户登记',
    colour: 'red',
    dueOn: '2026-11-24',
    remainingWorkingDays: -2,
  }),
  task({
    id: 't-red',
    caseId: 'c-red',
    caseNumber: 'QY202611100001',
    itemName: '食品经营许可',
    colour: 'red',
    dueOn: '2026-11-21',
    remainingWorkingDays: -4,
  }),
];

export function caseView(over: Partial<CaseView> = {}): CaseView {
  return {
    id: 'c-red',
    number: 'QY202611100001',
    hallId: HALL,
    itemName: '食品经营许可',
    departmentName: '县市场监督管理局',
    kind: 'promised',
    status: 'in_review',
    applicant: { type: 'person', name: '王小明', idNumber: '3501**********123X', phone: '138****5678' },
    receivedOn: '2026-11-02',
    acceptedOn: '2026-11-03',
    dueOn: '2026-11-21',
    statutoryDueOn: '2026-12-01',
    dueProvisional: false,
    colour: 'red',
    decision: null,
    rowVersion: 7,
    tasks: [
      {
        id: 't-first',
        kind: 'step',
        position: 1,
        name: '受理审查',
        departmentId: 'd-scjg',
        departmentName: '县市场监督管理局',
        days: 3,
        status: 'done',
        startedOn: '2026-11-03',
        dueOn: '2026-11-06',
        finishedOn: '2026-11-05',
        opinion: '材料齐全',
        outcome: 'pass',
      },
      {
        id: 't-red',
        kind: 'step',
        position: 2,
        name: '审查决定',
        departmentId: 'd-scjg',
        departmentName: '县市场监督管理局',
        days: 10,
        status: 'active',
        startedOn: '2026-11-05',
        dueOn: '2026-11-21',
        finishedOn: null,
        opinion: null,
        outcome: null,
      },
    ],
    pauses: [],
    extensions: [],
    allowedActions: ['pause', 'decide', 'withdraw', 'request_extension'],
    ...over,
  };
}

export const LEDGER: Ledger = {
  summary: {
    total: 312,
    finished: 240,
    onTimeRate: 0.9583,
    avgWorkingDaysUsed: 6.4,
    avgStatutoryDays: 20,
    speedUpRate: 0.68,
  },
  rows: [
    {
      id: 'c1',
      number: 'QY202611200001',
      itemName: '食品经营许可',
      departmentName: '县市场监督管理局',
      kind: 'promised',
      status: 'decided',
      applicantMasked: '王*明',
      receivedOn: '2026-11-02',
      acceptedOn: '2026-11-03',
      dueOn: '2026-11-21',
      decidedOn: '2026-11-18',
      result: '准予许可',
      onTime: true,
      handler: '陈审批',
    },
    {
      id: 'c2',
      number: 'QY202611200002',
      itemName: '个体工商户登记',
      departmentName: '县市场监督管理局',
      kind: 'immediate',
      status: 'in_review',
      applicantMasked: '李*',
      receivedOn: '2026-11-20',
      acceptedOn: '2026-11-20',
      dueOn: '2026-11-27',
      decidedOn: null,
      result: '办理中',
      onTime: null,
      handler: '',
    },
  ],
  page: 1,
  pageSize: 20,
  total: 312,
  nextCursor: 'cur-2',
};

export const SUPERVISION: Supervision = {
  running: { green: 41, yellow: 6, red: 3 },
  cases: [
    {
      id: 'c-g',
      number: 'QY202611200007',
      itemName: '药品零售许可',
      departmentId: 'd-scjg',
      departmentName: '县市场监督管理局',
      status: 'in_review',
      dueOn: '2026-12-15',
      colour: 'green',
      remainingWorkingDays: 12,
    },
    {
      id: 'c-r',
      number: 'QY202611020003',
      itemName: '建设工程规划许可',
      departmentId: 'd-zrzy',
      departmentName: '县自然资源局',
      status: 'in_review',
      dueOn: '2026-11-20',
      colour: 'red',
      remainingWorkingDays: -4,
    },
  ],
  warnings: [
    {
      id: 'w1',
      caseId: 'c-r',
      caseNumber: 'QY202611020003',
      itemName: '建设工程规划许可',
      taskId: null,
      taskName: null,
      level: 'red',
      raisedOn: '2026-11-21',
    },
  ],
  cards: [
    {
      id: 'card1',
      caseId: 'c-r',
      caseNumber: 'QY202611020003',
      departmentId: 'd-zrzy',
      departmentName: '县自然资源局',
      color: 'red',
      trigger: 'overdue_case',
      description: '超过承诺时限 4 个工作日未办结',
      issuedAt: '2026-11-22T02:00:00.000Z',
      status: 'open',
      response: null,
      respondedAt: null,
      closedAt: null,
    },
    {
      id: 'card2',
      caseId: null,
      caseNumber: null,
      departmentId: 'd-scjg',
      departmentName: '县市场监督管理局',
      color: 'yellow',
      trigger: 'online_offline',
      description: '网办事项要求申请人到窗口提交纸质材料',
      issuedAt: '2026-11-15T02:00:00.000Z',
      status: 'answered',
      response: '已整改，取消纸质材料要求',
      respondedAt: '2026-11-16T02:00:00.000Z',
      closedAt: null,
    },
  ],
};

export const DEPARTMENTS = [
  { id: 'd-scjg', name: '县市场监督管理局' },
  { id: 'd-zrzy', name: '县自然资源局' },
];

/** A closed card: not in the supervision view, only in the card list. */
const CLOSED_CARD: SupervisionCard = {
  id: 'card3',
  caseId: null,
  caseNumber: null,
  departmentId: 'd-zrzy',
  departmentName: '县自然资源局',
  color: 'yellow',
  trigger: 'overdue_step',
  description: '现场勘查环节超时',
  issuedAt: '2026-10-10T02:00:00.000Z',
  status: 'closed',
  response: '已加派人员',
  respondedAt: '2026-10-11T02:00:00.000Z',
  closedAt: '2026-10-12T02:00:00.000Z',
};

export const CARD_LIST: CardList = {
  cards: [...SUPERVISION.cards, CLOSED_CARD],
  counts: [
    {
      departmentId: 'd-zrzy',
      departmentName: '县自然资源局',
      yellow: 1,
      red: 1,
      open: 1,
      answered: 0,
      closed: 1,
      total: 2,
    },
    {
      departmentId: 'd-scjg',
      departmentName: '县市场监督管理局',
      yellow: 1,
      red: 0,
      open: 0,
      answered: 1,
      closed: 0,
      total: 1,
    },
  ],
};
