import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar-date.js';
import { type IdNumberProblem, idNumberProblem } from '../../domain/id-number.js';

const ID_PROBLEMS: Record<IdNumberProblem, string> = {
  format: '身份证号码应为 18 位（最后一位可为 X）',
  division: '身份证号码的地区代码无效',
  birthDate: '身份证号码中的出生日期无效',
  checkDigit: '身份证号码校验位不正确，请核对',
};

const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');

/** Mobile (11 digits starting 1) or landline (area code, optional dash, 7–8 digits). */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请输入正确的手机号码或固定电话');

export const IdNumberSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((s, ctx) => {
    const problem = idNumberProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_PROBLEMS[problem] });
  });

export const HallIdParams = z.object({ hallId: z.string().min(1) });
export const CodeParams = z.object({ code: z.string().min(1).max(20) });

export const SlotsQuery = z.object({ businessTypeId: z.string().min(1) });

export const SlotSchema = z.object({
  start: z.string(),
  end: z.string(),
  capacity: z.number().int(),
  booked: z.number().int(),
  available: z.number().int(),
  /** can be booked right now: before the closing time and not full */
  open: z.boolean(),
});
export const SlotDaysSchema = z.object({
  businessTypeId: z.string(),
  days: z.array(z.object({ date: z.string(), slots: z.array(SlotSchema) })),
});
export type SlotDays = z.infer<typeof SlotDaysSchema>;

export const BookSchema = z.object({
  businessTypeId: z.string().min(1),
  date: isoDate,
  slotStart: hhmm,
  name: z.string().trim().min(2, '请输入姓名').max(50),
  idNumber: IdNumberSchema,
  phone: PhoneSchema,
});
export type BookInput = z.infer<typeof BookSchema>;

export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'checked_in', 'no_show'] as const;

/** What the citizen sees of a booking (personal data masked except on creation). */
export const PublicAppointmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  hallId: z.string(),
  hallName: z.string(),
  businessTypeId: z.string(),
  businessTypeName: z.string(),
  date: z.string(),
  slotStart: z.string(),
  slotEnd: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  nameMasked: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  /** cancelling is still possible (booked and before the cancel closing time) */
  canCancel: z.boolean(),
  createdAt: z.string(),
});
export type PublicAppointment = z.infer<typeof PublicAppointmentSchema>;

export const Last4Query = z.object({ idLast4: z.string().trim().min(1).max(4) });
export const CancelSchema = z.object({ idLast4: z.string().trim().min(1).max(4) });
export const CheckInSchema = z.object({ code: z.string().trim().min(1).max(20) });

export const CheckInResultSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  aheadCount: z.number().int(),
  businessTypeId: z.string(),
  businessTypeName: z.string(),
  hallId: z.string(),
  hallName: z.string(),
  serviceDate: z.string(),
  takenAt: z.string(),
  estimatedWaitMinutes: z.number().int(),
  appointmentId: z.string(),
  appointmentCode: z.string(),
  slotStart: z.string(),
  slotEnd: z.string(),
});
export type CheckInResult = z.infer<typeof CheckInResultSchema>;

export const StaffListQuery = z.object({
  date: isoDate.optional(),
  businessTypeId: z.string().min(1).optional(),
  status: z.enum(APPOINTMENT_STATUSES).optional(),
});

/** A booking in the staff list: name, ID number and phone masked. */
export const StaffAppointmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  businessTypeId: z.string(),
  businessTypeName: z.string(),
  date: z.string(),
  slotStart: z.string(),
  slotEnd: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  nameMasked: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  ticketId: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffAppointment = z.infer<typeof StaffAppointmentSchema>;
