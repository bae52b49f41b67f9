import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * The ticket-issue path (src/modules/queue/take-writes.ts), measured with `npm run bench -- queue`:
 *
 * - `tickets_waiting_type_day_idx` replaces `tickets_type_day_status_idx` (migration 004): only the
 *   waiting tickets, per type and day — what a ticket issue counts (people ahead) and the waiting
 *   lists read. Smaller, and a ticket leaves it when called. On PostgreSQL it also settles which
 *   index counts the waiting tickets: with statistics from before the day's tickets (autovacuum
 *   analyzes a big table rarely) the planner found (type, day, status) and (status, day) equally
 *   good and took the latter, i.e. read every waiting ticket of every hall per issue (44 ms for
 *   4,300 of them in the benchmark; 0.2 ms with this index). Queries must say `status = 'waiting'`
 *   as a literal (not a parameter) for either database to use it.
 * - PostgreSQL: `tickets` is analyzed after every 1,000 changed rows instead of 10 % of the table (a
 *   year of history would mean 100,000 tickets before the planner learns that today has tickets).
 *   Until then today's rows are estimated at none, and any index on the day looks as good as any
 *   other; ANALYZE re-plans the cached statements too.
 * - `window_business_types_type_idx`: the issue context counts the open windows serving the type;
 *   the primary key leads with the window, so that count read every mapping of every hall.
 * - PostgreSQL only, `yz_take_ticket(...)`: the writes of one ticket issue in one statement, so one
 *   round trip instead of four — the next number of the type and day (the conditional counter
 *   update keeps it unique and within the daily cap; the row lock orders concurrent kiosks across
 *   processes), the ticket, its `take` row in `ticket_events`, and the number of waiting tickets of
 *   the type and day after it. Each statement inside sees what committed before it (READ COMMITTED),
 *   as the separate statements did. Returns no row when the daily cap is reached, and changes
 *   nothing then. The rules (type active, take hours, working day, validation) stay in TypeScript
 *   and run before it.
 * - `ticket_counters.last_taken_at`: the take time of the type's latest number that day. The caller
 *   stamps the take time before the statement waits for the counter's row lock, so a concurrent
 *   kiosk (another process, too) may draw an earlier number with a later stamp; the function raises
 *   the stamp to the latest one drawn, so take time never decreases with the number in a type —
 *   as on SQLite, where the stamp is taken after the number is drawn.
 */

/** Exported for migration 015's `down`, which restores it. */
export const TAKE_TICKET = `
create or replace function yz_take_ticket(
  p_id text, p_hall_id text, p_type_id text, p_date text, p_cap integer, p_prefix text, p_source text,
  p_id_number text, p_phone text, p_priority integer, p_priority_reason text, p_appointment_id text,
  p_slot_start_at text, p_taken_at text, p_event_id text, p_user_id text, p_detail_tail text)
returns table (o_seq integer, o_number text, o_taken_at text, o_waiting integer)
language plpgsql as $fn$
declare
  v_seq integer;
  v_number text;
  v_at text;
begin
  update ticket_counters c
    set last_seq = c.last_seq + 1, last_taken_at = greatest(c.last_taken_at, p_taken_at)
    where c.business_type_id = p_type_id and c.service_date = p_date and c.last_seq < p_cap
    returning c.last_seq, c.last_taken_at into v_seq, v_at;
  if v_seq is null then
    if p_cap < 1 then return; end if;
    insert into ticket_counters (hall_id, business_type_id, service_date, last_seq, last_taken_at)
      values (p_hall_id, p_type_id, p_date, 1, p_taken_at)
      on conflict (business_type_id, service_date) do nothing
      returning last_seq, last_taken_at into v_seq, v_at;
    if v_seq is null then
      update ticket_counters c
        set last_seq = c.last_seq + 1, last_taken_at = greatest(c.last_taken_at, p_taken_at)
        where c.business_type_id = p_type_id and c.service_date = p_date and c.last_seq < p_cap
        returning c.last_seq, c.last_taken_at into v_seq, v_at;
      if v_seq is null then return; end if;
    end if;
  end if;
  v_number := p_prefix || lpad(v_seq::text, greatest(3, length(v_seq::text)), '0');
  insert into tickets (id, hall_id, business_type_id, original_business_type_id, service_date, seq, number,
      status, source, id_number, phone, priority, priority_reason, transferred, target_window_id,
      appointment_id, slot_start_at, taken_at, called_at, window_id, staff_user_id, recall_count,
      serving_at, finished_at, end_reason, row_version, created_at, updated_at)
    values (p_id, p_hall_id, p_type_id, p_type_id, p_date, v_seq, v_number,
      'waiting', p_source, p_id_number, p_phone, p_priority, p_priority_reason, 0, null,
      p_appointment_id, p_slot_start_at, v_at, null, null, null, 0,
      null, null, null, 1, v_at, v_at);
  insert into ticket_events (id, hall_id, ticket_id, at, action, window_id, user_id, detail)
    values (p_event_id, p_hall_id, p_id, v_at, 'take', null, p_user_id,
      '{"number":' || to_json(v_number)::text || ',' || substr(p_detail_tail, 2));
  return query select v_seq, v_number, v_at, (select count(*)::integer from tickets t
    where t.business_type_id = p_type_id and t.service_date = p_date and t.status = 'waiting');
end
$fn$`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('ticket_counters').addColumn('last_taken_at', 'text').execute();
  await db.schema
    .createIndex('tickets_waiting_type_day_idx')
    .on('tickets')
    .columns(['business_type_id', 'service_date'])
    .where(sql.ref('status'), '=', sql.lit('waiting'))
    .execute();
  await db.schema.dropIndex('tickets_type_day_status_idx').execute();
  await db.schema
    .createIndex('window_business_types_type_idx')
    .on('window_business_types')
    .columns(['business_type_id', 'window_id'])
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql.raw(TAKE_TICKET).execute(db);
    await sql`alter table tickets set (autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000)`.execute(
      db,
    );
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql.raw('drop function if exists yz_take_ticket').execute(db);
    await sql`alter table tickets reset (autovacuum_analyze_scale_factor, autovacuum_analyze_threshold)`.execute(db);
  }
  await db.schema.dropIndex('window_business_types_type_idx').ifExists().execute();
  await db.schema
    .createIndex('tickets_type_day_status_idx')
    .on('tickets')
    .columns(['business_type_id', 'service_date', 'status'])
    .execute();
  await db.schema.dropIndex('tickets_waiting_type_day_idx').ifExists().execute();
  await db.schema.alterTable('ticket_counters').dropColumn('last_taken_at').execute();
}
