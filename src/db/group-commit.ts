import type { Kysely } from 'kysely';
import { runPreparedDirectly } from './prepared.js';
import type { SqliteDirect } from './sqlite-driver.js';
import type { Database } from './types.js';

type Db = Kysely<Database>;

interface Job {
  fn: (trx: Db) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const SAVEPOINT = 'yz_job';

/**
 * Group commit for SQLite (one writer, one connection): transactions that arrive together run one
 * after the other inside ONE database transaction, each in its own savepoint, and are committed
 * together. A commit writes every page the transaction changed to the WAL (a ticket issue touches
 * about eleven pages, 180 µs of the ~200 µs its SQL costs, measured in bench/README.md); jobs of one
 * batch share most of those pages, so the cost is paid once per batch instead of once per request.
 *
 * Each job keeps the guarantees of its own transaction: it sees the effects of the jobs before it
 * and nothing else runs on the connection meanwhile (serial, as SQLite's single writer already
 * was); if it throws, its savepoint is rolled back — all of its writes and nothing of the others —
 * and its caller gets the error; nobody's promise settles before the batch is committed, so an
 * answer never reports something that is not durable. If the commit itself fails, every job of
 * the batch fails with that error and nothing of the batch is stored.
 *
 * A batch is whatever has queued by the time the event loop has handled the requests that are
 * ready (`setImmediate`), at most `maxBatch` jobs; a lone request waits for no one.
 *
 * With `direct` (the dialect's synchronous access to the connection, which the batch holds), the
 * savepoints and the jobs' prepared queries (src/db/prepared.ts) run straight on the connection
 * instead of through Kysely's executor; every job then gets the batch's transaction object.
 */
export function groupCommit(
  db: Db,
  direct?: SqliteDirect,
  maxBatch = 64,
): <T>(fn: (trx: Db) => Promise<T>) => Promise<T> {
  const queue: Job[] = [];
  let scheduled = false;

  async function runBatch(batch: Job[]): Promise<void> {
    const outcomes: Outcome[] = [];
    let trx: Trx | undefined;
    try {
      trx = await db.startTransaction().execute();
      if (direct) await runDirect(trx, direct, batch, outcomes);
      else await runWithKysely(trx, batch, outcomes);
      await trx.commit().execute();
    } catch (error) {
      // The commit (or the savepoint machinery) failed: nothing of the batch is stored.
      await trx
        ?.rollback()
        .execute()
        .catch(() => undefined);
      batch.forEach((job, i) => {
        const own = outcomes[i];
        job.reject(own && !own.ok ? own.error : error);
      });
      return;
    }
    settle(batch, outcomes);
  }

  async function drain(): Promise<void> {
    while (queue.length) await runBatch(queue.splice(0, maxBatch));
    scheduled = false;
  }

  return <T>(fn: (trx: Db) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void drain());
      }
    });
}

type Trx = Awaited<ReturnType<ReturnType<Db['startTransaction']>['execute']>>;

async function runWithKysely(trx: Trx, batch: Job[], outcomes: Outcome[]): Promise<void> {
  for (const job of batch) {
    const sp = await trx.savepoint(SAVEPOINT).execute();
    try {
      const value = await job.fn(sp);
      await sp.releaseSavepoint(SAVEPOINT).execute();
      outcomes.push({ ok: true, value });
    } catch (error) {
      await sp.rollbackToSavepoint(SAVEPOINT).execute();
      await sp.releaseSavepoint(SAVEPOINT).execute();
      outcomes.push({ ok: false, error });
    }
  }
}

async function runDirect(trx: Db, direct: SqliteDirect, batch: Job[], outcomes: Outcome[]): Promise<void> {
  // Only while the batch holds the connection: a late query on `trx` must not bypass the lock.
  const release = runPreparedDirectly(trx, direct);
  try {
    for (const job of batch) {
      direct.rows(`savepoint ${SAVEPOINT}`, []);
      try {
        const value = await job.fn(trx);
        direct.rows(`release ${SAVEPOINT}`, []);
        outcomes.push({ ok: true, value });
      } catch (error) {
        direct.rows(`rollback to ${SAVEPOINT}`, []);
        direct.rows(`release ${SAVEPOINT}`, []);
        outcomes.push({ ok: false, error });
      }
    }
  } finally {
    release();
  }
}

function settle(batch: Job[], outcomes: Outcome[]): void {
  batch.forEach((job, i) => {
    const o = outcomes[i] as Outcome;
    if (o.ok) job.resolve(o.value);
    else job.reject(o.error);
  });
}
