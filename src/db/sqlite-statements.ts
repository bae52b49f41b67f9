import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 behind Kysely, with a cache of prepared statements. Kysely prepares every query it
 * runs, and preparing costs more than running most of ours (measured: 13–48 µs to prepare, 1–20 µs to
 * run); the SQL text of a query shape never changes, so a statement is prepared once and reused.
 * Least recently used statements are dropped beyond `size`. A statement still being iterated (a
 * streamed query) is busy and is not handed out twice: a fresh one is prepared instead.
 */
const TIMES = new Map<string, [number, number]>();
process.on('exit', () => {
  const rows = [...TIMES].sort((a, b) => b[1][1] - a[1][1]).slice(0, 25);
  for (const [sql, [n, t]] of rows) console.error(`${String(n).padStart(7)} ${((t * 1000) / n).toFixed(1).padStart(7)} µs  ${t.toFixed(0).padStart(6)} ms  ${sql.slice(0, 150)}`);
});
function timed(sql: string, stmt: SQLite.Statement): SQLite.Statement {
  const wrap = (fn: (p: unknown[]) => unknown) => (p: unknown[]) => { const t0 = performance.now(); try { return fn(p); } finally { const e = TIMES.get(sql) ?? [0, 0]; e[0]++; e[1] += performance.now() - t0; TIMES.set(sql, e); } };
  return { reader: stmt.reader, busy: stmt.busy, all: wrap((p) => stmt.all(p)), run: wrap((p) => stmt.run(p)), iterate: (p: unknown[]) => stmt.iterate(p) } as unknown as SQLite.Statement;
}
export function withStatementCache(sqlite: SQLite.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = timed(sql, sqlite.prepare(sql));
      if (!hit) {
        cache.set(sql, stmt);
        if (cache.size > size) cache.delete(cache.keys().next().value as string);
      }
      return stmt;
    },
  };
}
