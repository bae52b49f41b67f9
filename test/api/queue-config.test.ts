import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { as, DIALECTS, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import {
  buildQueueWorld,
  freezeClock,
  type QueueWorld,
  queueSnapshot,
  staffAt,
  take,
  userWithSession,
} from './queue-fixture.js';

/** Configuration: business types, window ↔ type mapping, queue settings; scoping and audit. */
describe.each(DIALECTS)('queue configuration on %s', (dialect) => {
  let t: TestApp;
  let w: QueueWorld;
  let staff: Session;
  let supervisor: Session;
  let otherManager: Session;
  let otherTypeId: string;
  beforeAll(async () => {
    freezeClock();
    t = await makeTestApp(dialect);
    w = await buildQueueWorld(t);
    staff = (await staffAt(t, w.hallId, [w.windows[0].id])).session;
    supervisor = (await userWithSession(t, w.hallId, ['supervisor'])).session;
    otherManager = (await userWithSession(t, w.otherHallId, ['hall_manager'])).session;
    const other = await as(t.app, otherManager).post(`/api/v1/halls/${w.otherHallId}/business-types`, {
      name: '县B综合',
      prefix: 'A',
    });
    expect(other.statusCode).toBe(201); // prefixes are unique per hall only
    otherTypeId = other.json().id;
  });
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  it('creates a business type with defaults and audits it', async () => {
    const res = await as(t.app, w.manager).post(`/api/v1/halls/${w.hallId}/business-types`, {
      name: '户籍证件',
      prefix: 'E',
      takeHours: [{ start: '08:30', end: '11:30' }],
      bookable: true,
      slotMinutes: 30,
      slotCapacity: 4,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      hallId: w.hallId,
      name: '户籍证件',
      prefix: 'E',
      dailyCap: 999,
      avgServiceMinutes: 10,
      active: true,
      bookable: true,
      slotCapacity: 4,
      takeHours: [{ start: '08:30', end: '11:30' }],
      windows: [],
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'hall_id'])
      .where('entity_id', '=', res.json().id)
      .execute();
    expect(audit).toEqual([{ action: 'queue.business_type.create', hall_id: w.hallId }]);
  });

  it('refuses a taken prefix, a bad prefix and overlapping hours; nothing changes', async () => {
    const before = await queueSnapshot(t.handle.db);
    const post = (body: unknown) => as(t.app, w.manager).post(`/api/v1/halls/${w.hallId}/business-types`, body);
    const dup = await post({ name: '重复前缀', prefix: 'A' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'DUPLICATE' });
    expect(dup.json().detail).toContain('综合受理');
    expect((await post({ name: '两个字母', prefix: 'AB' })).statusCode).toBe(400);
    expect((await post({ name: '小写字母', prefix: 'x' })).statusCode).toBe(400);
    const hours = await post({
      name: '时段重叠',
      prefix: 'Q',
      takeHours: [
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
      ],
    });
    expect(hours.statusCode).toBe(400);
    expect(hours.json().detail).toContain('重叠');
    expect((await post({ name: '上限过大', prefix: 'Q', dailyCap: 1000 })).statusCode).toBe(400);
    const rename = await as(t.app, w.manager).patch(`/api/v1/business-types/${w.types.B.id}`, { prefix: 'A' });
    expect(rename.statusCode).toBe(409);
    expect(await queueSnapshot(t.handle.db)).toBe(before);
  });

  it('updates a type; deactivating it removes it from the kiosk and refuses tickets', async () => {
    const created = await as(t.app, w.manager).post(`/api/v1/halls/${w.hallId}/business-types`, {
      name: '临时业务',
      prefix: 'T',
    });
    const id = created.json().id;
    const res = await as(t.app, w.manager).patch(`/api/v1/business-types/${id}`, {
      name: '临时业务（停办）',
      active: false,
      dailyCap: 50,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: '临时业务（停办）', active: false, dailyCap: 50, prefix: 'T' });
    const kiosk = await t.app.inject({ method: 'GET', url: `/api/v1/public/halls/${w.hallId}/business-types` });
    expect(kiosk.json().map((x: { prefix: string }) => x.prefix)).not.toContain('T');
    expect((await take(t, w.hallId, id)).statusCode).toBe(404);
  });

  it('maps windows to types of the same hall only, with preferred flags', async () => {
    const win = w.windows[1].id;
    const res = await as(t.app, w.manager).put(`/api/v1/windows/${win}/business-types`, {
      types: [
        { businessTypeId: w.types.B.id, preferred: true },
        { businessTypeId: w.types.C.id, preferred: false },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      windowId: win,
      types: [
        { businessTypeId: w.types.B.id, name: '企业开办', prefix: 'B', preferred: true },
        { businessTypeId: w.types.C.id, name: '咨询', prefix: 'C', preferred: false },
      ],
    });
    const before = await queueSnapshot(t.handle.db);
    const cross = await as(t.app, w.manager).put(`/api/v1/windows/${win}/business-types`, {
      types: [{ businessTypeId: otherTypeId, preferred: true }],
    });
    expect(cross.statusCode).toBe(404);
    const dup = await as(t.app, w.manager).put(`/api/v1/windows/${win}/business-types`, {
      types: [
        { businessTypeId: w.types.B.id, preferred: true },
        { businessTypeId: w.types.B.id, preferred: false },
      ],
    });
    expect(dup.statusCode).toBe(400);
    expect(await queueSnapshot(t.handle.db)).toBe(before);
    const list = await as(t.app, w.manager).get(`/api/v1/halls/${w.hallId}/business-types`);
    const c = list.json().find((x: { id: string }) => x.id === w.types.C.id);
    expect(c.windows).toEqual([
      { windowId: w.windows[1].id, windowNumber: '2', preferred: false },
      { windowId: w.windows[2].id, windowNumber: '3', preferred: false },
    ]);
  });

  it('reads and saves queue settings (defaults until saved)', async () => {
    const url = `/api/v1/halls/${w.hallId}/queue-settings`;
    const defaults = await as(t.app, w.manager).get(url);
    expect(defaults.json()).toEqual({
      recallLimit: 2,
      bookingDays: 5,
      bookingCloseMinutes: 10,
      cancelCloseMinutes: 10,
      noShowAfterMinutes: 30,
      noShowBlockCount: 3,
      noShowWindowDays: 30,
      blockDays: 30,
    });
    const next = { ...defaults.json(), recallLimit: 3, bookingDays: 7 };
    const saved = await as(t.app, w.manager).put(url, next);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await as(t.app, staff).get(url)).json()).toEqual(next);
    expect((await as(t.app, w.manager).put(url, { ...next, recallLimit: 3 })).statusCode).toBe(200);
    const rows = await t.handle.db.selectFrom('queue_settings').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect((await as(t.app, w.manager).put(url, { ...next, recallLimit: -1 })).statusCode).toBe(400);
  });

  it('scopes configuration: other county → 404, no permission → 403, reading with any queue permission', async () => {
    const before = await queueSnapshot(t.handle.db);
    const typeUrl = `/api/v1/business-types/${w.types.A.id}`;
    const listUrl = `/api/v1/halls/${w.hallId}/business-types`;
    const settingsUrl = `/api/v1/halls/${w.hallId}/queue-settings`;
    const mapUrl = `/api/v1/windows/${w.windows[0].id}/business-types`;
    const body = { name: '越权', prefix: 'Z' };
    const settings = {
      recallLimit: 9,
      bookingDays: 5,
      bookingCloseMinutes: 10,
      cancelCloseMinutes: 10,
      noShowAfterMinutes: 30,
      noShowBlockCount: 3,
      noShowWindowDays: 30,
      blockDays: 30,
    };
    for (const [who, status] of [
      [otherManager, 404],
      [staff, 403],
      [supervisor, 403],
    ] as const) {
      expect((await as(t.app, who).post(listUrl, body)).statusCode).toBe(status);
      expect((await as(t.app, who).patch(typeUrl, { name: '越权改名' })).statusCode).toBe(status);
      expect((await as(t.app, who).put(mapUrl, { types: [] })).statusCode).toBe(status);
      expect((await as(t.app, who).put(settingsUrl, settings)).statusCode).toBe(status);
    }
    expect(await queueSnapshot(t.handle.db)).toBe(before);
    expect((await as(t.app, otherManager).get(listUrl)).statusCode).toBe(404);
    expect((await as(t.app, staff).get(listUrl)).statusCode).toBe(200);
    expect((await as(t.app, supervisor).get(listUrl)).statusCode).toBe(200);
    expect((await as(t.app, null).get(listUrl)).statusCode).toBe(401);
  });
});
