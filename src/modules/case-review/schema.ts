import { z } from 'zod';
import { TASK_OUTCOMES } from '../../domain/case-review-tasks.js';

/** Request and response shapes of the review routes (docs/api-cases.md "Review"). */

const rowVersion = z.number().int().min(1);
const colour = z.enum(['green', 'yellow', 'red']);

export const HallIdParams = z.object({ hallId: z.string().min(1) });
export const CaseIdParams = z.object({ id: z.string().min(1) });
export const TaskParams = z.object({ id: z.string().min(1), taskId: z.string().min(1) });
export const ExtensionParams = z.object({ id: z.string().min(1), extId: z.string().min(1) });

export const CompleteTaskSchema = z.object({
  rowVersion,
  /** the reviewer's opinion (审查意见) */
  opinion: z.string().trim().min(1).max(2000),
  outcome: z.enum(TASK_OUTCOMES),
  /** required for deny: the reasons stated in the decision */
  reason: z.string().trim().max(2000).optional(),
});
export type CompleteTaskBody = z.infer<typeof CompleteTaskSchema>;

export const PauseSchema = z.object({
  rowVersion,
  /** 听证, 检验检测, 专家评审, 现场踏勘 … or a special procedure of the item not counted in the limit */
  name: z.string().trim().min(1).max(100),
  reason: z.string().trim().min(1).max(1000),
});
export type PauseBody = z.infer<typeof PauseSchema>;

export const ResumeSchema = z.object({ rowVersion });

export const ExtensionRequestSchema = z.object({ rowVersion, reason: z.string().trim().min(2).max(1000) });
export type ExtensionRequestBody = z.infer<typeof ExtensionRequestSchema>;

export const ExtensionDecideSchema = z
  .object({
    rowVersion,
    approve: z.boolean(),
    /** who approved: the department head (the government head for joint cases) */
    approverName: z.string().trim().max(50).default(''),
  })
  .refine((b) => !b.approve || b.approverName !== '', { message: '批准延期须填写批准人', path: ['approverName'] });
export type ExtensionDecideBody = z.infer<typeof ExtensionDecideSchema>;

export const EscalateSchema = z.object({
  rowVersion,
  /** the department of the parent hall that decides */
  departmentId: z.string().min(1),
  opinion: z.string().trim().max(2000).default(''),
});
export type EscalateBody = z.infer<typeof EscalateSchema>;

export const InboxEntrySchema = z.object({
  /** the task id */
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  caseKind: z.string(),
  caseStatus: z.string(),
  caseRowVersion: z.number(),
  itemName: z.string(),
  applicantMasked: z.string(),
  kind: z.enum(['step', 'joint']),
  position: z.number(),
  name: z.string(),
  role: z.string(),
  days: z.number(),
  startedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  caseDueOn: z.string().nullable(),
  colour,
  remainingWorkingDays: z.number().nullable(),
  /** the case is suspended for a special procedure: the clock stands still */
  paused: z.boolean(),
  /** the deciding step (approve / deny) */
  decides: z.boolean(),
});
export type InboxEntryView = z.infer<typeof InboxEntrySchema>;

export const EscalatedEntrySchema = z.object({
  id: z.string(),
  number: z.string(),
  itemName: z.string(),
  applicantMasked: z.string(),
  status: z.string(),
  departmentId: z.string(),
  acceptedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  decision: z.string().nullable(),
  decidedOn: z.string().nullable(),
  fromCaseId: z.string(),
  fromCaseNumber: z.string(),
  fromHallId: z.string(),
  fromHallName: z.string(),
});
export type EscalatedEntryView = z.infer<typeof EscalatedEntrySchema>;

const pendingBase = {
  id: z.string(),
  number: z.string(),
  itemName: z.string(),
  applicantMasked: z.string(),
  status: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  acceptedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  /** working days from today to dueOn (negative when overdue) */
  remainingWorkingDays: z.number().nullable(),
  rowVersion: z.number(),
};

export const ReportedPendingQuery = z.object({
  /** only the caller's department: the one that forwards, or that holds the active step */
  mine: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const ReportedPendingSchema = z.object({
  asOf: z.string(),
  /** first review 初审 done here, not yet forwarded to the parent hall */
  awaitingForward: z.array(
    z.object({
      ...pendingBase,
      /** the first-review step (open the review panel on it to forward) */
      taskId: z.string(),
      taskName: z.string(),
      firstReviewDoneOn: z.string(),
      firstReviewOpinion: z.string(),
      /** working days since the first review: a late forward is a supervision trigger */
      waitingWorkingDays: z.number(),
      toHallId: z.string().nullable(),
      toHallName: z.string().nullable(),
    }),
  ),
  /** received from a lower hall, not decided yet */
  awaitingDecision: z.array(
    z.object({
      ...pendingBase,
      taskId: z.string().nullable(),
      taskName: z.string().nullable(),
      taskDepartmentId: z.string().nullable(),
      taskDepartmentName: z.string().nullable(),
      fromCaseId: z.string(),
      fromCaseNumber: z.string(),
      fromHallId: z.string(),
      fromHallName: z.string(),
    }),
  ),
});
export type ReportedPendingView = z.infer<typeof ReportedPendingSchema>;
