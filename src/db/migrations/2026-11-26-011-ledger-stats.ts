import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Running totals for the ledger summary 办件台账统计 (on-time rate, working days used vs statutory),
 * so the summary over a million cases adds up a few thousand groups instead of a million rows.
 *
 * - `case_ledger_stats`: one row per (hall, receipt day, department, item, kind, status, on-time)
 *   with the number of cases and, for the cases with `working_days_used`, their sum and the sum of
 *   their statutory limits (`statutory_days`, else `promised_days`). `on_time_key`: 1 on time,
 *   0 late, -1 not decided (a primary key cannot hold NULL on PostgreSQL).
 * - `case_ledger_monthly`: the same per receipt month (`YYYY-MM`); whole months of a date range are
 *   read here (a busy hall has hundreds of daily groups a day), the ragged ends from the daily rows.
 * - `case_ledger_deltas`: written by triggers on `cases` — insert-only (+1 for the new values,
 *   -1 for the old ones), so concurrent case writes never wait on a shared counter row. A job
 *   (`foldLedgerStats`, src/modules/supervision/fold-ledger-stats.ts) folds them into the stats;
 *   readers add the unfolded deltas, so the summary is exact at any time.
 */

const KEY = ['hall_id', 'received_on', 'department_id', 'item_id', 'kind', 'status', 'on_time_key'] as const;
const MEASURES = ['cases', 'used_cases', 'used_days', 'statutory_days'] as const;
const COLUMNS = [...KEY, ...MEASURES].join(', ');

/** The values one case row (`r` = NEW or OLD) contributes, times `sign`. */
function contribution(r: 'new' | 'old', sign: 1 | -1): string {
  const s = sign === 1 ? '' : '-';
  return [
    `${r}.hall_id`,
    `${r}.received_on`,
    `${r}.department_id`,
    `${r}.item_id`,
    `${r}.kind`,
    `${r}.status`,
    `coalesce(${r}.on_time, -1)`,
    `${s}1`,
    `${s}(case when ${r}.working_days_used is null then 0 else 1 end)`,
    `${s}coalesce(${r}.working_days_used, 0)`,
    `${s}(case when ${r}.working_days_used is null then 0 else coalesce(${r}.statutory_days, ${r}.promised_days) end)`,
  ].join(', ');
}

const WATCHED = [
  'hall_id',
  'received_on',
  'department_id',
  'item_id',
  'kind',
  'status',
  'on_time',
  'working_days_used',
  'statutory_days',
  'promised_days',
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of ['case_ledger_stats', 'case_ledger_monthly', 'case_ledger_deltas']) {
    const day = table === 'case_ledger_monthly' ? 'month' : 'received_on';
    let t = db.schema
      .createTable(table)
      .addColumn('hall_id', 'text', (c) => c.notNull())
      .addColumn(day, 'text', (c) => c.notNull())
      .addColumn('department_id', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('on_time_key', 'integer', (c) => c.notNull());
    for (const m of MEASURES) t = t.addColumn(m, 'integer', (c) => c.notNull().defaultTo(0));
    if (table !== 'case_ledger_deltas')
      t = t.addPrimaryKeyConstraint(
        `${table}_pk`,
        [...KEY].map((k) => (k === 'received_on' ? day : k)),
      );
    await t.execute();
  }

  if (pg) {
    const old = `(${WATCHED.map((c) => `old.${c}`).join(', ')})`;
    const neu = `(${WATCHED.map((c) => `new.${c}`).join(', ')})`;
    await sql
      .raw(
        `create or replace function case_ledger_delta() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and ${old} is not distinct from ${neu} then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    insert into case_ledger_deltas (${COLUMNS}) values (${contribution('old', -1)});
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into case_ledger_deltas (${COLUMNS}) values (${contribution('new', 1)});
  end if;
  return null;
end
$$`,
      )
      .execute(db);
    await sql
      .raw(
        'create trigger case_ledger_delta after insert or update or delete on cases for each row execute function case_ledger_delta()',
      )
      .execute(db);
  } else {
    const changed = WATCHED.map((c) => `old.${c} is not new.${c}`).join(' or ');
    await sql
      .raw(
        `create trigger case_ledger_ins after insert on cases begin
  insert into case_ledger_deltas (${COLUMNS}) values (${contribution('new', 1)});
end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger case_ledger_upd after update on cases when ${changed} begin
  insert into case_ledger_deltas (${COLUMNS}) values (${contribution('old', -1)});
  insert into case_ledger_deltas (${COLUMNS}) values (${contribution('new', 1)});
end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger case_ledger_del after delete on cases begin
  insert into case_ledger_deltas (${COLUMNS}) values (${contribution('old', -1)});
end`,
      )
      .execute(db);
  }

  // Cases stored before this migration.
  for (const [table, day] of [
    ['case_ledger_stats', 'received_on'],
    ['case_ledger_monthly', 'substr(received_on, 1, 7)'],
  ]) {
    await sql
      .raw(
        `insert into ${table} (${COLUMNS.replace('received_on', table === 'case_ledger_monthly' ? 'month' : 'received_on')})
select hall_id, ${day}, department_id, item_id, kind, status, coalesce(on_time, -1), count(*),
  count(working_days_used), coalesce(sum(working_days_used), 0),
  coalesce(sum(case when working_days_used is null then 0 else coalesce(statutory_days, promised_days) end), 0)
from cases
group by hall_id, ${day}, department_id, item_id, kind, status, coalesce(on_time, -1)`,
      )
      .execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql.raw('drop trigger if exists case_ledger_delta on cases').execute(db);
    await sql.raw('drop function if exists case_ledger_delta()').execute(db);
  } else {
    for (const t of ['case_ledger_ins', 'case_ledger_upd', 'case_ledger_del'])
      await sql.raw(`drop trigger if exists ${t}`).execute(db);
  }
  await db.schema.dropTable('case_ledger_deltas').ifExists().execute();
  await db.schema.dropTable('case_ledger_monthly').ifExists().execute();
  await db.schema.dropTable('case_ledger_stats').ifExists().execute();
}
