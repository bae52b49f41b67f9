import type { DbHandle } from '../../db/index.js';

/** Load the demo data set into an empty database; returns false when the database already holds data. */
export async function seedDemoIfEmpty(handle: DbHandle): Promise<boolean> {
  const any = await handle.db.selectFrom('halls').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  throw new Error('demo seed not written yet');
}
