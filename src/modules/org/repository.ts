import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db, Dialect } from '../../db/index.js';
import type {
  Department,
  DepartmentResidencyHistoryTable,
  DepartmentTable,
  Staff,
  StaffTable,
  StaffWindowAssignmentTable,
  Window,
  WindowTable,
} from '../../db/types.js';

/** Kysely queries of the org module (the only place with SQL). `lock` takes a row lock on PostgreSQL. */

// ---------- departments ----------

export function findDepartment(db: Db, id: string, lock?: Dialect): Promise<Department | undefined> {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('id', '=', id)
    .$if(lock === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function departmentNameTaken(db: Db, hallId: string, name: string, exceptId?: string): Promise<boolean> {
  const row = await db
    .selectFrom('departments')
    .select('id')
    .where('hall_id', '=', hallId)
    .where('name', '=', name)
    .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId as string))
    .executeTakeFirst();
  return row !== undefined;
}

export function listDepartments(db: Db, hallId: string, residency?: string): Promise<Department[]> {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('hall_id', '=', hallId)
    .$if(residency !== undefined, (q) => q.where('residency', '=', residency as string))
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

export async function insertDepartment(db: Db, row: Insertable<DepartmentTable>): Promise<void> {
  await db.insertInto('departments').values(row).execute();
}

export async function updateDepartmentRow(db: Db, id: string, patch: Updateable<DepartmentTable>): Promise<void> {
  await db.updateTable('departments').set(patch).where('id', '=', id).execute();
}

export async function insertResidencyHistory(db: Db, row: Insertable<DepartmentResidencyHistoryTable>): Promise<void> {
  await db.insertInto('department_residency_history').values(row).execute();
}

/** Residency history oldest first, with the recording user's display name. */
export function listResidencyHistory(db: Db, departmentId: string) {
  return db
    .selectFrom('department_residency_history as h')
    .leftJoin('users as u', 'u.id', 'h.recorded_by')
    .select(['h.id', 'h.residency', 'h.effective_on', 'h.reason', 'h.created_at', 'u.display_name as recorded_by_name'])
    .where('h.department_id', '=', departmentId)
    .orderBy('h.effective_on')
    .orderBy('h.created_at')
    .orderBy('h.id')
    .execute();
}
export type ResidencyHistoryRow = Awaited<ReturnType<typeof listResidencyHistory>>[number];

/** Departments still in the hall (not withdrawn) with the number of their published items. */
export function listPublicDepartments(db: Db, hallId: string) {
  const counts = db
    .selectFrom('items')
    .select(['department_id', (eb) => eb.fn.countAll<number>().as('item_count')])
    .where('hall_id', '=', hallId)
    .where('published_version', 'is not', null)
    .groupBy('department_id')
    .as('c');
  return db
    .selectFrom('departments as d')
    .leftJoin(counts, 'c.department_id', 'd.id')
    .select(['d.id', 'd.name', 'd.residency', 'c.item_count'])
    .where('d.hall_id', '=', hallId)
    .where('d.residency', '<>', 'withdrawn')
    .orderBy('d.sort_order')
    .orderBy('d.name')
    .execute();
}

/** Those of `ids` that are departments of `hallId`. */
export async function departmentIdsInHall(db: Db, hallId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('departments')
    .select('id')
    .where('hall_id', '=', hallId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function departmentNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---------- windows ----------

export function findWindow(db: Db, id: string, lock?: Dialect): Promise<Window | undefined> {
  return db
    .selectFrom('windows')
    .selectAll()
    .where('id', '=', id)
    .$if(lock === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function windowNumberTaken(db: Db, hallId: string, number: string, exceptId?: string): Promise<boolean> {
  const row = await db
    .selectFrom('windows')
    .select('id')
    .where('hall_id', '=', hallId)
    .where('number', '=', number)
    .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId as string))
    .executeTakeFirst();
  return row !== undefined;
}

export function listWindows(db: Db, hallId: string): Promise<Window[]> {
  return db.selectFrom('windows').selectAll().where('hall_id', '=', hallId).execute();
}

export async function insertWindow(db: Db, row: Insertable<WindowTable>): Promise<void> {
  await db.insertInto('windows').values(row).execute();
}

export async function updateWindowRow(db: Db, id: string, patch: Updateable<WindowTable>): Promise<void> {
  await db.updateTable('windows').set(patch).where('id', '=', id).execute();
}

/** Staff currently assigned (open assignment) to each of the windows. */
export function currentStaffOfWindows(db: Db, windowIds: readonly string[]) {
  if (windowIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff_window_assignments as a')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .select(['a.window_id', 's.id', 's.name'])
    .where('a.window_id', 'in', [...windowIds])
    .where('a.to_date', 'is', null)
    .orderBy('a.from_date')
    .orderBy('s.name')
    .execute();
}

/** Every assignment of a window, oldest first, with the staff member's name. */
export function windowAssignments(db: Db, windowId: string) {
  return db
    .selectFrom('staff_window_assignments as a')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .select(['a.id', 'a.staff_id', 's.name as staff_name', 'a.from_date', 'a.to_date'])
    .where('a.window_id', '=', windowId)
    .orderBy('a.from_date')
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

// ---------- staff ----------

export function findStaff(db: Db, id: string, lock?: Dialect): Promise<Staff | undefined> {
  return db
    .selectFrom('staff')
    .selectAll()
    .where('id', '=', id)
    .$if(lock === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Staff of a hall, optionally of one department and matching `q` (name, employee number, post). */
export function listStaff(db: Db, hallId: string, f: { departmentId?: string; q?: string }): Promise<Staff[]> {
  const like = f.q ? `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  // lower() + explicit ESCAPE: same case-insensitive substring match on SQLite and PostgreSQL.
  const contains = (col: 'name' | 'employee_no' | 'post') =>
    sql<boolean>`lower(${sql.ref(col)}) like ${like} escape '\\'`;
  return db
    .selectFrom('staff')
    .selectAll()
    .where('hall_id', '=', hallId)
    .$if(f.departmentId !== undefined, (q) => q.where('department_id', '=', f.departmentId as string))
    .$if(like !== null, (q) => q.where((eb) => eb.or([contains('name'), contains('employee_no'), contains('post')])))
    .orderBy('active', 'desc')
    .orderBy('name')
    .execute();
}

export async function insertStaff(db: Db, row: Insertable<StaffTable>): Promise<void> {
  await db.insertInto('staff').values(row).execute();
}

export async function updateStaffRow(db: Db, id: string, patch: Updateable<StaffTable>): Promise<void> {
  await db.updateTable('staff').set(patch).where('id', '=', id).execute();
}

/** Windows each staff member currently works at (open assignments). */
export function openWindowsOfStaff(db: Db, staffIds: readonly string[]) {
  if (staffIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('staff_window_assignments as a')
    .innerJoin('windows as w', 'w.id', 'a.window_id')
    .select(['a.staff_id', 'w.id', 'w.number'])
    .where('a.staff_id', 'in', [...staffIds])
    .where('a.to_date', 'is', null)
    .orderBy('w.number')
    .execute();
}

export function openAssignmentsOfStaff(db: Db, staffId: string) {
  return db
    .selectFrom('staff_window_assignments')
    .selectAll()
    .where('staff_id', '=', staffId)
    .where('to_date', 'is', null)
    .execute();
}

export async function endAssignment(db: Db, id: string, toDate: string): Promise<void> {
  await db.updateTable('staff_window_assignments').set({ to_date: toDate }).where('id', '=', id).execute();
}

export async function insertAssignment(db: Db, row: Insertable<StaffWindowAssignmentTable>): Promise<void> {
  await db.insertInto('staff_window_assignments').values(row).execute();
}
