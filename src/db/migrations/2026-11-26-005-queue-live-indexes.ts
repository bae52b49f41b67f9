import type { Kysely } from 'kysely';

/**
 * Indexes for the queue jobs that run every minute (src/modules/queue-live/jobs): they look for
 * live tickets (waiting/called) and `booked` appointments of past or current days across all halls;
 * leading with the status keeps that a short index range instead of a scan of the whole history.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('tickets_status_day_idx').on('tickets').columns(['status', 'service_date']).execute();
  await db.schema
    .createIndex('appointments_status_day_idx')
    .on('appointments')
    .columns(['status', 'service_date'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('appointments_status_day_idx').ifExists().execute();
  await db.schema.dropIndex('tickets_status_day_idx').ifExists().execute();
}
