import { expect, vi } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { type Db, nowIso } from '../../src/db/index.js';
import type { Role } from '../../src/domain/roles.js';
import { createSession } from '../../src/modules/auth/session.js';
import { as, type Session, type TestApp } from '../helpers/app.js';
import { buildStaff, buildTree, buildUser, buildWindow } from '../helpers/factories.js';

/** Shared set-up for the queue API tests: a hall with opening hours, business types, windows and their staff. */

/** Tuesday 2026-12-01 10:00 in Beijing: a working day, inside the opening hours. */
export const WORKDAY_10AM = new Date('2026-12-01T02:00:00.000Z');
/** Saturday 2026-12-05 10:00 in Beijing. */
export const SATURDAY_10AM = new Date('2026-12-05T02:00:00.000Z');

export const OPENING_HOURS = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  sessions: [
    { start: '08:30', end: '12:00' },
    { start: '14:00', end: '17:30' },
  ],
}));

/** Successive working days (Mon–Fri of December 2026, no holidays) at 10:00 Beijing time: one fresh queue per test. */
export function workdays(): () => Date {
  let day = Date.parse('2026-11-30T02:00:00.000Z');
  return () => {
    do day += 86_400_000;
    while ([0, 6].includes(new Date(day).getUTCDay()));
    return new Date(day);
  };
}

/** Freeze `Date` (only) at `at`; timers stay real so the database drivers keep working. */
export function freezeClock(at: Date = WORKDAY_10AM): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
}

/** A session without the (rate-limited) login route. */
export async function sessionFor(t: TestApp, userId: string): Promise<Session> {
  const s = await createSession(t.handle.db, userId, t.app.yz.config, '127.0.0.1', 'vitest');
  return { cookie: `yz_session=${s.token}`, csrfToken: s.csrfToken, userId };
}

export async function userWithSession(t: TestApp, hallId: string, roles: Role[], staffId: string | null = null) {
  const u = await buildUser(t.handle.db, hallId, roles, { staffId });
  return { user: u, session: await sessionFor(t, u.id) };
}

/** Window staff assigned (currently) to `windowId`, with a session. */
export async function staffAt(t: TestApp, hallId: string, windowIds: string[], roles: Role[] = ['window_staff']) {
  const db = t.handle.db;
  const staff = await buildStaff(db, hallId);
  for (const windowId of windowIds) {
    await db
      .insertInto('staff_window_assignments')
      .values({
        id: newId(),
        hall_id: hallId,
        staff_id: staff.id,
        window_id: windowId,
        from_date: '2026-01-01',
        to_date: null,
        created_at: nowIso(),
      })
      .execute();
  }
  return userWithSession(t, hallId, roles, staff.id);
}

export interface QueueWorld {
  hallId: string;
  otherHallId: string;
  manager: Session;
  managerId: string;
  types: Record<string, { id: string; prefix: string }>;
  windows: { id: string; number: string }[];
}

/**
 * 县A with opening hours, business types A/B/C created through the API (A preferred at window 1,
 * B at window 2; window 3 serves A and, when A is empty, C), and 县B as the other county.
 */
export async function buildQueueWorld(t: TestApp, o: { windows?: number } = {}): Promise<QueueWorld> {
  const db = t.handle.db;
  const tree = await buildTree(db);
  await db
    .updateTable('halls')
    .set({ opening_hours: JSON.stringify(OPENING_HOURS) })
    .where('id', 'in', [tree.countyA.id, tree.countyB.id])
    .execute();
  const { session: manager, user: managerUser } = await userWithSession(t, tree.countyA.id, ['hall_manager']);
  const types: QueueWorld['types'] = {};
  for (const [prefix, name] of [
    ['A', '综合受理'],
    ['B', '企业开办'],
    ['C', '咨询'],
  ] as const) {
    const res = await as(t.app, manager).post(`/api/v1/halls/${tree.countyA.id}/business-types`, {
      name,
      prefix,
      avgServiceMinutes: 10,
    });
    expect(res.statusCode, res.body).toBe(201);
    types[prefix] = { id: res.json().id, prefix };
  }
  const windows: QueueWorld['windows'] = [];
  for (let i = 1; i <= (o.windows ?? 3); i++)
    windows.push(await buildWindow(db, tree.countyA.id, { number: String(i) }));
  const map = async (windowId: string, list: { businessTypeId: string; preferred: boolean }[]) => {
    const res = await as(t.app, manager).put(`/api/v1/windows/${windowId}/business-types`, { types: list });
    expect(res.statusCode, res.body).toBe(200);
  };
  await map(windows[0].id, [{ businessTypeId: types.A.id, preferred: true }]);
  await map(windows[1].id, [{ businessTypeId: types.B.id, preferred: true }]);
  await map(windows[2].id, [
    { businessTypeId: types.A.id, preferred: true },
    { businessTypeId: types.C.id, preferred: false },
  ]);
  return {
    hallId: tree.countyA.id,
    otherHallId: tree.countyB.id,
    manager,
    managerId: managerUser.id,
    types,
    windows,
  };
}

/** Take a ticket at the kiosk (public route). */
export async function take(t: TestApp, hallId: string, businessTypeId: string, extra: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/public/halls/${hallId}/tickets`,
    payload: { businessTypeId, ...extra },
  });
}

/** Every row of the queue tables, to prove a refused request changed nothing. */
export async function queueSnapshot(db: Db): Promise<string> {
  const out: Record<string, string[]> = {};
  for (const table of [
    'tickets',
    'ticket_events',
    'ticket_counters',
    'window_sessions',
    'windows',
    'business_types',
    'window_business_types',
    'queue_settings',
  ] as const) {
    const rows = await db.selectFrom(table).selectAll().execute();
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return JSON.stringify(out);
}

/**
 * `ticket_counters.waiting` (kept by triggers, migration 015) equals the waiting tickets counted
 * per business type and day, for every type and day.
 */
export async function expectWaitingCountersExact(db: Db): Promise<void> {
  const counted = await db
    .selectFrom('tickets')
    .select(['business_type_id', 'service_date', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'waiting')
    .groupBy(['business_type_id', 'service_date'])
    .execute();
  const counters = await db
    .selectFrom('ticket_counters')
    .select(['business_type_id', 'service_date', 'waiting'])
    .execute();
  const key = (r: { business_type_id: string; service_date: string }) => `${r.business_type_id} ${r.service_date}`;
  const expected = Object.fromEntries(counted.map((r) => [key(r), Number(r.n)]));
  const kept = Object.fromEntries(counters.filter((c) => c.waiting !== 0).map((c) => [key(c), Number(c.waiting)]));
  expect(kept).toEqual(expected);
}
