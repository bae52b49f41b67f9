import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import type { Db } from '../../src/db/index.js';
import type { Role } from '../../src/domain/roles.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import {
  buildDepartment,
  buildStaff,
  buildTree,
  buildUser,
  buildWindow,
  completeGuide,
  TEST_PASSWORD,
} from '../helpers/factories.js';

/**
 * Cross-county isolation for EVERY registered route: staff of 县B, whatever their role, can neither
 * read nor change any record of 县A, and the database is unchanged afterwards. A new route fails
 * this test until it is classified below, so nobody can add an unscoped route by accident.
 */

/** Routes that are public or about the caller's own session: not hall-scoped by design. */
const UNSCOPED = new Set([
  'GET /healthz',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/me',
  'GET /api/v1/auth/csrf',
  'POST /api/v1/auth/password',
  'GET /api/v1/audit/verify', // admin-only whole-chain check; returns no records
]);

const isPublic = (url: string) => url.startsWith('/api/v1/public/') || url.startsWith('/api/v1/calendar/');

/** List routes whose answer must simply contain nothing of 县A. */
const LISTS = new Set(['GET /api/v1/halls', 'GET /api/v1/users', 'GET /api/v1/audit']);

interface Fixture {
  businessTypeId: string;
  ticketId: string;
  hallId: string;
  departmentId: string;
  windowId: string;
  staffId: string;
  itemId: string;
  fileId: string;
  userId: string;
}

/** Valid bodies, so that only scoping (not validation) can stop the write. */
function bodyFor(key: string, a: Fixture): unknown {
  const bodies: Record<string, unknown> = {
    'POST /api/v1/halls': {
      parentId: a.hallId,
      name: '越权新建的乡镇',
      level: 'township',
      divisionCode: '350102',
      code: 'EVIL1',
    },
    'PATCH /api/v1/halls/:hallId': { name: '越权改名' },
    'POST /api/v1/halls/:hallId/departments': { name: '越权单位', residency: 'resident' },
    'PATCH /api/v1/departments/:id': { name: '越权改名' },
    'POST /api/v1/departments/:id/residency': { residency: 'withdrawn', effectiveOn: '2026-11-01', reason: '越权撤离' },
    'POST /api/v1/halls/:hallId/windows': { number: '99', kind: 'consult' },
    'PATCH /api/v1/windows/:id': { status: 'closed' },
    'POST /api/v1/halls/:hallId/staff': { name: '越权人员' },
    'PATCH /api/v1/staff/:id': { name: '越权改名' },
    'PUT /api/v1/staff/:id/photo': { dataUrl: null },
    'POST /api/v1/staff/:id/assignments': { windowId: a.windowId, fromDate: '2026-11-01' },
    'POST /api/v1/halls/:hallId/items': completeGuide(a.departmentId, { code: 'EVIL-1' }),
    'PUT /api/v1/items/:id': { guide: completeGuide(a.departmentId, { name: '越权修改' }), rowVersion: 1 },
    'POST /api/v1/items/:id/publish': {},
    'POST /api/v1/items/:id/files': { filename: 'x.txt', mime: 'text/plain', contentBase64: 'eA==' },
    'POST /api/v1/users': {
      username: 'evil.user',
      displayName: '越权',
      hallId: a.hallId,
      roles: ['hall_manager'],
      password: 'Strong-Pass-2026',
    },
    'PATCH /api/v1/users/:id': { active: false },
    'POST /api/v1/users/:id/password': { password: 'Strong-Pass-2026' },
    'POST /api/v1/users/:id/unlock': {},
    'PUT /api/v1/halls/:hallId/calendar/years/:year': {
      status: 'official',
      days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    },
    'POST /api/v1/halls/:hallId/calendar/years/:year/confirm': {},
    'POST /api/v1/halls/:hallId/business-types': { name: '越权业务', prefix: 'Z' },
    'PATCH /api/v1/business-types/:id': { name: '越权改名' },
    'PUT /api/v1/windows/:id/business-types': { types: [] },
    'PUT /api/v1/halls/:hallId/queue-settings': {
      recallLimit: 2,
      bookingDays: 5,
      bookingCloseMinutes: 10,
      cancelCloseMinutes: 10,
      noShowAfterMinutes: 30,
      noShowBlockCount: 3,
      noShowWindowDays: 30,
      blockDays: 30,
    },
    'POST /api/v1/halls/:hallId/tickets': { businessTypeId: a.businessTypeId },
    'POST /api/v1/windows/:id/sign-in': {},
    'POST /api/v1/windows/:id/sign-out': {},
    'POST /api/v1/windows/:id/call-next': {},
    'POST /api/v1/windows/:id/pause': { reason: '越权' },
    'POST /api/v1/windows/:id/resume': {},
    'POST /api/v1/tickets/:id/recall': {},
    'POST /api/v1/tickets/:id/start': {},
    'POST /api/v1/tickets/:id/finish': {},
    'POST /api/v1/tickets/:id/no-show': { reason: '越权' },
    'POST /api/v1/tickets/:id/transfer': { reason: '越权', toBusinessTypeId: a.businessTypeId },
    'POST /api/v1/tickets/:id/priority': { reason: '越权' },
    'POST /api/v1/tickets/:id/cancel': { reason: '越权' },
  };
  if (!(key in bodies)) throw new Error(`no body for ${key}: add one to test/isolation/every-route.test.ts`);
  return bodies[key];
}

function fillParams(url: string, a: Fixture): string {
  const ids: Record<string, string> = {
    '/api/v1/halls/:hallId': a.hallId,
    '/api/v1/departments/:id': a.departmentId,
    '/api/v1/windows/:id': a.windowId,
    '/api/v1/staff/:id': a.staffId,
    '/api/v1/items/:id': a.itemId,
    '/api/v1/users/:id': a.userId,
    '/api/v1/business-types/:id': a.businessTypeId,
    '/api/v1/tickets/:id': a.ticketId,
  };
  let out = url;
  for (const [prefix, id] of Object.entries(ids)) {
    if (out.startsWith(prefix)) out = `${prefix.replace(/:[a-zA-Z]+$/, id)}${out.slice(prefix.length)}`;
  }
  out = out.replace(':fileId', a.fileId).replace(':year', '2027');
  if (out.includes(':')) throw new Error(`cannot fill the parameters of ${url}: extend fillParams`);
  return out;
}

/** Everything except sessions (logins happen before the snapshot). */
async function snapshot(db: Db): Promise<string> {
  const tables = [
    'halls',
    'departments',
    'department_residency_history',
    'windows',
    'staff',
    'staff_window_assignments',
    'items',
    'item_versions',
    'item_events',
    'files',
    'users',
    'calendar_years',
    'calendar_days',
    'business_types',
    'window_business_types',
    'queue_settings',
    'ticket_counters',
    'tickets',
    'ticket_events',
    'window_sessions',
    'appointment_slots',
    'appointments',
    'booking_blocks',
    'audit_log',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const t of tables)
    out[t] = await db
      .selectFrom(t)
      .selectAll()
      .execute()
      .then((rows) => rows.map((r) => JSON.stringify(r)).sort());
  return JSON.stringify(out);
}

describe.each(DIALECTS)('cross-county isolation of every route on %s', (dialect) => {
  let t: TestApp;
  let a: Fixture;
  const actors: { role: Role; session: Session }[] = [];

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    const db = t.handle.db;
    const tree = await buildTree(db);
    const dept = await buildDepartment(db, tree.countyA.id);
    const win = await buildWindow(db, tree.countyA.id, { departmentIds: [dept.id] });
    const staff = await buildStaff(db, tree.countyA.id, { departmentId: dept.id });
    const userA = await buildUser(db, tree.countyA.id, ['window_staff'], { username: 'victim.a' });
    await buildUser(db, tree.countyA.id, ['hall_manager'], { username: 'owner.a' });
    const owner = await login(t.app, 'owner.a', TEST_PASSWORD);
    const item = await as(t.app, owner).post(`/api/v1/halls/${tree.countyA.id}/items`, completeGuide(dept.id));
    expect(item.statusCode).toBe(201);
    const file = await as(t.app, owner).post(`/api/v1/items/${item.json().id}/files`, {
      filename: '申请表.txt',
      mime: 'text/plain',
      contentBase64: Buffer.from('申请表').toString('base64'),
    });
    expect(file.statusCode).toBe(201);
    // a business type served by the window, and a waiting ticket of 县A
    const now = new Date().toISOString();
    const businessTypeId = newId();
    await db
      .insertInto('business_types')
      .values({
        id: businessTypeId,
        hall_id: tree.countyA.id,
        name: '综合受理',
        prefix: 'A',
        description: '',
        daily_cap: 999,
        take_hours: '[]',
        avg_service_minutes: 10,
        active: 1,
        sort_order: 0,
        bookable: 0,
        slot_minutes: 30,
        slot_capacity: 5,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('window_business_types')
      .values({ hall_id: tree.countyA.id, window_id: win.id, business_type_id: businessTypeId, preferred: 1 })
      .execute();
    const ticketId = newId();
    await db
      .insertInto('tickets')
      .values({
        id: ticketId,
        hall_id: tree.countyA.id,
        business_type_id: businessTypeId,
        original_business_type_id: businessTypeId,
        service_date: now.slice(0, 10),
        seq: 1,
        number: 'A001',
        status: 'waiting',
        source: 'kiosk',
        id_number: null,
        phone: null,
        priority: 0,
        priority_reason: null,
        transferred: 0,
        target_window_id: null,
        appointment_id: null,
        slot_start_at: null,
        taken_at: now,
        called_at: null,
        window_id: null,
        staff_user_id: null,
        recall_count: 0,
        serving_at: null,
        finished_at: null,
        end_reason: null,
        row_version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    a = {
      businessTypeId,
      ticketId,
      hallId: tree.countyA.id,
      departmentId: dept.id,
      windowId: win.id,
      staffId: staff.id,
      itemId: item.json().id,
      fileId: file.json().id,
      userId: userA.id,
    };
    const roles: Role[] = [
      'admin',
      'hall_manager',
      'supervisor',
      'window_staff',
      'approver',
      'chief_rep',
      'duty_leader',
      'agent',
    ];
    for (const role of roles) {
      await buildUser(db, tree.countyB.id, [role], { username: `b.${role.replace('_', '')}` });
      actors.push({ role, session: await login(t.app, `b.${role.replace('_', '')}`, TEST_PASSWORD) });
    }
  });
  afterAll(() => t.close());

  it('refuses every scoped route to every 县B role and changes nothing', async () => {
    const routes = t.app.yz.routes.filter(
      (r) => r.url.startsWith('/api/v1/') && !isPublic(r.url) && !UNSCOPED.has(`${r.method} ${r.url}`),
    );
    expect(routes.length).toBeGreaterThan(30);
    const before = await snapshot(t.handle.db);
    const failures: string[] = [];
    for (const { role, session } of actors) {
      for (const r of routes) {
        const key = `${r.method} ${r.url}`;
        const client = as(t.app, session);
        if (LISTS.has(key)) {
          const res = await client.get(key === 'GET /api/v1/audit' ? `/api/v1/audit?hallId=${a.hallId}` : r.url);
          const leaked = res.statusCode === 200 && res.body.includes(a.hallId);
          if (leaked || ![200, 403, 404].includes(res.statusCode))
            failures.push(`${role} ${key} → ${res.statusCode}${leaked ? ' (leaks 县A)' : ''}`);
          continue;
        }
        const url = fillParams(r.url, a);
        const res =
          r.method === 'GET'
            ? await client.get(url)
            : r.method === 'POST'
              ? await client.post(url, bodyFor(key, a))
              : r.method === 'PUT'
                ? await client.put(url, bodyFor(key, a))
                : await client.patch(url, bodyFor(key, a));
        // 404 hides that the record exists; 403 only for a role that lacks the permission everywhere.
        const ok = res.statusCode === 404 || (res.statusCode === 403 && role !== 'admin');
        if (!ok) failures.push(`${role} ${key} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot(t.handle.db)).toBe(before);
  });
});
