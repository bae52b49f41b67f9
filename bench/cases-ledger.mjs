// Ledger benchmark (issue 4, "Performance"): `node bench/cases-ledger.mjs` (or through
// `npm run bench -- cases` once bench/run.mjs lists it).
//
// 1. A fresh SQLite file: migrations, and a county hall (code DL) with 12 departments, 60 items and a
//    hall manager — written here rather than taken from the demo data, so the figures do not move
//    when the demo data set changes.
// 2. BENCH_CASES (default 1,000,000) cases generated straight into that hall with
//    batched multi-row inserts (100 rows a statement, 20,000 a transaction) — the ledger triggers
//    fire as for any insert — then the ledger deltas folded into the running totals.
// 3. Yizhan started on that file; as the hall manager: the ledger first page (cold, then repeated),
//    filtered first pages, a deep keyset page and an offset page, each timed end to end over HTTP.
// 4. The whole register exported as .xlsx, read as it streams; time, bytes and the server's
//    resident memory sampled every 50 ms (peak), then the file read back (exceljs streaming reader)
//    to prove every case is in it.
//
// Env: BENCH_CASES, BENCH_REPEAT (first-page repetitions, 20), BENCH_VERIFY=0 to skip the read-back,
// BENCH_KEEP=1 to keep the database directory.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { register } from 'tsx/esm/api';

register();
const { openDatabase, migrateToLatest } = await import('../src/db/index.ts');
const { migrations } = await import('../src/db/migrations/index.ts');
const m010 = await import('../src/db/migrations/2026-11-26-010-ledger-indexes.ts');
const m011 = await import('../src/db/migrations/2026-11-26-011-ledger-stats.ts');
const { hashPassword } = await import('../src/modules/auth/password-hash.ts');
const { foldLedgerStats } = await import('../src/modules/supervision/fold-ledger-stats.ts');
const { encodeCursor } = await import('../src/domain/ledger-cursor.ts');

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 20);
const VERIFY = process.env.BENCH_VERIFY !== '0';
const PORT = 3297;
const USER = 'bench.manager';
const PASSWORD = 'Bench-ledger-2026!';
const log = (s) => console.log(s);
const ms = (t0) => Math.round(performance.now() - t0);

const dir = mkdtempSync(join(tmpdir(), 'yizhan-ledger-bench-'));
const file = join(dir, 'bench.db');
const databaseUrl = `sqlite:${file}`;
log(
  `ledger benchmark: ${CASES.toLocaleString('en')} cases, SQLite ${file} (${cpus().length} × ${cpus()[0]?.model}, node ${process.version}, load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')})`,
);

/** The hall, its departments and items (limits as in real guides), and the manager who reads the ledger. */
async function writeHall(db) {
  const now = new Date().toISOString();
  const hallId = randomUUID();
  await db
    .insertInto('halls')
    .values({
      id: hallId,
      parent_id: null,
      path: `/${hallId}/`,
      name: '东岭县政务服务中心',
      short_name: '东岭县',
      level: 'county',
      division_code: '350121',
      code: 'DL',
      address: '东岭县政务路1号',
      phone: '0591-22000000',
      opening_hours: '[]',
      sort_order: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const departments = DEPARTMENTS.map((name, i) => ({
    id: randomUUID(),
    hall_id: hallId,
    name,
    short_name: '',
    residency: 'resident',
    residency_since: '2024-01-01',
    chief_representative: '',
    power_immediate: 1,
    power_promised: 1,
    power_joint: 1,
    power_reported: 1,
    delegation_letter_no: '',
    delegation_date: null,
    contact_person: '',
    contact_phone: '',
    sort_order: i,
    created_at: now,
    updated_at: now,
  }));
  await db.insertInto('departments').values(departments).execute();
  const kinds = ['promised', 'promised', 'immediate', 'promised', 'joint', 'reported'];
  const items = [];
  for (let i = 0; i < 60; i++) {
    const kind = kinds[i % kinds.length];
    const promised = kind === 'immediate' ? 0 : [3, 5, 7, 10, 15][i % 5];
    items.push({
      id: randomUUID(),
      hall_id: hallId,
      department_id: departments[i % departments.length].id,
      code: `DL-${String(i + 1).padStart(3, '0')}`,
      basic_code: '',
      name: `${ITEM_NAMES[i % ITEM_NAMES.length]}${i >= ITEM_NAMES.length ? `（${Math.floor(i / ITEM_NAMES.length) + 1}）` : ''}`,
      draft: JSON.stringify({
        kind,
        promisedDays: promised,
        statutoryDays: kind === 'immediate' ? null : promised * 3,
      }),
      entry_status: 'entered',
      published_version: 1,
      draft_dirty: 0,
      row_version: 1,
      created_at: now,
      updated_at: now,
    });
  }
  await db.insertInto('items').values(items).execute();
  await db
    .insertInto('users')
    .values(
      ['hall_manager', 'window_staff', 'window_staff', 'approver', 'approver', 'chief_rep'].map((role, i) => ({
        id: randomUUID(),
        hall_id: hallId,
        username: i === 0 ? USER : `bench.${role}.${i}`,
        display_name: `${SURNAMES[i]}${GIVEN[i]}`,
        password_hash: i === 0 ? PASSWORD_HASH : 'x',
        roles: JSON.stringify([role]),
        staff_id: null,
        department_id: role === 'hall_manager' ? null : departments[i].id,
        is_demo: 0,
        active: 1,
        failed_logins: 0,
        locked_until: null,
        last_login_at: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

// 2. the cases
const PASSWORD_HASH = await hashPassword(PASSWORD);
const DEPARTMENTS = [
  '市场监督管理局',
  '自然资源局',
  '住房和城乡建设局',
  '公安局',
  '人力资源和社会保障局',
  '医疗保障局',
  '税务局',
  '民政局',
  '卫生健康局',
  '交通运输局',
  '农业农村局',
  '生态环境局',
];
const ITEM_NAMES = [
  '个体工商户设立登记',
  '不动产首次登记',
  '建筑工程施工许可',
  '居民身份证换领',
  '社会保障卡申领',
  '医保关系转移接续',
  '增值税发票领用',
  '婚姻登记',
  '医疗机构执业登记',
  '道路运输经营许可',
  '农药经营许可',
  '排污许可证核发',
  '食品经营许可',
  '建设用地规划许可',
  '商品房预售许可',
  '户口迁移',
  '失业保险金申领',
  '异地就医备案',
  '纳税信用证明开具',
  '最低生活保障审批',
];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂'];
const FIRMS = [
  '东岭县恒达商贸有限公司',
  '东岭县绿源农业专业合作社',
  '清源市博远建筑工程有限公司',
  '东岭县老街小吃店',
  '东岭县佳禾食品有限公司',
];

function* workingDaysBack(today, count) {
  const d = new Date(`${today}T00:00:00Z`);
  let n = 0;
  while (n < count) {
    d.setUTCDate(d.getUTCDate() - 1);
    const wd = d.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    n++;
    yield d.toISOString().slice(0, 10);
  }
}
const addCalendarDays = (day, n) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

function generate() {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const hall = db.prepare(`select id, code from halls where code = 'DL'`).get();
  if (!hall) throw new Error('demo hall DL (东岭县) not found');
  const items = db
    .prepare('select id, department_id, name, draft from items where hall_id = ? order by code')
    .all(hall.id)
    .map((r) => {
      const g = JSON.parse(r.draft);
      return { ...r, version: 1, kind: g.kind, promised: g.promisedDays, statutory: g.statutoryDays };
    });
  const users = db
    .prepare(`select id from users where hall_id = ?`)
    .all(hall.id)
    .map((r) => r.id);
  // the demo data may hold cases already: continue each day's numbering after them (never reused)
  const lastSeq = new Map();
  const existingCases = db.prepare('select number from cases where hall_id = ?').all(hall.id);
  const lastSeqCount = existingCases.length;
  for (const { number } of existingCases) {
    const day = `${number.slice(-12, -8)}-${number.slice(-8, -6)}-${number.slice(-6, -4)}`;
    lastSeq.set(day, Math.max(lastSeq.get(day) ?? 0, Number(number.slice(-4))));
  }
  if (!items.length || !users.length) throw new Error('no items or users in DL');
  const cols = [
    'id',
    'hall_id',
    'number',
    'item_id',
    'item_version',
    'item_name',
    'department_id',
    'kind',
    'applicant_type',
    'applicant_name',
    'applicant_id_number',
    'contact_phone',
    'received_by',
    'received_on',
    'received_at',
    'status',
    'accepted_on',
    'promised_days',
    'statutory_days',
    'due_on',
    'decision',
    'decided_on',
    'decided_by',
    'on_time',
    'working_days_used',
    'created_at',
    'updated_at',
  ];
  const PER = 100;
  const rowSql = `(${cols.map(() => '?').join(',')})`;
  const many = db.prepare(`insert into cases (${cols.join(',')}) values ${Array(PER).fill(rowSql).join(',')}`);
  const one = db.prepare(`insert into cases (${cols.join(',')}) values ${rowSql}`);
  const flush = db.transaction((values) => {
    const width = cols.length;
    let i = 0;
    for (; i + PER * width <= values.length; i += PER * width) many.run(values.slice(i, i + PER * width));
    for (; i < values.length; i += width) one.run(values.slice(i, i + width));
  });
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const perDay = Math.min(9999, Math.max(1, Math.ceil(CASES / 500)));
  const days = [...workingDaysBack(today, Math.ceil(CASES / perDay))];
  const now = new Date().toISOString();
  let values = [];
  let n = 0;
  let rnd = 12345;
  const rand = () => {
    rnd = (rnd * 1103515245 + 12345) & 0x7fffffff;
    return rnd / 0x7fffffff;
  };
  const pick = (list) => list[Math.floor(rand() * list.length)];
  for (const [age, day] of days.entries()) {
    const first = (lastSeq.get(day) ?? 0) + 1;
    if (first + perDay > 10_000) throw new Error(`day ${day} has no room for ${perDay} more case numbers`);
    for (let seq = first; seq < first + perDay && n < CASES; seq++, n++) {
      // a few items carry most of the cases, as in a real hall (top quarter ≈ half of them)
      const it = items[Math.floor(items.length * rand() ** 2)];
      const r = rand();
      const recent = age < 20;
      const status = recent
        ? pick(['received', 'accepted', 'in_review', 'in_review', 'suspended', 'decided', 'delivered'])
        : r < 0.03
          ? 'rejected'
          : r < 0.04
            ? 'withdrawn'
            : r < 0.5
              ? 'closed'
              : r < 0.8
                ? 'delivered'
                : 'decided';
      const decided = ['decided', 'delivered', 'closed'].includes(status);
      const accepted = status !== 'received' && status !== 'rejected';
      const promised = it.promised;
      const used = decided
        ? rand() < 0.04
          ? promised + 1 + Math.floor(rand() * 3)
          : Math.floor(rand() * (promised + 1))
        : null;
      const person = rand() < 0.7;
      values.push(
        randomUUID(),
        hall.id,
        `${hall.code}${day.replaceAll('-', '')}${String(seq).padStart(4, '0')}`,
        it.id,
        it.version,
        it.name,
        it.department_id,
        it.kind,
        person ? 'person' : 'enterprise',
        person ? `${pick(SURNAMES)}${pick(GIVEN)}${rand() < 0.5 ? pick(GIVEN) : ''}` : pick(FIRMS),
        person
          ? `3501${String(Math.floor(rand() * 1e14)).padStart(14, '0')}`
          : `91350100${String(Math.floor(rand() * 1e10)).padStart(10, '0')}`,
        `13${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
        pick(users),
        day,
        `${day}T01:30:00.000Z`,
        status,
        accepted ? day : null,
        promised,
        it.statutory,
        accepted ? addCalendarDays(day, Math.ceil(promised * 1.4)) : null,
        decided ? (rand() < 0.03 ? 'deny' : 'approve') : null,
        decided ? addCalendarDays(day, Math.ceil((used ?? 0) * 1.4)) : null,
        decided ? pick(users) : null,
        decided ? (used <= promised ? 1 : 0) : null,
        used,
        now,
        now,
      );
      if (values.length >= 20_000 * cols.length) {
        flush(values);
        values = [];
      }
    }
  }
  flush(values);
  // keep the hall's case counters ahead of the generated numbers
  const counter = db.prepare(
    'insert into case_counters (hall_id, day, last_seq) values (?, ?, ?) on conflict (hall_id, day) do update set last_seq = max(last_seq, excluded.last_seq)',
  );
  db.transaction(() => {
    for (const day of days) counter.run(hall.id, day, (lastSeq.get(day) ?? 0) + perDay);
  })();
  db.close();
  return { hallId: hall.id, days, perDay, departmentId: items[0].department_id, existing: lastSeqCount };
}

// 1. schema and the hall
{
  const handle = await openDatabase(databaseUrl);
  await migrateToLatest(handle.db);
  if (!('2026-11-26-010-ledger-indexes' in migrations)) await m010.up(handle.db);
  if (!('2026-11-26-011-ledger-stats' in migrations)) await m011.up(handle.db);
  await writeHall(handle.db);
  await handle.close();
}

const t0 = performance.now();
const gen = generate();
const insertMs = ms(t0);
log(
  `generated ${CASES.toLocaleString('en')} cases in ${insertMs} ms (${Math.round(CASES / (insertMs / 1000)).toLocaleString('en')}/s; ${gen.days.length} working days × ${gen.perDay})`,
);
let foldMs;
{
  const handle = await openDatabase(databaseUrl);
  const t1 = performance.now();
  const folded = await foldLedgerStats({ db: handle.db, dialect: 'sqlite' });
  foldMs = ms(t1);
  const { n } = await handle.db
    .selectFrom('case_ledger_stats')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  log(
    `folded ${folded.toLocaleString('en')} ledger deltas into ${Number(n).toLocaleString('en')} groups in ${foldMs} ms`,
  );
  await handle.close();
}
log(`database file: ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`);

// 3. the server
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, PORT: String(PORT), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', YIZHAN_DEMO: '0' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const exited = new Promise((r) => server.once('exit', r));
const base = `http://127.0.0.1:${PORT}`;
const rssKb = (field = 'VmRSS') => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
};
const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
const results = { cases: CASES, insertMs, foldMs };
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USER, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const headers = { cookie };
  const ledger = `${base}/api/v1/halls/${gen.hallId}/ledger`;

  const timed = async (url) => {
    const t = performance.now();
    const res = await fetch(url, { headers });
    const body = await res.json();
    const took = performance.now() - t;
    if (!res.ok) throw new Error(`${url} → ${res.status} ${JSON.stringify(body)}`);
    return { took, body };
  };
  const stats = (list) => {
    const s = [...list].sort((a, b) => a - b);
    const at = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
    return { median: +at(50).toFixed(1), p95: +at(95).toFixed(1), max: +s.at(-1).toFixed(1) };
  };
  const row = (name, first, rest) =>
    log(
      `${name.padEnd(44)} first ${first.toFixed(1).padStart(7)} ms   median ${String(rest.median).padStart(6)} ms   p95 ${String(rest.p95).padStart(6)} ms   max ${String(rest.max).padStart(6)} ms`,
    );

  const cold = await timed(`${ledger}?pageSize=20`);
  const total = CASES + gen.existing;
  if (cold.body.total !== total) throw new Error(`ledger total ${cold.body.total}, expected ${total}`);
  const warm = [];
  for (let i = 0; i < REPEAT; i++) warm.push((await timed(`${ledger}?pageSize=20`)).took);
  results.firstPage = { coldMs: +cold.took.toFixed(1), ...stats(warm), summary: cold.body.summary };
  log(`summary: ${JSON.stringify(cold.body.summary)}`);
  row('ledger first page (20 rows + summary)', cold.took, stats(warm));

  const month = gen.days[Math.floor(gen.days.length / 2)].slice(0, 7);
  const variants = [
    ['  filtered: department', `departmentId=${gen.departmentId}`],
    ['  filtered: status=closed', 'status=closed'],
    ['  filtered: onTime=false', 'onTime=false'],
    ['  filtered: kind=immediate', 'kind=immediate'],
    [`  filtered: received in ${month}`, `from=${month}-01&to=${month}-31`],
    [
      '  deep page: keyset cursor (middle)',
      `cursor=${encodeCursor({ receivedOn: gen.days[Math.floor(gen.days.length / 2)], number: 'ZZ' })}`,
    ],
    ['  deep page: page=5000 (offset 99,980)', 'page=5000'],
  ];
  results.variants = {};
  for (const [name, q] of variants) {
    const first = await timed(`${ledger}?pageSize=20&${q}`);
    const rest = [];
    for (let i = 0; i < Math.min(REPEAT, 10); i++) rest.push((await timed(`${ledger}?pageSize=20&${q}`)).took);
    results.variants[name.trim()] = { coldMs: +first.took.toFixed(1), ...stats(rest), total: first.body.total };
    row(name, first.took, stats(rest));
  }

  // the supervision view computes the clock of every running case of the hall on each request
  {
    const url = `${base}/api/v1/halls/${gen.hallId}/supervision`;
    const first = await timed(url);
    const rest = [];
    for (let i = 0; i < 3; i++) rest.push((await timed(url)).took);
    results.supervision = { coldMs: +first.took.toFixed(1), ...stats(rest), running: first.body.running };
    row(
      `supervision view (${Object.values(first.body.running).reduce((a, b) => a + b, 0)} running)`,
      first.took,
      stats(rest),
    );
  }

  // 4. the export
  const rssBefore = rssKb();
  let peak = rssBefore;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssKb());
    } catch {}
  }, 50);
  const xlsx = join(dir, 'ledger.xlsx');
  const t2 = performance.now();
  const res = await fetch(`${ledger}.xlsx`, { headers });
  if (!res.ok) throw new Error(`export → ${res.status} ${await res.text()}`);
  let firstByteMs = null;
  let bytes = 0;
  const counted = Readable.fromWeb(res.body).map((chunk) => {
    firstByteMs ??= ms(t2);
    bytes += chunk.length;
    return chunk;
  });
  await pipeline(counted, createWriteStream(xlsx));
  const exportMs = ms(t2);
  clearInterval(sampler);
  results.export = {
    ms: exportMs,
    firstByteMs,
    bytes,
    rowsPerSec: Math.round(total / (exportMs / 1000)),
    serverRssBeforeMiB: Math.round(rssBefore / 1024),
    serverRssPeakMiB: Math.round(peak / 1024),
    serverHwmMiB: Math.round(rssKb('VmHWM') / 1024),
  };
  log(
    `export .xlsx: ${exportMs} ms (${results.export.rowsPerSec.toLocaleString('en')} rows/s), first byte after ${firstByteMs} ms, ${(bytes / 2 ** 20).toFixed(1)} MiB; server RSS ${mib(rssBefore)} before, peak ${mib(peak)} during (VmHWM ${mib(rssKb('VmHWM'))})`,
  );

  if (VERIFY) {
    const t3 = performance.now();
    let dataRows = 0;
    let header;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsx, { sharedStrings: 'ignore', styles: 'ignore' });
    for await (const sheet of reader) {
      for await (const r of sheet) {
        if (r.number === 1) header ??= r.values.slice(1).join(',');
        else dataRows++;
      }
    }
    results.export.verifiedRows = dataRows;
    log(`read back: ${dataRows.toLocaleString('en')} data rows, header ${header} (${ms(t3)} ms)`);
    if (dataRows !== total) throw new Error(`export has ${dataRows} rows, expected ${total}`);
  }
  log(`\n${JSON.stringify(results)}`);
} finally {
  if (server.exitCode === null) server.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (process.env.BENCH_KEEP === '1') log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
