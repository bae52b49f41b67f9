import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/db/index.js';
import type { Role } from '../../src/domain/roles.js';
import { as, DIALECTS, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildWindow } from '../helpers/factories.js';
import {
  buildQueueWorld,
  freezeClock,
  type QueueWorld,
  queueSnapshot,
  staffAt,
  take,
  userWithSession,
} from './queue-fixture.js';

/**
 * Every non-public queue route, called by every 县B role (window staff assigned to a 县B window,
 * so that "own window" cannot help) against 县A's records: 404, or 403 for a role lacking the
 * permission everywhere; the queue tables and the audit log stay unchanged.
 */
const QUEUE_URL =
  /^\/api\/v1\/(halls\/:hallId\/(business-types|queue-settings|tickets)|business-types\/|windows\/:id\/(business-types|sign-in|sign-out|workbench|call-next|pause|resume)|tickets\/)/;

const BODIES: Record<string, unknown> = {
  'POST /api/v1/halls/:hallId/business-types': { name: '越权业务', prefix: 'Z' },
  'PATCH /api/v1/business-types/:id': { name: '越权改名' },
  'PUT /api/v1/windows/:id/business-types': { types: [] },
  'PUT /api/v1/halls/:hallId/queue-settings': {
    recallLimit: 9,
    bookingDays: 5,
    bookingCloseMinutes: 10,
    cancelCloseMinutes: 10,
    noShowAfterMinutes: 30,
    noShowBlockCount: 3,
    noShowWindowDays: 30,
    blockDays: 30,
  },
  'POST /api/v1/halls/:hallId/tickets': {},
  'POST /api/v1/windows/:id/pause': { reason: '越权暂停' },
  'POST /api/v1/tickets/:id/no-show': { reason: '越权' },
  'POST /api/v1/tickets/:id/priority': { reason: '越权' },
  'POST /api/v1/tickets/:id/cancel': { reason: '越权' },
  'POST /api/v1/tickets/:id/transfer': { reason: '越权', toBusinessTypeId: '' },
};

async function snapshot(db: Db): Promise<string> {
  const audit = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq').execute();
  return `${await queueSnapshot(db)}|${JSON.stringify(audit)}`;
}

describe.each(DIALECTS)('queue routes across counties on %s', (dialect) => {
  let t: TestApp;
  let w: QueueWorld;
  let ticketId: string;
  const actors: { role: Role; session: Session }[] = [];
  beforeAll(async () => {
    freezeClock();
    t = await makeTestApp(dialect);
    w = await buildQueueWorld(t);
    const a = await take(t, w.hallId, w.types.A.id);
    ticketId = a.json().id;
    const bWindow = await buildWindow(t.handle.db, w.otherHallId, { number: '1' });
    for (const role of [
      'admin',
      'hall_manager',
      'supervisor',
      'window_staff',
      'approver',
      'chief_rep',
      'duty_leader',
      'agent',
    ] as Role[]) {
      const who = ['window_staff', 'chief_rep', 'duty_leader'].includes(role)
        ? await staffAt(t, w.otherHallId, [bWindow.id], [role])
        : await userWithSession(t, w.otherHallId, [role]);
      actors.push({ role, session: who.session });
    }
  });
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  it('refuses every queue route to every 县B role and changes nothing', async () => {
    const routes = t.app.yz.routes.filter((r) => QUEUE_URL.test(r.url));
    expect(routes.length).toBeGreaterThanOrEqual(19);
    // the transfer body names a 县A type, so only scoping can stop it
    BODIES['POST /api/v1/tickets/:id/transfer'] = { reason: '越权', toBusinessTypeId: w.types.B.id };
    BODIES['POST /api/v1/halls/:hallId/tickets'] = { businessTypeId: w.types.A.id };
    const before = await snapshot(t.handle.db);
    const failures: string[] = [];
    for (const { role, session } of actors) {
      for (const r of routes) {
        const key = `${r.method} ${r.url}`;
        const url = r.url
          .replace(':hallId', w.hallId)
          .replace(/^\/api\/v1\/business-types\/:id/, `/api/v1/business-types/${w.types.A.id}`)
          .replace(/^\/api\/v1\/windows\/:id/, `/api/v1/windows/${w.windows[0].id}`)
          .replace(/^\/api\/v1\/tickets\/:id/, `/api/v1/tickets/${ticketId}`);
        const client = as(t.app, session);
        const body = BODIES[key] ?? {};
        const res =
          r.method === 'GET'
            ? await client.get(url)
            : r.method === 'POST'
              ? await client.post(url, body)
              : r.method === 'PUT'
                ? await client.put(url, body)
                : await client.patch(url, body);
        const ok = res.statusCode === 404 || (res.statusCode === 403 && role !== 'admin');
        if (!ok) failures.push(`${role} ${key} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot(t.handle.db)).toBe(before);
  });
});
