import { DEFAULT_DATABASE_URL, dropAll, migrateToLatest, openDatabase } from '../db/index.js';

/** `npm run db:reset`: drop every table and migrate again (the next `npm start` loads demo data). */
if (!process.argv.includes('--yes') && process.env.CI !== 'true') {
  console.error('This deletes ALL data in DATABASE_URL. Run again with: npm run db:reset -- --yes');
  process.exit(2);
}
const handle = await openDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
await dropAll(handle);
await migrateToLatest(handle.db);
console.log(`database reset (${handle.describe})`);
await handle.close();
