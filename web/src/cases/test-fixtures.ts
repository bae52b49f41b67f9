/** Fixtures for the case pages' tests (only *.test.ts(x) import this file). */
import type { Me } from '../admin/types';
import type { PublishedGuideView } from '../public/types';
import type { CaseDeadline, CaseView, TrailEntry } from './types';

export const HALL = 'h-dl';

export const CLERK: Me = {
  id: 'u-staff',
  username: 'county.staff',
  displayName: '李窗口',
  hallId: HALL,
  hallName: '东岭县政务服务中心',
  roles: ['window_staff'],
  permissions: [
    'hall.read',
    'org.read',
    'catalog.read',
    'queue.operate',
    'case.read',
    'case.receive',
    'case.view_personal',
  ],
  windowIds: [],
  staffId: 's1',
  departmentId: null,
  isDemo: false,
};

export const READER: Me = {
  ...CLERK,
  id: 'u-agent',
  username: 'agent',
  displayName: '代办员',
  roles: ['agent'],
  permissions: ['hall.read', 'catalog.read', 'case.read'],
};

const w = (date: string, n: number): TrailEntry => ({ date, kind: 'weekday', counted: true, paused: false, n });
const we = (date: string, paused = false): TrailEntry => ({ date, kind: 'weekend', counted: false, paused });
const hol = (date: string, paused = false): TrailEntry => ({
  date,
  kind: 'holiday',
  name: '国庆节、中秋节',
  counted: false,
  paused,
});

/**
 * Accepted Thu 2025-09-25 with 6 working days; 2025 National Day: Sun 09-28 and Sat 10-11 are make-up
 * workdays, 10-01…10-08 holidays; a site survey 现场踏勘 from 09-29 to 10-09 pauses (09-29, 10-09].
 */
export const TRAIL: TrailEntry[] = [
  w('2025-09-26', 1),
  we('2025-09-27'),
  { date: '2025-09-28', kind: 'makeup', name: '国庆节、中秋节', counted: true, paused: false, n: 2 },
  w('2025-09-29', 3),
  { date: '2025-09-30', kind: 'weekday', counted: false, paused: true },
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => hol(`2025-10-${d}`, true)),
  { date: '2025-10-09', kind: 'weekday', counted: false, paused: true },
  w('2025-10-10', 4),
  { date: '2025-10-11', kind: 'makeup', name: '国庆节、中秋节', counted: true, paused: false, n: 5 },
  we('2025-10-12'),
  w('2025-10-13', 6),
];

export const DEADLINE: CaseDeadline = {
  dueOn: '2025-10-13',
  provisional: false,
  calendarVersion: '2025 正式 chinese-days@1.5.7',
  usedWorkingDays: 4,
  remainingWorkingDays: 2,
  colour: 'yellow',
  trail: TRAIL,
};

export function kase(over: Partial<CaseView> = {}): CaseView {
  return {
    id: 'c1',
    number: 'DL202509250001',
    hallId: HALL,
    itemId: 'i1',
    itemName: '食品经营许可证核发',
    itemVersion: 2,
    departmentId: 'd1',
    departmentName: '县市场监督管理局',
    kind: 'promised',
    status: 'in_review',
    applicant: {
      type: 'person',
      name: '王小明',
      idNumber: '1101**********0015',
      legalRepresentative: null,
      phone: '138****5678',
    },
    agentName: null,
    receivedOn: '2025-09-25',
    acceptedOn: '2025-09-25',
    deemedAccepted: false,
    dueOn: '2025-10-13',
    statutoryDueOn: '2025-10-30',
    dueProvisional: false,
    colour: 'yellow',
    decision: null,
    decisionReason: null,
    decidedOn: null,
    deliveryMethod: null,
    deliveredOn: null,
    onTime: null,
    rowVersion: 4,
    materials: [
      { position: 1, name: '食品经营许可申请书', required: true, state: 'submitted', note: '' },
      { position: 2, name: '营业执照复印件', required: true, state: 'submitted', note: '' },
    ],
    tasks: [
      {
        id: 't1',
        kind: 'step',
        position: 1,
        name: '审查',
        departmentId: 'd1',
        departmentName: '县市场监督管理局',
        days: 4,
        status: 'active',
        startedOn: '2025-09-25',
        dueOn: '2025-10-10',
        finishedOn: null,
        opinion: null,
        outcome: null,
        colour: 'yellow',
      },
    ],
    pauses: [
      {
        id: 'p1',
        kind: 'special',
        name: '现场踏勘',
        reason: '核查经营场所',
        noticeNo: 'DL202509250001-ZT1',
        startedOn: '2025-09-29',
        endedOn: '2025-10-09',
      },
    ],
    extensions: [],
    documents: [
      { id: 'doc1', kind: 'acceptance', number: 'DL202509250001-SL1', createdAt: '2025-09-25T02:00:00.000Z' },
    ],
    events: [
      {
        at: '2025-09-25T01:50:00.000Z',
        action: 'receive',
        fromStatus: null,
        toStatus: 'received',
        userName: '李窗口',
      },
      {
        at: '2025-09-25T02:00:00.000Z',
        action: 'accept',
        fromStatus: 'received',
        toStatus: 'accepted',
        userName: '李窗口',
      },
    ],
    allowedActions: ['withdraw', 'pause', 'request_extension'],
    ...over,
  };
}

/** A published guide with three materials (two required). */
export const GUIDE = {
  id: 'i1',
  hallId: HALL,
  version: 2,
  publishedAt: '2025-09-01T00:00:00.000Z',
  code: 'X1',
  basicCode: 'B1',
  name: '食品经营许可证核发',
  type: '行政许可',
  kind: 'promised',
  departmentId: 'd1',
  statutoryDays: 20,
  promisedDays: 6,
  legalBasis: '',
  conditions: '',
  materials: [
    {
      name: '食品经营许可申请书',
      form: 'original',
      count: 1,
      required: true,
      note: '',
      templateFileId: null,
      sampleFileId: null,
      templateUrl: null,
      sampleUrl: null,
    },
    {
      name: '营业执照复印件',
      form: 'copy',
      count: 1,
      required: true,
      note: '加盖公章',
      templateFileId: null,
      sampleFileId: null,
      templateUrl: null,
      sampleUrl: null,
    },
    {
      name: '食品安全管理制度',
      form: 'original',
      count: 1,
      required: false,
      note: '',
      templateFileId: null,
      sampleFileId: null,
      templateUrl: null,
      sampleUrl: null,
    },
  ],
  steps: [],
  feeFree: true,
  feeStandard: '',
  feeBasis: '',
  specialProcedures: [],
  location: '',
  hours: '',
  phone: '',
  complaintPhone: '',
  responsiblePerson: '',
  result: '',
  visits: 1,
  online: false,
  onlineUrl: '',
  handledAt: 'hall',
  events: [],
  reportTo: '',
  departmentName: '县市场监督管理局',
  hallName: '东岭县政务服务中心',
  disclosures: {
    item: '',
    materials: '',
    procedure: '',
    timeLimit: '',
    feeStandard: '',
    feeBasis: '',
    location: '',
    phone: '',
    responsiblePerson: '',
  },
} satisfies PublishedGuideView;
