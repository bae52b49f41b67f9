import { z } from 'zod';
import { validateTakeHours } from '../../domain/queue-hours.js';
import { TICKET_STATUSES } from './repository.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不能超过 ${max} 个字` });
const reason = z.string().trim().min(1, { error: '请填写原因' }).max(200, { error: '原因不能超过 200 个字' });

export const TimeRangeSchema = z.object({ start: hhmm, end: hhmm });
export const TakeHoursSchema = z
  .array(TimeRangeSchema)
  .max(4, { error: '取号时段最多 4 段' })
  .superRefine((ranges, ctx) => {
    for (const message of validateTakeHours(ranges)) ctx.addIssue({ code: 'custom', message });
  });

// ---------- configuration ----------

export const BusinessTypeSchema = z.object({
  id: z.string(),
  hallId: z.string(),
  name: z.string(),
  prefix: z.string(),
  description: z.string(),
  dailyCap: z.number().int(),
  takeHours: z.array(TimeRangeSchema),
  avgServiceMinutes: z.number().int(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  bookable: z.boolean(),
  slotMinutes: z.number().int(),
  slotCapacity: z.number().int(),
  windows: z.array(z.object({ windowId: z.string(), windowNumber: z.string(), preferred: z.boolean() })),
});
export type BusinessType = z.infer<typeof BusinessTypeSchema>;

export const BusinessTypeCreateSchema = z.object({
  name: z.string().trim().min(2, { error: '名称至少 2 个字' }).max(40, { error: '名称不能超过 40 个字' }),
  prefix: z.string().regex(/^[A-Z]$/, '号码前缀应为一个大写字母 A–Z'),
  description: text(300).default(''),
  dailyCap: z.number().int().min(1).max(999).default(999),
  takeHours: TakeHoursSchema.default([]),
  avgServiceMinutes: z.number().int().min(1).max(240).default(10),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(9999).default(0),
  bookable: z.boolean().default(false),
  slotMinutes: z.number().int().min(5).max(240).default(30),
  slotCapacity: z.number().int().min(1).max(200).default(5),
});
export const BusinessTypeUpdateSchema = z
  .object({
    name: BusinessTypeCreateSchema.shape.name,
    prefix: BusinessTypeCreateSchema.shape.prefix,
    description: text(300),
    dailyCap: z.number().int().min(1).max(999),
    takeHours: TakeHoursSchema,
    avgServiceMinutes: z.number().int().min(1).max(240),
    active: z.boolean(),
    sortOrder: z.number().int().min(0).max(9999),
    bookable: z.boolean(),
    slotMinutes: z.number().int().min(5).max(240),
    slotCapacity: z.number().int().min(1).max(200),
  })
  .partial();

export const WindowTypesBodySchema = z.object({
  types: z
    .array(z.object({ businessTypeId: z.string().min(1), preferred: z.boolean() }))
    .max(26)
    .refine((ts) => new Set(ts.map((t) => t.businessTypeId)).size === ts.length, { error: '业务类型重复' }),
});
export const WindowTypesSchema = z.object({
  windowId: z.string(),
  types: z.array(
    z.object({ businessTypeId: z.string(), name: z.string(), prefix: z.string(), preferred: z.boolean() }),
  ),
});

export const QueueSettingsSchema = z.object({
  recallLimit: z.number().int().min(0).max(10),
  bookingDays: z.number().int().min(1).max(30),
  bookingCloseMinutes: z.number().int().min(0).max(1440),
  cancelCloseMinutes: z.number().int().min(0).max(1440),
  noShowAfterMinutes: z.number().int().min(5).max(240),
  noShowBlockCount: z.number().int().min(1).max(20),
  noShowWindowDays: z.number().int().min(1).max(365),
  blockDays: z.number().int().min(1).max(365),
});

// ---------- public ----------

export const PublicBusinessTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  description: z.string(),
  canTakeNow: z.boolean(),
  reason: z.string().nullable(),
  waitingCount: z.number().int(),
  estimatedWaitMinutes: z.number().int(),
  bookable: z.boolean(),
});

export const TicketStatusSchema = z.enum(TICKET_STATUSES);

export const PublicTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: TicketStatusSchema,
  aheadCount: z.number().int(),
  businessTypeId: z.string(),
  businessTypeName: z.string(),
  hallId: z.string(),
  hallName: z.string(),
  serviceDate: z.string(),
  takenAt: z.string(),
  estimatedWaitMinutes: z.number().int(),
  windowNumber: z.string().optional(),
});
export type PublicTicket = z.infer<typeof PublicTicketSchema>;

export const TakeTicketBodySchema = z.object({
  businessTypeId: z.string().min(1, { error: '请选择业务类型' }),
  idNumber: z.string().trim().max(18).nullish(),
  phone: z.string().trim().max(20).nullish(),
});

// ---------- window staff ----------

export const StaffTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: TicketStatusSchema,
  businessTypeId: z.string(),
  businessTypeName: z.string(),
  takenAt: z.string(),
  calledAt: z.string().nullable(),
  windowId: z.string().nullable(),
  windowNumber: z.string().nullable(),
  priority: z.boolean(),
  priorityReason: z.string().nullable(),
  transferred: z.boolean(),
  recallCount: z.number().int(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  appointmentCode: z.string().nullable(),
});
export type StaffTicket = z.infer<typeof StaffTicketSchema>;

export const WorkbenchSchema = z.object({
  window: z.object({ id: z.string(), number: z.string(), name: z.string(), status: z.string() }),
  signedIn: z.boolean(),
  current: StaffTicketSchema.nullable(),
  waiting: z.array(StaffTicketSchema),
  types: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      prefix: z.string(),
      preferred: z.boolean(),
      waitingCount: z.number(),
    }),
  ),
  today: z.object({ served: z.number(), noShow: z.number(), transferredOut: z.number(), called: z.number() }),
});
export type Workbench = z.infer<typeof WorkbenchSchema>;

export const ReasonBodySchema = z.object({ reason });
export const OptionalReasonBodySchema = z.object({ reason: text(200).optional() });
export const TransferBodySchema = z
  .object({
    toBusinessTypeId: z.string().min(1).optional(),
    toWindowId: z.string().min(1).optional(),
    reason,
  })
  .refine((b) => b.toBusinessTypeId !== undefined || b.toWindowId !== undefined, {
    error: '请选择转移到的业务类型或窗口',
  });

export const HallIdParams = z.object({ hallId: z.string().min(1) });
export const IdParams = z.object({ id: z.string().min(1) });
