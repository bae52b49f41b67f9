import type { Kysely } from 'kysely';

/**
 * Queue and appointments (排队叫号与预约, PRODUCT.md §4). Portable types only.
 * Ticket numbers come from ticket_counters by a conditional update (unique under concurrency, cap enforced);
 * calls claim a ticket by `update … where status = 'waiting'` so two windows never get the same one.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('business_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull()) // one letter A–Z
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('daily_cap', 'integer', (c) => c.notNull().defaultTo(999))
    .addColumn('take_hours', 'text', (c) => c.notNull().defaultTo('[]')) // JSON [{start:'08:30',end:'11:45'}], working days
    .addColumn('avg_service_minutes', 'integer', (c) => c.notNull().defaultTo(10)) // for the estimated wait
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    // appointments 预约
    .addColumn('bookable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('slot_minutes', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('slot_capacity', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('business_types_hall_prefix_uq', ['hall_id', 'prefix'])
    .execute();

  await db.schema
    .createTable('window_business_types')
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('window_id', 'text', (c) => c.notNull().references('windows.id'))
    .addColumn('business_type_id', 'text', (c) => c.notNull().references('business_types.id'))
    .addColumn('preferred', 'integer', (c) => c.notNull().defaultTo(1)) // 0 = serves only when preferred types are empty
    .addPrimaryKeyConstraint('window_business_types_pk', ['window_id', 'business_type_id'])
    .execute();

  await db.schema
    .createTable('queue_settings')
    .addColumn('hall_id', 'text', (c) => c.primaryKey().references('halls.id'))
    .addColumn('recall_limit', 'integer', (c) => c.notNull().defaultTo(2)) // recalls before 过号 is allowed/forced
    .addColumn('booking_days', 'integer', (c) => c.notNull().defaultTo(5)) // next N working days
    .addColumn('booking_close_minutes', 'integer', (c) => c.notNull().defaultTo(10))
    .addColumn('cancel_close_minutes', 'integer', (c) => c.notNull().defaultTo(10))
    .addColumn('no_show_after_minutes', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('no_show_block_count', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('no_show_window_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('block_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ticket_counters')
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('business_type_id', 'text', (c) => c.notNull().references('business_types.id'))
    .addColumn('service_date', 'text', (c) => c.notNull()) // YYYY-MM-DD, Asia/Shanghai
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('ticket_counters_pk', ['business_type_id', 'service_date'])
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('business_type_id', 'text', (c) => c.notNull().references('business_types.id'))
    .addColumn('original_business_type_id', 'text', (c) => c.notNull())
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull()) // A001
    // waiting | called | serving | done | no_show | cancelled | expired
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull()) // kiosk | staff | appointment | online
    .addColumn('id_number', 'text') // never shown unmasked on screens
    .addColumn('phone', 'text')
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0)) // 绿色通道
    .addColumn('priority_reason', 'text')
    .addColumn('transferred', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('target_window_id', 'text') // transferred to this window: it calls it first
    .addColumn('appointment_id', 'text')
    .addColumn('slot_start_at', 'text') // ISO; checked-in appointments rank once their slot has started
    .addColumn('taken_at', 'text', (c) => c.notNull()) // ISO; kept on transfer (fairness)
    .addColumn('called_at', 'text')
    .addColumn('window_id', 'text') // window that called / serves it
    .addColumn('staff_user_id', 'text')
    .addColumn('recall_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('serving_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('end_reason', 'text') // no-show reason, cancel reason
    .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('tickets_type_day_seq_uq', ['business_type_id', 'service_date', 'seq'])
    .execute();
  await db.schema
    .createIndex('tickets_hall_day_status_idx')
    .on('tickets')
    .columns(['hall_id', 'service_date', 'status'])
    .execute();
  await db.schema.createIndex('tickets_window_idx').on('tickets').columns(['window_id', 'status']).execute();

  await db.schema
    .createTable('ticket_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    // take | call | recall | start | finish | no_show | transfer | priority | cancel | expire | check_in
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('window_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('detail', 'text') // JSON
    .execute();
  await db.schema.createIndex('ticket_events_ticket_idx').on('ticket_events').column('ticket_id').execute();
  await db.schema.createIndex('ticket_events_hall_at_idx').on('ticket_events').columns(['hall_id', 'at']).execute();

  /** Who is signed in at a window (staff workbench), and window pauses. */
  await db.schema
    .createTable('window_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('window_id', 'text', (c) => c.notNull().references('windows.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('staff_id', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('window_sessions_window_idx')
    .on('window_sessions')
    .columns(['window_id', 'ended_at'])
    .execute();

  await db.schema
    .createTable('appointment_slots')
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('business_type_id', 'text', (c) => c.notNull().references('business_types.id'))
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('slot_start', 'text', (c) => c.notNull()) // HH:MM
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('appointment_slots_pk', ['business_type_id', 'service_date', 'slot_start'])
    .execute();

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('business_type_id', 'text', (c) => c.notNull().references('business_types.id'))
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('slot_start', 'text', (c) => c.notNull())
    .addColumn('slot_end', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique()) // booking code 预约码
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // booked | cancelled | checked_in | no_show
    // one live booking per ID per type per day: the key is set while booked/checked_in, null once cancelled
    .addColumn('live_key', 'text', (c) => c.unique())
    .addColumn('ticket_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointments_id_number_idx')
    .on('appointments')
    .columns(['id_number', 'service_date'])
    .execute();
  await db.schema
    .createIndex('appointments_type_day_idx')
    .on('appointments')
    .columns(['business_type_id', 'service_date', 'status'])
    .execute();

  /** Booking blocks after repeated no-shows. */
  await db.schema
    .createTable('booking_blocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('blocked_until', 'text', (c) => c.notNull()) // YYYY-MM-DD inclusive
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('booking_blocks_id_idx').on('booking_blocks').columns(['hall_id', 'id_number']).execute();

  /** Cross-process event relay fallback and last-known display state (catch-up snapshot is computed from tickets). */
  await db.schema
    .createTable('job_runs')
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('run_key', 'text', (c) => c.notNull()) // e.g. hall id + date: a job runs once per key
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('result', 'text')
    .addPrimaryKeyConstraint('job_runs_pk', ['job', 'run_key'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'job_runs',
    'booking_blocks',
    'appointments',
    'appointment_slots',
    'window_sessions',
    'ticket_events',
    'tickets',
    'ticket_counters',
    'queue_settings',
    'window_business_types',
    'business_types',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
