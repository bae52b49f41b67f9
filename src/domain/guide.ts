import { z } from 'zod';

/** Item types 事项类型 (PRODUCT.md §3). */
export const ITEM_TYPES = [
  '行政许可',
  '行政确认',
  '行政给付',
  '行政征收',
  '行政裁决',
  '行政奖励',
  '其他行政权力',
  '公共服务',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** Case kinds: 即办件 immediate, 承诺件 promised, 联办件 joint, 上报件 reported-up. */
export const CASE_KINDS = ['immediate', 'promised', 'joint', 'reported'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  immediate: '即办件',
  promised: '承诺件',
  joint: '联办件',
  reported: '上报件',
};

/** 进驻状态: must enter but not yet entered / entered / exempted (with reason) / not required. */
export const ENTRY_STATUSES = ['must_enter_not_entered', 'entered', 'exempted', 'not_required'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy', 'electronic'] as const;

/** Life and enterprise events 主题服务 used to browse the catalog. */
export const EVENTS = [
  { code: 'birth', name: '新生儿出生', kind: 'life' },
  { code: 'schooling', name: '入学就读', kind: 'life' },
  { code: 'employment', name: '就业创业', kind: 'life' },
  { code: 'marriage', name: '婚姻登记', kind: 'life' },
  { code: 'housing', name: '住房保障与不动产', kind: 'life' },
  { code: 'social_security', name: '社保医保', kind: 'life' },
  { code: 'retirement', name: '退休养老', kind: 'life' },
  { code: 'identity', name: '户籍证件', kind: 'life' },
  { code: 'vehicle', name: '机动车驾驶', kind: 'life' },
  { code: 'disability', name: '残疾人服务', kind: 'life' },
  { code: 'death', name: '身后事', kind: 'life' },
  { code: 'business_start', name: '开办企业', kind: 'enterprise' },
  { code: 'business_change', name: '企业变更', kind: 'enterprise' },
  { code: 'business_close', name: '企业注销', kind: 'enterprise' },
  { code: 'construction', name: '工程建设项目', kind: 'enterprise' },
  { code: 'food_business', name: '餐饮食品经营', kind: 'enterprise' },
  { code: 'tax', name: '纳税服务', kind: 'enterprise' },
  { code: 'hiring', name: '招工用工', kind: 'enterprise' },
  { code: 'environment', name: '环保审批', kind: 'enterprise' },
  { code: 'transport', name: '交通运输经营', kind: 'enterprise' },
] as const;
export type EventCode = (typeof EVENTS)[number]['code'];
export const EVENT_CODES = EVENTS.map((e) => e.code) as [EventCode, ...EventCode[]];

const text = (max = 4000) => z.string().trim().max(max);

export const MaterialSchema = z.object({
  name: text(200).min(1),
  form: z.enum(MATERIAL_FORMS),
  count: z.number().int().min(1).max(99),
  required: z.boolean(),
  note: text(1000).default(''),
  /** id of an uploaded form template 空白表格 (files table), downloadable on the public guide */
  templateFileId: z.string().nullable().default(null),
  /** id of a filled-in sample 示例样表 */
  sampleFileId: z.string().nullable().default(null),
});
export type Material = z.infer<typeof MaterialSchema>;

export const StepSchema = z.object({
  name: text(100).min(1),
  /** who does it, e.g. 窗口受理人员, 科室负责人, 分管领导 */
  role: text(100).min(1),
  /** this step's share of the time limit, in working days (0 = same day) */
  days: z.number().int().min(0).max(365),
  description: text(1000).default(''),
});
export type Step = z.infer<typeof StepSchema>;

/** 特别程序: hearing, inspection, expert review… (time not counted unless countedInLimit). */
export const SpecialProcedureSchema = z.object({
  name: text(100).min(1),
  days: z.number().int().min(0).max(365),
  basis: text(1000).default(''),
  charged: z.boolean().default(false),
  countedInLimit: z.boolean().default(false),
});
export type SpecialProcedure = z.infer<typeof SpecialProcedureSchema>;

/** The editable guide of one item; a published version is a frozen copy of it. */
export const ItemGuideSchema = z
  .object({
    code: text(64).min(1),
    basicCode: text(64).default(''),
    name: text(200).min(1),
    type: z.enum(ITEM_TYPES),
    kind: z.enum(CASE_KINDS),
    departmentId: z.string().min(1),
    /** 法定时限, working days (null when the law sets none) */
    statutoryDays: z.number().int().min(0).max(3650).nullable(),
    /** 承诺时限, working days (0 for 即办件) */
    promisedDays: z.number().int().min(0).max(3650),
    legalBasis: text(8000).default(''),
    conditions: text(8000).default(''),
    materials: z.array(MaterialSchema).max(100).default([]),
    steps: z.array(StepSchema).max(50).default([]),
    feeFree: z.boolean().default(true),
    feeStandard: text(4000).default(''),
    feeBasis: text(4000).default(''),
    specialProcedures: z.array(SpecialProcedureSchema).max(20).default([]),
    location: text(500).default(''),
    hours: text(500).default(''),
    phone: text(100).default(''),
    complaintPhone: text(100).default(''),
    responsiblePerson: text(200).default(''),
    result: text(200).default(''),
    visits: z.number().int().min(0).max(10).default(1),
    online: z.boolean().default(false),
    onlineUrl: text(500).default(''),
    entryStatus: z.enum(ENTRY_STATUSES).default('entered'),
    entryExemptReason: text(500).default(''),
    handledAt: z.enum(['hall', 'department']).default('hall'),
    events: z.array(z.enum(EVENT_CODES)).max(10).default([]),
    /** 联办件: co-departments */
    jointDepartmentIds: z.array(z.string()).max(20).default([]),
    /** 上报件: the upper-level authority that decides */
    reportTo: text(200).default(''),
    keywords: text(500).default(''),
  })
  .superRefine((g, ctx) => {
    if (g.statutoryDays !== null && g.promisedDays > g.statutoryDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['promisedDays'],
        message: '承诺时限不得超过法定时限',
      });
    }
    if (g.entryStatus === 'exempted' && g.entryExemptReason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['entryExemptReason'], message: '免于进驻须说明理由' });
    }
    if (g.kind === 'immediate' && g.promisedDays > 1) {
      ctx.addIssue({ code: 'custom', path: ['promisedDays'], message: '即办件承诺时限应为 0 或 1 个工作日' });
    }
  });
export type ItemGuide = z.infer<typeof ItemGuideSchema>;

/** The nine disclosures 九公开, in the order they are shown. */
export const DISCLOSURE_KEYS = [
  'item',
  'materials',
  'procedure',
  'timeLimit',
  'feeStandard',
  'feeBasis',
  'location',
  'phone',
  'responsiblePerson',
] as const;
export type DisclosureKey = (typeof DISCLOSURE_KEYS)[number];

export const DISCLOSURE_LABELS: Record<DisclosureKey, string> = {
  item: '服务事项',
  materials: '申请材料',
  procedure: '办理流程',
  timeLimit: '办理时限',
  feeStandard: '收费标准',
  feeBasis: '收费依据',
  location: '办理地点',
  phone: '咨询电话',
  responsiblePerson: '责任人员',
};

export type Disclosures = Record<DisclosureKey, string>;

/** Text of the time-limit disclosure, following the guide template rules (即办件 say "即办"). */
export function timeLimitText(g: Pick<ItemGuide, 'kind' | 'statutoryDays' | 'promisedDays'>): string {
  const statutory = g.statutoryDays === null ? '法律未规定' : `${g.statutoryDays}个工作日`;
  if (g.kind === 'immediate') return `即办（法定时限：${statutory}）`;
  return `承诺时限：自受理之日起${g.promisedDays}个工作日内办结；法定时限：${statutory}`;
}

/**
 * The nine disclosures as short texts; an empty string means "not disclosed".
 * A guide may only be published when none is empty.
 */
export function disclosuresOf(g: ItemGuide, departmentName: string): Disclosures {
  const materials = g.materials.map((m) => m.name).join('；');
  const procedure = g.steps.map((s) => s.name).join(' → ');
  const timeLimitKnown = g.kind === 'immediate' || g.promisedDays > 0;
  return {
    item:
      g.name.trim() === '' ? '' : `${g.name}（${g.type}，${CASE_KIND_LABELS[g.kind]}，实施机关：${departmentName}）`,
    materials,
    procedure,
    timeLimit: timeLimitKnown ? timeLimitText(g) : '',
    feeStandard: g.feeFree ? '不收费' : g.feeStandard.trim(),
    feeBasis: g.feeFree ? g.feeBasis.trim() || '本事项不收费' : g.feeBasis.trim(),
    location: g.location.trim(),
    phone: g.phone.trim(),
    responsiblePerson: g.responsiblePerson.trim(),
  };
}

/** The disclosures that are still empty, i.e. what blocks publishing. */
export function missingDisclosures(g: ItemGuide, departmentName: string): DisclosureKey[] {
  const d = disclosuresOf(g, departmentName);
  return DISCLOSURE_KEYS.filter((k) => d[k].trim() === '');
}
