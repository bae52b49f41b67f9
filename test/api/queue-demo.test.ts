import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../src/domain/password.js';
import { seedDemoIfEmpty } from '../../src/modules/demo/seed.js';
import { as, DIALECTS, login, makeTestApp, type TestApp } from '../helpers/app.js';
import { freezeClock, WORKDAY_10AM } from './queue-fixture.js';

/** The queue part of the demo data (县A = 东岭县, hall code DL). */
describe.each(DIALECTS)('queue demo data on %s', (dialect) => {
  let t: TestApp;
  let hallId: string;
  beforeAll(async () => {
    freezeClock(WORKDAY_10AM);
    t = await makeTestApp(dialect);
    expect(await seedDemoIfEmpty(t.handle)).toBe(true);
    hallId = (await t.handle.db.selectFrom('halls').select('id').where('code', '=', 'DL').executeTakeFirstOrThrow()).id;
  }, 120_000);
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  it('has eight business types, a couple bookable, and more than ten windows serving them', async () => {
    const db = t.handle.db;
    const types = await db.selectFrom('business_types').selectAll().where('hall_id', '=', hallId).execute();
    expect(types.map((x) => x.prefix).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(types.filter((x) => x.bookable === 1).length).toBeGreaterThanOrEqual(2);
    const maps = await db.selectFrom('window_business_types').selectAll().where('hall_id', '=', hallId).execute();
    expect(new Set(maps.map((m) => m.window_id)).size).toBeGreaterThanOrEqual(10);
    expect(maps.some((m) => m.preferred === 0)).toBe(true);
    expect(types.every((x) => maps.some((m) => m.business_type_id === x.id && m.preferred === 1))).toBe(true);
    const settings = await db.selectFrom('queue_settings').selectAll().where('hall_id', '=', hallId).execute();
    expect(settings).toHaveLength(1);
  });

  it('has past tickets with events for statistics, and none today', async () => {
    const db = t.handle.db;
    const tickets = await db.selectFrom('tickets').selectAll().where('hall_id', '=', hallId).execute();
    expect(tickets.length).toBeGreaterThanOrEqual(300);
    expect(tickets.filter((x) => x.service_date >= '2026-12-01')).toEqual([]);
    expect(new Set(tickets.map((x) => x.service_date)).size).toBe(10);
    const statuses = new Set(tickets.map((x) => x.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['done', 'no_show']));
    const keys = tickets.map((x) => `${x.business_type_id}|${x.service_date}|${x.seq}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const x of tickets.filter((y) => y.status === 'done')) {
      expect(x.called_at! >= x.taken_at).toBe(true);
      expect(x.finished_at! > x.called_at!).toBe(true);
    }
    const events = await db
      .selectFrom('ticket_events')
      .select(['ticket_id', 'action'])
      .where('hall_id', '=', hallId)
      .execute();
    // no `take` rows: each ticket records where it was taken (migration 015)
    expect(events.filter((e) => e.action === 'take')).toEqual([]);
    expect(tickets.every((x) => x.taken_ip === '10.20.1.15')).toBe(true);
    expect(events.filter((e) => e.action === 'call').length).toBe(tickets.filter((x) => x.called_at).length);
    const counters = await db.selectFrom('ticket_counters').selectAll().where('hall_id', '=', hallId).execute();
    expect(counters.reduce((s, c) => s + c.last_seq, 0)).toBe(tickets.length);
  });

  it('lets county.staff call a ticket taken today at their window', async () => {
    const staff = await login(t.app, 'county.staff', DEMO_PASSWORD);
    const me = await as(t.app, staff).get('/api/v1/auth/me');
    const windowId = me.json().windowIds[0] as string;
    expect(windowId).toBeTruthy();
    const wb = await as(t.app, staff).get(`/api/v1/windows/${windowId}/workbench`);
    expect(wb.statusCode, wb.body).toBe(200);
    expect(wb.json().types.length).toBeGreaterThanOrEqual(1);
    const typeId = wb.json().types[0].id as string;
    const taken = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/halls/${hallId}/tickets`,
      payload: { businessTypeId: typeId },
    });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(taken.json().number).toMatch(/^[A-H]001$/);
    const called = await as(t.app, staff).post(`/api/v1/windows/${windowId}/call-next`);
    expect(called.statusCode, called.body).toBe(200);
    expect(called.json().id).toBe(taken.json().id);
  });
});
