import { backupSqlite } from '../db/backup.js';
import { DEFAULT_DATABASE_URL } from '../db/index.js';
import { chinaDate } from '../domain/china-time.js';

/** `npm run db:backup [-- <file>]`: a consistent copy of the SQLite database while the server runs. */
const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
if (!url.startsWith('sqlite:')) {
  console.error('db:backup is for the embedded SQLite database; for PostgreSQL use pg_dump');
  process.exit(2);
}
const file = url.slice('sqlite:'.length) || './data/yizhan.db';
const destination = process.argv[2] ?? `backup/yizhan-${chinaDate(new Date())}.db`;
const { pages } = await backupSqlite(file, destination);
console.log(`backed up ${file} to ${destination} (${pages} pages)`);
