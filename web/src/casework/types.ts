/** API shapes of the casework pages, as documented in docs/api-cases.md (Review; Supervision, ledger). */
import type { CaseKind } from '../../../src/domain/guide';

export type { CaseKind };

/** Supervision colour of a running case or step: green, yellow (nearly due), red (overdue). */
export type Colour = 'green' | 'yellow' | 'red';
export const COLOURS: Colour[] = ['red', 'yellow', 'green'];

export const CASE_STATUSES = [
  'received',
  'correction_requested',
  'rejected',
  'accepted',
  'in_review',
  'suspended',
  'escalated',
  'decided',
  'delivered',
  'closed',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** One active review step or joint sub-task of my department (GET /halls/{hallId}/case-inbox). */
export interface InboxTask {
  /** the task id */
  id: string;
  caseId: string;
  caseNumber: string;
  itemName: string;
  caseKind?: CaseKind;
  caseStatus?: CaseStatus;
  /** step 审查环节 | joint 联办子任务 */
  kind: 'step' | 'joint';
  name: string;
  dueOn: string | null;
  colour: Colour;
  /** working days left until dueOn (negative when overdue); computed here when the server leaves it out */
  remainingWorkingDays?: number | null;
  applicantMasked?: string;
  /** the case is suspended for a special procedure: its clock stands still */
  paused?: boolean;
  /** the deciding step (准予 / 不予) */
  decides?: boolean;
  caseRowVersion?: number;
}

export interface CaseTask {
  id: string;
  kind: 'step' | 'joint';
  position: number;
  name: string;
  departmentId: string;
  departmentName?: string;
  days: number;
  status: 'pending' | 'active' | 'done' | 'skipped';
  startedOn: string | null;
  dueOn: string | null;
  finishedOn: string | null;
  opinion: string | null;
  outcome: 'pass' | 'approve' | 'deny' | null;
  colour?: Colour | null;
}

export interface CasePause {
  id: string;
  kind: 'supplement' | 'special';
  name: string;
  reason: string;
  noticeNo?: string;
  startedOn: string;
  endedOn: string | null;
}

export interface CaseExtension {
  id: string;
  days: number;
  reason: string;
  status: 'requested' | 'approved' | 'refused';
  requestedOn: string;
  requestedBy?: string | null;
  approverName: string | null;
  decidedOn: string | null;
}

/** The case view (GET /cases/{id}); only what the review panel reads. */
export interface CaseView {
  id: string;
  number: string;
  hallId: string;
  itemName: string;
  departmentName: string;
  kind: CaseKind;
  status: CaseStatus;
  applicant: { type: 'person' | 'enterprise'; name: string; idNumber: string; phone: string };
  receivedOn: string;
  acceptedOn: string | null;
  dueOn: string | null;
  statutoryDueOn: string | null;
  dueProvisional: boolean;
  colour: Colour | null;
  decision: 'approve' | 'deny' | null;
  /** set on a 上报件 received from a lower hall: this hall decides it */
  parentCaseId?: string | null;
  rowVersion: number;
  tasks: CaseTask[];
  pauses: CasePause[];
  extensions: CaseExtension[];
  allowedActions: string[];
}

export interface LedgerSummary {
  total: number;
  finished: number;
  /** 0..1 */
  onTimeRate: number | null;
  avgWorkingDaysUsed: number | null;
  avgStatutoryDays: number | null;
  /** 0..1: 1 − used / statutory */
  speedUpRate: number | null;
}
export interface LedgerRow {
  id: string;
  number: string;
  itemName: string;
  departmentName?: string;
  kind?: string;
  status?: string;
  applicantMasked: string;
  receivedOn: string;
  acceptedOn: string | null;
  dueOn: string | null;
  decidedOn: string | null;
  /** 办理结果 as the register states it (准予许可, 不予许可, 不予受理, 申请人撤回, 待受理, 办理中) */
  result: string | null;
  onTime: boolean | null;
  handler: string | null;
}
export interface Ledger {
  summary: LedgerSummary;
  rows: LedgerRow[];
  page: number;
  pageSize: number;
  total: number;
  /** keyset cursor of the next page (fast deep paging), null on the last page */
  nextCursor?: string | null;
}

export const CARD_TRIGGERS = [
  'overdue_case',
  'overdue_step',
  'refused_qualified',
  'denial_without_reason',
  'late_forward',
  'online_offline',
  'fee_outside_catalog',
  'other',
] as const;
export type CardTrigger = (typeof CARD_TRIGGERS)[number];
export type CardColour = 'yellow' | 'red';
export type CardStatus = 'open' | 'answered' | 'closed';

export interface SupervisionCase {
  id: string;
  number: string;
  itemName: string;
  departmentId?: string;
  departmentName?: string;
  status: CaseStatus;
  dueOn: string | null;
  provisional?: boolean;
  colour: Colour;
  remainingWorkingDays?: number | null;
}
export interface SupervisionWarning {
  id: string;
  caseId: string;
  caseNumber?: string;
  itemName?: string;
  taskId?: string | null;
  taskName?: string | null;
  level: CardColour;
  raisedOn: string;
}
export interface SupervisionCard {
  id: string;
  caseId: string | null;
  caseNumber?: string | null;
  departmentId: string | null;
  departmentName?: string | null;
  color: CardColour;
  trigger: CardTrigger;
  triggerLabel?: string;
  description: string;
  issuedBy?: string | null;
  issuedAt: string;
  status: CardStatus;
  response: string | null;
  respondedAt: string | null;
  closedAt: string | null;
}
/** Cards counted per department (GET /halls/{hallId}/supervision/cards), for assessment. */
export interface CardCount {
  departmentId: string | null;
  departmentName: string | null;
  yellow: number;
  red: number;
  open: number;
  answered: number;
  closed: number;
  total: number;
}
export interface CardList {
  cards: SupervisionCard[];
  counts: CardCount[];
}
export interface Supervision {
  running: Record<Colour, number>;
  cases: SupervisionCase[];
  warnings: SupervisionWarning[];
  cards: SupervisionCard[];
}

/** GET /api/v1/calendar/days entry. */
export interface CalendarDay {
  date: string;
  working: boolean;
  kind: 'weekday' | 'weekend' | 'holiday' | 'makeup';
  name?: string;
}

/** GET /api/v1/halls/{hallId}/fee-anomalies: a finished fee case without a unified payment (docs/api-fees.md). */
export interface FeeAnomaly {
  caseId: string;
  caseNumber: string;
  itemId: string;
  itemName: string;
  departmentId: string;
  departmentName: string;
  status: CaseStatus;
  decidedOn: string | null;
  deliveredOn: string | null;
  problem: 'no_unified_payment';
  problemLabel: string;
  /** the latest card of trigger fee_outside_catalog on the case */
  card: { id: string; color: CardColour; status: CardStatus; issuedAt: string } | null;
}
