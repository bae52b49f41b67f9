import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONFIG_EVENTS, configEpoch } from '../../src/http/config-epoch.js';
import { type EventBus, type HallEvent, type HallEventListener, MemoryBus } from '../../src/http/events.js';
import { channelFor, MAX_PAYLOAD_BYTES, PgBus, RESYNC } from '../../src/modules/queue-live/pg-bus.js';
import { DIALECTS, type TestApp } from '../helpers/app.js';
import { buildTree, buildWindow } from '../helpers/factories.js';
import { buildQueueWorld, freezeClock, type QueueWorld, staffAt, take } from './queue-fixture.js';
import { buildType, collect, makeLiveApp, openSse, type SseClient, sleep, until } from './queue-live.fixtures.js';

/** Live events: the SSE stream over real HTTP on both databases; LISTEN/NOTIFY across two app instances on PostgreSQL. */

/** A MemoryBus that counts live subscriptions (to prove the stream unsubscribes on close). */
class CountingBus implements EventBus {
  readonly inner = new MemoryBus();
  active = 0;
  publish(e: HallEvent) {
    return this.inner.publish(e);
  }
  subscribe(hallId: string, fn: HallEventListener) {
    // the app's own listener for configuration events lives as long as the app: not a stream's
    if (hallId === CONFIG_EVENTS) return this.inner.subscribe(hallId, fn);
    this.active++;
    const off = this.inner.subscribe(hallId, fn);
    return () => {
      this.active--;
      off();
    };
  }
  close() {
    return this.inner.close();
  }
}

const callEvent = (hallId: string, n: string): HallEvent => ({
  hallId,
  type: 'call',
  data: {
    ticketId: `t-${n}`,
    ticketNumber: n,
    windowId: 'w',
    windowNumber: '3',
    recall: false,
    at: new Date().toISOString(),
  },
});

describe.each(DIALECTS)('SSE hall events on %s', (dialect) => {
  let t: TestApp;
  let bus: CountingBus;
  let base: string;
  let hallId: string;
  let otherHallId: string;

  beforeAll(async () => {
    bus = new CountingBus();
    t = await makeLiveApp(dialect, { bus: async () => bus });
    const tree = await buildTree(t.handle.db);
    hallId = tree.countyA.id;
    otherHallId = tree.countyB.id;
    await buildWindow(t.handle.db, hallId, { number: '3' });
    await buildType(t.handle.db, hallId, { prefix: 'A', name: '社保业务' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('streams a snapshot first, then published events of the hall within a second', async () => {
    const c = await openSse(`${base}/api/v1/public/halls/${hallId}/queue/events`);
    try {
      expect(c.status).toBe(200);
      expect(c.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(c.headers['cache-control']).toContain('no-cache');
      expect(c.headers['x-accel-buffering']).toBe('no');
      expect(c.headers['content-encoding']).toBeUndefined();
      const snap = await c.next();
      expect(snap.event).toBe('snapshot');
      expect(snap.id).toBeTruthy();
      expect(JSON.parse(snap.data)).toMatchObject({
        hallId,
        windows: [{ number: '3', currentTicket: null }],
        waiting: [{ prefix: 'A', waitingCount: 0 }],
      });
      expect(c.retry).toEqual(['2000']);

      await bus.publish(callEvent(otherHallId, 'X001')); // another hall: not on this stream
      const sent = Date.now();
      await bus.publish(callEvent(hallId, 'A001'));
      const call = await c.next((m) => m.event === 'call', 1000);
      expect(Date.now() - sent).toBeLessThan(1000);
      expect(JSON.parse(call.data)).toMatchObject({ ticketNumber: 'A001', windowNumber: '3', recall: false });
      expect(call.id).toBeTruthy();
      expect(call.id).not.toBe(snap.id);
      await bus.publish({ hallId, type: 'waiting', data: { businessTypeId: 'x', waitingCount: 4 } });
      expect(JSON.parse((await c.next((m) => m.event === 'waiting')).data)).toEqual({
        businessTypeId: 'x',
        waitingCount: 4,
      });
      expect(c.messages.map((m) => m.data).join()).not.toContain('X001');
    } finally {
      c.close();
    }
  });

  it('sends a fresh snapshot on resync and on every reconnect (catch-up)', async () => {
    const c = await openSse(`${base}/api/v1/public/halls/${hallId}/queue/events`);
    await c.next((m) => m.event === 'snapshot');
    await bus.publish({ hallId, type: RESYNC, data: {} });
    await c.next((m) => m.event === 'snapshot', 1000);
    expect(c.messages.filter((m) => m.event === RESYNC)).toEqual([]);
    c.close();
    const again = await openSse(`${base}/api/v1/public/halls/${hallId}/queue/events`);
    expect((await again.next()).event).toBe('snapshot');
    again.close();
  });

  it('unsubscribes when the client goes away', async () => {
    await until(() => bus.active === 0, 2000, 'earlier streams to unsubscribe');
    const clients: SseClient[] = [];
    for (let i = 0; i < 3; i++) clients.push(await openSse(`${base}/api/v1/public/halls/${hallId}/queue/events`));
    for (const c of clients) await c.next();
    expect(bus.active).toBe(3);
    for (const c of clients) c.close();
    await until(() => bus.active === 0, 2000, 'streams to unsubscribe');
  });

  it('answers 404 problem+json for an unknown hall before switching to the stream', async () => {
    const res = await fetch(`${base}/api/v1/public/halls/nope/queue/events`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(bus.active).toBe(0);
  });

  it('ends open streams when the app closes', async () => {
    const local = await makeLiveApp(dialect);
    const tree = await buildTree(local.handle.db);
    await local.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (local.app.server.address() as AddressInfo).port;
    const c = await openSse(`http://127.0.0.1:${port}/api/v1/public/halls/${tree.countyA.id}/queue/events`);
    await c.next();
    await local.close(); // would hang if the stream kept the connection open
    await c.closed;
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('LISTEN/NOTIFY bus across two app instances (PostgreSQL)', () => {
  const url = process.env.TEST_DATABASE_URL as string;
  let one: TestApp & { schema?: string };
  let two: TestApp & { schema?: string };
  let bus1: PgBus;
  let bus2: PgBus;
  let hallId: string;
  let base1: string;

  beforeAll(async () => {
    one = await makeLiveApp('postgres', {
      bus: async (h) => {
        bus1 = await PgBus.start({ url, db: h.db, channel: channelFor(h.schema), retryMinMs: 50, retryMaxMs: 200 });
        return bus1;
      },
    });
    // The second "process": its own pool, its own listener, same schema.
    two = await makeLiveApp('postgres', {
      schema: one.schema,
      bus: async (h) => {
        bus2 = await PgBus.start({ url, db: h.db, channel: channelFor(h.schema) });
        return bus2;
      },
    });
    hallId = (await buildTree(one.handle.db)).countyA.id;
    await one.app.listen({ port: 0, host: '127.0.0.1' });
    base1 = `http://127.0.0.1:${(one.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('listens on a dedicated connection', async () => {
    expect(bus1.listening && bus2.listening).toBe(true);
    expect(bus1.listenerPid).not.toBe(bus2.listenerPid);
    const listeners = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_stat_activity where query ilike ${`listen "${bus1.channel}"`}`.execute(
      one.handle.db,
    );
    expect(listeners.rows[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it('delivers an event published on app 2 to subscribers on app 1, and each event exactly once', async () => {
    const on1 = collect(bus1, hallId);
    const on2 = collect(bus2, hallId);
    await bus2.publish(callEvent(hallId, 'A001'));
    await until(() => on1.events.length === 1, 1000, 'the event on app 1');
    expect(on1.events[0]).toMatchObject({ hallId, type: 'call', data: { ticketNumber: 'A001' } });
    await bus1.publish(callEvent(hallId, 'A002'));
    await until(() => on2.events.length === 2, 1000, 'the event on app 2');
    await sleep(200); // any echo of an own notification would have arrived by now
    expect(on1.events.map((e) => e.data.ticketNumber)).toEqual(['A001', 'A002']);
    expect(on2.events.map((e) => e.data.ticketNumber)).toEqual(['A001', 'A002']);
    on1.stop();
    on2.stop();
  });

  it('moves the configuration epoch when another process announces a configuration change', async () => {
    const before = configEpoch();
    // what `inConfigTx` on another server process sends (its own origin)
    const payload = JSON.stringify({ o: 'another-process', es: [{ hallId: CONFIG_EVENTS, type: 'config', data: {} }] });
    await sql`select pg_notify(${bus1.channel}, ${payload})`.execute(one.handle.db);
    await until(() => configEpoch() > before, 1000, 'the epoch to move');
  });

  it('streams to a display on app 1 a call published on app 2 within a second', async () => {
    const c = await openSse(`${base1}/api/v1/public/halls/${hallId}/queue/events`);
    try {
      await c.next((m) => m.event === 'snapshot');
      const sent = Date.now();
      await two.app.yz.bus.publish(callEvent(hallId, 'A003'));
      const call = await c.next((m) => m.event === 'call', 1000);
      expect(Date.now() - sent).toBeLessThan(1000);
      expect(JSON.parse(call.data)).toMatchObject({ ticketNumber: 'A003' });
    } finally {
      c.close();
    }
  });

  it('shows on a display connected to process 1 a real call-next made on process 2', async () => {
    freezeClock();
    try {
      const world = await buildQueueWorld(two);
      const c = await openSse(`${base1}/api/v1/public/halls/${world.hallId}/queue/events`);
      try {
        await c.next((m) => m.event === 'snapshot');
        expect((await take(two, world.hallId, world.types.B.id)).statusCode).toBe(201);
        const { session } = await staffAt(two, world.hallId, [world.windows[1].id]);
        const started = performance.now();
        const called = await two.app.inject({
          method: 'POST',
          url: `/api/v1/windows/${world.windows[1].id}/call-next`,
          headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
        });
        expect(called.statusCode, called.body).toBe(200);
        const call = await c.next((m) => m.event === 'call', 1000);
        expect(performance.now() - started).toBeLessThan(1000);
        expect(JSON.parse(call.data)).toMatchObject({ ticketNumber: 'B001', windowNumber: '2', recall: false });
      } finally {
        c.close();
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('reconnects the listener after its connection drops, and resyncs open streams', async () => {
    const c = await openSse(`${base1}/api/v1/public/halls/${hallId}/queue/events`);
    try {
      await c.next((m) => m.event === 'snapshot');
      const pid = bus1.listenerPid;
      await sql`select pg_terminate_backend(${pid})`.execute(two.handle.db);
      await until(() => bus1.listening && bus1.listenerPid !== pid, 5000, 'the listener to reconnect');
      await c.next((m) => m.event === 'snapshot', 2000); // catch-up after possibly missed events
      await two.app.yz.bus.publish(callEvent(hallId, 'A004'));
      expect(JSON.parse((await c.next((m) => m.event === 'call', 1000)).data)).toMatchObject({ ticketNumber: 'A004' });
    } finally {
      c.close();
    }
  });

  it('batches a burst of events into few NOTIFY payloads and keeps their order', async () => {
    const on1 = collect(bus1, hallId);
    const burst = Array.from({ length: 300 }, (_, i) => callEvent(hallId, `C${String(i).padStart(3, '0')}`));
    for (const e of burst) await bus2.publish(e); // ~60 KB: more than one 8000-byte payload
    await bus2.flushed();
    await until(() => on1.events.length === burst.length, 2000, 'the whole burst on app 1');
    expect(on1.events.map((e) => e.data.ticketNumber)).toEqual(burst.map((e) => e.data.ticketNumber));
    on1.stop();
  });

  it('keeps oversized events local instead of failing the NOTIFY', async () => {
    const on1 = collect(bus1, hallId);
    const on2 = collect(bus2, hallId);
    await bus2.publish({ hallId, type: 'call', data: { pad: 'x'.repeat(MAX_PAYLOAD_BYTES) } });
    await bus2.publish(callEvent(hallId, 'A005'));
    await until(() => on1.events.length === 1, 1000, 'the small event on app 1');
    expect(on1.events[0]?.data.ticketNumber).toBe('A005');
    expect(on2.events).toHaveLength(2);
    on1.stop();
    on2.stop();
  });
});

describe.each(DIALECTS)('a real call through the API reaches the hall display on %s', (dialect) => {
  let t: TestApp;
  let world: QueueWorld;
  let base: string;

  beforeAll(async () => {
    freezeClock(); // a working day at 10:00 Beijing time (Date only; timers stay real)
    t = await makeLiveApp(dialect);
    world = await buildQueueWorld(t);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  it('kiosk ticket → call-next → call, window and waiting events on the stream within a second, then in the snapshot', async () => {
    const { hallId, types, windows } = world;
    const c = await openSse(`${base}/api/v1/public/halls/${hallId}/queue/events`);
    try {
      await c.next((m) => m.event === 'snapshot');
      const ticket = await take(t, hallId, types.A.id);
      expect(ticket.statusCode, ticket.body).toBe(201);
      expect(JSON.parse((await c.next((m) => m.event === 'waiting')).data)).toEqual({
        businessTypeId: types.A.id,
        waitingCount: 1,
      });
      const { session } = await staffAt(t, hallId, [windows[0].id]);
      const started = performance.now();
      const called = await t.app.inject({
        method: 'POST',
        url: `/api/v1/windows/${windows[0].id}/call-next`,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      });
      expect(called.statusCode, called.body).toBe(200);
      const call = await c.next((m) => m.event === 'call', 1000);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(JSON.parse(call.data)).toMatchObject({
        ticketId: ticket.json().id,
        ticketNumber: 'A001',
        windowNumber: '1',
        recall: false,
      });
      expect(JSON.parse((await c.next((m) => m.event === 'window')).data)).toMatchObject({
        windowNumber: '1',
        currentTicket: 'A001',
      });
      const display = (await t.app.inject({ url: `/api/v1/public/halls/${hallId}/queue/display` })).json();
      expect(display.recentCalls[0]).toMatchObject({ ticketNumber: 'A001', windowNumber: '1' });
      expect(display.windows[0]).toMatchObject({ number: '1', currentTicket: 'A001' });
      // A display that reconnects now catches up from the snapshot.
      const late = await openSse(`${base}/api/v1/public/halls/${hallId}/queue/events`);
      const snap = JSON.parse((await late.next()).data);
      expect(snap.windows[0]).toMatchObject({ currentTicket: 'A001' });
      late.close();
    } finally {
      c.close();
    }
  });
});
