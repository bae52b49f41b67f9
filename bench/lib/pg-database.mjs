// A PostgreSQL database of its own for a benchmark run: created when it does not exist yet and then
// dropped again at the end (a database that already existed is left alone).
import pg from 'pg';

export async function ensureFreshDatabase(url) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`use a plain lower-case database name, not "${name}"`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const c = new pg.Client({ connectionString: maintenance.toString() });
  await c.connect();
  try {
    const exists = (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
    if (!exists) await c.query(`create database ${name}`);
    return {
      created: !exists,
      async drop() {
        if (exists) return;
        const d = new pg.Client({ connectionString: maintenance.toString() });
        await d.connect();
        try {
          await d.query(`drop database if exists ${name} with (force)`);
        } finally {
          await d.end();
        }
      },
    };
  } finally {
    await c.end();
  }
}

/** ANALYZE the whole database (planner statistics, as autovacuum keeps them on a running system). */
export async function analyzePostgres(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('analyze');
  } finally {
    await c.end();
  }
}
