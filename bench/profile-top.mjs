// Reads a V8 .cpuprofile (from `BENCH_PROFILE=1 npm run bench -- queue`, i.e. `node --cpu-prof`) and
// prints where the time went: top functions by self time, by total (inclusive) time, and self time
// per package / source area. Restrict to a scenario with `--scenario issue|cycle` (uses the
// timeline the queue benchmark writes next to the profile) or `--last <seconds>`.
//   node bench/profile-top.mjs bench/results/profiles/<file>.cpuprofile --scenario issue [--top 30]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && a.endsWith('.cpuprofile'));
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!file) {
  console.error('usage: node bench/profile-top.mjs <file.cpuprofile> [--scenario issue|cycle] [--last s] [--top n]');
  process.exit(2);
}
const top = Number(opt('top') ?? 30);
const prof = JSON.parse(readFileSync(file, 'utf8'));

// Time window in profile microseconds.
let from = prof.startTime;
let to = prof.endTime;
if (opt('last')) from = to - Number(opt('last')) * 1e6;
if (opt('scenario')) {
  const timeline = JSON.parse(readFileSync(file.replace(/\.cpuprofile$/, '.timeline.json'), 'utf8'));
  const s = timeline[opt('scenario')];
  if (!s) throw new Error(`no scenario ${opt('scenario')} in the timeline`);
  // The profile ends when the server exits; the timeline has wall-clock times of the same events.
  from = to - (timeline.exitedAt - s.start) * 1e3;
  to = to - (timeline.exitedAt - s.end) * 1e3;
}

const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (n) => {
  const f = n.callFrame;
  const url = f.url.replace(/^file:\/\//, '').replace(/^.*?\/(node_modules\/|src\/)/, '$1');
  return `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber + 1}`;
};
const area = (n) => {
  const u = n.callFrame.url;
  const m = u.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (u.includes('/src/')) return `src/${u.split('/src/')[1].split('/').slice(0, 2).join('/')}`;
  if (u.startsWith('node:')) return 'node:internal';
  return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : u || '(native)';
};

const self = new Map();
const total = new Map();
const areas = new Map();
let t = prof.startTime;
let counted = 0;
for (let i = 0; i < prof.samples.length; i++) {
  t += prof.timeDeltas[i];
  if (t < from || t > to) continue;
  const dt = prof.timeDeltas[i + 1] ?? 0;
  counted += dt;
  const leaf = nodes.get(prof.samples[i]);
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
  areas.set(area(leaf), (areas.get(area(leaf)) ?? 0) + dt);
  const seen = new Set();
  for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
    const l = label(nodes.get(id));
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + dt);
  }
}
const pct = (us) => `${((100 * us) / counted).toFixed(1).padStart(5)} %`;
const print = (title, m, n) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(v)}  ${k}`);
};
console.log(`${file}: ${(counted / 1e6).toFixed(2)} s of samples in the window`);
print('self time by area', areas, 25);
print('self time by function', self, top);
print('total (inclusive) time by function', total, top);
