import type { Db } from '../../db/index.js';
import type { DemoPlan } from './plan.js';

/** Rows per insert statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 100;

async function chunked<R>(rows: R[], insert: (chunk: R[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Insert the plan, parents before children (foreign keys are enforced on both databases). */
export async function writePlan(trx: Db, plan: DemoPlan): Promise<void> {
  await chunked(plan.halls, (c) => trx.insertInto('halls').values(c).execute());
  await chunked(plan.departments, (c) => trx.insertInto('departments').values(c).execute());
  await chunked(plan.residencyHistory, (c) => trx.insertInto('department_residency_history').values(c).execute());
  await chunked(plan.windows, (c) => trx.insertInto('windows').values(c).execute());
  await chunked(plan.staff, (c) => trx.insertInto('staff').values(c).execute());
  await chunked(plan.assignments, (c) => trx.insertInto('staff_window_assignments').values(c).execute());
  await chunked(plan.items, (c) => trx.insertInto('items').values(c).execute());
  await chunked(plan.itemVersions, (c) => trx.insertInto('item_versions').values(c).execute());
  await chunked(plan.itemEvents, (c) => trx.insertInto('item_events').values(c).execute());
  await chunked(plan.files, (c) => trx.insertInto('files').values(c).execute());
  await chunked(plan.users, (c) => trx.insertInto('users').values(c).execute());
}
