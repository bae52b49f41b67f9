import { z } from 'zod';
import { CASE_STATUSES } from '../../domain/case-state.js';
import { CASE_KINDS } from '../../domain/guide.js';

/** Request and response shapes of the case routes (docs/api-cases.md "Window"). */

export const MATERIAL_STATES = ['submitted', 'missing', 'defective'] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rowVersion = z.number().int().min(1);
const colour = z.enum(['green', 'yellow', 'red']);

export const MaterialInputSchema = z.object({
  /** 1-based position in the published guide's material list */
  position: z.number().int().min(1).max(100),
  state: z.enum(MATERIAL_STATES),
  note: z.string().trim().max(500).optional(),
});
export type MaterialInput = z.infer<typeof MaterialInputSchema>;

const materialList = z
  .array(MaterialInputSchema)
  .max(100)
  .refine((ms) => new Set(ms.map((m) => m.position)).size === ms.length, '材料序号重复');

export const ApplicantInputSchema = z.object({
  type: z.enum(['person', 'enterprise']),
  name: z.string().trim().min(1).max(100),
  /** ID number (person) or unified social credit code (enterprise) */
  idNumber: z.string().trim().min(1).max(30),
  legalRepresentative: z.string().trim().max(50).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,20}$/, '联系电话格式不正确'),
});

export const ReceiveCaseSchema = z.object({
  itemId: z.string().min(1),
  applicant: ApplicantInputSchema,
  agentName: z.string().trim().max(50).optional(),
  ticketId: z.string().min(1).optional(),
  windowId: z.string().min(1).optional(),
  materials: materialList.default([]),
});
export type ReceiveCaseBody = z.infer<typeof ReceiveCaseSchema>;

export const AcceptCaseSchema = z.object({
  rowVersion,
  /** 即办件: accept, decide and hand over in the same visit */
  immediate: z.boolean().optional(),
  decisionReason: z.string().trim().max(1000).optional(),
});
export const RequestSupplementsSchema = z.object({ rowVersion, materials: materialList });
export const SupplementsReceivedSchema = z.object({ rowVersion, materials: materialList });
export const RejectCaseSchema = z.object({
  rowVersion,
  reason: z.string().trim().min(2).max(1000),
  /** where to go instead (the competent agency) */
  redirectTo: z.string().trim().max(300).default(''),
});
export const DeliverCaseSchema = z.object({
  rowVersion,
  method: z.enum(['pickup', 'mail']),
  collectorName: z.string().trim().max(50).optional(),
  collectorIdNumber: z.string().trim().max(30).optional(),
  trackingNumber: z.string().trim().max(50).optional(),
});
export const WithdrawCaseSchema = z.object({ rowVersion, reason: z.string().trim().min(2).max(500) });
export const CloseCaseSchema = z.object({ rowVersion });

export const CaseIdParams = z.object({ id: z.string().min(1) });
export const HallIdParams = z.object({ hallId: z.string().min(1) });
export const DocumentParams = z.object({ id: z.string().min(1), docId: z.string().min(1) });

export const CaseMaterialSchema = z.object({
  position: z.number(),
  name: z.string(),
  required: z.boolean(),
  state: z.enum(MATERIAL_STATES),
  note: z.string(),
});

export const CaseTaskSchema = z.object({
  id: z.string(),
  kind: z.enum(['step', 'joint']),
  position: z.number(),
  name: z.string(),
  role: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  days: z.number(),
  status: z.string(),
  startedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  finishedOn: z.string().nullable(),
  opinion: z.string().nullable(),
  outcome: z.string().nullable(),
  colour: colour.nullable(),
});

export const CaseDocumentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  number: z.string(),
  title: z.string(),
  createdAt: z.string(),
});

export const CaseViewSchema = z.object({
  id: z.string(),
  number: z.string(),
  hallId: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  itemVersion: z.number(),
  departmentId: z.string(),
  departmentName: z.string(),
  kind: z.enum(CASE_KINDS),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  applicant: z.object({
    type: z.enum(['person', 'enterprise']),
    name: z.string(),
    idNumber: z.string(),
    legalRepresentative: z.string().nullable(),
    phone: z.string(),
    /** always false: case views are masked; the full values come from POST /cases/{id}/reveal-personal */
    unmasked: z.boolean(),
  }),
  agentName: z.string().nullable(),
  ticketId: z.string().nullable(),
  windowId: z.string().nullable(),
  channel: z.string(),
  receivedOn: day,
  receivedAt: z.string(),
  completeOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  deemedAccepted: z.boolean(),
  promisedDays: z.number(),
  statutoryDays: z.number().nullable(),
  extensionDays: z.number(),
  dueOn: z.string().nullable(),
  statutoryDueOn: z.string().nullable(),
  dueProvisional: z.boolean(),
  colour: colour.nullable(),
  decision: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedOn: z.string().nullable(),
  deliveryMethod: z.string().nullable(),
  deliveryDetail: z.record(z.string(), z.unknown()).nullable(),
  deliveredOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  onTime: z.boolean().nullable(),
  workingDaysUsed: z.number().nullable(),
  notAcceptedReason: z.string().nullable(),
  redirectTo: z.string().nullable(),
  parentCaseId: z.string().nullable(),
  forwardedToHallId: z.string().nullable(),
  rowVersion: z.number(),
  materials: z.array(CaseMaterialSchema),
  tasks: z.array(CaseTaskSchema),
  pauses: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      name: z.string(),
      reason: z.string(),
      noticeNo: z.string(),
      startedOn: z.string(),
      endedOn: z.string().nullable(),
    }),
  ),
  extensions: z.array(
    z.object({
      id: z.string(),
      days: z.number(),
      reason: z.string(),
      status: z.string(),
      requestedOn: z.string(),
      approverName: z.string().nullable(),
      decidedOn: z.string().nullable(),
    }),
  ),
  documents: z.array(CaseDocumentSchema),
  events: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string().nullable(),
      userName: z.string().nullable(),
    }),
  ),
  allowedActions: z.array(z.string()),
  /** receipt only: non-blocking warnings (e.g. a credit code whose check digit does not match) */
  warnings: z.array(z.string()).optional(),
});
export type CaseView = z.infer<typeof CaseViewSchema>;

export const TrailEntrySchema = z.object({
  date: day,
  kind: z.enum(['weekday', 'weekend', 'holiday', 'makeup']),
  name: z.string().optional(),
  reason: z.string(),
  counted: z.boolean(),
  paused: z.boolean(),
  extension: z.boolean(),
  provisional: z.boolean(),
  n: z.number().optional(),
});

export const DeadlineViewSchema = z.object({
  dueOn: z.string().nullable(),
  statutoryDueOn: z.string().nullable(),
  provisional: z.boolean(),
  calendarVersion: z.string(),
  years: z.array(
    z.object({
      year: z.number(),
      status: z.enum(['official', 'provisional']),
      source: z.string(),
      version: z.number().nullable(),
    }),
  ),
  acceptedOn: z.string().nullable(),
  acceptBy: z.string().nullable(),
  promisedDays: z.number(),
  extensionDays: z.number(),
  usedWorkingDays: z.number(),
  remainingWorkingDays: z.number(),
  pausedDays: z.number(),
  openPause: z.boolean(),
  colour: colour.nullable(),
  trail: z.array(TrailEntrySchema),
});

export const PersonalViewSchema = z.object({
  caseId: z.string(),
  number: z.string(),
  applicant: z.object({
    type: z.string(),
    name: z.string(),
    idNumber: z.string(),
    legalRepresentative: z.string().nullable(),
    phone: z.string(),
  }),
  agentName: z.string().nullable(),
  /** when this reveal was audited */
  revealedAt: z.string(),
});
export type PersonalView = z.infer<typeof PersonalViewSchema>;

/** POST /cases/{id}/reveal-personal: why the full data is needed (kept in the audit record). */
export const RevealPersonalSchema = z.object({ purpose: z.string().trim().max(200).optional() }).default({});

export const DocumentViewSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  number: z.string(),
  createdAt: z.string(),
  content: z.record(z.string(), z.unknown()),
});

export const PublicLookupQuery = z.object({
  number: z.string().trim().min(6).max(40),
  idLast4: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{4}$/, '请输入证件号码或手机号码后四位'),
});
export const PublicLookupSchema = z.object({
  number: z.string(),
  status: z.enum(CASE_STATUSES),
  statusLabel: z.string(),
  itemName: z.string(),
  departmentName: z.string(),
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  result: z.string().nullable(),
});
export const CompletedQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
export const CompletedListSchema = z.object({
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  rows: z.array(
    z.object({
      number: z.string(),
      itemName: z.string(),
      departmentName: z.string(),
      applicantName: z.string(),
      decidedOn: z.string(),
      result: z.string(),
    }),
  ),
});
