import { z } from 'zod';

export const HALL_LEVELS = ['city', 'county', 'township', 'community'] as const;
export type HallLevel = (typeof HALL_LEVELS)[number];
export const HALL_LEVEL_LABELS: Record<HallLevel, string> = {
  city: '市级',
  county: '县（区）级',
  township: '乡镇（街道）',
  community: '村（社区）',
};

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
export const OpeningHoursSchema = z
  .array(
    z.object({
      weekday: z.number().int().min(1).max(7), // ISO weekday, 1 = Monday
      sessions: z.array(z.object({ start: hhmm, end: hhmm })).max(3),
    }),
  )
  .max(7);
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

export const PublicHallSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(HALL_LEVELS),
  parentId: z.string().nullable(),
  divisionCode: z.string(),
  address: z.string(),
  phone: z.string(),
  openingHours: OpeningHoursSchema,
});
export type PublicHall = z.infer<typeof PublicHallSchema>;

export const HallSchema = PublicHallSchema.extend({
  code: z.string(),
  shortName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const HallCreateSchema = z.object({
  parentId: z.string().min(1),
  name: z.string().trim().min(2).max(100),
  shortName: z.string().trim().max(30).optional(),
  level: z.enum(HALL_LEVELS),
  divisionCode: z.string().regex(/^\d{6}(\d{3})?(\d{3})?$/, '行政区划代码应为 6、9 或 12 位数字'),
  code: z.string().regex(/^[A-Z0-9]{2,12}$/, '大厅代码应为 2–12 位大写字母或数字'),
  address: z.string().trim().max(300).default(''),
  phone: z.string().trim().max(50).default(''),
  openingHours: OpeningHoursSchema.default([]),
});
export const HallUpdateSchema = HallCreateSchema.omit({ parentId: true, level: true, code: true }).partial();

export const HallIdParams = z.object({ hallId: z.string().min(1) });
