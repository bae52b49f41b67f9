import { type ItemGuide, ItemGuideSchema, type ItemType, type Material, type Step } from '../../domain/guide.js';
import type { BuiltDept } from './build-departments.js';
import type { BuiltHall } from './build-halls.js';
import type { BuiltWindow } from './build-staff.js';
import { HOURS_TEXT } from './content/halls.js';
import type { DeptKey, ItemSpec } from './content/specs.js';

/** Expand a compact item spec into a complete service guide 办事指南 for one hall. */

export interface GuideContext {
  hall: BuiltHall;
  depts: Map<DeptKey, BuiltDept>;
  windows: BuiltWindow[];
}

const TYPE_CODES: Record<ItemType, string> = {
  行政许可: 'XK',
  行政确认: 'QR',
  行政给付: 'JF',
  行政征收: 'ZS',
  行政裁决: 'CJ',
  行政奖励: 'JL',
  其他行政权力: 'QT',
  公共服务: 'GG',
};
const LEVEL_DIGIT = { city: '3', county: '4', township: '5', community: '6' } as const;
const FLOORS = ['', '一', '二', '三', '四'];

/** Basic codes 基本编码: type code + 5-digit main item + 000, numbered in catalog order per type. */
export function basicCodes(specs: ItemSpec[]): Map<string, string> {
  const perType = new Map<string, number>();
  const out = new Map<string, string>();
  for (const s of specs) {
    if (out.has(s.name)) continue;
    const n = (perType.get(s.type) ?? 0) + 1;
    perType.set(s.type, n);
    out.set(s.name, `${TYPE_CODES[s.type]}${String(100 + n).padStart(5, '0')}000`);
  }
  return out;
}

const MATERIAL = /^(原复:|复:|原:|电:)?(.+?)(?:×(\d+))?(\?)?\s*(?:\/\/\s*(.+))?$/;
const FORMS = { '原复:': 'original_and_copy', '复:': 'copy', '原:': 'original', '电:': 'electronic' } as const;

/** "复:营业执照×2? // 说明" → a material (see ItemSpec.materials). */
export function parseMaterial(text: string): Material {
  const m = MATERIAL.exec(text.trim());
  if (!m) throw new Error(`bad material spec: ${text}`);
  const [, prefix, name, count, optional, note] = m;
  return {
    name: (name ?? '').trim(),
    form: prefix ? FORMS[prefix as keyof typeof FORMS] : 'original',
    count: count ? Number(count) : 1,
    required: optional === undefined,
    note: (note ?? '').trim(),
    templateFileId: null,
    sampleFileId: null,
  };
}

/** Where the applicant goes: the department's window, a shared window, or the department's own office. */
function locationOf(ctx: GuideContext, spec: ItemSpec, dept: BuiltDept): string {
  if (spec.handledAt === 'department' || dept.residency === 'withdrawn') return dept.office;
  const own =
    ctx.windows.find((w) => w.spec.kind === 'department' && w.spec.depts?.includes(spec.dept)) ??
    ctx.windows.find((w) => w.spec.kind === 'comprehensive' && w.spec.depts?.includes(spec.dept));
  if (!own) return `${ctx.hall.spec.name}综合受理窗口`;
  const where = `${ctx.hall.spec.name}${FLOORS[own.spec.floor] ?? ''}楼 ${own.spec.number} 号窗口`;
  return dept.residency === 'appointment' ? `${where}（${own.spec.name}，请提前1个工作日预约）` : where;
}

/** Steps 受理 → 审查 → 决定 → 送达 with day shares that add up to at most the promised limit. */
export function stepsOf(spec: ItemSpec, dept: BuiltDept, jointNames: string[], promisedDays: number): Step[] {
  const decider = dept.residency === 'resident' && dept.powers !== '' ? '首席代表' : '分管领导';
  if (spec.kind === 'immediate') {
    return [
      {
        name: '受理',
        role: '窗口受理人员',
        days: 0,
        description: '申请人提交材料，窗口人员当场核验，材料齐全、符合法定形式的予以受理。',
      },
      { name: '审查', role: '窗口审批人员', days: 0, description: '对申请材料进行审查。' },
      {
        name: '决定',
        role: decider,
        days: 0,
        description: '当场作出决定；不予办理的，说明理由并告知申请人依法享有的权利。',
      },
      { name: '送达', role: '窗口受理人员', days: 0, description: '当场送达办理结果，也可免费邮寄送达。' },
    ];
  }
  const p = promisedDays;
  const accept: Step = {
    name: '受理',
    role: '窗口受理人员',
    days: 0,
    description: '材料齐全、符合法定形式的当场受理并出具受理通知书；材料不齐全的，一次性告知需要补正的全部内容。',
  };
  const deliver = (days: number): Step => ({
    name: '送达',
    role: '出件窗口工作人员',
    days,
    description: '通过统一出件窗口领取，或者免费邮寄送达办理结果。',
  });
  if (spec.kind === 'reported') {
    const first = Math.max(1, Math.floor(p * 0.3));
    const up = Math.max(0, p - first - 1);
    return [
      accept,
      { name: '初审', role: `${dept.short}审批股室`, days: first, description: '对申请材料进行初审，提出初审意见。' },
      {
        name: '上报审批',
        role: spec.reportTo ?? '上级机关',
        days: up,
        description: '将初审意见及全部申请材料报上级机关审批。',
      },
      deliver(p - first - up >= 1 ? 1 : 0),
    ];
  }
  const review = p <= 2 ? 1 : Math.max(1, Math.floor((p - 1) * 0.6));
  const decide = p <= 1 ? 0 : p === 2 ? 1 : p - review - 1;
  const reviewStep: Step =
    spec.kind === 'joint'
      ? {
          name: '并联审查',
          role: `${dept.short}牵头，会同${jointNames.join('、')}`,
          days: review,
          description: '牵头部门将申请材料同步推送协办部门并联审查，协办部门在规定时限内反馈意见。',
        }
      : {
          name: '审查',
          role: `${dept.short}审批股室经办人`,
          days: review,
          description: '对申请材料的实质内容进行审查。',
        };
  return [
    accept,
    reviewStep,
    {
      name: '决定',
      role: decider,
      days: decide,
      description: '作出准予或者不予办理的决定；不予办理的，书面说明理由。',
    },
    deliver(p >= 3 ? 1 : 0),
  ];
}

export function buildGuide(ctx: GuideContext, spec: ItemSpec, basicCode: string): ItemGuide {
  const dept = ctx.depts.get(spec.dept);
  if (!dept) throw new Error(`department ${spec.dept} missing in ${ctx.hall.spec.name}`);
  const joint = (spec.joint ?? []).map((k) => ctx.depts.get(k)).filter((d): d is BuiltDept => d !== undefined);
  const kind = spec.kind === 'joint' && joint.length === 0 ? 'promised' : spec.kind;
  const [statutoryDays, promisedDays] = spec.days;
  const online = spec.online ?? false;
  const responsible =
    dept.residency === 'resident' && dept.chief ? `${dept.chief}（首席代表）` : `${dept.contact}（联络员）`;
  const code = `${basicCode}${LEVEL_DIGIT[ctx.hall.spec.level]}${ctx.hall.spec.divisionCode}`;
  const guide: ItemGuide = {
    code,
    basicCode,
    name: spec.name,
    type: spec.type,
    kind,
    departmentId: dept.id,
    statutoryDays,
    promisedDays,
    legalBasis: spec.basis,
    conditions: spec.conditions,
    materials: spec.materials.map(parseMaterial),
    steps: stepsOf(
      { ...spec, kind },
      dept,
      joint.map((d) => d.name),
      promisedDays,
    ),
    feeFree: spec.fee === undefined,
    feeStandard: spec.fee?.[0] ?? '',
    feeBasis: spec.fee?.[1] ?? spec.freeBasis ?? '',
    specialProcedures: (spec.special ?? []).map(([name, days, basis, countedInLimit]) => ({
      name,
      days,
      basis,
      charged: false,
      countedInLimit,
    })),
    location: locationOf(ctx, spec, dept),
    hours: HOURS_TEXT[ctx.hall.spec.hours],
    phone: dept.phone,
    complaintPhone: '12345',
    responsiblePerson: responsible,
    result: spec.result,
    visits: spec.visits ?? (online ? 0 : 1),
    online,
    onlineUrl: online ? `https://zwfw.qingyuan.example/bs/${code}` : '',
    entryStatus: spec.entry ?? 'entered',
    entryExemptReason: spec.exemptReason ?? '',
    handledAt: spec.handledAt ?? (dept.residency === 'withdrawn' ? 'department' : 'hall'),
    events: spec.events ?? [],
    jointDepartmentIds: kind === 'joint' ? joint.map((d) => d.id) : [],
    reportTo: kind === 'reported' ? (spec.reportTo ?? '') : '',
    keywords: spec.keywords ?? '',
  };
  return ItemGuideSchema.parse(guide);
}
