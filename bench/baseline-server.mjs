// Baseline for the queue benchmark: Fastify + better-sqlite3, one insert + one select per request
// (STACK.md "Baselines"), measured in the same run as Yizhan so machine noise affects both alike.
// The select reads the inserted row back by its key, so its cost does not grow with the table (a
// count over every row would make the baseline slower the longer it runs).
// With BASELINE_DATABASE_URL=postgres://… the same two statements go through a pg pool of 10 instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const app = Fastify();
let close;
const pgUrl = process.env.BASELINE_DATABASE_URL;
if (pgUrl) {
  const pool = new pg.Pool({ connectionString: pgUrl, max: 10 });
  await pool.query('drop table if exists bench_baseline_t');
  await pool.query('create table bench_baseline_t (id serial primary key, hall text, n integer, at text)');
  app.post('/t', async () => {
    const { rows } = await pool.query('insert into bench_baseline_t (hall, n, at) values ($1, $2, $3) returning id', [
      'h1',
      1,
      new Date().toISOString(),
    ]);
    const back = await pool.query('select id, hall, n, at from bench_baseline_t where id = $1', [rows[0].id]);
    return back.rows[0];
  });
  close = async () => {
    await pool.query('drop table if exists bench_baseline_t');
    await pool.end();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'yz-baseline-'));
  const db = new Database(join(dir, 'b.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table t (id integer primary key, hall text, n integer, at text)');
  const ins = db.prepare('insert into t (hall, n, at) values (?, ?, ?)');
  const sel = db.prepare('select id, hall, n, at from t where id = ?');
  app.post('/t', async () => {
    const info = ins.run('h1', 1, new Date().toISOString());
    return sel.get(info.lastInsertRowid);
  });
  close = async () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
app.get('/ready', async () => ({ ok: true }));
process.on('SIGTERM', async () => {
  await app.close();
  await close();
  process.exit(0);
});
await app.listen({ port: Number(process.env.PORT ?? 3298), host: '127.0.0.1' });
