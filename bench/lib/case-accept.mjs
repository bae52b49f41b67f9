// One database's run of the acceptance benchmark (bench/cases.mjs): Yizhan with the demo data, a pool
// of received cases (complete materials) made through the receive route, then `POST /cases/{id}/accept`
// on them at N connections, then the database read back to prove each case was accepted exactly once.
import Database from 'better-sqlite3';
import pg from 'pg';
import { ApiClient } from './http.mjs';
import { formatRow, measure } from './measure.mjs';
import { DEMO_PASSWORD } from './queue-setup.mjs';

const json = { 'content-type': 'application/json' };
/** Citizen ID numbers with a valid GB 11643 check digit, one per case (the receive route validates them). */
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function idNumber(i) {
  const body = `110105199${String(i % 10)}0101${String(i % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((s, ch, k) => s + Number(ch) * W[k], 0);
  return body + '10X98765432'[sum % 11];
}

/** The window clerk's session and a promised item of 东岭县 with its checklist (every material handed in). */
async function prepare(base) {
  const anon = new ApiClient(base);
  const hall = (await anon.get('/api/v1/public/halls')).find((h) => h.name.includes('东岭县'));
  const item = (await anon.get(`/api/v1/public/halls/${hall.id}/items?q=${encodeURIComponent('食品经营许可')}`))[0];
  const guide = await anon.get(`/api/v1/public/items/${item.id}`);
  const staff = await new ApiClient(base).login('county.staff', DEMO_PASSWORD);
  const materials = guide.materials.map((_m, i) => ({ position: i + 1, state: 'submitted' }));
  return { hall, item, staff, materials };
}

/**
 * Receive `count` cases at `connections` connections (timed too: it is the other half of a window
 * visit), then accept as many as the timed run takes. Returns the two measurements and the check.
 */
export async function runAcceptance({ yizhan, databaseUrl, count, connections, duration, warmup, log }) {
  const { hall, item, staff, materials } = await prepare(yizhan.base);
  const headers = { ...json, cookie: staff.cookie, 'x-csrf-token': staff.csrf };
  const pool = [];
  let k = 0;
  const receive = await measure('receive (setup)', {
    url: yizhan.base,
    connections,
    amount: count,
    pid: yizhan.pid,
    postgres: databaseUrl.startsWith('postgres'),
    requests: [
      {
        method: 'POST',
        setupRequest(req) {
          const i = k++;
          return {
            ...req,
            path: `/api/v1/halls/${hall.id}/cases`,
            headers,
            body: JSON.stringify({
              itemId: item.id,
              applicant: { type: 'person', name: `压测申请人${i}`, idNumber: idNumber(i), phone: '13800138000' },
              materials,
            }),
          };
        },
        onResponse(status, body) {
          if (status === 201) {
            const c = JSON.parse(body);
            pool.push({ id: c.id, rowVersion: c.rowVersion });
          }
        },
      },
    ],
  });
  log(formatRow(receive, `  (${pool.length} cases received)`));

  let next = 0;
  let exhausted = 0;
  let okCount = 0;
  const acceptOpts = {
    url: yizhan.base,
    requests: [
      {
        method: 'POST',
        setupRequest(req) {
          const c = pool[next++];
          if (!c) exhausted++;
          const target = c ?? pool[0];
          return {
            ...req,
            path: `/api/v1/cases/${target.id}/accept`,
            headers,
            body: JSON.stringify({ rowVersion: target.rowVersion }),
          };
        },
        onResponse(status) {
          if (status === 200) okCount++;
        },
      },
    ],
  };
  if (warmup > 0) await measure('warm-up', { ...acceptOpts, connections, duration: warmup });
  const accept = await measure('accept (POST …/accept)', {
    ...acceptOpts,
    connections,
    duration,
    pid: yizhan.pid,
    postgres: databaseUrl.startsWith('postgres'),
  });
  accept.poolExhausted = exhausted;
  if (exhausted) log(`  the pool of received cases ran out (${exhausted} requests on used cases): raise BENCH_POOL`);
  await new Promise((r) => setTimeout(r, 1000)); // let requests cut off by the end of the run finish
  const check = await checkAccepted(databaseUrl, hall.id);
  check.acceptAnswers200 = okCount;
  // requests in flight when autocannon stopped (≤ one per connection, twice) are accepted but unanswered
  const unanswered = check.accepted - okCount;
  if (unanswered < 0 || unanswered > 2 * connections) check.problems.acceptedVsAnswered = unanswered;
  return { receive, accept, check };
}

// The bench cases (applicants 压测申请人…): each accepted one has exactly one `accept` event and one
// acceptance notice, is in_review with a due date and one active review task; case numbers are unique;
// the number of accepted cases equals the 200 answers of the timed run and its warm-up.
const BENCH = "c.hall_id = ':hall' and c.applicant_name like '压测申请人%'";
const CHECKS = {
  notOneAcceptEvent: `select count(*) as n from cases c where ${BENCH} and c.status <> 'received'
      and (select count(*) from case_events e where e.case_id = c.id and e.action = 'accept') <> 1`,
  notOneAcceptanceNotice: `select count(*) as n from cases c where ${BENCH} and c.status <> 'received'
      and (select count(*) from case_documents d where d.case_id = c.id and d.kind = 'acceptance') <> 1`,
  acceptedWithoutOneActiveTask: `select count(*) as n from cases c where ${BENCH} and c.status <> 'received'
      and (c.status <> 'in_review' or c.due_on is null or (select count(*) from case_tasks t
           where t.case_id = c.id and t.status = 'active') <> 1)`,
  duplicateNumbers: `select count(*) as n from (select c.number from cases c where ${BENCH}
      group by c.number having count(*) > 1) x`,
};
const TOTALS = `select count(*) as n from cases c where ${BENCH} and c.status <> 'received'`;

async function checkAccepted(databaseUrl, hallId) {
  if (!/^[0-9a-f-]+$/.test(hallId)) throw new Error('bad hall id');
  const problems = {};
  let accepted;
  const run = async (query) => {
    for (const [name, text] of Object.entries(CHECKS)) {
      const n = Number(await query(text.replaceAll(':hall', hallId)));
      if (n) problems[name] = n;
    }
    accepted = Number(await query(TOTALS.replaceAll(':hall', hallId)));
  };
  if (databaseUrl.startsWith('postgres')) {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      await run(async (t) => (await c.query(t)).rows[0].n);
    } finally {
      await c.end();
    }
  } else {
    const db = new Database(databaseUrl.slice('sqlite:'.length), { readonly: true });
    try {
      await run((t) => db.prepare(t).get().n);
    } finally {
      db.close();
    }
  }
  return { accepted, problems };
}
