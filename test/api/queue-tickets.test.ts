import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFIG_EVENTS, configChanged } from '../../src/http/config-epoch.js';
import { inTx } from '../../src/http/context.js';
import { issueTicket } from '../../src/modules/queue/index.js';
import { ISSUE_CONTEXT_TTL_MS } from '../../src/modules/queue/take-rules.js';
import { as, DIALECTS, makeTestApp, type TestApp } from '../helpers/app.js';
import {
  buildQueueWorld,
  freezeClock,
  type QueueWorld,
  queueSnapshot,
  SATURDAY_10AM,
  sessionFor,
  staffAt,
  take,
  WORKDAY_10AM,
} from './queue-fixture.js';

/** Taking tickets: numbering, daily cap, hours and working days, validation, the public views. */
describe.each(DIALECTS)('queue tickets on %s', (dialect) => {
  let t: TestApp;
  let w: QueueWorld;
  beforeAll(async () => {
    freezeClock();
    t = await makeTestApp(dialect);
    w = await buildQueueWorld(t);
  });
  beforeEach(async () => {
    vi.setSystemTime(WORKDAY_10AM);
    w.manager = await sessionFor(t, w.managerId); // sessions idle out when a test moves the clock on
  });
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  it('numbers tickets prefix + 3 digits per type, and says how many are ahead', async () => {
    const a1 = await take(t, w.hallId, w.types.A.id);
    expect(a1.statusCode, a1.body).toBe(201);
    expect(a1.json()).toMatchObject({
      number: 'A001',
      status: 'waiting',
      aheadCount: 0,
      businessTypeId: w.types.A.id,
      businessTypeName: '综合受理',
      hallId: w.hallId,
      serviceDate: '2026-12-01',
      estimatedWaitMinutes: 0,
    });
    const a2 = await take(t, w.hallId, w.types.A.id, { phone: '13800138000', idNumber: '11010519491231002X' });
    expect(a2.json()).toMatchObject({ number: 'A002', aheadCount: 1 });
    const b1 = await take(t, w.hallId, w.types.B.id);
    expect(b1.json()).toMatchObject({ number: 'B001', aheadCount: 0 });
    // two open windows serve A (1 and 3): 2 ahead × 10 min ÷ 2 = 10 min
    const a3 = await take(t, w.hallId, w.types.A.id);
    expect(a3.json()).toMatchObject({ number: 'A003', aheadCount: 2, estimatedWaitMinutes: 10 });
    expect(JSON.stringify(a2.json())).not.toContain('13800138000');
    // The ticket row is the record of its creation (who, from where, when); events are what follows.
    const row = await t.handle.db
      .selectFrom('tickets')
      .select(['source', 'taken_by_user_id', 'taken_ip', 'taken_at'])
      .where('id', '=', a2.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'kiosk', taken_by_user_id: null, taken_ip: '127.0.0.1' });
    const events = await t.handle.db
      .selectFrom('ticket_events')
      .select(['action'])
      .where('ticket_id', '=', a2.json().id)
      .execute();
    expect(events).toEqual([]);
  });

  it('restarts numbering the next day', async () => {
    vi.setSystemTime(new Date('2026-12-02T01:00:00.000Z')); // Wednesday 09:00
    const res = await take(t, w.hallId, w.types.A.id);
    expect(res.json()).toMatchObject({ number: 'A001', serviceDate: '2026-12-02' });
  });

  it('publishes a waiting event after the commit', async () => {
    const seen: unknown[] = [];
    const off = t.app.yz.bus.subscribe(w.hallId, (e) => seen.push(e));
    const res = await take(t, w.hallId, w.types.C.id);
    off();
    expect(res.statusCode).toBe(201);
    expect(seen).toEqual([
      { hallId: w.hallId, type: 'waiting', data: { businessTypeId: w.types.C.id, waitingCount: 1 } },
    ]);
  });

  it('shows a ticket publicly with its current status', async () => {
    const taken = (await take(t, w.hallId, w.types.B.id)).json();
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${taken.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: taken.id, number: taken.number, status: 'waiting', aheadCount: 1 });
    expect(res.json().windowNumber).toBeUndefined();
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/public/tickets/nope' });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses bad input with problem+json and changes nothing', async () => {
    const before = await queueSnapshot(t.handle.db);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ businessTypeId: 'no-such-type' }, 404, 'NOT_FOUND'],
      [{ businessTypeId: w.types.A.id, idNumber: '110105194912310021' }, 400, 'VALIDATION_FAILED'],
      [{ businessTypeId: w.types.A.id, phone: '12345' }, 400, 'VALIDATION_FAILED'],
      [{}, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/public/halls/${w.hallId}/tickets`,
        payload: body,
      });
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
    }
    // a type of 县A taken "in" 县B's hall
    const cross = await take(t, w.otherHallId, w.types.A.id);
    expect(cross.statusCode).toBe(404);
    expect(await queueSnapshot(t.handle.db)).toBe(before);
  });

  it('takes tickets only inside the hours on working days', async () => {
    const before = await queueSnapshot(t.handle.db);
    for (const at of [
      SATURDAY_10AM,
      new Date('2026-12-01T05:00:00.000Z'), // 13:00, lunch break
      new Date('2026-12-01T00:00:00.000Z'), // 08:00, before opening
      new Date('2026-12-01T09:30:00.000Z'), // 17:30, closed (end is exclusive)
      new Date('2027-01-01T02:00:00.000Z'), // New Year's Day, a Friday holiday
    ]) {
      vi.setSystemTime(at);
      const res = await take(t, w.hallId, w.types.A.id);
      expect(res.statusCode, at.toISOString()).toBe(422);
      expect(res.json().code).toBe('OUTSIDE_TAKE_HOURS');
    }
    expect(await queueSnapshot(t.handle.db)).toBe(before);
    vi.setSystemTime(new Date('2026-12-01T09:29:00.000Z')); // 17:29
    expect((await take(t, w.hallId, w.types.A.id)).statusCode).toBe(201);
  });

  it("uses the type's own take hours instead of the hall's", async () => {
    const patch = await as(t.app, w.manager).patch(`/api/v1/business-types/${w.types.C.id}`, {
      takeHours: [{ start: '09:00', end: '11:00' }],
    });
    expect(patch.statusCode, patch.body).toBe(200);
    vi.setSystemTime(new Date('2026-12-01T03:30:00.000Z')); // 11:30: hall open, type closed
    const late = await take(t, w.hallId, w.types.C.id);
    expect(late.json()).toMatchObject({ code: 'OUTSIDE_TAKE_HOURS' });
    expect(late.json().detail).toContain('09:00–11:00');
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/public/halls/${w.hallId}/business-types` });
    const c = list.json().find((x: { id: string }) => x.id === w.types.C.id);
    expect(c).toMatchObject({ canTakeNow: false, prefix: 'C' });
    expect(c.reason).toContain('09:00–11:00');
    await as(t.app, w.manager).patch(`/api/v1/business-types/${w.types.C.id}`, { takeHours: [] });
  });

  it('enforces the daily cap exactly', async () => {
    const created = await as(t.app, w.manager).post(`/api/v1/halls/${w.hallId}/business-types`, {
      name: '公积金',
      prefix: 'G',
      dailyCap: 3,
    });
    expect(created.statusCode).toBe(201);
    const typeId = created.json().id;
    const results = await Promise.all(Array.from({ length: 6 }, () => take(t, w.hallId, typeId)));
    const ok = results.filter((r) => r.statusCode === 201).map((r) => r.json().number);
    expect(ok.sort()).toEqual(['G001', 'G002', 'G003']);
    const refused = results.filter((r) => r.statusCode !== 201);
    expect(refused.map((r) => r.json().code)).toEqual(Array(3).fill('DAILY_CAP_REACHED'));
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/public/halls/${w.hallId}/business-types` });
    expect(list.json().find((x: { id: string }) => x.id === typeId)).toMatchObject({
      canTakeNow: false,
      reason: '今日号源已取完',
      waitingCount: 3,
    });
  });

  it('gives unique numbers when many kiosks issue at once', async () => {
    const created = await as(t.app, w.manager).post(`/api/v1/halls/${w.hallId}/business-types`, {
      name: '不动产登记',
      prefix: 'D',
    });
    const typeId = created.json().id;
    const results = await Promise.all(Array.from({ length: 40 }, () => take(t, w.hallId, typeId)));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const numbers = results.map((r) => r.json().number).sort();
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => `D${String(i + 1).padStart(3, '0')}`));
    const counter = await t.handle.db
      .selectFrom('ticket_counters')
      .select(['last_seq', 'waiting'])
      .where('business_type_id', '=', typeId)
      .executeTakeFirstOrThrow();
    expect(counter).toEqual({ last_seq: 40, waiting: 40 });
    // each answer counted the people ahead at its own moment: 0 … 39, once each
    expect(results.map((r) => r.json().aheadCount).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
    // take time never decreases with the number inside a type, whichever request stamped first
    const times = (
      await t.handle.db
        .selectFrom('tickets')
        .select('taken_at')
        .where('business_type_id', '=', typeId)
        .orderBy('seq')
        .execute()
    ).map((r) => r.taken_at);
    expect(times).toEqual([...times].sort());
  });

  it('never stamps a later number with an earlier take time (a kiosk that stamped first but drew second)', async () => {
    const created = await as(t.app, w.manager).post(`/api/v1/halls/${w.hallId}/business-types`, {
      name: '出入境',
      prefix: 'E',
    });
    const typeId = created.json().id;
    const issue = (now: Date) =>
      inTx(t.app.yz, (trx) =>
        issueTicket(
          trx,
          dialect,
          { hallId: w.hallId, businessTypeId: typeId, source: 'kiosk', now },
          { userId: null, ip: '::1' },
        ),
      );
    const later = await issue(new Date(WORKDAY_10AM.getTime() + 5000));
    const earlier = await issue(new Date(WORKDAY_10AM.getTime() + 1000));
    expect([later.ticket.number, earlier.ticket.number]).toEqual(['E001', 'E002']);
    expect(earlier.ticket.taken_at).toBe(later.ticket.taken_at);
    const stored = await t.handle.db
      .selectFrom('tickets')
      .select(['number', 'taken_at'])
      .where('business_type_id', '=', typeId)
      .orderBy('seq')
      .execute();
    expect(stored.map((r) => r.taken_at)).toEqual([later.ticket.taken_at, later.ticket.taken_at]);
  });

  it('lists the kiosk menu with waiting counts and whether a ticket can be taken', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/halls/${w.hallId}/business-types` });
    expect(res.statusCode).toBe(200);
    const a = res.json().find((x: { prefix: string }) => x.prefix === 'A');
    expect(a).toMatchObject({ name: '综合受理', canTakeNow: true, reason: null, bookable: false });
    expect(a.waitingCount).toBeGreaterThan(0);
    vi.setSystemTime(SATURDAY_10AM);
    const sat = await t.app.inject({ method: 'GET', url: `/api/v1/public/halls/${w.hallId}/business-types` });
    expect(sat.json().every((x: { canTakeNow: boolean }) => !x.canTakeNow)).toBe(true);
    expect(sat.json()[0].reason).toBe('今天不是工作日，不能取号');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/public/halls/nope/business-types' });
    expect(unknown.statusCode).toBe(404);
  });

  it('lets window staff issue a ticket for a visitor (source staff)', async () => {
    const { session } = await staffAt(t, w.hallId, [w.windows[0].id]);
    const res = await as(t.app, session).post(`/api/v1/halls/${w.hallId}/tickets`, { businessTypeId: w.types.B.id });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.handle.db
      .selectFrom('tickets')
      .select(['source'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.source).toBe('staff');
    const creation = await t.handle.db
      .selectFrom('tickets')
      .select(['taken_by_user_id', 'taken_ip'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(creation).toEqual({ taken_by_user_id: session.userId, taken_ip: '127.0.0.1' });
    const other = await as(t.app, session).post(`/api/v1/halls/${w.otherHallId}/tickets`, {
      businessTypeId: w.types.B.id,
    });
    expect(other.statusCode).toBe(404);
    const manager = await as(t.app, w.manager).post(`/api/v1/halls/${w.hallId}/tickets`, {
      businessTypeId: w.types.B.id,
    });
    expect(manager.statusCode).toBe(403);
  });

  it('sees a configuration change at once, and one made by another process within seconds (issue context cache)', async () => {
    const typeB = w.types.B.id;
    expect((await take(t, w.hallId, typeB)).statusCode).toBe(201); // the context of B today is remembered
    // through the API (this process): the next ticket already sees it, and the other processes are told
    const announced: string[] = [];
    const off = t.app.yz.bus.subscribe(CONFIG_EVENTS, (e) => announced.push(e.type));
    const stop = await as(t.app, w.manager).patch(`/api/v1/business-types/${typeB}`, { active: false });
    off();
    expect(stop.statusCode, stop.body).toBe(200);
    expect(announced).toEqual(['config']);
    expect((await take(t, w.hallId, typeB)).statusCode).toBe(404);
    await as(t.app, w.manager).patch(`/api/v1/business-types/${typeB}`, { active: true });
    const open = await take(t, w.hallId, typeB);
    expect(open.statusCode).toBe(201);
    // window 1 (of the two open windows serving A, 10 min each) paused at the workbench: the estimate follows
    const { session } = await staffAt(t, w.hallId, [w.windows[0].id]);
    const windowUrl = `/api/v1/windows/${w.windows[0].id}`;
    expect((await as(t.app, session).post(`${windowUrl}/sign-in`)).statusCode).toBe(200);
    const before = (await take(t, w.hallId, w.types.A.id)).json();
    expect(before.estimatedWaitMinutes).toBe(Math.ceil((before.aheadCount * 10) / 2));
    const pause = await as(t.app, session).post(`${windowUrl}/pause`, { reason: '系统维护' });
    expect(pause.statusCode, pause.body).toBe(200);
    const paused = (await take(t, w.hallId, w.types.A.id)).json();
    expect(paused.estimatedWaitMinutes).toBe(paused.aheadCount * 10);
    expect((await as(t.app, session).post(`${windowUrl}/resume`, {})).statusCode).toBe(200);
    expect((await as(t.app, session).post(`${windowUrl}/sign-out`)).statusCode).toBe(200);

    // written past this process (as another server process on the same PostgreSQL would): the
    // remembered context is used until it is ISSUE_CONTEXT_TTL_MS old, then read again
    expect((await take(t, w.hallId, typeB)).statusCode).toBe(201); // remembered again (the epoch moved)
    await t.handle.db.updateTable('business_types').set({ active: 0 }).where('id', '=', typeB).execute();
    expect((await take(t, w.hallId, typeB)).statusCode).toBe(201);
    vi.setSystemTime(WORKDAY_10AM.getTime() + ISSUE_CONTEXT_TTL_MS + 1);
    expect((await take(t, w.hallId, typeB)).statusCode).toBe(404);
    await t.handle.db.updateTable('business_types').set({ active: 1 }).where('id', '=', typeB).execute();
    configChanged();
  });
});
