import { createHash } from 'node:crypto';
import type { Db } from '../../db/index.js';
import type { Department, Staff, Window } from '../../db/types.js';
import { compareWindowNumbers, presentDepartmentDetail, presentStaff, presentWindow } from './present.js';
import { currentStaffOfWindows, departmentNames, listResidencyHistory, openWindowsOfStaff } from './repository.js';

/** Fetch what the presenters need beyond the row itself (history, current staff, department names, windows). */

export async function departmentDetailView(db: Db, d: Department) {
  return presentDepartmentDetail(d, await listResidencyHistory(db, d.id));
}

export async function windowViews(db: Db, rows: Window[]) {
  const staff = await currentStaffOfWindows(
    db,
    rows.map((w) => w.id),
  );
  return [...rows]
    .sort((a, b) => compareWindowNumbers(a.number, b.number))
    .map((w) =>
      presentWindow(
        w,
        staff.filter((s) => s.window_id === w.id).map((s) => ({ id: s.id, name: s.name })),
      ),
    );
}

export async function windowView(db: Db, row: Window) {
  const [view] = await windowViews(db, [row]);
  return view!;
}

export async function staffViews(db: Db, rows: Staff[], showPhone: boolean) {
  const names = await departmentNames(
    db,
    rows.flatMap((s) => (s.department_id ? [s.department_id] : [])),
  );
  const windows = await openWindowsOfStaff(
    db,
    rows.map((s) => s.id),
  );
  return rows.map((s) =>
    presentStaff(s, {
      departmentName: s.department_id ? (names.get(s.department_id) ?? null) : null,
      windows: windows
        .filter((w) => w.staff_id === s.id)
        .sort((a, b) => compareWindowNumbers(a.number, b.number))
        .map((w) => ({ id: w.id, number: w.number })),
      showPhone,
    }),
  );
}

export async function staffView(db: Db, row: Staff, showPhone: boolean) {
  const [view] = await staffViews(db, [row], showPhone);
  return view!;
}

/** A staff row for the audit log: the photo (up to 512 KB) is replaced by its size and digest. */
export function staffForAudit(s: Staff | undefined) {
  if (!s) return s;
  if (!s.photo) return s;
  const digest = createHash('sha256').update(s.photo).digest('hex');
  return { ...s, photo: `sha256:${digest} (${s.photo.length} chars)` };
}
