import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { TAKE_TICKET as TAKE_TICKET_014 } from './2026-11-26-014-queue-issue-path.js';

/**
 * Fewer writes per ticket issue (src/modules/queue/take-writes.ts; bench/README.md, "The 40 %
 * target"). Nothing a screen, job or rule reads is lost:
 *
 * - **The ticket row records its own creation**: `taken_by_user_id` (staff who issued it; null at
 *   the kiosk and online) and `taken_ip`, next to the columns it already had (`source`, `taken_at`,
 *   `appointment_id`, `priority_reason`, `number`). The `take` row in `ticket_events` repeated
 *   exactly that, and no screen read it; from now on `ticket_events` holds what happens to a ticket
 *   after it was taken. Existing `take` rows stay (history is not rewritten) and fill the new columns.
 * - **Waiting tickets are counted by the database as they change**: `ticket_counters.waiting`, per
 *   type and day, kept by triggers on `tickets` (insert, change of status/type/day, delete) on both
 *   databases, so no code path can forget it. A ticket issue reads it with the counter update it
 *   already makes, instead of counting the type's waiting tickets (a count grows with the queue).
 * - **Indexes a new ticket does not need to enter**: the window index only holds tickets that have a
 *   window (`window_id is not null`: every query on it names a window); `(status, service_date)`
 *   for the end-of-day job is replaced by the waiting index it already has (searched per type) and
 *   a partial index of called tickets (a new ticket is neither). A ticket now enters 5 b-trees
 *   instead of 7, and no `ticket_events` b-trees.
 * - PostgreSQL: `yz_take_ticket` without the `take` row, returning the counter's waiting count.
 */

const TAKE_TICKET = `
create or replace function yz_take_ticket(
  p_id text, p_hall_id text, p_type_id text, p_date text, p_cap integer, p_prefix text, p_source text,
  p_id_number text, p_phone text, p_priority integer, p_priority_reason text, p_appointment_id text,
  p_slot_start_at text, p_taken_at text, p_user_id text, p_ip text)
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
      serving_at, finished_at, end_reason, row_version, created_at, updated_at, taken_by_user_id, taken_ip)
    values (p_id, p_hall_id, p_type_id, p_type_id, p_date, v_seq, v_number,
      'waiting', p_source, p_id_number, p_phone, p_priority, p_priority_reason, 0, null,
      p_appointment_id, p_slot_start_at, v_at, null, null, null, 0,
      null, null, null, 1, v_at, v_at, p_user_id, p_ip);
  return query select v_seq, v_number, v_at, c.waiting from ticket_counters c
    where c.business_type_id = p_type_id and c.service_date = p_date;
end
$fn$`;

/** PostgreSQL: one function for the three triggers. */
const PG_WAITING_FN = `
create or replace function yz_ticket_waiting() returns trigger language plpgsql as $fn$
begin
  if tg_op <> 'INSERT' and old.status = 'waiting' then
    update ticket_counters set waiting = waiting - 1
      where business_type_id = old.business_type_id and service_date = old.service_date;
  end if;
  if tg_op <> 'DELETE' and new.status = 'waiting' then
    insert into ticket_counters (hall_id, business_type_id, service_date, last_seq, waiting)
      values (new.hall_id, new.business_type_id, new.service_date, 0, 1)
      on conflict (business_type_id, service_date) do update set waiting = ticket_counters.waiting + 1;
  end if;
  return null;
end
$fn$`;

const CHANGED = `old.status is distinct from new.status or old.business_type_id is distinct from new.business_type_id
  or old.service_date is distinct from new.service_date`;

const PG_TRIGGERS = [
  `create trigger tickets_waiting_insert after insert on tickets for each row
    when (new.status = 'waiting') execute function yz_ticket_waiting()`,
  `create trigger tickets_waiting_update after update of status, business_type_id, service_date on tickets
    for each row when ((old.status = 'waiting' or new.status = 'waiting') and (${CHANGED}))
    execute function yz_ticket_waiting()`,
  `create trigger tickets_waiting_delete after delete on tickets for each row
    when (old.status = 'waiting') execute function yz_ticket_waiting()`,
];

// A missing counter row (a ticket moved to a type that issued nothing that day) is made with
// last_seq 0: the type's next number is still 001.
const SQLITE_TRIGGERS = [
  `create trigger tickets_waiting_insert after insert on tickets when new.status = 'waiting'
  begin
    insert or ignore into ticket_counters (hall_id, business_type_id, service_date, last_seq, waiting)
      values (new.hall_id, new.business_type_id, new.service_date, 0, 0);
    update ticket_counters set waiting = waiting + 1
      where business_type_id = new.business_type_id and service_date = new.service_date;
  end`,
  `create trigger tickets_waiting_update after update of status, business_type_id, service_date on tickets
  when (old.status = 'waiting' or new.status = 'waiting')
    and (old.status is not new.status or old.business_type_id is not new.business_type_id
      or old.service_date is not new.service_date)
  begin
    update ticket_counters set waiting = waiting - 1
      where old.status = 'waiting' and business_type_id = old.business_type_id and service_date = old.service_date;
    insert or ignore into ticket_counters (hall_id, business_type_id, service_date, last_seq, waiting)
      select new.hall_id, new.business_type_id, new.service_date, 0, 0 where new.status = 'waiting';
    update ticket_counters set waiting = waiting + 1
      where new.status = 'waiting' and business_type_id = new.business_type_id and service_date = new.service_date;
  end`,
  `create trigger tickets_waiting_delete after delete on tickets when old.status = 'waiting'
  begin
    update ticket_counters set waiting = waiting - 1
      where business_type_id = old.business_type_id and service_date = old.service_date;
  end`,
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;

  // 1. The ticket row records its creation; earlier `take` rows fill the new columns.
  await db.schema.alterTable('tickets').addColumn('taken_by_user_id', 'text').execute();
  await db.schema.alterTable('tickets').addColumn('taken_ip', 'text').execute();
  const ip = pg ? sql`(e.detail::json ->> 'ip')` : sql`json_extract(e.detail, '$.ip')`;
  await sql`update tickets set
      taken_by_user_id = (select e.user_id from ticket_events e where e.ticket_id = tickets.id and e.action = 'take'),
      taken_ip = (select ${ip} from ticket_events e where e.ticket_id = tickets.id and e.action = 'take')
    where exists (select 1 from ticket_events e where e.ticket_id = tickets.id and e.action = 'take')`.execute(db);

  // 2. Waiting tickets counted per type and day.
  await db.schema
    .alterTable('ticket_counters')
    .addColumn('waiting', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into ticket_counters (hall_id, business_type_id, service_date, last_seq, waiting)
    select distinct t.hall_id, t.business_type_id, t.service_date, 0, 0 from tickets t
    where t.status = 'waiting' and not exists (select 1 from ticket_counters c
      where c.business_type_id = t.business_type_id and c.service_date = t.service_date)`.execute(db);
  await sql`update ticket_counters set waiting = (select count(*) from tickets t
    where t.business_type_id = ticket_counters.business_type_id and t.service_date = ticket_counters.service_date
      and t.status = 'waiting')`.execute(db);
  if (pg) {
    await sql.raw(PG_WAITING_FN).execute(db);
    for (const t of PG_TRIGGERS) await sql.raw(t).execute(db);
  } else {
    for (const t of SQLITE_TRIGGERS) await sql.raw(t).execute(db);
  }

  // 3. Indexes a new (waiting, windowless) ticket does not enter.
  await db.schema.dropIndex('tickets_window_idx').execute();
  await db.schema
    .createIndex('tickets_window_idx')
    .on('tickets')
    .columns(['window_id', 'status'])
    .where(sql.ref('window_id'), 'is not', null)
    .execute();
  await db.schema.dropIndex('tickets_status_day_idx').execute();
  await db.schema
    .createIndex('tickets_called_day_idx')
    .on('tickets')
    .columns(['service_date', 'hall_id'])
    .where(sql.ref('status'), '=', sql.lit('called'))
    .execute();

  if (pg) {
    await sql.raw('drop function if exists yz_take_ticket').execute(db);
    await sql.raw(TAKE_TICKET).execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (pg) {
    // Back to migration 014's function (with the `take` row); the signatures differ, so drop first.
    await sql.raw('drop function if exists yz_take_ticket').execute(db);
    await sql.raw(TAKE_TICKET_014).execute(db);
    for (const name of ['tickets_waiting_insert', 'tickets_waiting_update', 'tickets_waiting_delete'])
      await sql.raw(`drop trigger if exists ${name} on tickets`).execute(db);
    await sql.raw('drop function if exists yz_ticket_waiting').execute(db);
  } else {
    for (const name of ['tickets_waiting_insert', 'tickets_waiting_update', 'tickets_waiting_delete'])
      await sql.raw(`drop trigger if exists ${name}`).execute(db);
  }
  await db.schema.dropIndex('tickets_called_day_idx').ifExists().execute();
  await db.schema.createIndex('tickets_status_day_idx').on('tickets').columns(['status', 'service_date']).execute();
  await db.schema.dropIndex('tickets_window_idx').execute();
  await db.schema.createIndex('tickets_window_idx').on('tickets').columns(['window_id', 'status']).execute();
  await db.schema.alterTable('ticket_counters').dropColumn('waiting').execute();
  await db.schema.alterTable('tickets').dropColumn('taken_ip').execute();
  await db.schema.alterTable('tickets').dropColumn('taken_by_user_id').execute();
}
