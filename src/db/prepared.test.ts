import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, migrateToLatest, openDatabase } from './index.js';
import { type Arg, preparedQuery } from './prepared.js';

const DIALECTS: ('sqlite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

const hallName = preparedQuery((db, arg: Arg<{ id: string }>) =>
  db.selectFrom('halls').select(['name', 'level']).where('id', '=', arg('id')).where('level', '!=', 'community'),
);
const renameHall = preparedQuery((db, arg: Arg<{ id: string; name: string }>) =>
  db
    .updateTable('halls')
    .set({ name: arg('name') })
    .where('id', '=', arg('id'))
    .returning(['id', 'name']),
);

describe.each(DIALECTS)('preparedQuery (%s)', (dialect) => {
  let h: DbHandle;
  const schema = `t_prep_${process.pid}`;
  beforeAll(async () => {
    h =
      dialect === 'postgres'
        ? await openDatabase(process.env.TEST_DATABASE_URL as string, { schema, poolSize: 2 })
        : await openDatabase('sqlite::memory:');
    await migrateToLatest(h.db, { schema: h.schema });
    const now = new Date().toISOString();
    for (const [id, level] of [
      ['h1', 'city'],
      ['h2', 'community'],
    ] as const)
      await h.db
        .insertInto('halls')
        .values({
          id,
          parent_id: null,
          path: `/${id}/`,
          name: `Hall ${id}`,
          short_name: null,
          level,
          division_code: '359900',
          code: id.toUpperCase(),
          address: '',
          phone: '',
          opening_hours: '[]',
          sort_order: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
  });
  afterAll(async () => {
    if (dialect === 'postgres') await sql.raw(`drop schema if exists ${schema} cascade`).execute(h.db);
    await h.close();
  });

  it('binds the arguments of each call and keeps the constants of the query', async () => {
    expect(await hallName(h.db, { id: 'h1' })).toEqual([{ name: 'Hall h1', level: 'city' }]);
    expect(await hallName(h.db, { id: 'h2' })).toEqual([]); // level constant still applies
    expect(await hallName(h.db, { id: 'nope' })).toEqual([]);
  });

  it('runs inside transactions and returns rows of writes with returning', async () => {
    await h.db.transaction().execute(async (trx) => {
      expect(await renameHall(trx, { id: 'h1', name: 'Renamed' })).toEqual([{ id: 'h1', name: 'Renamed' }]);
      expect(await hallName(trx, { id: 'h1' })).toEqual([{ name: 'Renamed', level: 'city' }]);
    });
  });

  it('refuses an argument that would end up in the SQL text', async () => {
    const bad = preparedQuery((db, arg: Arg<{ col: string }>) =>
      db.selectFrom('halls').select(sql.raw<string>(arg('col')).as('x')),
    );
    await expect(bad(h.db, { col: 'name' })).rejects.toThrow(/SQL text/);
  });
});
