import type { DbHandle } from '../../db/index.js';
import { isUniqueViolation } from '../../db/index.js';
import { recordAudit } from '../audit/record.js';
import { buildCaseDemo, caseDemoCounts, writeCaseDemo } from './build-cases.js';
import { buildFeeNoticeDemo, writeFeeNoticeDemo } from './build-fee-notices.js';
import { buildFeeDemo, writeFeeDemo } from './build-fees.js';
import { buildDemoPlan } from './build-plan.js';
import { buildQueueDemo, writeQueueDemo } from './build-queue.js';
import { countsOf, type DemoCounts } from './plan.js';
import { writePlan } from './write-plan.js';

export interface DemoSeedResult {
  counts: DemoCounts;
  /** milliseconds spent building the data in memory (incl. password hashing and .xlsx forms) */
  buildMs: number;
  /** milliseconds spent writing it in one transaction */
  writeMs: number;
}

class AlreadySeeded extends Error {}

async function hasHalls(handle: DbHandle['db']): Promise<boolean> {
  return (await handle.selectFrom('halls').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Load the demo data set (清源市 → 东岭县 / 西川县 → townships) into an empty database, in one
 * transaction with one `demo.seed` audit record. Returns null when the database already holds halls
 * (also when another process seeded it first).
 */
export async function seedDemo(handle: DbHandle): Promise<DemoSeedResult | null> {
  if (await hasHalls(handle.db)) return null;
  const t0 = performance.now();
  const { plan, halls, ctx } = await buildDemoPlan();
  const queue = buildQueueDemo(plan, ctx);
  const fees = buildFeeDemo(plan, ctx);
  const cases = buildCaseDemo(plan, ctx);
  const notices = buildFeeNoticeDemo(plan, ctx, fees, cases);
  const t1 = performance.now();
  const counts = countsOf(plan);
  try {
    await handle.db.transaction().execute(async (trx) => {
      if (await hasHalls(trx)) throw new AlreadySeeded();
      await writePlan(trx, plan);
      await writeQueueDemo(trx, queue);
      await writeFeeDemo(trx, fees);
      await writeCaseDemo(trx, cases);
      await writeFeeNoticeDemo(trx, notices);
      await recordAudit(
        trx,
        handle.dialect,
        { id: null, username: 'system', ip: '' },
        {
          action: 'demo.seed',
          entityType: 'demo',
          hallId: halls.city.id,
          after: {
            ...counts,
            cases: caseDemoCounts(cases),
            feeNotices: notices.notices.length,
            feePayments: notices.payments.length,
          },
        },
      );
    });
  } catch (err) {
    if (err instanceof AlreadySeeded || isUniqueViolation(err)) return null;
    throw err;
  }
  return { counts, buildMs: Math.round(t1 - t0), writeMs: Math.round(performance.now() - t1) };
}

/** Load the demo data set into an empty database; returns false when the database already holds data. */
export async function seedDemoIfEmpty(handle: DbHandle): Promise<boolean> {
  return (await seedDemo(handle)) !== null;
}
