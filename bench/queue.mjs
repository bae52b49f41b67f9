// Queue benchmark (issue 3, "Performance"): `npm run bench -- queue`.
// Starts Yizhan on a fresh embedded SQLite file (or BENCH_DATABASE_URL=postgres://…/<new db>),
// measures ticket issue and the full cycle issue → call-next → finish with autocannon on loopback,
// next to the Fastify + better-sqlite3 insert+select baseline measured in the same run, then reads
// the database to prove that no ticket was called twice.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatRow, measure, percentile } from './lib/measure.mjs';
import { analyzePostgres, ensureFreshDatabase } from './lib/pg-database.mjs';
import { checkQueueDatabase } from './lib/queue-check.mjs';
import { setupQueueBench } from './lib/queue-setup.mjs';
import { startBaseline, startYizhan, waitIdle } from './lib/server.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const profileDir = process.env.BENCH_PROFILE ? join('bench', 'results', 'profiles') : undefined;
const pgUrl = process.env.BENCH_DATABASE_URL;
const TARGET_SHARE = 0.4;
const TARGET_P99 = 50;

const log = (s) => console.log(s);
const json = { 'content-type': 'application/json' };

let dir;
let databaseUrl;
let pgDb;
if (pgUrl) {
  pgDb = await ensureFreshDatabase(pgUrl);
  databaseUrl = pgUrl;
} else {
  dir = mkdtempSync(join(tmpdir(), 'yizhan-queue-bench-'));
  databaseUrl = `sqlite:${join(dir, 'bench.db')}`;
}
const dialect = pgUrl ? 'postgres' : 'sqlite';
const results = { date: new Date().toISOString(), dialect, connections, duration, machine: machine() };

function machine() {
  return {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    loadavg: loadavg().map((n) => n.toFixed(2)),
  };
}

async function warm(opts) {
  if (warmup > 0) await measure('warm-up', { ...opts, duration: warmup, connections });
}

let yizhan;
try {
  log(
    `queue benchmark on ${dialect}: ${connections} connections, ${duration} s each (load ${results.machine.loadavg.join(' ')})`,
  );

  // 1. The baseline, alone on the machine.
  const baseline = await startBaseline({ port: 3298 });
  try {
    const opts = { url: `${baseline.base}/t`, method: 'POST' };
    await warm(opts);
    results.baseline = await measure('baseline insert+select', { ...opts, connections, duration, pid: baseline.pid });
    log(formatRow(results.baseline));
  } finally {
    await baseline.stop();
  }
  if (pgUrl) {
    // For scale on PostgreSQL: the same two statements through a pg pool of 10.
    const pgBase = await startBaseline({ port: 3298, databaseUrl: pgUrl });
    try {
      const opts = { url: `${pgBase.base}/t`, method: 'POST' };
      await warm(opts);
      results.baselinePg = await measure('baseline pg insert+select', {
        ...opts,
        connections,
        duration,
        pid: pgBase.pid,
        postgres: true,
      });
      log(formatRow(results.baselinePg));
    } finally {
      await pgBase.stop();
    }
  }

  // 2. Yizhan with demo data and the bench halls.
  const started = Date.now();
  yizhan = await startYizhan({ port: 3299, databaseUrl, profileDir });
  // 26 types × 999 tickets a day per issue hall: the issue window (warm-up + run) must not reach the
  // daily caps, or it would measure quick 422s (a run with any non-2xx does not count).
  const issueHalls = Number(process.env.BENCH_ISSUE_HALLS ?? 6);
  const setup = await setupQueueBench(yizhan.base, { issueHalls, cycleHalls: 2, log });
  // A database that has been running has planner statistics (autovacuum analyzes it); this one was
  // filled a moment ago, so analyze it as autovacuum would, or the planner guesses.
  if (pgUrl) await analyzePostgres(pgUrl);
  log(
    `server up and set up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${setup.issueTypes.length} types for issue, ${setup.windows.length} windows for the cycle`,
  );
  log(`server idle after ${(await waitIdle(yizhan.pid)).toFixed(1)} s more (first background job pass done)`);

  // 2a. Ticket issue (public kiosk route), spread round-robin over the issue types.
  let k = 0;
  const issueOpts = {
    url: yizhan.base,
    requests: [
      {
        method: 'POST',
        setupRequest(req) {
          const t = setup.issueTypes[k++ % setup.issueTypes.length];
          return {
            ...req,
            path: `/api/v1/public/halls/${t.hallId}/tickets`,
            headers: json,
            body: JSON.stringify({ businessTypeId: t.id }),
          };
        },
      },
    ],
  };
  await warm(issueOpts);
  // The warm-up issued thousands of today's tickets: on a running system autovacuum analyzes
  // `tickets` after 1,000 changes (migration 2026-11-26-014), so do what it would have done by now.
  if (pgUrl) await analyzePostgres(pgUrl);
  const timeline = {};
  const timed = async (key, fn) => {
    const start = Date.now();
    const out = await fn();
    timeline[key] = { start, end: Date.now() };
    return out;
  };
  results.issue = await timed('issue', () =>
    measure('ticket issue', { ...issueOpts, connections, duration, pid: yizhan.pid, postgres: !!pgUrl }),
  );
  const share = results.issue.reqPerSec / results.baseline.reqPerSec;
  results.issue.shareOfBaseline = Number(share.toFixed(3));
  log(formatRow(results.issue, `  = ${(share * 100).toFixed(1)} % of baseline`));

  // 2b. Full cycle: each connection takes a free window (each serves a type of its own), issues a
  // ticket of that type, calls the next ticket there and finishes it, then frees the window.
  const free = [...setup.windows];
  const steps = { issue: [], call: [], finish: [] };
  const failures = { issue: 0, call: 0, finish: 0 };
  const staff = (w) => ({ cookie: w.cookie, 'x-csrf-token': w.csrf });
  // autocannon builds each connection's first request before it connects: no step time for those.
  let running = false;
  const cycleOpts = {
    url: yizhan.base,
    requests: [
      {
        method: 'POST',
        setupRequest(req, ctx) {
          ctx.w = free.shift() ?? setup.windows[Math.floor(Math.random() * setup.windows.length)];
          ctx.t0 = running ? performance.now() : null;
          return {
            ...req,
            path: `/api/v1/public/halls/${ctx.w.hallId}/tickets`,
            headers: json,
            body: JSON.stringify({ businessTypeId: ctx.w.typeId }),
          };
        },
        onResponse(status, _body, ctx) {
          if (ctx.t0 !== null) steps.issue.push(performance.now() - ctx.t0);
          if (status !== 201) failures.issue++;
        },
      },
      {
        method: 'POST',
        setupRequest(req, ctx) {
          ctx.t0 = performance.now();
          return { ...req, path: `/api/v1/windows/${ctx.w.id}/call-next`, headers: staff(ctx.w), body: undefined };
        },
        onResponse(status, body, ctx) {
          steps.call.push(performance.now() - ctx.t0);
          ctx.ticketId = status === 200 ? JSON.parse(body).id : 'none';
          if (status !== 200) failures.call++;
        },
      },
      {
        method: 'POST',
        setupRequest(req, ctx) {
          ctx.t0 = performance.now();
          return {
            ...req,
            path: `/api/v1/tickets/${ctx.ticketId}/finish`,
            headers: { ...json, ...staff(ctx.w) },
            body: '{}',
          };
        },
        onResponse(status, _body, ctx) {
          steps.finish.push(performance.now() - ctx.t0);
          if (status !== 200) failures.finish++;
          free.push(ctx.w);
        },
      },
    ],
  };
  results.cycle = await timed('cycle', () => {
    const done = measure('full cycle (3 requests)', {
      ...cycleOpts,
      connections,
      duration,
      pid: yizhan.pid,
      postgres: !!pgUrl,
    });
    running = true;
    return done;
  });
  results.cycle.cyclesPerSec = Math.round(results.cycle.reqPerSec / 3);
  results.cycle.steps = Object.fromEntries(
    Object.entries(steps).map(([name, v]) => [
      name,
      { count: v.length, failed: failures[name], p50ms: round(percentile(v, 50)), p99ms: round(percentile(v, 99)) },
    ]),
  );
  log(formatRow(results.cycle, `  = ${results.cycle.cyclesPerSec} cycles/s`));
  for (const [name, s] of Object.entries(results.cycle.steps))
    log(`  ${name.padEnd(28)} p50 ${s.p50ms} ms  p99 ${s.p99ms} ms  (${s.count} requests, ${s.failed} failed)`);

  // 2c. For scale: the cheapest route with one query (framework + driver floor).
  results.floor = await measure('GET /healthz (1 query)', {
    url: `${yizhan.base}/healthz`,
    pid: yizhan.pid,
    postgres: !!pgUrl,
    connections,
    duration: Math.min(duration, 5),
  });
  log(formatRow(results.floor));

  await yizhan.stop();
  yizhan = undefined;
  timeline.exitedAt = Date.now();
  if (profileDir) saveTimeline(profileDir, timeline);

  // 3. The database afterwards.
  const hallIds = [...new Set([...setup.issueTypes, ...setup.windows].map((x) => x.hallId))];
  results.check = await checkQueueDatabase(databaseUrl, hallIds);
  const { totals, problems } = results.check;
  log(
    `database: ${totals.tickets} tickets, ${totals.calls} calls, ${totals.done} done; ` +
      (Object.keys(problems).length
        ? `PROBLEMS ${JSON.stringify(problems)}`
        : 'no ticket called twice, every final state consistent'),
  );

  const issueOk =
    share >= TARGET_SHARE &&
    results.issue.p99ms <= TARGET_P99 &&
    results.issue.non2xx === 0 &&
    results.issue.errors === 0;
  results.target = { share: TARGET_SHARE, p99ms: TARGET_P99, met: issueOk && !Object.keys(problems).length };
  log(
    `target (issue ≥ ${TARGET_SHARE * 100} % of baseline, p99 ≤ ${TARGET_P99} ms, every answer 2xx, no duplicate calls): ${results.target.met ? 'MET' : 'NOT MET'}`,
  );
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/queue-${dialect}-${results.date.replaceAll(':', '-')}.json`;
  writeFileSync(file, JSON.stringify(results, null, 2));
  log(`results: ${file}${profileDir ? `; CPU profile of the server in ${profileDir}/` : ''}`);
  if (Object.keys(problems).length) process.exitCode = 1;
} finally {
  await yizhan?.stop();
  if (dir && process.env.BENCH_KEEP_DB) log(`database kept: ${databaseUrl}`);
  else if (dir) rmSync(dir, { recursive: true, force: true });
  await pgDb?.drop();
}

/**
 * The timeline goes next to this run's main-thread profile (the largest one written since the server
 * started; tsx's loader thread writes a small one too), for `node bench/profile-top.mjs … --scenario issue`.
 */
function saveTimeline(dir, timeline) {
  const newest = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ f, st: statSync(join(dir, f)) }))
    .filter((x) => x.st.mtimeMs >= timeline.issue.start)
    .sort((a, b) => b.st.size - a.st.size)[0];
  if (newest) writeFileSync(join(dir, newest.f.replace(/\.cpuprofile$/, '.timeline.json')), JSON.stringify(timeline));
}

function round(n) {
  return n === null ? null : Math.round(n * 10) / 10;
}
