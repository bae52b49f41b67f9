import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';

/**
 * Online backup of a SQLite database file (`npm run db:backup`): SQLite's backup API on a connection
 * of its own, so the copy is one consistent snapshot — committed transactions only, the WAL's
 * included — while the server goes on writing. PostgreSQL has `pg_dump` for this.
 */
export async function backupSqlite(file: string, destination: string): Promise<{ pages: number }> {
  mkdirSync(dirname(destination), { recursive: true });
  const db = new SQLite(file, { fileMustExist: true });
  try {
    const { totalPages } = await db.backup(destination);
    return { pages: totalPages };
  } finally {
    db.close();
  }
}
