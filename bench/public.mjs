// Public-site benchmarks with autocannon (`npm run bench`). By default starts its own server on a fresh
// SQLite file with demo data; set BENCH_URL to measure a server that is already running, or
// BENCH_DATABASE_URL=postgres://… to start it on PostgreSQL.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
let base = process.env.BENCH_URL;
let server;
let dir;

async function health(url) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('server did not start');
}

if (!base) {
  dir = mkdtempSync(join(tmpdir(), 'yizhan-bench-'));
  const port = 3299;
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'bench.db')}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

try {
  await health(base);
  const halls = await (await fetch(`${base}/api/v1/public/halls`)).json();
  const county = halls.find((h) => h.level === 'county') ?? halls[0];
  const items = await (await fetch(`${base}/api/v1/public/halls/${county.id}/items`)).json();
  const item = items[0];
  const scenarios = [
    ['hall tree', '/api/v1/public/halls'],
    ['item list (hall, all)', `/api/v1/public/halls/${county.id}/items`],
    ['keyword search 许可', `/api/v1/public/halls/${county.id}/items?q=${encodeURIComponent('许可')}`],
    ['published guide', `/api/v1/public/items/${item.id}`],
  ];
  const results = [];
  for (const [name, path] of scenarios) {
    const r = await autocannon({ url: `${base}${path}`, connections, duration });
    const row = {
      name,
      path,
      reqPerSec: Math.round(r.requests.average),
      p50ms: r.latency.p50,
      p99ms: r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors,
    };
    results.push(row);
    console.log(
      `${name.padEnd(24)} ${String(row.reqPerSec).padStart(7)} req/s  p50 ${row.p50ms} ms  p99 ${row.p99ms} ms  non-2xx ${row.non2xx}`,
    );
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    `bench/results/public-${new Date().toISOString().replaceAll(':', '-')}.json`,
    JSON.stringify({ base, connections, duration, results }, null, 2),
  );
} finally {
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
}
