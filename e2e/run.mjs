// Browser journeys: build the web app, start Yizhan on a fresh database with demo data, run the
// journeys (e2e/*.test.mjs) with node's test runner against it, stop the server, drop the database.
//
//   node e2e/run.mjs                          every journey on a fresh SQLite file
//   node e2e/run.mjs cases.test.mjs …         only these journeys (file names or paths)
//   E2E_DB=postgres node e2e/run.mjs          on a fresh PostgreSQL database (yizhan_e2e_<pid> on
//                                             E2E_PG_URL, default postgres://postgres@127.0.0.1:5432),
//                                             only the journeys that declare `// e2e-databases: sqlite postgres`
//
// The journeys get BASE_URL and E2E_DATABASE_URL (the database the server runs on) in their environment.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureFreshDatabase } from '../bench/lib/pg-database.mjs';

const port = Number(process.env.E2E_PORT ?? 3210);
const onPostgres = process.env.E2E_DB === 'postgres';
const baseUrl = `http://127.0.0.1:${port}`;

/** The journeys asked for (all by default); on PostgreSQL only those that declare they run there. */
function journeys(args) {
  const all = readdirSync('e2e').filter((f) => f.endsWith('.test.mjs'));
  const wanted = args.length ? args.map((a) => basename(a)) : all;
  for (const f of wanted) if (!all.includes(f)) throw new Error(`no journey e2e/${f}`);
  const runsOn = (f) => {
    const m = /^\/\/ e2e-databases:(.*)$/m.exec(readFileSync(join('e2e', f), 'utf8'));
    return m ? m[1].trim().split(/\s+/) : ['sqlite'];
  };
  return wanted.filter((f) => runsOn(f).includes(onPostgres ? 'postgres' : 'sqlite')).map((f) => join('e2e', f));
}

const files = journeys(process.argv.slice(2));
if (!files.length) {
  console.error(`no journey to run on ${onPostgres ? 'PostgreSQL' : 'SQLite'}`);
  process.exit(1);
}

// The SQLite run rebuilds the web app; the PostgreSQL run (after it in CI) only when it is stale.
execSync(`node scripts/build-web-if-needed.mjs${onPostgres ? '' : ' --force'}`, { stdio: 'inherit' });

let dir;
let pgDb;
let databaseUrl;
if (onPostgres) {
  const url = new URL(process.env.E2E_PG_URL ?? 'postgres://postgres@127.0.0.1:5432');
  url.pathname = `/yizhan_e2e_${process.pid}`;
  databaseUrl = url.toString();
  pgDb = await ensureFreshDatabase(databaseUrl);
  if (!pgDb.created) throw new Error(`${databaseUrl} exists already; drop it or pick another E2E_PG_URL`);
} else {
  dir = mkdtempSync(join(tmpdir(), 'yizhan-e2e-'));
  databaseUrl = `sqlite:${join(dir, 'e2e.db')}`;
}

const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const serverExited = new Promise((resolve) => server.once('exit', resolve));

async function waitForHealth() {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('server did not become healthy');
}

let code = 1;
try {
  await waitForHealth();
  console.log(`journeys on ${onPostgres ? `PostgreSQL (${databaseUrl})` : 'SQLite'}: ${files.join(' ')}`);
  const args = ['--test', '--test-concurrency=1', ...(process.env.CI ? ['--test-reporter=spec'] : []), ...files];
  code = await new Promise((resolve) => {
    const t = spawn(process.execPath, args, {
      env: { ...process.env, BASE_URL: baseUrl, E2E_DATABASE_URL: databaseUrl },
      stdio: 'inherit',
    });
    t.on('exit', (c) => resolve(c ?? 1));
  });
} finally {
  server.kill('SIGTERM');
  // the database can only be dropped once the server has let go of it
  await Promise.race([serverExited, new Promise((r) => setTimeout(r, 15_000))]);
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  await pgDb?.drop();
}
process.exit(code);
