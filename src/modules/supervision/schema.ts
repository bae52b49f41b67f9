import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar-date.js';
import { CASE_STATUSES } from '../../domain/case-state.js';
import { CASE_KINDS } from '../../domain/guide.js';

const isoDay = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const id = z.string().min(1).max(64);

export const HallIdParams = z.object({ hallId: id });
export const CardIdParams = z.object({ id });
export const WarningIdParams = z.object({ id });

/** Filters of the ledger 办件台账 and its export; dates are receipt days (收件日期), inclusive. */
export const LedgerFilterSchema = z.object({
  from: isoDay.optional(),
  to: isoDay.optional(),
  departmentId: id.optional(),
  itemId: id.optional(),
  kind: z.enum(CASE_KINDS).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  onTime: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type LedgerFilter = z.infer<typeof LedgerFilterSchema>;

export const LedgerQuerySchema = LedgerFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  /** keyset cursor from `nextCursor`: the fast way to page deep (then `page` is only echoed) */
  cursor: z.string().max(200).optional(),
});
export type LedgerQuery = z.infer<typeof LedgerQuerySchema>;

export const LedgerSummarySchema = z.object({
  total: z.number(),
  finished: z.number(),
  onTimeRate: z.number().nullable(),
  avgWorkingDaysUsed: z.number().nullable(),
  avgStatutoryDays: z.number().nullable(),
  speedUpRate: z.number().nullable(),
});

export const LedgerRowSchema = z.object({
  id: z.string(),
  number: z.string(),
  itemName: z.string(),
  departmentName: z.string(),
  kind: z.string(),
  status: z.string(),
  applicantMasked: z.string(),
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  result: z.string(),
  onTime: z.boolean().nullable(),
  handler: z.string(),
});
export type LedgerRow = z.infer<typeof LedgerRowSchema>;

export const LedgerPageSchema = z.object({
  summary: LedgerSummarySchema,
  rows: z.array(LedgerRowSchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  nextCursor: z.string().nullable(),
});

const COLOURS = ['green', 'yellow', 'red'] as const;

export const ClockTaskSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  departmentId: z.string(),
  startedOn: z.string(),
  dueOn: z.string(),
  remainingWorkingDays: z.number(),
  colour: z.enum(COLOURS),
});

export const SupervisedCaseSchema = z.object({
  id: z.string(),
  number: z.string(),
  itemName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  kind: z.string(),
  status: z.string(),
  acceptedOn: z.string(),
  dueOn: z.string(),
  provisional: z.boolean(),
  totalDays: z.number(),
  usedWorkingDays: z.number(),
  remainingWorkingDays: z.number(),
  colour: z.enum(COLOURS),
  tasks: z.array(ClockTaskSchema),
});

export const WarningSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  itemName: z.string(),
  taskId: z.string().nullable(),
  taskName: z.string().nullable(),
  level: z.enum(['yellow', 'red']),
  raisedOn: z.string(),
  readAt: z.string().nullable(),
});

export const CARD_TRIGGERS = [
  'overdue_case', // 办件超期
  'overdue_step', // 环节超时
  'refused_qualified', // 符合条件不予受理
  'denial_without_reason', // 不予许可未说明理由
  'late_forward', // 初审部门逾期上报
  'online_offline', // 应网办而线下办
  'fee_outside_catalog', // 目录外收费
  'other',
] as const;
export const CARD_TRIGGER_LABELS: Record<(typeof CARD_TRIGGERS)[number], string> = {
  overdue_case: '办件超期',
  overdue_step: '环节超时',
  refused_qualified: '符合条件不予受理',
  denial_without_reason: '不予许可未说明理由',
  late_forward: '初审部门逾期上报',
  online_offline: '应网上办理而线下办理',
  fee_outside_catalog: '收取目录外费用',
  other: '其他',
};
export const CARD_STATUSES = ['open', 'answered', 'closed'] as const;

export const CardSchema = z.object({
  id: z.string(),
  hallId: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  color: z.enum(['yellow', 'red']),
  trigger: z.enum(CARD_TRIGGERS),
  triggerLabel: z.string(),
  description: z.string(),
  issuedBy: z.string(),
  issuedAt: z.string(),
  status: z.enum(CARD_STATUSES),
  response: z.string().nullable(),
  respondedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type Card = z.infer<typeof CardSchema>;

export const SupervisionViewSchema = z.object({
  asOf: z.string(),
  running: z.object({ green: z.number(), yellow: z.number(), red: z.number() }),
  cases: z.array(SupervisedCaseSchema),
  warnings: z.array(WarningSchema),
  cards: z.array(CardSchema),
});

export const SupervisionQuerySchema = z.object({
  colour: z.enum(COLOURS).optional(),
  departmentId: id.optional(),
  /** most urgent first; the counts in `running` always cover every running case */
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const CardCreateSchema = z.object({
  caseId: id.optional(),
  /** the unit the card is addressed to; defaults to the case's department */
  departmentId: id.optional(),
  color: z.enum(['yellow', 'red']),
  trigger: z.enum(CARD_TRIGGERS),
  description: z.string().trim().min(2).max(2000),
});
export const CardRespondSchema = z.object({ response: z.string().trim().min(2).max(4000) });

export const CardListQuerySchema = z.object({
  departmentId: id.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  status: z.enum(CARD_STATUSES).optional(),
});

export const CardCountSchema = z.object({
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  yellow: z.number(),
  red: z.number(),
  open: z.number(),
  answered: z.number(),
  closed: z.number(),
  total: z.number(),
});
export const CardListSchema = z.object({ cards: z.array(CardSchema), counts: z.array(CardCountSchema) });
