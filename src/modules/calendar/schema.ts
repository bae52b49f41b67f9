import { z } from 'zod';
import { isIsoDate, yearOf } from '../../domain/calendar-date.js';

/** Dates the calendar answers for: the lunar helpers behind provisional years cover 1901–2099. */
export const YEAR_RANGE = { min: 1901, max: 2099 } as const;
/** Longest range of `GET /api/v1/calendar/days`, in days (both ends included). */
export const MAX_RANGE_DAYS = 400;
/** Longest limit `due-date` computes, in working days. */
export const MAX_DUE_DAYS = 1000;

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, '日期格式应为 YYYY-MM-DD，且须为有效日期')
  .refine(
    (s) => !isIsoDate(s) || (yearOf(s) >= YEAR_RANGE.min && yearOf(s) <= YEAR_RANGE.max),
    '日期须在 1901–2099 年之间',
  );

export const DAY_KINDS = ['weekday', 'weekend', 'holiday', 'makeup'] as const;
export const OVERRIDE_KINDS = ['holiday', 'makeup'] as const;
export const YEAR_STATUSES = ['official', 'provisional'] as const;
/** Where a hall's year comes from: its own entry, an ancestor's, or the built-in calendar. */
export const YEAR_ORIGINS = ['own', 'inherited', 'builtin'] as const;

export const DueDateQuery = z.object({
  hallId: z.string().min(1),
  from: IsoDateSchema,
  days: z.coerce.number().int().min(0).max(MAX_DUE_DAYS),
});
export const DueDateResponse = z.object({ dueOn: z.string(), provisional: z.boolean() });

export const DaysQuery = z.object({ hallId: z.string().min(1), from: IsoDateSchema, to: IsoDateSchema });
export const DayEntrySchema = z.object({
  date: z.string(),
  working: z.boolean(),
  kind: z.enum(DAY_KINDS),
  name: z.string().optional(),
});

export const HallYearParams = z.object({
  hallId: z.string().min(1),
  year: z.coerce.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max),
});
export const HallParams = z.object({ hallId: z.string().min(1) });

export const CalendarYearSummarySchema = z.object({
  year: z.number(),
  status: z.enum(YEAR_STATUSES),
  origin: z.enum(YEAR_ORIGINS),
  /** the hall whose entry is in force (null for the built-in calendar) */
  definedBy: z.object({ hallId: z.string(), hallName: z.string() }).nullable(),
  source: z.string(),
  version: z.number().nullable(),
  confirmedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  confirmedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  holidayCount: z.number(),
  makeupCount: z.number(),
});
export type CalendarYearSummary = z.infer<typeof CalendarYearSummarySchema>;

export const OverrideSchema = z.object({
  date: IsoDateSchema,
  kind: z.enum(OVERRIDE_KINDS),
  name: z.string().trim().min(1, '请填写节日名称').max(20),
});

export const CalendarYearDetailSchema = CalendarYearSummarySchema.extend({
  days: z.array(z.object({ date: z.string(), kind: z.enum(OVERRIDE_KINDS), name: z.string() })),
});
export type CalendarYearDetail = z.infer<typeof CalendarYearDetailSchema>;

export const ReplaceYearBody = z.object({
  status: z.enum(YEAR_STATUSES),
  /** where the schedule comes from, e.g. 国办发明电〔2026〕12号 */
  source: z.string().trim().min(1).max(200).default('手工录入'),
  days: z.array(OverrideSchema).max(200),
  /** the version the editor loaded (0: the hall had no entry of its own); a mismatch → 409 */
  version: z.number().int().min(0).optional(),
});
export type ReplaceYearInput = z.infer<typeof ReplaceYearBody>;

export const ConfirmYearBody = z.object({ version: z.number().int().min(0).optional() }).default({});
