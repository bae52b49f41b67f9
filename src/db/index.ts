import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type Migration, type MigrationProvider, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type Checkpointer, SAFETY_NET_PAGES, startCheckpointer } from './checkpointer.js';
import { groupCommit } from './group-commit.js';
import { migrations } from './migrations/index.js';
import { namePreparedStatements } from './pg-prepared.js';
import { FastSqliteDialect } from './sqlite-driver.js';
import type { Database } from './types.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  /** PostgreSQL schema given at open time (tests), if any */
  schema?: string;
  /** human-readable target, without credentials */
  describe: string;
  /**
   * Run `fn` in a transaction: on PostgreSQL `db.transaction()`, on SQLite with group commit
   * (src/db/group-commit.ts). Absent: use `db.transaction()`.
   */
  transact?: <T>(fn: (trx: Db) => Promise<T>) => Promise<T>;
  close(): Promise<void>;
}

// bigint / numeric come back as strings from pg; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number(v));

export const DEFAULT_DATABASE_URL = 'sqlite:./data/yizhan.db';

export interface OpenOptions {
  /** PostgreSQL only: use (and create) this schema, e.g. one per test run */
  schema?: string;
  poolSize?: number;
  /**
   * SQLite file only: checkpoint the WAL on a worker thread (src/db/checkpointer.ts) instead of in
   * the commits of the request thread. The server turns it on; tests and scripts need not.
   */
  backgroundCheckpoint?: boolean;
}

/** Open a database from a URL: `postgres://…` or `sqlite:<path>` (`sqlite::memory:` for tests). */
export async function openDatabase(url: string = DEFAULT_DATABASE_URL, opts: OpenOptions = {}): Promise<DbHandle> {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    if (opts.schema && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error(`bad schema name ${opts.schema}`);
    if (opts.schema) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`create schema if not exists ${opts.schema}`);
      await c.end();
    }
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 10,
      options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
    });
    namePreparedStatements(pool);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const u = new URL(url);
    return {
      db,
      dialect: 'postgres',
      schema: opts.schema,
      describe: `postgres://${u.host}${u.pathname}${opts.schema ? ` (schema ${opts.schema})` : ''}`,
      transact: (fn) => db.transaction().execute(fn),
      close: () => db.destroy(),
    };
  }
  if (!url.startsWith('sqlite:')) throw new Error('DATABASE_URL must start with postgres:// or sqlite:');
  const file = url.slice('sqlite:'.length) || './data/yizhan.db';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  let checkpointer: Checkpointer | undefined;
  if (opts.backgroundCheckpoint && file !== ':memory:') {
    sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
    checkpointer = startCheckpointer(file, {
      onError: (message) => console.error(`background WAL checkpoint failed: ${message}`),
    });
  }
  const dialect = new FastSqliteDialect(sqlite);
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    dialect: 'sqlite',
    describe: `sqlite:${file}`,
    transact: groupCommit(db, dialect.direct),
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/** Bring the schema up to date; throws on the first failing migration. */
export async function migrateToLatest(db: Db, opts: { schema?: string } = {}): Promise<string[]> {
  // With a private schema (tests), Kysely must look for its own tables there, not in any schema.
  const migrator = new Migrator({ db, provider: new StaticProvider(), migrationTableSchema: opts.schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Drop everything (db:reset, tests). */
export async function dropAll(h: DbHandle): Promise<void> {
  const migrator = new Migrator({ db: h.db, provider: new StaticProvider() });
  await migrator.migrateTo(Symbol.for('NO_MIGRATIONS') as never).catch(() => undefined);
  await sql`drop table if exists kysely_migration`.execute(h.db);
  await sql`drop table if exists kysely_migration_lock`.execute(h.db);
}

/** True for a unique-constraint violation on either database. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string } | null;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** ISO-8601 UTC timestamp as stored. */
export function nowIso(): string {
  return new Date().toISOString();
}

export const bool = (b: boolean): number => (b ? 1 : 0);
