import type { Insertable, Selectable } from 'kysely';
import type { Db, Dialect } from '../../db/index.js';
import { type Arg, preparedQuery } from '../../db/prepared.js';
import { preparedByIds, preparedInsert } from '../../db/prepared-shapes.js';
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

// The reads and writes of a case's window actions are built once (preparedQuery, src/db/prepared.ts):
// compiling them with Kysely on every request cost about as much as SQLite takes to run them.
type CaseId = { caseId: string };
const caseById = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db.selectFrom('cases').selectAll().where('id', '=', arg('id')),
);
const caseByIdForUpdate = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db.selectFrom('cases').selectAll().where('id', '=', arg('id')).forUpdate(),
);

/** One case; `lockFor: 'postgres'` takes a row lock until the transaction ends (SQLite is serialized already). */
export async function findCase(db: Db, id: string, lockFor?: Dialect): Promise<CaseRow | undefined> {
  const [row] = await (lockFor === 'postgres' ? caseByIdForUpdate : caseById)(db, { id });
  return row;
}

export function findCaseByNumber(db: Db, number: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('number', '=', number).executeTakeFirst();
}

const materialsOf = preparedQuery((db, arg: Arg<CaseId>) =>
  db.selectFrom('case_materials').selectAll().where('case_id', '=', arg('caseId')).orderBy('position'),
);
export function listMaterials(db: Db, caseId: string): Promise<CaseMaterialRow[]> {
  return materialsOf(db, { caseId });
}

const tasksOf = preparedQuery((db, arg: Arg<CaseId>) =>
  db.selectFrom('case_tasks').selectAll().where('case_id', '=', arg('caseId')).orderBy('position'),
);
export function listTasks(db: Db, caseId: string): Promise<CaseTaskRow[]> {
  return tasksOf(db, { caseId });
}

const pausesOf = preparedQuery((db, arg: Arg<CaseId>) =>
  db.selectFrom('case_pauses').selectAll().where('case_id', '=', arg('caseId')).orderBy('started_on'),
);
export function listPauses(db: Db, caseId: string) {
  return pausesOf(db, { caseId });
}

const extensionsOf = preparedQuery((db, arg: Arg<CaseId>) =>
  db.selectFrom('case_extensions').selectAll().where('case_id', '=', arg('caseId')).orderBy('requested_on'),
);
export function listExtensions(db: Db, caseId: string) {
  return extensionsOf(db, { caseId });
}

const documentsOf = preparedQuery((db, arg: Arg<CaseId>) =>
  db.selectFrom('case_documents').selectAll().where('case_id', '=', arg('caseId')).orderBy('created_at').orderBy('id'),
);
export function listDocuments(db: Db, caseId: string): Promise<CaseDocumentRow[]> {
  return documentsOf(db, { caseId });
}

const eventsOf = preparedQuery((db, arg: Arg<CaseId>) =>
  db.selectFrom('case_events').selectAll().where('case_id', '=', arg('caseId')).orderBy('at').orderBy('id'),
);
export function listEvents(db: Db, caseId: string) {
  return eventsOf(db, { caseId });
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

// one row each (a case has a handful of tasks)
const insertEventRow = preparedInsert('case_events');
const insertTaskRow = preparedInsert('case_tasks');
export const insertDocument = preparedInsert('case_documents');

export function insertEvent(db: Db, row: Insertable<CaseEventsTable>): Promise<void> {
  return insertEventRow(db, row);
}

export async function insertTasks(db: Db, rows: readonly CaseTaskRow[]): Promise<void> {
  for (const row of rows) await insertTaskRow(db, row);
}

const documentsOfKind = preparedQuery((db, arg: Arg<CaseId & { kind: string }>) =>
  db
    .selectFrom('case_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', arg('caseId'))
    .where('kind', '=', arg('kind')),
);
export async function countDocumentsOfKind(db: Db, caseId: string, kind: string): Promise<number> {
  const [r] = await documentsOfKind(db, { caseId, kind });
  return Number(r?.n ?? 0);
}

/** The published guide version a case was received under (or the current one). */
const itemVersion = preparedQuery((db, arg: Arg<{ itemId: string; version: number }>) =>
  db.selectFrom('item_versions').selectAll().where('item_id', '=', arg('itemId')).where('version', '=', arg('version')),
);
const currentItemVersion = preparedQuery((db, arg: Arg<{ itemId: string }>) =>
  db.selectFrom('item_versions').selectAll().where('item_id', '=', arg('itemId')).where('is_current', '=', 1),
);
export async function findItemVersion(db: Db, itemId: string, version?: number) {
  const [row] = await (version === undefined
    ? currentItemVersion(db, { itemId })
    : itemVersion(db, { itemId, version }));
  return row;
}

const hallBasics = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db.selectFrom('halls').select(['id', 'name', 'code', 'path', 'phone', 'address']).where('id', '=', arg('id')),
);
export async function findHallBasics(db: Db, hallId: string) {
  const [row] = await hallBasics(db, { id: hallId });
  return row;
}

const departmentName = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db.selectFrom('departments').select(['id', 'name']).where('id', '=', arg('id')),
);
export async function findDepartmentName(db: Db, id: string) {
  const [row] = await departmentName(db, { id });
  return row;
}

export const departmentNames = preparedByIds(8, (db, ids) =>
  db.selectFrom('departments').select(['id', 'name']).where('id', 'in', ids),
);

export const userDisplayNames = preparedByIds(8, (db, ids) =>
  db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids),
);
