// Starting and stopping the servers a benchmark measures.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';

/** CPU time (ms) used so far by every process named `comm` (e.g. the PostgreSQL backends); null without /proc. */
export function cpuMsOfCommand(comm) {
  try {
    let total = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== comm) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
      } catch {}
    }
    return total;
  } catch {
    return null;
  }
}

/** CPU time (user + system, ms) a process has used so far; null where /proc is not available. */
export function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, USER_HZ = 100
  } catch {
    return null;
  }
}

/**
 * Wait until process `pid` is idle (under 5 % of a core over `sliceMs`), at most `maxMs`: the server's
 * first background job pass after start (e.g. the demo cases' deadline catch-up) must not run inside
 * a measured window. Returns the seconds waited.
 */
export async function waitIdle(pid, { sliceMs = 1000, maxMs = 60_000 } = {}) {
  const start = Date.now();
  let before = cpuMsOf(pid);
  while (before !== null && Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, sliceMs));
    const now = cpuMsOf(pid);
    if (now === null || now - before < sliceMs * 0.05) break;
    before = now;
  }
  return (Date.now() - start) / 1000;
}

/** Poll `url` until it answers 2xx (or give up after `ms`). */
export async function waitFor(url, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${ms / 1000} s`);
}

function spawnNode(args, env) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    child,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/**
 * Yizhan itself (`src/main.ts`, demo data loaded into the empty database). With `profileDir` the
 * process runs under `node --cpu-prof`; the .cpuprofile is written when it exits.
 */
export async function startYizhan({ port, databaseUrl, profileDir }) {
  const args = ['--import', 'tsx'];
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    args.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  }
  args.push('src/main.ts');
  const proc = spawnNode(args, {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    ...(process.env.BENCH_SQL_TIMING ? { YIZHAN_SQL_TIMING: '1' } : {}),
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/healthz`);
  return { base, pid: proc.pid, stop: proc.stop };
}

/** The reference server: Fastify + better-sqlite3 (or a pg pool), one insert + one select per request. */
export async function startBaseline({ port, databaseUrl }) {
  const env = { PORT: String(port) };
  if (databaseUrl) env.BASELINE_DATABASE_URL = databaseUrl;
  const proc = spawnNode(['bench/baseline-server.mjs'], env);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/ready`).catch(async (e) => {
    await proc.stop();
    throw e;
  });
  return { base, pid: proc.pid, stop: proc.stop };
}
