import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  SqliteDialect,
} from 'kysely';

/**
 * Kysely's SQLite dialect with two changes to its driver, both measured on a ticket issue under
 * 50 concurrent requests (bench/README.md):
 *
 * - The one connection is handed out first come, first served. Kysely's own mutex wakes every
 *   waiter on each release and lets them race for it again: work proportional to the number of
 *   waiters on every query, and an unlucky request can lose many races in a row (long p99).
 * - Prepared statements are kept (least recently used beyond `cacheSize` are dropped). Kysely
 *   prepares every query it runs, and preparing costs more than running most of ours (13–48 µs to
 *   prepare, 1–20 µs to run); the SQL text of a query shape never changes. A statement still being
 *   iterated (a streamed query) is busy and is not handed out twice: a fresh one is prepared.
 */
export class FastSqliteDialect extends SqliteDialect {
  readonly #database: SQLite.Database;
  readonly #connection: FastSqliteConnection;

  constructor(database: SQLite.Database, cacheSize = 500) {
    super({ database });
    this.#database = database;
    this.#connection = new FastSqliteConnection(new StatementCache(database, cacheSize));
  }

  override createDriver(): Driver {
    return new FastSqliteDriver(this.#database, this.#connection);
  }

  /**
   * The connection's statements run synchronously, for code that already holds the connection
   * (group commit's batch transaction, src/db/group-commit.ts): no Kysely executor, no lock.
   */
  get direct(): SqliteDirect {
    return this.#connection;
  }
}

/** Synchronous access to the one SQLite connection; only for whoever holds it. */
export interface SqliteDirect {
  /** rows of a reading statement, [] for a writing one */
  rows<R>(sql: string, parameters: readonly unknown[]): R[];
}

/** A lock granted in request order. */
class FifoMutex {
  #locked = false;
  readonly #waiting: (() => void)[] = [];

  lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  unlock(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#locked = false;
  }
}

class StatementCache {
  readonly #map = new Map<string, SQLite.Statement>();
  constructor(
    readonly db: SQLite.Database,
    readonly size: number,
  ) {}

  prepare(sql: string): SQLite.Statement {
    const hit = this.#map.get(sql);
    if (hit && !hit.busy) {
      this.#map.delete(sql);
      this.#map.set(sql, hit);
      return hit;
    }
    const stmt = this.db.prepare(sql);
    if (!hit) {
      this.#map.set(sql, stmt);
      if (this.#map.size > this.size) this.#map.delete(this.#map.keys().next().value as string);
    }
    return stmt;
  }
}

/**
 * `YIZHAN_SQL_TIMING=1`: CPU time (user + system, so the page writes count) spent in SQLite per
 * statement, printed to stderr when the process exits (the queue benchmark's cost breakdown; off by
 * default). CPU rather than wall time, which on a busy machine counts the time others had the CPU.
 */
function sqlTimer(): ((sql: string, ms: number) => void) | null {
  if (process.env.YIZHAN_SQL_TIMING !== '1') return null;
  const totals = new Map<string, { n: number; ms: number }>();
  process.once('exit', () => {
    const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30);
    const all = rows.reduce((s, [, t]) => s + t.ms, 0);
    process.stderr.write(`SQL CPU time (top ${rows.length}, ${all.toFixed(0)} ms):\n`);
    for (const [sql, t] of rows)
      process.stderr.write(
        `${String(t.n).padStart(8)} × ${((t.ms * 1000) / t.n).toFixed(1).padStart(7)} µs = ${t.ms.toFixed(0).padStart(6)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 140)}\n`,
      );
  });
  return (sql, ms) => {
    const t = totals.get(sql) ?? { n: 0, ms: 0 };
    t.n++;
    t.ms += ms;
    totals.set(sql, t);
  };
}

class FastSqliteConnection implements DatabaseConnection, SqliteDirect {
  readonly #timer = sqlTimer();
  constructor(readonly statements: StatementCache) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.#timer) return this.#execute(compiledQuery);
    const t0 = process.cpuUsage();
    try {
      return this.#execute(compiledQuery);
    } finally {
      const t = process.cpuUsage(t0);
      this.#timer(compiledQuery.sql, (t.user + t.system) / 1000);
    }
  }

  rows<R>(sql: string, parameters: readonly unknown[]): R[] {
    if (!this.#timer) return this.#rows(sql, parameters);
    const t0 = process.cpuUsage();
    try {
      return this.#rows(sql, parameters);
    } finally {
      const t = process.cpuUsage(t0);
      this.#timer(sql, (t.user + t.system) / 1000);
    }
  }

  #rows<R>(sql: string, parameters: readonly unknown[]): R[] {
    const stmt = this.statements.prepare(sql);
    if (stmt.reader) return stmt.all(parameters) as R[];
    stmt.run(parameters);
    return [];
  }

  #execute<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.statements.prepare(compiledQuery.sql);
    const parameters = compiledQuery.parameters as unknown[];
    if (stmt.reader) return Promise.resolve({ rows: stmt.all(parameters) as R[] });
    const { changes, lastInsertRowid } = stmt.run(parameters);
    return Promise.resolve({
      numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
      insertId: lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
      rows: [],
    });
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiledQuery.query))
      throw new Error('Sqlite driver only supports streaming of select queries');
    const stmt = this.statements.prepare(compiledQuery.sql);
    for (const row of stmt.iterate(compiledQuery.parameters as unknown[])) yield { rows: [row as R] };
  }
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

class FastSqliteDriver implements Driver {
  readonly #mutex = new FifoMutex();
  constructor(
    readonly db: SQLite.Database,
    readonly connection: FastSqliteConnection,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoted(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoted(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoted(name)}`));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    this.db.close();
  }
}
