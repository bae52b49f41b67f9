import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar-date.js';
import { MAX_FEN } from '../../domain/fee-money.js';
import { FEE_CATEGORIES, FEE_MODES, MAX_QUANTITY, PAYMENT_METHODS, standardProblems } from '../../domain/fee-rules.js';

/** Request shapes of the fee API (docs/api-fees.md; responses in views.ts). Every amount is integer fen. */

const fen = z.number().int('金额必须是以分为单位的整数').min(0, '金额不能为负数').max(MAX_FEN, '金额超出上限');
const positiveFen = fen.min(1, '金额至少为 1 分');
const day = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const IdParams = z.object({ id: z.string().min(1) });
export const ItemVersionParams = z.object({ id: z.string().min(1), version: z.coerce.number().int().min(1) });
export const PublicItemParams = z.object({ itemId: z.string().min(1) });
export const HallParams = z.object({ hallId: z.string().min(1) });
export const HallDeptParams = z.object({ hallId: z.string().min(1), departmentId: z.string().min(1) });

export const FeeLineInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,12}$/, '编码为 1–12 位字母、数字或连字符')
      .optional(),
    name: text(2, 100),
    category: z.enum(FEE_CATEGORIES),
    mode: z.enum(FEE_MODES),
    amountFen: positiveFen.nullish(),
    unitPriceFen: positiveFen.nullish(),
    unitName: z.string().trim().max(20).default(''),
    capFen: positiveFen.nullish(),
    basis: text(2, 1000),
    receivingDepartmentId: z.string().min(1).optional(),
    waivable: z.boolean().default(false),
    waiverRules: z.string().trim().max(1000).default(''),
    waiverBasis: z.string().trim().max(1000).default(''),
  })
  .superRefine((l, ctx) => {
    const problems = standardProblems({
      mode: l.mode,
      amountFen: l.amountFen ?? null,
      unitPriceFen: l.unitPriceFen ?? null,
      unitName: l.unitName,
      capFen: l.capFen ?? null,
    });
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
  });
export type FeeLineInput = z.infer<typeof FeeLineInput>;

export const CatalogPutSchema = z
  .object({
    baseVersion: z.number().int().min(0),
    note: z.string().trim().max(500).default(''),
    lines: z.array(FeeLineInput).max(50),
  })
  .refine((c) => {
    const codes = c.lines.map((l) => l.code).filter((x) => x !== undefined);
    return new Set(codes).size === codes.length;
  }, '收费项目编码不能重复');

const NoticeLinesInput = z
  .array(
    z.object({
      feeLineId: z.string().min(1),
      quantity: z.number().int('数量必须是整数').min(1, '数量至少为 1').max(MAX_QUANTITY).optional(),
      unitPriceFen: fen.optional(),
      amountFen: fen.optional(),
    }),
  )
  .min(1, '至少选择一个收费项目')
  .max(50)
  .refine((ls) => new Set(ls.map((l) => l.feeLineId)).size === ls.length, '同一收费项目只能出现一次');
export type NoticeLinesInput = z.infer<typeof NoticeLinesInput>;

export const NoticeCreateSchema = z.object({ payerName: text(1, 100).optional(), lines: NoticeLinesInput });
export const NoticeUpdateSchema = z.object({
  rowVersion: z.number().int().min(1),
  payerName: text(1, 100).optional(),
  lines: NoticeLinesInput,
});
export const NoticeCancelSchema = z.object({ rowVersion: z.number().int().min(1), reason: text(2, 500) });
export const NoticeQuery = z.object({
  number: z.string().trim().max(40).optional(),
  caseNumber: z.string().trim().max(40).optional(),
  status: z.enum(['unpaid', 'paid', 'cancelled']).optional(),
  day: day.optional(),
});

export const PaySchema = z.object({
  amountFen: fen,
  method: z.enum(PAYMENT_METHODS),
  receiptNo: text(1, 40),
});

export const WaiverCreateSchema = z.object({
  noticeLineId: z.string().min(1),
  amountFen: positiveFen,
  reason: text(2, 500),
  basis: text(2, 500),
});
export const WaiverDecideSchema = z
  .object({
    approve: z.boolean(),
    approverName: z.string().trim().max(50).default(''),
    documentNo: z.string().trim().max(100).default(''),
    note: z.string().trim().max(500).default(''),
  })
  .refine((d) => !d.approve || (d.approverName.length >= 2 && d.documentNo.length >= 2), {
    message: '批准减免须填写审批人和审批文号',
    path: ['documentNo'],
  });

export const RefundCreateSchema = z.object({
  noticeLineId: z.string().min(1),
  amountFen: positiveFen,
  reason: text(2, 500),
});
export const RefundDecideSchema = z
  .object({
    approve: z.boolean(),
    approverName: z.string().trim().max(50).default(''),
    documentNo: z.string().trim().max(100).default(''),
    note: z.string().trim().max(500).default(''),
  })
  .refine((d) => !d.approve || d.approverName.length >= 2, {
    message: '批准退费须填写审批人',
    path: ['approverName'],
  });
export const RequestQuery = z.object({
  status: z.enum(['requested', 'approved', 'refused', 'void']).optional(),
  day: day.optional(),
});

export const DayQuery = z.object({ day: day.optional() });
export const ExportQuery = z.object({ day: day.optional(), departmentId: z.string().min(1).optional() });
export const SettlementCloseSchema = z.object({ departmentId: z.string().min(1), day, declaredFen: fen });
