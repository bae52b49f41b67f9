import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';
import { type Arg, preparedQuery } from './prepared.js';
import { FastSqliteDialect } from './sqlite-driver.js';

interface T {
  parent: { id: number };
  item: { id: number; parent_id: number; label: string };
}

// Both ways a batch can run: through Kysely's savepoints, and straight on the held connection.
describe.each(['kysely', 'direct'] as const)('group commit (SQLite, %s)', (mode) => {
  let dir: string;
  let file: string;
  let db: Kysely<T>;
  let tx: <R>(fn: (trx: Kysely<T>) => Promise<R>) => Promise<R>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yz-gc-'));
    file = join(dir, 'g.db');
    const s = new SQLite(file);
    s.pragma('journal_mode = WAL');
    s.pragma('foreign_keys = ON');
    const dialect = new FastSqliteDialect(s);
    db = new Kysely<T>({ dialect });
    await sql`create table parent (id integer primary key)`.execute(db);
    // deferred: a missing parent is only noticed at COMMIT (lets a test make the commit fail)
    await sql`create table item (id integer primary key, label text not null unique,
    parent_id integer not null references parent (id) deferrable initially deferred)`.execute(db);
    await db.insertInto('parent').values({ id: 1 }).execute();
    // The group-commit helper is typed for the app's Database; these tests use their own tables.
    tx = groupCommit(db as never, mode === 'direct' ? dialect.direct : undefined) as never;
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (trx: Kysely<T>, id: number, label: string, parent = 1) =>
    trx.insertInto('item').values({ id, parent_id: parent, label }).execute();
  const labels = async () => (await db.selectFrom('item').select('label').orderBy('id').execute()).map((r) => r.label);
  /** What another connection sees: committed data only. */
  const committedCount = () => {
    const other = new SQLite(file, { readonly: true });
    try {
      return (other.prepare('select count(*) as n from item').get() as { n: number }).n;
    } finally {
      other.close();
    }
  };

  it('runs concurrent transactions one after another, each seeing the earlier ones', async () => {
    const seen: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map((i) =>
        tx(async (trx) => {
          const { n } = await trx
            .selectFrom('item')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          seen.push(Number(n));
          await insert(trx, i, `l${i}`);
        }),
      ),
    );
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(await labels()).toEqual(['l1', 'l2', 'l3', 'l4']);
  });

  it('rolls back only the failing transaction: all of its writes, none of the others', async () => {
    const results = await Promise.allSettled([
      tx((trx) => insert(trx, 1, 'a')),
      tx(async (trx) => {
        await insert(trx, 2, 'b');
        await insert(trx, 3, 'a'); // unique violation: 'b' must go too
      }),
      tx(async (trx) => {
        await insert(trx, 4, 'c');
        throw new Error('rule says no');
      }),
      tx((trx) => insert(trx, 5, 'd')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseRejectedResult).reason.message).toBe('rule says no');
    expect(await labels()).toEqual(['a', 'd']);
  });

  it('settles a transaction only once its batch is committed (visible to another connection)', async () => {
    const visibleWhenSettled = await Promise.all(
      [1, 2, 3].map((i) => tx((trx) => insert(trx, i, `l${i}`)).then(committedCount)),
    );
    expect(visibleWhenSettled.every((n) => n === 3)).toBe(true);
  });

  it('fails every transaction of the batch, and stores nothing, when the commit fails', async () => {
    const results = await Promise.allSettled([
      tx((trx) => insert(trx, 1, 'ok-1')),
      tx((trx) => insert(trx, 2, 'orphan', 99)), // passes its savepoint, fails the deferred check at COMMIT
      tx((trx) => insert(trx, 3, 'ok-2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await labels()).toEqual([]);
    // and the connection is usable again
    await tx((trx) => insert(trx, 4, 'after'));
    expect(await labels()).toEqual(['after']);
  });

  it('keeps reads outside transactions away from uncommitted writes of a batch', async () => {
    let outside: number | undefined;
    await Promise.all([
      tx(async (trx) => {
        await insert(trx, 1, 'x');
        // a read on the root connection must wait for the batch to commit (one connection, FIFO)
        void db
          .selectFrom('item')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => {
            outside = Number(r.n);
          });
        await new Promise((r) => setTimeout(r, 20));
        await insert(trx, 2, 'y');
      }),
    ]);
    await new Promise((r) => setTimeout(r, 10));
    expect(outside).toBe(2);
  });

  it('runs prepared queries on the batch connection: seen by later jobs, undone with their savepoint', async () => {
    const add = preparedQuery((d, arg: Arg<{ id: number; label: string }>) =>
      (d as unknown as Kysely<T>).insertInto('item').values({ id: arg('id'), parent_id: 1, label: arg('label') }),
    );
    const count = preparedQuery((d) =>
      (d as unknown as Kysely<T>).selectFrom('item').select((eb) => eb.fn.countAll<number>().as('n')),
    );
    let stale: Kysely<T> | undefined;
    const results = await Promise.allSettled([
      tx(async (trx) => {
        await add(trx as never, { id: 1, label: 'p1' });
        stale = trx;
        return Number((await count(trx as never, {}))[0]?.n);
      }),
      tx(async (trx) => {
        await add(trx as never, { id: 2, label: 'p2' });
        throw new Error('undo p2');
      }),
      tx(async (trx) => Number((await count(trx as never, {}))[0]?.n)),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'rejected'))).toEqual([1, 'rejected', 1]);
    expect(await labels()).toEqual(['p1']);
    // After its batch, the transaction object no longer runs anything (nor bypasses the connection lock).
    await expect(add(stale as never, { id: 3, label: 'late' })).rejects.toThrow();
    expect(await labels()).toEqual(['p1']);
  });
});
