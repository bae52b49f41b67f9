import type { Kysely } from 'kysely';

/**
 * Working-day calendar per hall tree (工作日历). A hall uses the nearest hall on its path to the root
 * (itself included) that defines a year; otherwise the built-in calendar (src/domain/calendar-seed.ts).
 * Only overrides are stored: holidays (放假) and make-up workdays (调休上班); weekdays and weekends
 * follow from the date. Portable types only.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_years')
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // official | provisional
    .addColumn('source', 'text', (c) => c.notNull()) // chinese-days@1.5.7 | builtin-provisional | the notice entered
    .addColumn('confirmed_by', 'text') // user id of the manager who confirmed / entered it as official
    .addColumn('confirmed_at', 'text') // ISO timestamp
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)) // bumped on every change; deadlines may cite it
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_years_pk', ['hall_id', 'year'])
    .execute();

  await db.schema
    .createTable('calendar_days')
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('date', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('kind', 'text', (c) => c.notNull()) // holiday | makeup
    .addColumn('name', 'text', (c) => c.notNull().defaultTo('')) // e.g. 春节
    .addPrimaryKeyConstraint('calendar_days_pk', ['hall_id', 'date'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_days').ifExists().execute();
  await db.schema.dropTable('calendar_years').ifExists().execute();
}
