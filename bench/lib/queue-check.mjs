// After the run: read the database directly and prove that no ticket was called twice and that
// every ticket's final state agrees with its ticket_events trail.
import Database from 'better-sqlite3';
import pg from 'pg';

// `:halls` is replaced by the bench halls' ids: demo data of other halls is not the benchmark's to judge.
const CHECKS = {
  // the headline: a ticket with more than one `call` event
  ticketsCalledTwice: `select count(*) as n from (
      select ticket_id from ticket_events where action = 'call' and hall_id in (:halls)
      group by ticket_id having count(*) > 1) x`,
  // numbers are unique per type and day
  duplicateNumbers: `select count(*) as n from (
      select business_type_id, service_date, number from tickets where hall_id in (:halls)
      group by business_type_id, service_date, number having count(*) > 1) x`,
  // a window holds at most one called/serving ticket
  windowsHoldingTwo: `select count(*) as n from (
      select window_id from tickets where status in ('called', 'serving') and hall_id in (:halls)
      group by window_id having count(*) > 1) x`,
  // called, serving or done ⇔ exactly one call event, made at the ticket's window
  calledWithoutOneCall: `select count(*) as n from tickets t
      where t.hall_id in (:halls) and t.status in ('called', 'serving', 'done')
        and (select count(*) from ticket_events e
             where e.ticket_id = t.id and e.action = 'call' and e.window_id = t.window_id) <> 1`,
  waitingButCalled: `select count(*) as n from tickets t where t.hall_id in (:halls) and t.status = 'waiting'
      and exists (select 1 from ticket_events e where e.ticket_id = t.id and e.action = 'call')`,
  // done ⇔ one finish event and a finish time
  doneWithoutOneFinish: `select count(*) as n from tickets t where t.hall_id in (:halls) and t.status = 'done'
      and (t.finished_at is null or (select count(*) from ticket_events e
           where e.ticket_id = t.id and e.action = 'finish') <> 1)`,
  finishedButNotDone: `select count(*) as n from tickets t where t.hall_id in (:halls) and t.status <> 'done'
      and exists (select 1 from ticket_events e where e.ticket_id = t.id and e.action = 'finish')`,
  // every ticket records where it was taken (the ticket row is its creation record, migration 015)
  ticketsWithoutTakeRecord: `select count(*) as n from tickets t
      where t.hall_id in (:halls) and (t.taken_ip is null or t.taken_at is null)`,
  // the waiting count kept by the triggers equals the waiting tickets of the type and day
  waitingCountersOff: `select count(*) as n from ticket_counters c
      where c.hall_id in (:halls) and c.waiting <> (select count(*) from tickets t
        where t.business_type_id = c.business_type_id and t.service_date = c.service_date and t.status = 'waiting')`,
  // the counter agrees with the numbers handed out (no gaps, no overrun of the cap)
  countersOff: `select count(*) as n from ticket_counters c
      where c.hall_id in (:halls) and (c.last_seq <> (select count(*) from tickets t
                           where t.original_business_type_id = c.business_type_id and t.service_date = c.service_date)
         or c.last_seq > 999)`,
};

const TOTALS = `select
    (select count(*) from tickets where hall_id in (:halls)) as tickets,
    (select count(*) from tickets where hall_id in (:halls) and status = 'done') as done,
    (select count(*) from ticket_events where hall_id in (:halls) and action = 'call') as calls`;

/** Run every check; `{ totals, problems: {name: count} }` (problems only lists non-zero ones). */
export async function checkQueueDatabase(databaseUrl, hallIds) {
  if (!hallIds.length || hallIds.some((id) => !/^[0-9a-f-]+$/.test(id))) throw new Error('bad hall ids');
  const halls = hallIds.map((id) => `'${id}'`).join(', ');
  const q = (text) => text.replaceAll(':halls', halls);
  const results = {};
  let totals;
  if (databaseUrl.startsWith('postgres')) {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      for (const [name, text] of Object.entries(CHECKS)) results[name] = Number((await c.query(q(text))).rows[0].n);
      totals = (await c.query(q(TOTALS))).rows[0];
    } finally {
      await c.end();
    }
  } else {
    const db = new Database(databaseUrl.slice('sqlite:'.length), { readonly: true });
    try {
      for (const [name, text] of Object.entries(CHECKS)) results[name] = Number(db.prepare(q(text)).get().n);
      totals = db.prepare(q(TOTALS)).get();
    } finally {
      db.close();
    }
  }
  const problems = Object.fromEntries(Object.entries(results).filter(([, n]) => n !== 0));
  return {
    totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Number(v)])),
    problems,
  };
}
