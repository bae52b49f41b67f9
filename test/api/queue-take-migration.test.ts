import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import * as m015 from '../../src/db/migrations/2026-11-26-015-queue-take-writes.js';
import { DIALECTS, makeTestApp, type TestApp } from '../helpers/app.js';
import { buildTree, buildUser } from '../helpers/factories.js';
import { expectWaitingCountersExact } from './queue-fixture.js';
import { at, buildTicket, buildType } from './queue-live.fixtures.js';

/**
 * Migration 015 on a database that already has tickets: the waiting counters start exact (also for a
 * type and day that had no counter row), the `take` rows fill the tickets' new creation columns, and
 * the triggers keep counting after it.
 */
describe.each(DIALECTS)('queue take-writes migration on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
  });
  afterAll(() => t.close());

  it('backfills the waiting counts and the creation columns, then the triggers keep them', async () => {
    const db = t.handle.db;
    const hallId = (await buildTree(db)).countyA.id;
    const staff = await buildUser(db, hallId, ['window_staff']);
    const a = await buildType(db, hallId, { prefix: 'A' });
    const b = await buildType(db, hallId, { prefix: 'B' });
    await m015.down(db);

    const day = '2026-12-01';
    const tk = (typeId: string, prefix: string, seq: number, status: string) =>
      buildTicket(db, { hallId, typeId, prefix, date: day, seq, status, takenAt: at(day, '09:00') });
    const a1 = await tk(a.id, 'A', 1, 'waiting');
    await tk(a.id, 'A', 2, 'waiting');
    await tk(a.id, 'A', 3, 'called');
    await tk(a.id, 'A', 4, 'done');
    const b1 = await tk(b.id, 'B', 1, 'waiting');
    // A had a counter row, B none (as for a ticket transferred into a type that issued nothing)
    await db
      .insertInto('ticket_counters')
      .values({ hall_id: hallId, business_type_id: a.id, service_date: day, last_seq: 4 } as never)
      .execute();
    for (const [ticket, userId, ip] of [
      [a1, null, '10.0.0.7'],
      [b1, staff.id, '10.0.0.8'],
    ] as const)
      await db
        .insertInto('ticket_events')
        .values({
          id: newId(),
          hall_id: hallId,
          ticket_id: ticket.id,
          at: ticket.taken_at,
          action: 'take',
          window_id: null,
          user_id: userId,
          detail: JSON.stringify({ number: ticket.number, source: 'kiosk', ip }),
        })
        .execute();

    await m015.up(db);

    const counters = await db
      .selectFrom('ticket_counters')
      .select(['business_type_id', 'last_seq', 'waiting'])
      .where('service_date', '=', day)
      .orderBy('last_seq', 'desc')
      .execute();
    expect(counters).toEqual([
      { business_type_id: a.id, last_seq: 4, waiting: 2 },
      { business_type_id: b.id, last_seq: 0, waiting: 1 },
    ]);
    const creation = await db
      .selectFrom('tickets')
      .select(['id', 'taken_by_user_id', 'taken_ip'])
      .where('id', 'in', [a1.id, b1.id])
      .execute();
    expect(Object.fromEntries(creation.map((r) => [r.id, [r.taken_by_user_id, r.taken_ip]]))).toEqual({
      [a1.id]: [null, '10.0.0.7'],
      [b1.id]: [staff.id, '10.0.0.8'],
    });

    // after it: a call, a move to the other type, a deletion — the counts follow
    await db.updateTable('tickets').set({ status: 'called' }).where('id', '=', a1.id).execute();
    await db.updateTable('tickets').set({ business_type_id: a.id, seq: 101 }).where('id', '=', b1.id).execute();
    await expectWaitingCountersExact(db);
    await db.deleteFrom('ticket_events').where('ticket_id', '=', b1.id).execute();
    await db.deleteFrom('tickets').where('id', '=', b1.id).execute();
    await expectWaitingCountersExact(db);
  });
});
