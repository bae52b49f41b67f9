import type { Kysely } from 'kysely';
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
 */
export function groupCommit(db: Db, maxBatch = 64): <T>(fn: (trx: Db) => Promise<T>) => Promise<T> {
  const queue: Job[] = [];
  let scheduled = false;

  async function runBatch(batch: Job[]): Promise<void> {
    const outcomes: Outcome[] = [];
    let trx: Awaited<ReturnType<ReturnType<Db['startTransaction']>['execute']>> | undefined;
    try {
      trx = await db.startTransaction().execute();
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
    batch.forEach((job, i) => {
      const o = outcomes[i] as Outcome;
      if (o.ok) job.resolve(o.value);
      else job.reject(o.error);
    });
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
