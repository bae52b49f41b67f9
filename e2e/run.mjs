// Browser journeys: build the web app, start Yizhan on a fresh SQLite file with demo data,
// run e2e/*.test.mjs with node's test runner against it, stop the server.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3210);
const dir = mkdtempSync(join(tmpdir(), 'yizhan-e2e-'));
const baseUrl = `http://127.0.0.1:${port}`;

execSync('node scripts/build-web-if-needed.mjs --force', { stdio: 'inherit' });

const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}`,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

async function waitForHealth() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
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
  const files = readdirSync('e2e')
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => join('e2e', f));
  const args = ['--test', '--test-concurrency=1', ...(process.env.CI ? ['--test-reporter=spec'] : []), ...files];
  code = await new Promise((resolve) => {
    const t = spawn(process.execPath, args, { env: { ...process.env, BASE_URL: baseUrl }, stdio: 'inherit' });
    t.on('exit', (c) => resolve(c ?? 1));
  });
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
