/** API shapes of the staff case pages, as documented in docs/api-cases.md (Window section). */

/** 收件 → 补正 → 受理 → 审查 ⇄ 中止 → 决定 → 送达 → 办结, or 不予受理 / 撤回. */
export type CaseStatus =
  | 'received'
  | 'correction_requested'
  | 'rejected'
  | 'accepted'
  | 'in_review'
  | 'suspended'
  | 'escalated'
  | 'decided'
  | 'delivered'
  | 'closed'
  | 'withdrawn';

export const CASE_STATUSES: CaseStatus[] = [
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
];

/** 即办件 immediate, 承诺件 promised, 联办件 joint, 上报件 reported-up */
export type CaseKind = 'immediate' | 'promised' | 'joint' | 'reported';
/** Electronic supervision light 红黄绿灯. */
export type Colour = 'green' | 'yellow' | 'red';
export type MaterialState = 'submitted' | 'missing' | 'defective';
export type ApplicantType = 'person' | 'enterprise';

export interface CaseApplicant {
  type: ApplicantType;
  name: string;
  /** ID number or credit code, always masked (full values: POST /cases/{id}/reveal-personal) */
  idNumber: string;
  legalRepresentative: string | null;
  phone: string;
  /** always false: case views are masked */
  unmasked?: boolean;
}

export interface CaseMaterial {
  position: number;
  name: string;
  required: boolean;
  state: MaterialState;
  note: string;
}

/** A review step of the procedure, or a 联办件 sub-task of a co-department. */
export interface CaseTask {
  id: string;
  kind: 'step' | 'joint';
  position: number;
  name: string;
  role?: string;
  departmentId: string;
  departmentName?: string | null;
  days: number;
  /** cancelled when the applicant withdrew */
  status: 'pending' | 'active' | 'done' | 'cancelled';
  startedOn: string | null;
  dueOn: string | null;
  finishedOn: string | null;
  opinion?: string | null;
  outcome?: 'pass' | 'approve' | 'deny' | null;
  colour?: Colour | null;
}

/** A stop of the clock: supplements 补正 or a special procedure 特别程序. */
export interface CasePause {
  id: string;
  kind: 'supplement' | 'special';
  name: string;
  reason: string;
  noticeNo: string;
  startedOn: string;
  endedOn: string | null;
}

export interface CaseExtension {
  id: string;
  days: number;
  reason: string;
  status: 'requested' | 'approved' | 'refused';
  requestedOn: string;
  approverName: string | null;
  decidedOn: string | null;
}

export type DocumentKind =
  | 'acceptance'
  | 'one_time'
  | 'not_accepted'
  | 'pause'
  | 'resume'
  | 'extension'
  | 'decision'
  | 'pickup'
  | 'delivery'
  | 'withdrawal';

export interface CaseDocumentRef {
  id: string;
  kind: DocumentKind;
  number: string;
  title?: string;
  createdAt: string;
}

/** One row of case_events: the case's timeline. */
export interface CaseEvent {
  id?: string;
  at: string;
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  /** who acted (null for the system, e.g. deemed acceptance) */
  userName?: string | null;
}

export interface CaseView {
  id: string;
  number: string;
  hallId: string;
  hallName?: string;
  itemId: string;
  itemName: string;
  itemVersion: number;
  departmentId: string;
  departmentName: string;
  kind: CaseKind;
  status: CaseStatus;
  statusLabel?: string;
  applicant: CaseApplicant;
  agentName: string | null;
  receivedOn: string;
  acceptedOn: string | null;
  deemedAccepted: boolean;
  dueOn: string | null;
  statutoryDueOn: string | null;
  dueProvisional: boolean;
  colour: Colour | null;
  decision: 'approve' | 'deny' | null;
  decisionReason: string | null;
  decidedOn: string | null;
  deliveryMethod: 'pickup' | 'mail' | null;
  deliveredOn: string | null;
  onTime: boolean | null;
  rowVersion: number;
  materials: CaseMaterial[];
  tasks: CaseTask[];
  pauses: CasePause[];
  extensions: CaseExtension[];
  documents: CaseDocumentRef[];
  /** the timeline; present when the server sends it */
  events?: CaseEvent[];
  allowedActions: string[];
  /** non-blocking remarks on the input, e.g. a credit code whose check digit does not match */
  warnings?: string[];
}

export type TrailKind = 'weekday' | 'weekend' | 'holiday' | 'makeup';

/** One date of the deadline trail, from the day after acceptance to the due date. */
export interface TrailEntry {
  date: string;
  kind: TrailKind;
  counted: boolean;
  paused: boolean;
  /** the working-day number, on counted dates */
  n?: number;
  /** holiday or make-up name (春节 …), when the server sends it */
  name?: string;
  /** a counted date granted by an extension */
  extension?: boolean;
}

export interface CaseDeadline {
  /** null until accepted */
  dueOn: string | null;
  provisional: boolean;
  calendarVersion: string;
  usedWorkingDays: number;
  remainingWorkingDays: number;
  colour: Colour | null;
  /** a special procedure is still under way: the due date moves on with every working day */
  openPause?: boolean;
  /** received, not yet accepted: the last day to accept, refuse or ask for supplements (art. 32) */
  acceptBy?: string | null;
  trail: TrailEntry[];
}

/** `POST /api/v1/cases/{id}/reveal-personal` — the unmasked applicant (each reveal audited). */
export interface CasePersonal {
  name?: string;
  idNumber: string;
  phone: string;
  legalRepresentative?: string | null;
}

export interface ReceiveInput {
  itemId: string;
  applicant: {
    type: ApplicantType;
    name: string;
    idNumber: string;
    legalRepresentative?: string;
    phone: string;
  };
  agentName?: string;
  ticketId?: string;
  windowId?: string;
  materials: { position: number; state: MaterialState; note?: string }[];
}
