import { newId } from '../../db/ids.js';
import { avatarDataUrl } from './avatar.js';
import type { BuiltDept } from './build-departments.js';
import type { BuiltHall } from './build-halls.js';
import type { DeptKey, WindowKind, WindowSpec } from './content/specs.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

export interface BuiltWindow {
  id: string;
  spec: WindowSpec;
  /** staff ids at the window today */
  current: string[];
}

export interface StaffRef {
  id: string;
  name: string;
}

export interface BuiltOrg {
  windows: BuiltWindow[];
  chiefs: Map<DeptKey, StaffRef>;
  approvers: Map<DeptKey, StaffRef>;
}

interface Role {
  post: string;
  title: string;
  duties: string;
}

const CLERK_TITLES = ['科员', '一级科员', '四级主任科员', '工作人员', '二级主任科员', '三级主任科员'];
const CHIEF_TITLES = ['副局长', '党组成员、副局长', '审批股股长', '副主任', '行政审批办公室主任'];
const COMPANIES: DeptKey[] = ['gd', 'zls', 'rq', 'yz'];

function hallRole(kind: WindowKind, hall: BuiltHall, w: WindowSpec): Role {
  switch (kind) {
    case 'consult':
      return { post: '咨询导办', title: '导办员', duties: '引导办事群众取号、分流，解答办事咨询，协助填写申请表格' };
    case 'agency':
      return {
        post: '帮办代办',
        title: '帮办代办员',
        duties: '为企业和重点项目、老年人、残疾人等特殊群体提供全程帮办代办服务',
      };
    case 'fee':
      return {
        post: '收费',
        title: `${hall.spec.bank}派驻柜员`,
        duties: '统一收取行政事业性收费，开具财政电子票据，支持扫码缴费',
      };
    case 'pickup':
      return { post: '统一出件', title: '出件员', duties: '办理结果统一出件、证照发放及 EMS 免费寄递' };
    case 'complaint':
      return { post: '投诉受理', title: '投诉受理员', duties: '受理现场投诉及 12345 热线转办件，跟踪督办并回访' };
    default:
      return w.name.includes('预约')
        ? { post: '综合受理', title: '综合窗口受理员', duties: '代收预约部门事项，联系预约部门到厅或视频审批' }
        : {
            post: '综合受理',
            title: '综合窗口受理员',
            duties: '“无差别”综合受理：材料收件、形式审查，推送审批部门并跟踪办理进度',
          };
  }
}

/** Windows, the staff who sit (or sat) at them, and their assignment history 窗口人员变动记录. */
export function buildStaffing(
  ctx: SeedContext,
  plan: DemoPlan,
  hall: BuiltHall,
  depts: Map<DeptKey, BuiltDept>,
  windowSpecs: WindowSpec[],
  o: { leaders: Role[]; approversFor?: DeptKey[] },
): BuiltOrg {
  let seq = 0;
  const addStaff = (name: string, dept: BuiltDept | null, role: Role, active = true): string => {
    const id = newId();
    seq += 1;
    plan.staff.push({
      id,
      hall_id: hall.id,
      department_id: dept?.id ?? null,
      name,
      employee_no: `${hall.spec.code}-${String(seq).padStart(3, '0')}`,
      post: role.post,
      title: role.title,
      duties: role.duties,
      phone: ctx.mobile(),
      photo: avatarDataUrl(name),
      active: active ? 1 : 0,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    return id;
  };
  const assign = (staffId: string, windowId: string, from: string, to: string | null) => {
    plan.assignments.push({
      id: newId(),
      hall_id: hall.id,
      staff_id: staffId,
      window_id: windowId,
      from_date: from,
      to_date: to,
      created_at: ctx.now,
    });
  };

  for (const role of o.leaders) addStaff(ctx.nextName(), null, role);

  const chiefs = new Map<DeptKey, StaffRef>();
  for (const d of depts.values()) {
    if (d.residency === 'appointment' || !d.chief) continue;
    const company = COMPANIES.includes(d.key);
    const withdrawn = d.residency === 'withdrawn';
    const duties = '代表本单位行使授权范围内的审批权：签批即办件，督办承诺件，协调联办件';
    const id = addStaff(
      d.chief,
      d,
      {
        post: '首席代表',
        title: company ? '营业厅主任' : ctx.pick(CHIEF_TITLES),
        duties: withdrawn ? `${duties}（已随单位撤回局机关）` : duties,
      },
      !withdrawn,
    );
    chiefs.set(d.key, { id, name: d.chief });
  }
  const approvers = new Map<DeptKey, StaffRef>();
  for (const key of o.approversFor ?? []) {
    const d = depts.get(key);
    if (!d) continue;
    const name = ctx.nextName();
    const id = addStaff(name, d, {
      post: '审批员',
      title: '审批股副股长',
      duties: '审查窗口受理的承诺件，提出审批意见报首席代表签批',
    });
    approvers.set(key, { id, name });
  }

  const windows: BuiltWindow[] = [];
  for (const w of windowSpecs) {
    const wDepts = (w.depts ?? []).map((k) => depts.get(k)).filter((d): d is BuiltDept => d !== undefined);
    const windowId = newId();
    const name = w.name || `${wDepts[0]?.short ?? ''}窗口`;
    plan.windows.push({
      id: windowId,
      hall_id: hall.id,
      number: String(w.number),
      name,
      kind: w.kind,
      status: w.status ?? 'open',
      department_ids: JSON.stringify(wDepts.map((d) => d.id)),
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const built: BuiltWindow = { id: windowId, spec: { ...w, name }, current: [] };
    windows.push(built);
    for (let seat = 0; seat < w.staff; seat++) {
      const dept = w.kind === 'department' ? (wDepts[seat % wDepts.length] ?? null) : null;
      const role: Role = dept
        ? {
            post: '窗口受理',
            title: COMPANIES.includes(dept.key) ? '客户经理' : ctx.pick(CLERK_TITLES),
            duties: `受理${dept.short}进驻事项，审核材料、录入系统并反馈办结结果`,
          }
        : hallRole(w.kind, hall, w);
      const openedOn = hall.spec.openedOn;
      const laterStart = ctx.monthsAgo(13 + Math.floor(ctx.random() * 10));
      const start = [laterStart, openedOn].sort()[1] as string; // dates compare as text
      if (w.withdrawnMonthsAgo !== undefined) {
        const left = ctx.monthsAgo(w.withdrawnMonthsAgo);
        const id = addStaff(ctx.nextName(), dept, { ...role, duties: `${role.duties}（已随单位撤回局机关）` }, false);
        assign(id, windowId, start, left);
        continue;
      }
      if (w.gapMonths) {
        const [left, back] = w.gapMonths.map((m) => ctx.monthsAgo(m)) as [string, string];
        const first = addStaff(ctx.nextName(), dept, role, seat === 0);
        assign(first, windowId, start, left);
        const returning = seat === 0 ? first : addStaff(ctx.nextName(), dept, role);
        assign(returning, windowId, back, null);
        built.current.push(returning);
        continue;
      }
      const changes = seat === w.staff - 1 ? (w.changes ?? 0) : 0;
      let from = start;
      for (let i = 0; i < changes; i++) {
        const handover = ctx.monthsAgo(Math.round((12 * (changes - i)) / (changes + 1)));
        const id = addStaff(ctx.nextName(), dept, { ...role, duties: `${role.duties}（已调回原单位）` }, false);
        assign(id, windowId, from, handover);
        from = handover;
      }
      const id = addStaff(ctx.nextName(), dept, role);
      assign(id, windowId, from, null);
      built.current.push(id);
    }
  }
  return { windows, chiefs, approvers };
}

export const COUNTY_LEADERS: Role[] = [
  { post: '中心负责人', title: '党组书记、主任', duties: '主持政务服务中心全面工作' },
  { post: '分管负责人', title: '副主任', duties: '分管窗口管理、进驻事项和效能督查工作' },
  { post: '综合管理', title: '综合科科长', duties: '负责进驻部门协调、窗口考勤和日常管理' },
  { post: '效能督查', title: '督查科科长', duties: '负责窗口效能督查、投诉处理和考核' },
  { post: '值班长', title: '值班长', duties: '现场巡查，协调疑难件，处置突发情况' },
];

export const TOWNSHIP_LEADERS: Role[] = [
  { post: '中心负责人', title: '便民服务中心主任', duties: '负责便民服务中心日常管理和代办工作' },
];
