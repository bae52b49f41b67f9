import type { Db } from '../../db/index.js';
import { isWorkingDay } from '../../domain/calendar.js';
import { addDays, type IsoDate } from '../../domain/calendar-date.js';
import { playCase } from './case-demo-receipt.js';
import { caseDemoScope } from './case-demo-scope.js';
import type { CaseDemo } from './case-recorder.js';
import type { SeedContext } from './context.js';
import type { DemoPlan } from './plan.js';

export type { CaseDemo } from './case-recorder.js';

/**
 * Case demo data 办件演示数据 for 东岭县 (hall code DL): a few hundred applications received on the
 * working days of the last four months, each played through the rules of the API — receipt,
 * one-time notice and supplements, refusal, acceptance (some deemed, art. 32), review steps and
 * joint sub-tasks, special procedures that stop the clock, extensions, escalation of reported-up
 * cases to the city hall, decisions, pickup or mail delivery, archiving, withdrawal — with the
 * documents, pauses and timeline each would have. Some recent ones are still running (a few of
 * them overdue or paused) so the inbox, supervision and ledger views have something to show.
 * Built in memory (deterministic), written in one batch.
 */

/** Build the case rows of 东岭县 from the already built plan (its halls, items, windows, accounts). */
export function buildCaseDemo(plan: DemoPlan, ctx: SeedContext): CaseDemo {
  const s = caseDemoScope(plan, ctx);
  const { today, cal, random, someMinute, out, seqs } = s;
  for (let day = s.first; day <= today; day = addDays(day, 1)) {
    if (!isWorkingDay(cal, day)) continue;
    const count = day === today ? 2 : 3 + Math.floor(random() * 4);
    const minutes = Array.from({ length: count }, someMinute).sort((a, b) => a - b);
    for (const minute of minutes) playCase(s, day, minute);
  }
  // both halls' sequences → counters, so live receipts continue after the demo's numbers
  for (const [key, last] of seqs) {
    const [hallId, d] = key.split('|') as [string, IsoDate];
    out.counters.push({ hall_id: hallId, day: d, last_seq: last });
  }
  return out;
}

const CHUNK = 100;

/** Insert the case demo rows (inside the demo seed's transaction), parents first. */
export async function writeCaseDemo(trx: Db, d: CaseDemo): Promise<void> {
  const chunks = async <R>(rows: R[], insert: (c: R[]) => Promise<unknown>, size = CHUNK) => {
    for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
  };
  await chunks(d.counters, (c) => trx.insertInto('case_counters').values(c).execute());
  // a case row has 47 columns: 50 rows stay well under SQLite's bound-parameter limit
  await chunks(d.cases, (c) => trx.insertInto('cases').values(c).execute(), 50);
  await chunks(d.materials, (c) => trx.insertInto('case_materials').values(c).execute());
  await chunks(d.tasks, (c) => trx.insertInto('case_tasks').values(c).execute());
  await chunks(d.pauses, (c) => trx.insertInto('case_pauses').values(c).execute());
  await chunks(d.extensions, (c) => trx.insertInto('case_extensions').values(c).execute());
  await chunks(d.documents, (c) => trx.insertInto('case_documents').values(c).execute());
  await chunks(d.events, (c) => trx.insertInto('case_events').values(c).execute());
}

/** Row counts and cases per status, for the seed's audit record. */
export function caseDemoCounts(d: CaseDemo): Record<Exclude<keyof CaseDemo, 'counters'>, number> & {
  byStatus: Record<string, number>;
} {
  const byStatus: Record<string, number> = {};
  for (const c of d.cases) byStatus[c.status as string] = (byStatus[c.status as string] ?? 0) + 1;
  return {
    cases: d.cases.length,
    materials: d.materials.length,
    tasks: d.tasks.length,
    pauses: d.pauses.length,
    extensions: d.extensions.length,
    documents: d.documents.length,
    events: d.events.length,
    byStatus,
  };
}
