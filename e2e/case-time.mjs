// Time travel for the cases journey: a site survey takes days, a browser journey takes a minute. These
// helpers move one case's days into the past directly in the server's database (E2E_DATABASE_URL, set
// by e2e/run.mjs; SQLite or PostgreSQL), as if it had been received, accepted and paused that many days
// ago. The server then recomputes everything from the stored days, which is what the journey checks.
import Database from 'better-sqlite3';
import pg from 'pg';

const DATABASE_URL = process.env.E2E_DATABASE_URL;

/** `iso` plus `days` calendar days (negative: earlier). */
export function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const SHIFTS = [
  ['cases', 'id', ['received_on', 'complete_on', 'accepted_on', 'due_on', 'statutory_due_on']],
  ['case_tasks', 'case_id', ['started_on', 'due_on', 'finished_on']],
  ['case_pauses', 'case_id', ['started_on', 'ended_on']],
];

/** Run `fn(query)` with `query(sql, params)` → rows, `?` placeholders on both databases. */
async function withDb(fn) {
  if (!DATABASE_URL) throw new Error('E2E_DATABASE_URL is not set (run the journeys through e2e/run.mjs)');
  if (DATABASE_URL.startsWith('postgres')) {
    const c = new pg.Client({ connectionString: DATABASE_URL });
    await c.connect();
    try {
      let i = 0;
      return await fn(async (sql, params = []) => {
        i = 0;
        return (
          await c.query(
            sql.replace(/\?/g, () => `$${++i}`),
            params,
          )
        ).rows;
      });
    } finally {
      await c.end();
    }
  }
  const db = new Database(DATABASE_URL.slice('sqlite:'.length));
  db.pragma('busy_timeout = 5000');
  try {
    return await fn(async (sql, params = []) => {
      const st = db.prepare(sql);
      if (st.reader) return st.all(...params);
      st.run(...params);
      return [];
    });
  } finally {
    db.close();
  }
}

/** Move every day of the case (receipt, acceptance, due dates, its tasks and pauses) `days` days earlier. */
export async function backdateCase(caseId, days) {
  await withDb(async (query) => {
    for (const [table, key, columns] of SHIFTS) {
      const rows = await query(`select id, ${columns.join(', ')} from ${table} where ${key} = ?`, [caseId]);
      for (const row of rows) {
        const set = columns.filter((c) => row[c]);
        if (!set.length) continue;
        await query(`update ${table} set ${set.map((c) => `${c} = ?`).join(', ')} where id = ?`, [
          ...set.map((c) => addDays(row[c], -days)),
          row.id,
        ]);
      }
    }
  });
}

/** Let the case's open special-procedure pause start on `startedOn` instead. */
export async function movePauseStart(caseId, startedOn) {
  await withDb((query) =>
    query(`update case_pauses set started_on = ? where case_id = ? and kind = 'special' and ended_on is null`, [
      startedOn,
      caseId,
    ]),
  );
}
