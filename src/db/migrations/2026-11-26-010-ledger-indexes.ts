import type { Kysely } from 'kysely';

/**
 * Indexes for the ledger 办件台账 (src/modules/supervision): its rows are ordered newest first by
 * `received_on desc, number desc` (the case number is unique, so the order is total and a keyset
 * cursor `(received_on, number)` resumes exactly). Each filter the ledger offers as an equality
 * gets an index that ends in the same order, so the first page is read straight from an index
 * instead of sorting every matching case (1,000,000 cases: bench/cases-ledger.mjs). Kind and
 * on-time are left to the main index: few values, the first page fills after a short scan.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  const tail = ['received_on', 'number'];
  await db.schema
    .createIndex('cases_ledger_idx')
    .ifNotExists()
    .on('cases')
    .columns(['hall_id', ...tail])
    .execute();
  for (const [name, column] of [
    ['cases_ledger_dept_idx', 'department_id'],
    ['cases_ledger_item_idx', 'item_id'],
    ['cases_ledger_status_idx', 'status'],
  ] as const) {
    await db.schema
      .createIndex(name)
      .ifNotExists()
      .on('cases')
      .columns(['hall_id', column, ...tail])
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'cases_ledger_status_idx',
    'cases_ledger_item_idx',
    'cases_ledger_dept_idx',
    'cases_ledger_idx',
  ]) {
    await db.schema.dropIndex(name).ifExists().execute();
  }
}
