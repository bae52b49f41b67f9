import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as m011 from '../../src/db/migrations/2026-11-26-011-ledger-stats.js';
import { foldLedgerStats } from '../../src/modules/supervision/fold-ledger-stats.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { buildCaseItem, ensureLedgerSchema, insertCase } from './ledger-fixtures.js';

/** The ledger running totals (migration 011): backfilled from existing cases, then kept by the triggers. */
describe.each(DIALECTS)('ledger running totals on %s', (dialect) => {
  let t: TestApp;
  let hallId: string;
  let deptId: string;
  let itemId: string;
  let manager: Session;

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    await ensureLedgerSchema(t.handle);
    const db = t.handle.db;
    hallId = (await buildTree(db)).countyA.id;
    deptId = (await buildDepartment(db, hallId)).id;
    itemId = (await buildCaseItem(db, hallId, deptId)).id;
    await buildUser(db, hallId, ['hall_manager'], { username: 'm.manager' });
    manager = await login(t.app, 'm.manager', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const summary = async (q = '') =>
    ((await as(t.app, manager).get(`/api/v1/halls/${hallId}/ledger?pageSize=1${q}`)).json() as { summary: unknown })
      .summary;

  it('backfills cases stored before the migration, and the triggers keep the totals exact after it', async () => {
    const db = t.handle.db;
    await m011.down(db);
    const base = { hall_id: hallId, item_id: itemId, department_id: deptId };
    await insertCase(db, { ...base, received_on: '2026-01-15', status: 'closed', on_time: 1, working_days_used: 2 });
    await insertCase(db, { ...base, received_on: '2026-02-03', status: 'decided', on_time: 0, working_days_used: 5 });
    const running = await insertCase(db, { ...base, received_on: '2026-02-20', status: 'in_review' });
    await m011.up(db);
    expect(await summary()).toEqual({
      total: 3,
      finished: 2,
      onTimeRate: 0.5,
      avgWorkingDaysUsed: 3.5,
      avgStatutoryDays: 20,
      speedUpRate: 0.825,
    });
    // decided late after the migration: a delta, then folded
    await db
      .updateTable('cases')
      .set({ status: 'decided', on_time: 0, working_days_used: 4 })
      .where('id', '=', running.id)
      .execute();
    const expected = {
      total: 3,
      finished: 3,
      onTimeRate: 0.3333,
      avgWorkingDaysUsed: 3.67,
      avgStatutoryDays: 20,
      speedUpRate: 0.8167,
    };
    expect(await summary()).toEqual(expected);
    expect(await foldLedgerStats({ db, dialect })).toBe(2);
    expect(await summary()).toEqual(expected);
    expect(await summary('&from=2026-02-01&to=2026-02-28')).toMatchObject({ total: 2, finished: 2, onTimeRate: 0 });
    expect(await summary('&from=2026-01-10&to=2026-02-10')).toMatchObject({ total: 2, finished: 2, onTimeRate: 0.5 });
    // an update that touches no counted column writes no delta; a delete takes the case out
    await db.updateTable('cases').set({ agent_name: '代办员' }).where('id', '=', running.id).execute();
    expect(await foldLedgerStats({ db, dialect })).toBe(0);
    await db.deleteFrom('cases').where('id', '=', running.id).execute();
    expect(await summary()).toMatchObject({ total: 2, finished: 2 });
    expect(await foldLedgerStats({ db, dialect })).toBe(1);
    const left = await db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(2);
    expect(await summary('&from=2026-02-01&to=2026-02-28')).toMatchObject({ total: 1 });
  });
});
