import type { Kysely } from 'kysely';

/**
 * Per-hall thresholds of the supervision colours 红黄绿灯 (PRODUCT.md §5 "configurable"): yellow when
 * at most `yellow_days_left` working days are left or at least `yellow_share_pct` % of the limit is
 * used. No row = the PRODUCT.md defaults (1 working day, 80 %). The share is a whole percentage so
 * both databases compare it exactly.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('supervision_settings')
    .addColumn('hall_id', 'text', (c) => c.primaryKey().references('halls.id'))
    .addColumn('yellow_days_left', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('yellow_share_pct', 'integer', (c) => c.notNull().defaultTo(80))
    .addColumn('updated_by', 'text')
    .addColumn('updated_by_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('supervision_settings').ifExists().execute();
}
