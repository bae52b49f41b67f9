import type { Department, Staff, Window } from '../../db/types.js';
import { maskPhone } from '../../domain/mask.js';
import type { ResidencyHistoryRow } from './repository.js';
import type { DepartmentView, Residency, StaffView, WINDOW_KINDS, WINDOW_STATUSES, WindowView } from './schema.js';

/** Rows → API JSON. Whitelists: a column not named here never leaves the server. */

export function presentDepartment(d: Department): DepartmentView {
  return {
    id: d.id,
    hallId: d.hall_id,
    name: d.name,
    shortName: d.short_name,
    residency: d.residency as Residency,
    residencySince: d.residency_since,
    chiefRepresentative: d.chief_representative,
    powers: {
      immediate: d.power_immediate === 1,
      promised: d.power_promised === 1,
      joint: d.power_joint === 1,
      reported: d.power_reported === 1,
    },
    delegationLetterNo: d.delegation_letter_no,
    delegationDate: d.delegation_date,
    contactPerson: d.contact_person,
    contactPhone: d.contact_phone,
    sortOrder: d.sort_order,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
  };
}

export function presentDepartmentDetail(d: Department, history: ResidencyHistoryRow[]) {
  return {
    ...presentDepartment(d),
    history: history.map((h) => ({
      id: h.id,
      residency: h.residency as Residency,
      effectiveOn: h.effective_on,
      reason: h.reason,
      recordedBy: h.recorded_by_name ?? null,
      createdAt: h.created_at,
    })),
  };
}

export function presentPublicDepartment(d: { id: string; name: string; residency: string; item_count: number | null }) {
  return { id: d.id, name: d.name, residency: d.residency as Residency, itemCount: Number(d.item_count ?? 0) };
}

export function presentWindow(w: Window, currentStaff: { id: string; name: string }[]): WindowView {
  return {
    id: w.id,
    hallId: w.hall_id,
    number: w.number,
    name: w.name,
    kind: w.kind as (typeof WINDOW_KINDS)[number],
    status: w.status as (typeof WINDOW_STATUSES)[number],
    departmentIds: JSON.parse(w.department_ids) as string[],
    currentStaff,
  };
}

/** Window numbers sort the way people read them: 2 before 10, A3 before A12. */
export function compareWindowNumbers(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN', { numeric: true });
}

export interface StaffExtras {
  departmentName: string | null;
  windows: { id: string; number: string }[];
  /** the caller may see the unmasked phone (org.manage) */
  showPhone: boolean;
}

export function presentStaff(s: Staff, x: StaffExtras): StaffView {
  return {
    id: s.id,
    hallId: s.hall_id,
    departmentId: s.department_id,
    departmentName: x.departmentName,
    name: s.name,
    employeeNo: s.employee_no,
    post: s.post,
    title: s.title,
    duties: s.duties,
    phone: x.showPhone ? s.phone : maskPhone(s.phone),
    photo: s.photo,
    active: s.active === 1,
    windows: x.windows,
  };
}
