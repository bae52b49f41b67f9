import { z } from 'zod';
import { checkPhotoDataUrl, PHOTO_MAX_BYTES } from './photo.js';

/** Residency of a department in the hall: 常驻 resident, 预约 by appointment (comes when called), 撤离 withdrawn. */
export const RESIDENCIES = ['resident', 'appointment', 'withdrawn'] as const;
export type Residency = (typeof RESIDENCIES)[number];
export const RESIDENCY_LABELS: Record<Residency, string> = { resident: '常驻', appointment: '预约', withdrawn: '撤离' };

/** Window kinds: 咨询, 综合受理, 部门窗口, 收费, 出件, 投诉, 代办. */
export const WINDOW_KINDS = ['consult', 'comprehensive', 'department', 'fee', 'pickup', 'complaint', 'agency'] as const;
export const WINDOW_STATUSES = ['open', 'paused', 'closed'] as const;

const date = (what: string) => z.iso.date({ error: `${what}应为有效日期（YYYY-MM-DD）` });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不能超过 ${max} 个字` });
const phone = z
  .string()
  .trim()
  .regex(/^$|^1\d{10}$|^0\d{2,3}-?\d{7,8}(-\d{1,6})?$|^\d{5,8}$/, { error: '电话号码格式不正确' });

// ---------- departments (进驻单位) ----------

/** 授权: the four powers delegated to the department's windows. */
export const PowersSchema = z.object({
  immediate: z.boolean(), // 即办件审批权
  promised: z.boolean(), // 承诺件督办权
  joint: z.boolean(), // 联办件协调权
  reported: z.boolean(), // 上报件初审权
});

export const DepartmentSchema = z.object({
  id: z.string(),
  hallId: z.string(),
  name: z.string(),
  shortName: z.string(),
  residency: z.enum(RESIDENCIES),
  residencySince: z.string(),
  chiefRepresentative: z.string(), // 首席代表
  powers: PowersSchema,
  delegationLetterNo: z.string(), // 授权书文号
  delegationDate: z.string().nullable(),
  contactPerson: z.string(),
  contactPhone: z.string(),
  sortOrder: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DepartmentView = z.infer<typeof DepartmentSchema>;

export const ResidencyHistorySchema = z.object({
  id: z.string(),
  residency: z.enum(RESIDENCIES),
  effectiveOn: z.string(),
  reason: z.string(),
  /** display name of the user who recorded the change (null if unknown) */
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export const DepartmentDetailSchema = DepartmentSchema.extend({ history: z.array(ResidencyHistorySchema) });

const departmentFields = {
  name: z.string().trim().min(2, { error: '单位名称至少 2 个字' }).max(100, { error: '单位名称不能超过 100 个字' }),
  shortName: text(30).default(''),
  chiefRepresentative: text(50).default(''),
  powers: PowersSchema.default({ immediate: false, promised: false, joint: false, reported: false }),
  delegationLetterNo: text(100).default(''),
  delegationDate: date('授权日期').nullable().default(null),
  contactPerson: text(50).default(''),
  contactPhone: phone.default(''),
  sortOrder: z.number().int().min(0).max(9999).default(0),
};

export const DepartmentCreateSchema = z.object({
  ...departmentFields,
  residency: z.enum(RESIDENCIES).default('resident'),
  /** defaults to today */
  residencySince: date('进驻日期').optional(),
});
export type DepartmentCreate = z.infer<typeof DepartmentCreateSchema>;

const residencyViaOwnRoute = z.undefined({ error: '进驻状态须通过“变更进驻状态”办理并填写原因' }).optional();
export const DepartmentUpdateSchema = z.object({
  name: departmentFields.name.optional(),
  shortName: text(30).optional(),
  chiefRepresentative: text(50).optional(),
  powers: PowersSchema.partial().optional(),
  delegationLetterNo: text(100).optional(),
  delegationDate: date('授权日期').nullable().optional(),
  contactPerson: text(50).optional(),
  contactPhone: phone.optional(),
  sortOrder: z.number().int().min(0).max(9999).optional(),
  residency: residencyViaOwnRoute,
  residencySince: residencyViaOwnRoute,
});
export type DepartmentUpdate = z.infer<typeof DepartmentUpdateSchema>;

export const ResidencyChangeSchema = z.object({
  residency: z.enum(RESIDENCIES),
  effectiveOn: date('生效日期'),
  reason: z
    .string()
    .trim()
    .min(2, { error: '请填写变更原因（至少 2 个字）' })
    .max(500, { error: '原因不能超过 500 个字' }),
});
export type ResidencyChange = z.infer<typeof ResidencyChangeSchema>;

export const DepartmentListQuery = z.object({ residency: z.enum(RESIDENCIES).optional() });

export const PublicDepartmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  residency: z.enum(RESIDENCIES),
  /** published service items of the department */
  itemCount: z.number(),
});

// ---------- windows (窗口) ----------

export const WindowSchema = z.object({
  id: z.string(),
  hallId: z.string(),
  number: z.string(),
  name: z.string(),
  kind: z.enum(WINDOW_KINDS),
  status: z.enum(WINDOW_STATUSES),
  departmentIds: z.array(z.string()),
  currentStaff: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type WindowView = z.infer<typeof WindowSchema>;

const windowNumber = z
  .string()
  .trim()
  .min(1, { error: '请填写窗口编号' })
  .max(20, { error: '窗口编号不能超过 20 个字符' });
export const WindowCreateSchema = z.object({
  number: windowNumber,
  name: text(50).default(''),
  kind: z.enum(WINDOW_KINDS),
  status: z.enum(WINDOW_STATUSES).default('open'),
  departmentIds: z.array(z.string().min(1)).max(50).default([]),
});
export type WindowCreate = z.infer<typeof WindowCreateSchema>;
export const WindowUpdateSchema = z.object({
  number: windowNumber.optional(),
  name: text(50).optional(),
  kind: z.enum(WINDOW_KINDS).optional(),
  status: z.enum(WINDOW_STATUSES).optional(),
  departmentIds: z.array(z.string().min(1)).max(50).optional(),
});
export type WindowUpdate = z.infer<typeof WindowUpdateSchema>;

export const WindowAssignmentsSchema = z.object({
  history: z.array(
    z.object({
      id: z.string(),
      staffId: z.string(),
      staffName: z.string(),
      fromDate: z.string(),
      toDate: z.string().nullable(),
    }),
  ),
  /** days in the last 12 months on which the window's staffing changed (first staffing not counted) */
  changesLast12Months: z.number(),
});

// ---------- staff (工作人员) ----------

export const StaffSchema = z.object({
  id: z.string(),
  hallId: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  name: z.string(),
  employeeNo: z.string(),
  post: z.string(), // 岗位
  title: z.string(), // 职务/职称
  duties: z.string(), // 职责
  /** masked (138****8000) unless the caller has org.manage */
  phone: z.string(),
  photo: z.string().nullable(),
  active: z.boolean(),
  windows: z.array(z.object({ id: z.string(), number: z.string() })),
});
export type StaffView = z.infer<typeof StaffSchema>;

/** A base64 image data URL (PNG/JPEG/WebP/SVG, ≤ 512 KB decoded). */
export const PhotoDataUrl = z
  .string()
  .max(Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 64, { error: '照片不能超过 512 KB' })
  .superRefine((s, ctx) => {
    const r = checkPhotoDataUrl(s);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
  });

const staffFields = {
  departmentId: z.string().min(1).nullable(),
  name: z.string().trim().min(2, { error: '姓名至少 2 个字' }).max(30, { error: '姓名不能超过 30 个字' }),
  employeeNo: text(30),
  post: text(50),
  title: text(50),
  duties: text(500),
  phone,
  active: z.boolean(),
};
export const StaffCreateSchema = z.object({
  departmentId: staffFields.departmentId.default(null),
  name: staffFields.name,
  employeeNo: staffFields.employeeNo.default(''),
  post: staffFields.post.default(''),
  title: staffFields.title.default(''),
  duties: staffFields.duties.default(''),
  phone: staffFields.phone.default(''),
  photo: PhotoDataUrl.nullable().default(null),
  active: staffFields.active.default(true),
});
export type StaffCreate = z.infer<typeof StaffCreateSchema>;
export const StaffUpdateSchema = z.object({
  departmentId: staffFields.departmentId.optional(),
  name: staffFields.name.optional(),
  employeeNo: staffFields.employeeNo.optional(),
  post: staffFields.post.optional(),
  title: staffFields.title.optional(),
  duties: staffFields.duties.optional(),
  phone: staffFields.phone.optional(),
  active: staffFields.active.optional(),
});
export type StaffUpdate = z.infer<typeof StaffUpdateSchema>;

export const StaffListQuery = z.object({
  departmentId: z.string().min(1).optional(),
  q: z.string().trim().max(50).optional(),
});

/** null removes the photo. */
export const StaffPhotoSchema = z.object({ dataUrl: PhotoDataUrl.nullable() });

/** windowId null ends the current assignment without opening another (the staff member leaves the windows). */
export const AssignmentCreateSchema = z.object({
  windowId: z.string().min(1).nullable(),
  fromDate: date('上岗日期'),
});
export type AssignmentCreate = z.infer<typeof AssignmentCreateSchema>;

export const HallIdParams = z.object({ hallId: z.string().min(1) });
export const IdParams = z.object({ id: z.string().min(1) });
