import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/index.js';

/** What the supervision jobs need (the queue jobs' `JobDeps` fits). */
export interface SupervisionJobDeps {
  db: Db;
  dialect: Dialect;
  log?: { info(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

const MEASURES = ['cases', 'used_cases', 'used_days', 'statutory_days'] as const;
const SUMS = MEASURES.map((m) => `sum(${m})`).join(', ');
/** The running-total tables and the expression of their time column over a delta row. */
const TOTALS = [
  { table: 'case_ledger_stats', day: 'received_on', from: 'received_on' },
  { table: 'case_ledger_monthly', day: 'month', from: 'substr(received_on, 1, 7)' },
] as const;
/** Advisory lock id of the fold on PostgreSQL (one fold at a time across processes). */
const FOLD_LOCK = 741301;

/** `insert … select … group by … on conflict do update` adding grouped deltas from `source` to a totals table. */
function addInto(t: (typeof TOTALS)[number], source: string): string {
  const rest = 'department_id, item_id, kind, status, on_time_key';
  const update = MEASURES.map((m) => `${m} = ${t.table}.${m} + excluded.${m}`).join(', ');
  return `insert into ${t.table} (hall_id, ${t.day}, ${rest}, ${MEASURES.join(', ')})
 select hall_id, ${t.from}, ${rest}, ${SUMS} from ${source} where true group by hall_id, ${t.from}, ${rest}
 on conflict (hall_id, ${t.day}, ${rest}) do update set ${update}`;
}

/**
 * Fold the ledger deltas (written by the triggers of migration 011) into the daily and monthly
 * running totals and drop groups that fell to zero; returns how many delta rows were folded.
 * Readers add unfolded deltas themselves, so this only keeps them few: run it every minute or so
 * (the lead's scheduler) and after bulk loads. Safe to run twice and on several processes at once:
 * on PostgreSQL the deltas are deleted and added in one statement under an advisory lock (a second
 * fold skips); SQLite has a single writer.
 */
export async function foldLedgerStats(deps: SupervisionJobDeps): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    let folded: number;
    if (deps.dialect === 'postgres') {
      const lock = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${FOLD_LOCK}) as ok`.execute(trx);
      if (!lock.rows[0]?.ok) return 0;
      const r = await sql
        .raw<{ n: number }>(
          `with d as (delete from case_ledger_deltas returning *),
 a as (${addInto(TOTALS[0], 'd')}),
 b as (${addInto(TOTALS[1], 'd')})
 select count(*) as n from d`,
        )
        .execute(trx);
      folded = Number(r.rows[0]?.n ?? 0);
    } else {
      const c = await sql.raw<{ n: number }>('select count(*) as n from case_ledger_deltas').execute(trx);
      folded = Number(c.rows[0]?.n ?? 0);
      if (folded === 0) return 0;
      for (const t of TOTALS) await sql.raw(addInto(t, 'case_ledger_deltas')).execute(trx);
      await sql.raw('delete from case_ledger_deltas').execute(trx);
    }
    for (const t of TOTALS) await sql.raw(`delete from ${t.table} where cases = 0`).execute(trx);
    return folded;
  });
}
