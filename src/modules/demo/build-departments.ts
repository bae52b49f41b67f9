import { newId } from '../../db/ids.js';
import type { BuiltHall } from './build-halls.js';
import { DEPARTMENT_NAMES } from './content/departments.js';
import type { DeptKey, DeptRoster, Residency } from './content/specs.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

export interface BuiltDept {
  id: string;
  key: DeptKey;
  name: string;
  short: string;
  residency: Residency;
  /** name of the chief representative 首席代表 ('' when none designated) */
  chief: string;
  contact: string;
  phone: string;
  powers: string;
  /** where the department's own office is, for items handled outside the hall */
  office: string;
}

const LETTER_PREFIX: Record<string, string> = { QY: '清政务授', DL: '东政务授', XC: '西政务授' };
const STREETS = ['人民路', '府前路', '建设路', '解放路', '文化路', '新华路', '东大街', '南门路', '振兴大道'];
const OFFICES = ['审批股', '政策法规股', '行政审批办公室', '业务股', '综合股'];

/** A landline in the hall's area: city numbers have 8 local digits, the rest 7. */
export function landline(ctx: SeedContext, hall: BuiltHall): string {
  const prefix = hall.spec.phonePrefix;
  const local = hall.spec.level === 'city' ? 8 : 7;
  const known = prefix.length - prefix.indexOf('-') - 1;
  const digits = String(Math.floor(ctx.random() * 10 ** (local - known))).padStart(local - known, '0');
  return `${prefix}${digits}`;
}

function governmentOf(hall: BuiltHall): string {
  const level = hall.spec.level;
  if (level === 'city') return '市政府';
  if (level === 'county') return '县政府';
  return `${hall.spec.place.full.slice(-1)}政府`;
}

function firstReason(hall: BuiltHall, residency: 'resident' | 'appointment'): string {
  const gov = governmentOf(hall);
  if (hall.spec.level === 'township' || hall.spec.level === 'community') {
    return residency === 'resident'
      ? `${hall.spec.name}启用，${gov}确定站所人员集中进驻办公`
      : `${gov}确定为预约进驻站所，由综合受理窗口代收，按需到场办理`;
  }
  return residency === 'resident'
    ? `${gov}常务会议确定为常驻单位，随${hall.spec.name}启用首批进驻`
    : `${gov}常务会议确定为预约单位（涉及资源配置、公共安全等事项），由预约部门综合受理窗口代收，申请人可提前预约`;
}

/** Department rows and their residency history 进驻状态变更记录 (first row at creation). */
export function buildDepartments(
  ctx: SeedContext,
  plan: DemoPlan,
  hall: BuiltHall,
  roster: DeptRoster[],
  recordedBy: string | null,
): Map<DeptKey, BuiltDept> {
  const out = new Map<DeptKey, BuiltDept>();
  const letterPrefix = LETTER_PREFIX[hall.spec.code] ?? `${hall.spec.place.short}便民授`;
  const letterSeq = new Map<string, number>();
  roster.forEach((r, i) => {
    const id = newId();
    const names = DEPARTMENT_NAMES[r.key];
    const name = names.name(hall.spec.place);
    const last = r.changes?.at(-1);
    const residency: Residency = last?.residency ?? r.initial;
    const since = last ? ctx.monthsAgo(last.monthsAgo) : hall.spec.openedOn;
    const hasLetter = r.letterMonthsAgo !== null;
    const chief = residency !== 'appointment' || hasLetter ? ctx.nextName() : '';
    const contact = residency === 'appointment' ? ctx.nextName() : chief;
    let letterNo = '';
    let letterDate: string | null = null;
    if (r.letterMonthsAgo !== null) {
      letterDate = ctx.monthsAgo(r.letterMonthsAgo);
      const year = letterDate.slice(0, 4);
      const n = (letterSeq.get(year) ?? 0) + 1;
      letterSeq.set(year, n);
      letterNo = `${letterPrefix}〔${year}〕${n}号`;
    }
    const dept: BuiltDept = {
      id,
      key: r.key,
      name,
      short: names.short,
      residency,
      chief,
      contact,
      phone: landline(ctx, hall),
      powers: r.powers,
      office: `${name}${ctx.pick(OFFICES)}（${hall.spec.place.county}${ctx.pick(STREETS)} ${10 + Math.floor(ctx.random() * 190)} 号）`,
    };
    out.set(r.key, dept);
    plan.departments.push({
      id,
      hall_id: hall.id,
      name,
      short_name: names.short,
      residency,
      residency_since: since,
      chief_representative: chief,
      power_immediate: r.powers.includes('I') ? 1 : 0,
      power_promised: r.powers.includes('P') ? 1 : 0,
      power_joint: r.powers.includes('J') ? 1 : 0,
      power_reported: r.powers.includes('R') ? 1 : 0,
      delegation_letter_no: letterNo,
      delegation_date: letterDate,
      contact_person: contact,
      contact_phone: dept.phone,
      sort_order: i,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    plan.residencyHistory.push({
      id: newId(),
      hall_id: hall.id,
      department_id: id,
      residency: r.initial,
      effective_on: hall.spec.openedOn,
      reason: firstReason(hall, r.initial),
      recorded_by: null,
      created_at: ctx.now,
    });
    for (const c of r.changes ?? []) {
      plan.residencyHistory.push({
        id: newId(),
        hall_id: hall.id,
        department_id: id,
        residency: c.residency,
        effective_on: ctx.monthsAgo(c.monthsAgo),
        reason: c.reason,
        recorded_by: recordedBy,
        created_at: ctx.now,
      });
    }
  });
  return out;
}
