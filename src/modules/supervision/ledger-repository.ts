import { sql } from 'kysely';
import type { Db } from '../../db/index.js';
import { FINISHED_STATUSES } from '../../domain/case-state.js';
import type { LedgerCursor } from '../../domain/ledger-cursor.js';
import { splitRange } from '../../domain/ledger-range.js';
import { addSums, EMPTY_SUMS, type LedgerSums } from '../../domain/ledger-summary.js';
import type { LedgerFilter } from './schema.js';

/** The columns a ledger row and its export need. */
const ROW_COLUMNS = [
  'id',
  'number',
  'item_name',
  'department_id',
  'kind',
  'status',
  'applicant_type',
  'applicant_name',
  'received_on',
  'accepted_on',
  'due_on',
  'decided_on',
  'decision',
  'on_time',
  'received_by',
  'decided_by',
] as const;

export interface LedgerCaseRow {
  id: string;
  number: string;
  item_name: string;
  department_id: string;
  kind: string;
  status: string;
  applicant_type: string;
  applicant_name: string;
  received_on: string;
  accepted_on: string | null;
  due_on: string | null;
  decided_on: string | null;
  decision: string | null;
  on_time: number | null;
  received_by: string | null;
  decided_by: string | null;
}

/**
 * One page of a hall's cases, newest first (`received_on desc, number desc`, read from the
 * cases_ledger_* indexes). With `after`, the rows strictly after that key (keyset); otherwise
 * `offset` rows are skipped. Asks for `limit` rows.
 */
export function ledgerCases(
  db: Db,
  hallId: string,
  f: LedgerFilter,
  page: { limit: number; offset?: number; after?: LedgerCursor | null },
): Promise<LedgerCaseRow[]> {
  let q = db.selectFrom('cases').select(ROW_COLUMNS).where('hall_id', '=', hallId);
  if (f.from) q = q.where('received_on', '>=', f.from);
  if (f.to) q = q.where('received_on', '<=', f.to);
  if (f.departmentId) q = q.where('department_id', '=', f.departmentId);
  if (f.itemId) q = q.where('item_id', '=', f.itemId);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.onTime !== undefined) q = q.where('on_time', '=', f.onTime ? 1 : 0);
  const after = page.after;
  if (after) {
    // `received_on <= d` bounds the index range; the `or` resumes inside the day.
    q = q
      .where('received_on', '<=', after.receivedOn)
      .where((eb) => eb.or([eb('received_on', '<', after.receivedOn), eb('number', '<', after.number)]));
  }
  q = q.orderBy('received_on', 'desc').orderBy('number', 'desc').limit(page.limit);
  if (!after && page.offset) q = q.offset(page.offset);
  return q.execute();
}

/** One source of running totals: a table and its time column. */
interface TotalsSource {
  table: 'case_ledger_stats' | 'case_ledger_monthly' | 'case_ledger_deltas';
  time: 'received_on' | 'month';
}
const DAILY: TotalsSource = { table: 'case_ledger_stats', time: 'received_on' };
const MONTHLY: TotalsSource = { table: 'case_ledger_monthly', time: 'month' };
const DELTAS: TotalsSource = { table: 'case_ledger_deltas', time: 'received_on' };

interface SumsRow {
  cases: number | string | null;
  finished: number | string | null;
  judged: number | string | null;
  on_time: number | string | null;
  used_cases: number | string | null;
  used_days: number | string | null;
  statutory_days: number | string | null;
}

/** Sums of one totals table over the filters, its time column within [lo, hi] (open ends allowed). */
async function sumsOf(
  db: Db,
  src: TotalsSource,
  hallId: string,
  f: LedgerFilter,
  lo: string | undefined,
  hi: string | undefined,
): Promise<LedgerSums> {
  const where = [sql`hall_id = ${hallId}`];
  if (lo !== undefined) where.push(sql`${sql.ref(src.time)} >= ${lo}`);
  if (hi !== undefined) where.push(sql`${sql.ref(src.time)} <= ${hi}`);
  if (f.departmentId) where.push(sql`department_id = ${f.departmentId}`);
  if (f.itemId) where.push(sql`item_id = ${f.itemId}`);
  if (f.kind) where.push(sql`kind = ${f.kind}`);
  if (f.status) where.push(sql`status = ${f.status}`);
  if (f.onTime !== undefined) where.push(sql`on_time_key = ${f.onTime ? 1 : 0}`);
  const finished = sql.join(FINISHED_STATUSES.map((s) => sql.lit(s)));
  const r = await sql<SumsRow>`select sum(cases) as cases,
      sum(case when status in (${finished}) then cases else 0 end) as finished,
      sum(case when on_time_key >= 0 then cases else 0 end) as judged,
      sum(case when on_time_key = 1 then cases else 0 end) as on_time,
      sum(used_cases) as used_cases, sum(used_days) as used_days, sum(statutory_days) as statutory_days
    from ${sql.table(src.table)} where ${sql.join(where, sql` and `)}`.execute(db);
  const row = r.rows[0];
  if (!row) return EMPTY_SUMS;
  return {
    cases: Number(row.cases ?? 0),
    finished: Number(row.finished ?? 0),
    judged: Number(row.judged ?? 0),
    onTime: Number(row.on_time ?? 0),
    usedCases: Number(row.used_cases ?? 0),
    usedDays: Number(row.used_days ?? 0),
    statutoryDays: Number(row.statutory_days ?? 0),
  };
}

/**
 * The summary sums of a filter from the running totals (migration 011): whole months of the
 * receipt-date range from the monthly totals, ragged ends from the daily ones, plus the deltas not
 * folded yet — exact at any time, and a few thousand rows to add even for a million cases.
 */
export async function ledgerSums(db: Db, hallId: string, f: LedgerFilter): Promise<LedgerSums> {
  const split = splitRange(f.from, f.to);
  let sums = await sumsOf(db, DELTAS, hallId, f, f.from, f.to);
  if (split.months) sums = addSums(sums, await sumsOf(db, MONTHLY, hallId, f, split.months[0], split.months[1]));
  for (const [lo, hi] of split.days) sums = addSums(sums, await sumsOf(db, DAILY, hallId, f, lo, hi));
  return sums;
}

/** Display names of users, by id. */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Names of every department of a hall (a hall has tens, not thousands). */
export async function hallDepartmentNames(db: Db, hallId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('departments').select(['id', 'name']).where('hall_id', '=', hallId).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function findHallForLedger(db: Db, hallId: string) {
  return db.selectFrom('halls').select(['id', 'code', 'name']).where('id', '=', hallId).executeTakeFirst();
}
