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
  caseId: string;
  caseDocId: string;
  taskId: string;
  extId: string;
  cardId: string;
  warningId: string;
  fee: FeeIds;
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
    'POST /api/v1/halls/:hallId/cases': {
      itemId: a.itemId,
      applicant: { type: 'person', name: '越权收件', idNumber: '11010519491231002X', phone: '13812345678' },
      materials: [],
    },
    'POST /api/v1/cases/:id/accept': { rowVersion: 1 },
    'POST /api/v1/cases/:id/request-supplements': { rowVersion: 1, materials: [] },
    'POST /api/v1/cases/:id/supplements-received': { rowVersion: 1, materials: [] },
    'POST /api/v1/cases/:id/reject': { rowVersion: 1, reason: '越权不予受理', redirectTo: '' },
    'POST /api/v1/cases/:id/deliver': { rowVersion: 1, method: 'mail', trackingNumber: 'EVIL1' },
    'POST /api/v1/cases/:id/withdraw': { rowVersion: 1, reason: '越权撤回' },
    'POST /api/v1/cases/:id/close': { rowVersion: 1 },
    'POST /api/v1/cases/:id/reveal-personal': { purpose: '越权查看' },
    'POST /api/v1/cases/:id/tasks/:taskId/complete': { rowVersion: 1, opinion: '越权审批', outcome: 'pass' },
    'POST /api/v1/cases/:id/pause': { rowVersion: 1, name: '听证', reason: '越权暂停' },
    'POST /api/v1/cases/:id/resume': { rowVersion: 1 },
    'POST /api/v1/cases/:id/extensions': { rowVersion: 1, reason: '越权延期' },
    'POST /api/v1/cases/:id/extensions/:extId/decide': { rowVersion: 1, approve: true, approverName: '越权' },
    'POST /api/v1/cases/:id/escalate': { rowVersion: 1, departmentId: a.departmentId },
    'POST /api/v1/halls/:hallId/supervision/cards': {
      departmentId: a.departmentId,
      color: 'yellow',
      trigger: 'other',
      description: '越权督办',
    },
    'POST /api/v1/supervision/cards/:id/respond': { response: '越权答复' },
    'POST /api/v1/supervision/cards/:id/close': {},
    'POST /api/v1/supervision/warnings/:id/read': {},
    'PUT /api/v1/halls/:hallId/supervision/thresholds': { yellowDaysLeft: 3, yellowSharePercent: 60 },
    'PUT /api/v1/items/:id/fees': { baseVersion: 1, note: '越权改价', lines: [] },
    'POST /api/v1/cases/:id/fee-notices': { lines: [{ feeLineId: a.fee.feeLineId }] },
    'PUT /api/v1/fee-notices/:id': { rowVersion: 1, lines: [{ feeLineId: a.fee.feeLineId }] },
    'POST /api/v1/fee-notices/:id/cancel': { rowVersion: 1, reason: '越权作废' },
    'POST /api/v1/fee-notices/:id/pay': { amountFen: 8000, method: 'cash', receiptNo: 'EVIL-1' },
    'POST /api/v1/fee-notices/:id/waivers': {
      noticeLineId: a.fee.noticeLineId,
      amountFen: 100,
      reason: '越权减免',
      basis: '越权',
    },
    'POST /api/v1/fee-waivers/:id/decide': { approve: true, approverName: '越权', documentNo: '越权1号' },
    'POST /api/v1/fee-payments/:id/refunds': { noticeLineId: a.fee.paidLineId, amountFen: 100, reason: '越权退费' },
    'POST /api/v1/fee-refunds/:id/decide': { approve: true, approverName: '越权' },
    'POST /api/v1/halls/:hallId/fee-settlements/close': {
      departmentId: a.departmentId,
      day: '2026-01-05',
      declaredFen: 0,
    },
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
    '/api/v1/cases/:id': a.caseId,
    '/api/v1/supervision/cards/:id': a.cardId,
    '/api/v1/supervision/warnings/:id': a.warningId,
    '/api/v1/fee-notices/:id': a.fee.noticeId,
    '/api/v1/fee-payments/:id': a.fee.paymentId,
    '/api/v1/fee-waivers/:id': a.fee.waiverId,
    '/api/v1/fee-refunds/:id': a.fee.refundId,
  };
  let out = url;
  for (const [prefix, id] of Object.entries(ids)) {
    if (out.startsWith(prefix)) out = `${prefix.replace(/:[a-zA-Z]+$/, id)}${out.slice(prefix.length)}`;
  }
  out = out
    .replace(':fileId', a.fileId)
    .replace(':docId', a.caseDocId)
    .replace(':taskId', a.taskId)
    .replace(':extId', a.extId)
    .replace(':year', '2027');
  out = out.replace(':departmentId', a.departmentId).replace('/fees/versions/:version', '/fees/versions/1');
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
    'case_counters',
    'cases',
    'case_materials',
    'case_tasks',
    'case_pauses',
    'case_extensions',
    'case_documents',
    'case_events',
    'supervision_cards',
    'case_warnings',
    'supervision_settings',
    'fee_catalog_versions',
    'fee_lines',
    'fee_notice_counters',
    'fee_notices',
    'fee_notice_lines',
    'fee_waivers',
    'fee_payments',
    'fee_refunds',
    'fee_settlements',
    'fee_entries',
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

interface FeeIds {
  feeLineId: string;
  noticeId: string;
  noticeLineId: string;
  waiverId: string;
  paymentId: string;
  paidLineId: string;
  refundId: string;
}

/** 县A fee records through the fee routes: a catalog, an unpaid notice with a waiver request, a paid one with a refund request. */
async function buildFeeRecords(
  t: TestApp,
  hallId: string,
  deptId: string,
  itemId: string,
  caseId: string,
  owner: Session,
): Promise<FeeIds> {
  type Notice = { id: string; lines: { id: string }[] };
  const ok = <T>(res: { statusCode: number; body: string }, status: number): T => {
    if (res.statusCode !== status) throw new Error(`fee fixture: ${res.statusCode} ${res.body}`);
    return JSON.parse(res.body) as T;
  };
  const catalog = ok<{ lines: { id: string }[] }>(
    await as(t.app, owner).put(`/api/v1/items/${itemId}/fees`, {
      baseVersion: 0,
      lines: [
        {
          name: '登记费',
          category: 'administrative',
          mode: 'fixed',
          amountFen: 8000,
          basis: '发改价格规〔2016〕2559号',
          receivingDepartmentId: deptId,
          waivable: true,
        },
      ],
    }),
    200,
  );
  const feeLineId = catalog.lines[0]?.id as string;
  await buildUser(t.handle.db, hallId, ['cashier'], { username: 'cashier.a' });
  const staff = await login(t.app, 'victim.a', TEST_PASSWORD);
  const cashier = await login(t.app, 'cashier.a', TEST_PASSWORD);
  const issue = async () =>
    ok<Notice>(await as(t.app, staff).post(`/api/v1/cases/${caseId}/fee-notices`, { lines: [{ feeLineId }] }), 201);
  const notice = await issue();
  const paid = await issue();
  const receipt = ok<{ payment: { id: string } }>(
    await as(t.app, cashier).post(`/api/v1/fee-notices/${paid.id}/pay`, {
      amountFen: 8000,
      method: 'cash',
      receiptNo: 'A-0001',
    }),
    201,
  );
  const noticeLineId = notice.lines[0]?.id as string;
  const paidLineId = paid.lines[0]?.id as string;
  const waiver = ok<{ id: string }>(
    await as(t.app, staff).post(`/api/v1/fee-notices/${notice.id}/waivers`, {
      noticeLineId,
      amountFen: 1000,
      reason: '困难群众',
      basis: '财税〔2016〕79号',
    }),
    201,
  );
  const refund = ok<{ id: string }>(
    await as(t.app, cashier).post(`/api/v1/fee-payments/${receipt.payment.id}/refunds`, {
      noticeLineId: paidLineId,
      amountFen: 1000,
      reason: '多收',
    }),
    201,
  );
  return {
    feeLineId,
    noticeId: notice.id,
    noticeLineId,
    waiverId: waiver.id,
    paymentId: receipt.payment.id,
    paidLineId,
    refundId: refund.id,
  };
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
    // a published item and an accepted case of 县A (with its 受理通知书)
    expect((await as(t.app, owner).post(`/api/v1/items/${item.json().id}/publish`, {})).statusCode).toBe(200);
    const victim = await login(t.app, 'victim.a', TEST_PASSWORD);
    const received = await as(t.app, victim).post(`/api/v1/halls/${tree.countyA.id}/cases`, {
      itemId: item.json().id,
      applicant: { type: 'person', name: '县A申请人', idNumber: '11010519491231002X', phone: '13812345678' },
      materials: [{ position: 1, state: 'submitted' }],
    });
    expect(received.statusCode).toBe(201);
    const accepted = await as(t.app, victim).post(`/api/v1/cases/${received.json().id}/accept`, { rowVersion: 1 });
    expect(accepted.statusCode).toBe(200);
    // a requested extension of that case (for the review routes)
    const extId = newId();
    await db
      .insertInto('case_extensions')
      .values({
        id: extId,
        hall_id: tree.countyA.id,
        case_id: accepted.json().id,
        days: 10,
        reason: '需现场核查',
        status: 'requested',
        requested_by: userA.id,
        requested_on: now.slice(0, 10),
        approver_name: null,
        approved_by: null,
        decided_on: null,
      })
      .execute();
    // an open supervision card and a warning about that case (for the supervision routes)
    const cardId = newId();
    await db
      .insertInto('supervision_cards')
      .values({
        id: cardId,
        hall_id: tree.countyA.id,
        case_id: accepted.json().id,
        department_id: dept.id,
        color: 'yellow',
        trigger: 'overdue_case',
        description: '县A的督办卡',
        issued_by: userA.id,
        issued_at: now,
        status: 'open',
        response: null,
        responded_by: null,
        responded_at: null,
        closed_by: null,
        closed_at: null,
      })
      .execute();
    const warningId = newId();
    await db
      .insertInto('case_warnings')
      .values({
        id: warningId,
        hall_id: tree.countyA.id,
        case_id: accepted.json().id,
        task_id: null,
        level: 'yellow',
        raised_on: now.slice(0, 10),
        read_at: null,
        warn_key: `${accepted.json().id}:case:yellow`,
      })
      .execute();
    const fee = await buildFeeRecords(t, tree.countyA.id, dept.id, item.json().id, accepted.json().id, owner);
    a = {
      fee,
      cardId,
      warningId,
      caseId: accepted.json().id,
      caseDocId: accepted.json().documents[0].id,
      taskId: accepted.json().tasks[0].id,
      extId,
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
      'cashier',
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
