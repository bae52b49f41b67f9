import type { Kysely } from 'kysely';

/**
 * Index for the ticket-issue and workbench paths (src/modules/queue): the waiting tickets of one
 * business type today (people ahead, waiting counts). The hall/day/status index alone makes each
 * issue read every waiting ticket of the hall.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('tickets_type_day_status_idx')
    .on('tickets')
    .columns(['business_type_id', 'service_date', 'status'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tickets_type_day_status_idx').ifExists().execute();
}
