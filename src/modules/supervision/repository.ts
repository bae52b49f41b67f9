import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/index.js';
import type { CaseWarningsTable, SupervisionCardsTable } from '../../db/types.js';
import { RUNNING_STATUSES } from '../../domain/case-state.js';

export type CardRow = Selectable<SupervisionCardsTable>;
export type WarningRow = Selectable<CaseWarningsTable>;

/** Ids are looked up `in (…)` this many at a time (well below both databases' parameter limits). */
const IN_CHUNK = 500;

function chunked<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += IN_CHUNK) out.push(list.slice(i, i + IN_CHUNK));
  return out;
}

/** Running cases of a hall (accepted, in review, suspended, escalated) with an acceptance day. */
export function runningCases(db: Db, hallId: string, departmentId?: string) {
  return db
    .selectFrom('cases')
    .select([
      'id',
      'hall_id',
      'number',
      'item_name',
      'department_id',
      'kind',
      'status',
      'accepted_on',
      'promised_days',
      'statutory_days',
      'extension_days',
    ])
    .where('hall_id', '=', hallId)
    .where('status', 'in', [...RUNNING_STATUSES])
    .where('accepted_on', 'is not', null)
    .$if(departmentId !== undefined, (q) => q.where('department_id', '=', departmentId as string))
    .orderBy('number')
    .execute();
}
export type RunningCaseRow = Awaited<ReturnType<typeof runningCases>>[number];

export async function pausesOf(db: Db, caseIds: readonly string[]) {
  const out = [];
  for (const ids of chunked(caseIds))
    out.push(
      ...(await db
        .selectFrom('case_pauses')
        .select(['case_id', 'started_on', 'ended_on'])
        .where('case_id', 'in', ids)
        .execute()),
    );
  return out;
}

/** Steps and joint sub-tasks being worked on (they have a start day and a share of the limit). */
export async function activeTasksOf(db: Db, caseIds: readonly string[]) {
  const out = [];
  for (const ids of chunked(caseIds))
    out.push(
      ...(await db
        .selectFrom('case_tasks')
        .select(['id', 'case_id', 'kind', 'name', 'department_id', 'days', 'started_on', 'position'])
        .where('case_id', 'in', ids)
        .where('status', '=', 'active')
        .where('started_on', 'is not', null)
        .orderBy('position')
        .execute()),
    );
  return out;
}

export function hallIds(db: Db) {
  return db.selectFrom('halls').select('id').orderBy('id').execute();
}

/** Insert warnings; a (case/task, level) already warned is skipped. Returns the rows inserted. */
export async function insertWarnings(db: Db, rows: Insertable<CaseWarningsTable>[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('case_warnings')
    .values(rows)
    .onConflict((oc) => oc.column('warn_key').doNothing())
    .returning(['id', 'case_id', 'task_id', 'level'])
    .execute();
}

export interface WarningScope {
  hallId: string;
  /** only warnings about cases or tasks of this department, or cases received by this user */
  departmentId?: string | null;
  receivedBy?: string | null;
  unreadOnly?: boolean;
  limit: number;
}

/** Warnings of a hall with their case number, item and step name, newest first. */
export function listWarnings(db: Db, s: WarningScope) {
  return db
    .selectFrom('case_warnings as w')
    .innerJoin('cases as c', 'c.id', 'w.case_id')
    .leftJoin('case_tasks as t', 't.id', 'w.task_id')
    .select([
      'w.id',
      'w.case_id',
      'w.task_id',
      'w.level',
      'w.raised_on',
      'w.read_at',
      'c.number',
      'c.item_name',
      't.name as task_name',
    ])
    .where('w.hall_id', '=', s.hallId)
    .$if(s.unreadOnly === true, (q) => q.where('w.read_at', 'is', null))
    .$if(s.departmentId !== undefined || s.receivedBy !== undefined, (q) =>
      q.where((eb) => {
        const or = [];
        if (s.departmentId) {
          or.push(eb('c.department_id', '=', s.departmentId));
          or.push(eb('t.department_id', '=', s.departmentId));
        }
        if (s.receivedBy) or.push(eb('c.received_by', '=', s.receivedBy));
        return or.length ? eb.or(or) : eb.val(false);
      }),
    )
    .orderBy('w.raised_on', 'desc')
    .orderBy('w.id', 'desc')
    .limit(s.limit)
    .execute();
}
export type WarningListRow = Awaited<ReturnType<typeof listWarnings>>[number];

export function findWarning(db: Db, id: string) {
  return db
    .selectFrom('case_warnings as w')
    .innerJoin('cases as c', 'c.id', 'w.case_id')
    .leftJoin('case_tasks as t', 't.id', 'w.task_id')
    .select([
      'w.id',
      'w.hall_id',
      'w.case_id',
      'w.task_id',
      'w.level',
      'w.read_at',
      'c.department_id',
      'c.received_by',
      't.department_id as task_department_id',
    ])
    .where('w.id', '=', id)
    .executeTakeFirst();
}

export function findCard(db: Db, id: string): Promise<CardRow | undefined> {
  return db.selectFrom('supervision_cards').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface CardFilter {
  hallId: string;
  departmentId?: string;
  status?: string;
  /** ISO instants, [from, to) */
  issuedFrom?: string;
  issuedBefore?: string;
}

function cardQuery(db: Db, f: CardFilter) {
  let q = db.selectFrom('supervision_cards').where('hall_id', '=', f.hallId);
  if (f.departmentId) q = q.where('department_id', '=', f.departmentId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.issuedFrom) q = q.where('issued_at', '>=', f.issuedFrom);
  if (f.issuedBefore) q = q.where('issued_at', '<', f.issuedBefore);
  return q;
}

export function listCards(db: Db, f: CardFilter, limit: number): Promise<CardRow[]> {
  return cardQuery(db, f).selectAll().orderBy('issued_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** Cards counted per department 按单位统计 (for assessment 考核). */
export async function countCards(db: Db, f: CardFilter) {
  const rows = await cardQuery(db, f)
    .select((eb) => [
      'department_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('color', '=', 'yellow').then(1).else(0).end()).as('yellow'),
      eb.fn.sum<number>(eb.case().when('color', '=', 'red').then(1).else(0).end()).as('red'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'open').then(1).else(0).end()).as('open'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'answered').then(1).else(0).end()).as('answered'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'closed').then(1).else(0).end()).as('closed'),
    ])
    .groupBy('department_id')
    .execute();
  return rows.map((r) => ({
    departmentId: r.department_id,
    total: Number(r.total),
    yellow: Number(r.yellow),
    red: Number(r.red),
    open: Number(r.open),
    answered: Number(r.answered),
    closed: Number(r.closed),
  }));
}

export function caseNumbers(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cases')
    .select(['id', 'number'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export function findCaseBrief(db: Db, id: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'hall_id', 'number', 'department_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findDepartmentBrief(db: Db, id: string) {
  return db.selectFrom('departments').select(['id', 'hall_id', 'name']).where('id', '=', id).executeTakeFirst();
}
