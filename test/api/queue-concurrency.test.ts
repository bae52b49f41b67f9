import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { as, DIALECTS, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildWindow } from '../helpers/factories.js';
import { buildQueueWorld, freezeClock, type QueueWorld, staffAt, take } from './queue-fixture.js';

/**
 * The atomic claim: many windows pressing "call next" at the same instant never get the same ticket.
 * 12 windows (each with its own staff user), 120 waiting tickets, waves of 24 parallel call-next
 * requests (two per window) until the queue is empty; every ticket must be called exactly once.
 */
const WINDOWS = 12;
const TICKETS = 120;
const PER_WINDOW = 2;

describe.each(DIALECTS)('parallel call-next on %s', (dialect) => {
  let t: TestApp;
  let w: QueueWorld;
  const desks: { windowId: string; session: Session }[] = [];
  beforeAll(async () => {
    freezeClock();
    t = await makeTestApp(dialect);
    w = await buildQueueWorld(t);
    for (let i = 0; i < WINDOWS; i++) {
      const win = await buildWindow(t.handle.db, w.hallId, { number: String(100 + i) });
      const res = await as(t.app, w.manager).put(`/api/v1/windows/${win.id}/business-types`, {
        types: [
          { businessTypeId: w.types.A.id, preferred: i % 3 !== 0 },
          { businessTypeId: w.types.B.id, preferred: i % 2 === 0 },
        ],
      });
      expect(res.statusCode).toBe(200);
      desks.push({ windowId: win.id, session: (await staffAt(t, w.hallId, [win.id])).session });
    }
    for (let i = 0; i < TICKETS; i++) {
      const res = await take(t, w.hallId, i % 3 === 0 ? w.types.B.id : w.types.A.id);
      expect(res.statusCode).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  it(`calls each of ${TICKETS} tickets exactly once across ${WINDOWS} windows`, async () => {
    const called: { ticketId: string; windowId: string }[] = [];
    let waves = 0;
    let maxParallel = 0;
    for (;;) {
      const wave = desks.flatMap((d) =>
        Array.from({ length: PER_WINDOW }, () =>
          as(t.app, d.session)
            .post(`/api/v1/windows/${d.windowId}/call-next`)
            .then((res) => ({ res, windowId: d.windowId })),
        ),
      );
      maxParallel = Math.max(maxParallel, wave.length);
      const results = await Promise.all(wave);
      waves++;
      for (const { res, windowId } of results) {
        if (res.statusCode === 200) {
          expect(res.json()).toMatchObject({ status: 'called', windowId });
          called.push({ ticketId: res.json().id, windowId });
        } else {
          expect(res.statusCode, res.body).toBe(404);
          expect(res.json().code).toBe('QUEUE_EMPTY');
        }
      }
      if (results.every((r) => r.res.statusCode === 404)) break;
      expect(waves).toBeLessThan(50);
    }
    expect(maxParallel).toBeGreaterThanOrEqual(20);

    // responses: every ticket once
    const ids = called.map((c) => c.ticketId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(TICKETS);
    expect(new Set(called.map((c) => c.windowId)).size).toBe(WINDOWS);

    // database: one `call` event per ticket, nothing left waiting, each window holds at most one ticket
    const db = t.handle.db;
    const calls = await db
      .selectFrom('ticket_events')
      .select(['ticket_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('action', '=', 'call')
      .groupBy('ticket_id')
      .execute();
    expect(calls).toHaveLength(TICKETS);
    expect(calls.every((c) => Number(c.n) === 1)).toBe(true);
    const statuses = await db
      .selectFrom('tickets')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const byStatus = Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]));
    expect(byStatus.waiting ?? 0).toBe(0);
    expect((byStatus.called ?? 0) + (byStatus.done ?? 0)).toBe(TICKETS);
    const holding = await db
      .selectFrom('tickets')
      .select(['window_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'called')
      .groupBy('window_id')
      .execute();
    expect(holding.every((h) => Number(h.n) === 1)).toBe(true);
    // the window each response named is the window stored on the ticket
    const rows = await db.selectFrom('tickets').select(['id', 'window_id']).execute();
    const stored = new Map(rows.map((r) => [r.id, r.window_id]));
    expect(called.every((c) => stored.get(c.ticketId) === c.windowId)).toBe(true);
  }, 120_000);

  it('keeps plain tickets of a type in take order even when the calls race', async () => {
    // ticket_events are appended in commit order; per type the called numbers must rise
    const rows = await t.handle.db
      .selectFrom('ticket_events as e')
      .innerJoin('tickets as tk', 'tk.id', 'e.ticket_id')
      .select(['tk.number', 'tk.business_type_id', 'e.id'])
      .where('e.action', '=', 'call')
      .orderBy('e.id')
      .execute();
    for (const typeId of [w.types.A.id, w.types.B.id]) {
      const numbers = rows.filter((r) => r.business_type_id === typeId).map((r) => r.number);
      expect(numbers).toEqual([...numbers].sort());
    }
  });
});
