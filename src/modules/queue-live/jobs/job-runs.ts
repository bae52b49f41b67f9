import type { Db, Dialect } from '../../../db/index.js';
import type { EventBus } from '../../../http/events.js';
import type { Actor } from '../../audit/record.js';
import type { BusLog } from '../pg-bus.js';

/** What the queue jobs need; tests and a CLI pass an explicit `now` to each job. */
export interface JobDeps {
  db: Db;
  dialect: Dialect;
  bus: EventBus;
  log?: BusLog;
}

/** The audit actor of scheduled jobs. */
export const SYSTEM_ACTOR: Actor = { id: null, username: 'system', ip: 'scheduler' };

/** A run that has not finished after this long is considered dead (its process crashed) and may be retaken. */
const LEASE_MS = 10 * 60_000;

/**
 * Take the `job_runs` row of (job, key) so that only one process works on that key at a time:
 * inserted fresh, or retaken when the last run finished (stragglers) or died. Safe under
 * concurrency on both databases (primary key + conditional update).
 */
export async function takeLease(db: Db, job: string, key: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const inserted = await db
    .insertInto('job_runs')
    .values({ job, run_key: key, started_at: at, finished_at: null, result: null })
    .onConflict((oc) => oc.columns(['job', 'run_key']).doNothing())
    .returning('job')
    .execute();
  if (inserted.length) return true;
  const staleBefore = new Date(now.getTime() - LEASE_MS).toISOString();
  const r = await db
    .updateTable('job_runs')
    .set({ started_at: at, finished_at: null })
    .where('job', '=', job)
    .where('run_key', '=', key)
    .where((eb) => eb.or([eb('finished_at', 'is not', null), eb('started_at', '<', staleBefore)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function finishRun(db: Db, job: string, key: string, now: Date, result: unknown): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ finished_at: now.toISOString(), result: JSON.stringify(result) })
    .where('job', '=', job)
    .where('run_key', '=', key)
    .execute();
}

/** Claim (job, key) for good inside a transaction: true only for the one caller whose insert wins. */
export async function claimOnce(trx: Db, job: string, key: string, now: Date, result: unknown): Promise<boolean> {
  const at = now.toISOString();
  const inserted = await trx
    .insertInto('job_runs')
    .values({ job, run_key: key, started_at: at, finished_at: at, result: JSON.stringify(result) })
    .onConflict((oc) => oc.columns(['job', 'run_key']).doNothing())
    .returning('job')
    .execute();
  return inserted.length === 1;
}

/** Split a list for multi-row inserts (SQLite caps bound parameters per statement). */
export function chunks<T>(xs: T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
