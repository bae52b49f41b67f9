// Build the web app when web/dist is missing or older than its sources (npm start on a fresh clone).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const out = 'web/dist/index.html';
const srcTime = Math.max(newest('web/src'), statSync('web/index.html').mtimeMs, statSync('vite.config.ts').mtimeMs);
if (!existsSync(out) || statSync(out).mtimeMs < srcTime || process.argv.includes('--force')) {
  console.log('Building the web app (vite)…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
