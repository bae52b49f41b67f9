import { DEFAULT_DATABASE_URL, migrateToLatest, openDatabase } from '../db/index.js';

/** `npm run db:migrate`: bring DATABASE_URL up to date. */
const handle = await openDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
const applied = await migrateToLatest(handle.db);
console.log(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date', `(${handle.describe})`);
await handle.close();
