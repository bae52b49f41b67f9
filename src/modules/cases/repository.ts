import type { Insertable, Selectable } from 'kysely';
import type { Db, Dialect } from '../../db/index.js';
import type {
  CaseDocumentsTable,
  CaseEventsTable,
  CaseMaterialsTable,
  CasesTable,
  CaseTasksTable,
} from '../../db/types.js';

/** Case rows as stored. */
export type CaseRow = Selectable<CasesTable>;
export type CaseMaterialRow = Selectable<CaseMaterialsTable>;
export type CaseTaskRow = Selectable<CaseTasksTable>;
export type CaseDocumentRow = Selectable<CaseDocumentsTable>;

/** What a receipt records; everything later in a case's life starts empty. */
export type ReceiptFields = Pick<
  CaseRow,
  | 'id'
  | 'hall_id'
  | 'number'
  | 'item_id'
  | 'item_version'
  | 'item_name'
  | 'department_id'
  | 'kind'
  | 'applicant_type'
  | 'applicant_name'
  | 'applicant_id_number'
  | 'legal_representative'
  | 'contact_phone'
  | 'agent_name'
  | 'ticket_id'
  | 'window_id'
  | 'received_by'
  | 'received_on'
  | 'received_at'
  | 'promised_days'
  | 'statutory_days'
>;

/** A case row as a window receipt creates it (status `received`, version 1, stamped `at`). */
export function receivedCaseRow(r: ReceiptFields, at: string): CaseRow {
  return {
    ...r,
    channel: 'window',
    status: 'received',
    complete_on: null,
    accepted_on: null,
    deemed_accepted: 0,
    extension_days: 0,
    due_on: null,
    statutory_due_on: null,
    due_provisional: 0,
    decision: null,
    decision_reason: null,
    decided_on: null,
    decided_by: null,
    delivery_method: null,
    delivery_detail: null,
    delivered_on: null,
    closed_on: null,
    on_time: null,
    working_days_used: null,
    parent_case_id: null,
    forwarded_to_hall_id: null,
    not_accepted_reason: null,
    redirect_to: null,
    row_version: 1,
    created_at: at,
    updated_at: at,
  };
}

/** One case; `lockFor: 'postgres'` takes a row lock until the transaction ends (SQLite is serialized already). */
export function findCase(db: Db, id: string, lockFor?: Dialect): Promise<CaseRow | undefined> {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .$if(lockFor === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

export function findCaseByNumber(db: Db, number: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('number', '=', number).executeTakeFirst();
}

export function listMaterials(db: Db, caseId: string): Promise<CaseMaterialRow[]> {
  return db.selectFrom('case_materials').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
}

export function listTasks(db: Db, caseId: string): Promise<CaseTaskRow[]> {
  return db.selectFrom('case_tasks').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
}

export function listPauses(db: Db, caseId: string) {
  return db.selectFrom('case_pauses').selectAll().where('case_id', '=', caseId).orderBy('started_on').execute();
}

export function listExtensions(db: Db, caseId: string) {
  return db.selectFrom('case_extensions').selectAll().where('case_id', '=', caseId).orderBy('requested_on').execute();
}

export function listDocuments(db: Db, caseId: string): Promise<CaseDocumentRow[]> {
  return db
    .selectFrom('case_documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function listEvents(db: Db, caseId: string) {
  return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute();
}

export async function insertCase(db: Db, row: Insertable<CasesTable>): Promise<void> {
  await db.insertInto('cases').values(row).execute();
}

export async function insertMaterials(db: Db, rows: Insertable<CaseMaterialsTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('case_materials').values(rows).execute();
}

export async function setMaterialState(db: Db, caseId: string, position: number, state: string, note: string) {
  await db
    .updateTable('case_materials')
    .set({ state, note })
    .where('case_id', '=', caseId)
    .where('position', '=', position)
    .execute();
}

export async function insertEvent(db: Db, row: Insertable<CaseEventsTable>): Promise<void> {
  await db.insertInto('case_events').values(row).execute();
}

export async function countDocumentsOfKind(db: Db, caseId: string, kind: string): Promise<number> {
  const r = await db
    .selectFrom('case_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The published guide version a case was received under (or the current one). */
export function findItemVersion(db: Db, itemId: string, version?: number) {
  return db
    .selectFrom('item_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .$if(version === undefined, (q) => q.where('is_current', '=', 1))
    .$if(version !== undefined, (q) => q.where('version', '=', version as number))
    .executeTakeFirst();
}

export function findHallBasics(db: Db, hallId: string) {
  return db
    .selectFrom('halls')
    .select(['id', 'name', 'code', 'path', 'phone', 'address'])
    .where('id', '=', hallId)
    .executeTakeFirst();
}

export function findDepartmentName(db: Db, id: string) {
  return db.selectFrom('departments').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export function departmentNames(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('departments').select(['id', 'name']).where('id', 'in', ids).execute();
}
