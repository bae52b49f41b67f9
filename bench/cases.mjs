// Cases benchmark (issue 4, "Performance"): `npm run bench -- cases [--ledger]`.
// Accept-a-case throughput at 50 connections on SQLite and on PostgreSQL, each next to the
// insert+select baseline measured in the same run (bench/baseline-server.mjs, as for the queue):
// Yizhan with the demo data, a pool of received cases (complete materials) made through the receive
// route, then `POST /api/v1/cases/{id}/accept` on them, then the database read back (bench/lib/case-accept.mjs).
// With --ledger afterwards the 1,000,000-case ledger and Excel export (bench/cases-ledger.mjs, ~2 min).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAcceptance } from './lib/case-accept.mjs';
import { formatRow, measure } from './lib/measure.mjs';
import { analyzePostgres, ensureFreshDatabase } from './lib/pg-database.mjs';
import { startBaseline, startYizhan } from './lib/server.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
// received cases prepared per database (each is accepted at most once); the run fails when they run out
const pool = (dialect) => Number(process.env.BENCH_POOL ?? (dialect === 'postgres' ? 2_000 : 24_000));
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/yz_bench_cases';
const dbs = (process.env.BENCH_DBS ?? 'sqlite postgres').split(/\s+/).filter(Boolean);
const profileDir = process.env.BENCH_PROFILE ? join('bench', 'results', 'profiles-cases') : undefined;
// ports of their own: the queue benchmark uses 3298–3299, the ledger one 3297
const PORT = Number(process.env.BENCH_PORT ?? 3296);
const TARGET = 1000; // accepted cases per second on SQLite
const log = (s) => console.log(s);
const load = () => loadavg().map((n) => n.toFixed(2));

const results = {
  date: new Date().toISOString(),
  connections,
  duration,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
  runs: {},
};
log(`cases benchmark (${dbs.join(' + ')}): ${connections} connections, ${duration} s (load ${load().join(' ')})`);

let failed = false;
for (const dialect of dbs) {
  const run = { loadBefore: load() };
  results.runs[dialect] = run;
  log(`\n— ${dialect} (load ${run.loadBefore.join(' ')})`);
  let dir;
  let pgDb;
  let databaseUrl = pgUrl;
  if (dialect === 'postgres') pgDb = await ensureFreshDatabase(pgUrl);
  else {
    dir = mkdtempSync(join(tmpdir(), 'yizhan-cases-bench-'));
    databaseUrl = `sqlite:${join(dir, 'bench.db')}`;
  }
  let yizhan;
  try {
    // the baseline first, alone on the machine; on PostgreSQL also the pg baseline (in the bench database)
    run.baseline = await baselineRow({});
    if (dialect === 'postgres') run.baselinePg = await baselineRow({ databaseUrl: pgUrl, pg: true });
    yizhan = await startYizhan({ port: PORT, databaseUrl, profileDir });
    if (dialect === 'postgres') await analyzePostgres(pgUrl);
    const out = await runAcceptance({ yizhan, databaseUrl, count: pool(dialect), connections, duration, warmup, log });
    Object.assign(run, out);
    run.accept.shareOfBaseline = Number((run.accept.reqPerSec / run.baseline.reqPerSec).toFixed(3));
    let share = `  = ${(run.accept.shareOfBaseline * 100).toFixed(1)} % of baseline`;
    if (run.baselinePg) {
      run.accept.shareOfBaselinePg = Number((run.accept.reqPerSec / run.baselinePg.reqPerSec).toFixed(3));
      share += `, ${(run.accept.shareOfBaselinePg * 100).toFixed(1)} % of baseline pg`;
    }
    log(formatRow(run.accept, share));
    run.loadAfter = load();
    const problems = Object.keys(run.check.problems);
    log(
      `database: ${run.check.accepted} cases accepted (${run.check.acceptAnswers200} answered 200); ` +
        (problems.length ? `PROBLEMS ${JSON.stringify(run.check.problems)}` : 'each exactly once, all consistent'),
    );
    if (problems.length || run.accept.non2xx || run.accept.poolExhausted) failed = true;
  } finally {
    await yizhan?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await pgDb?.drop();
  }
}

if (results.runs.sqlite) {
  const met = results.runs.sqlite.accept.reqPerSec >= TARGET;
  results.target = { sqliteAcceptPerSec: TARGET, met };
  log(`\ntarget (accept ≥ ${TARGET}/s on SQLite): ${met ? 'MET' : 'NOT MET'}`);
}
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/cases-accept-${results.date.replaceAll(':', '-')}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
log(`results: ${file}`);
if (failed) process.exitCode = 1;

if (process.argv.includes('--ledger')) {
  log('\n— ledger: 1,000,000 cases, first pages and the streamed Excel export (bench/cases-ledger.mjs)');
  await import('./cases-ledger.mjs');
}

async function baselineRow({ databaseUrl, pg }) {
  const server = await startBaseline({ port: PORT - 1, databaseUrl });
  try {
    const opts = { url: `${server.base}/t`, method: 'POST' };
    if (warmup > 0) await measure('warm-up', { ...opts, connections, duration: warmup });
    const row = await measure(pg ? 'baseline pg insert+select' : 'baseline insert+select', {
      ...opts,
      connections,
      duration,
      pid: server.pid,
      postgres: pg,
    });
    log(formatRow(row));
    return row;
  } finally {
    await server.stop();
  }
}
