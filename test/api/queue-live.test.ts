import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayKind } from '../../src/domain/calendar.js';
import { addDays } from '../../src/domain/calendar-date.js';
import { chinaDate, chinaDayStartIso } from '../../src/domain/china-time.js';
import { loadHallCalendar } from '../../src/modules/calendar/index.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildStaff, buildTree, buildUser, buildWindow, TEST_PASSWORD } from '../helpers/factories.js';
import { at, buildTicket, buildType, everyDay, serve, ticketEvent } from './queue-live.fixtures.js';

/** Hall display, window screen (public), floor view and statistics (queue.monitor, hall-scoped). */

const NOW = Date.now();
const today = chinaDate(new Date(NOW));
/** `m` (≤ 60) minutes before the test started, but never before today's start in Asia/Shanghai; order is kept. */
const ago = (m: number) =>
  new Date(Math.max(Date.parse(chinaDayStartIso(today)) + (100 - m) * 1000, NOW - m * 60_000)).toISOString();

describe.each(DIALECTS)('live queue views on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let leader: Session;
  let clerk: Session;
  let outsider: Session;
  let w1: { id: string; number: string };
  let w2: { id: string; number: string };
  let w3: { id: string; number: string };
  let typeA: { id: string };
  let typeB: { id: string };
  const ID_NUMBER = '11010519491231002X';
  const PHONE = '13912345678';

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    const db = t.handle.db;
    tree = await buildTree(db);
    const hallId = tree.countyA.id;
    await db
      .updateTable('halls')
      .set({ opening_hours: everyDay('00:00', '23:59') })
      .where('id', '=', hallId)
      .execute();
    w1 = await buildWindow(db, hallId, { number: '1' });
    w2 = await buildWindow(db, hallId, { number: '2' });
    w3 = await buildWindow(db, hallId, { number: '10' });
    await db.updateTable('windows').set({ status: 'paused' }).where('id', '=', w3.id).execute();
    typeA = await buildType(db, hallId, { prefix: 'A', name: '社保业务', avg: 10, sort: 1 });
    typeB = await buildType(db, hallId, { prefix: 'B', name: '不动产登记', avg: 20, sort: 2 });
    await buildType(db, hallId, { prefix: 'Z', name: '已停用', active: false });
    await serve(db, hallId, w1.id, typeA.id);
    await serve(db, hallId, w2.id, typeA.id);
    await serve(db, hallId, w2.id, typeB.id, false);

    const staffW1 = await buildStaff(db, hallId, { name: '王芳' });
    await db
      .updateTable('staff')
      .set({
        post: '社保窗口受理',
        title: '科员',
        duties: '社保参保登记',
        photo: 'data:image/png;base64,AAAA',
        phone: '13700001111',
      })
      .where('id', '=', staffW1.id)
      .execute();
    await db
      .insertInto('staff_window_assignments')
      .values({
        id: 'as1',
        hall_id: hallId,
        staff_id: staffW1.id,
        window_id: w1.id,
        from_date: addDays(today, -10),
        to_date: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const staffW2 = await buildStaff(db, hallId, { name: '陈刚' });
    const clerkUser = await buildUser(db, hallId, ['window_staff'], { username: 'clerk', staffId: staffW2.id });
    await db
      .insertInto('window_sessions')
      .values({
        id: 'ws1',
        hall_id: hallId,
        window_id: w2.id,
        user_id: clerkUser.id,
        staff_id: null,
        started_at: ago(60),
        ended_at: null,
      })
      .execute();
    await buildUser(db, hallId, ['duty_leader'], { username: 'leader' });
    await buildUser(db, tree.countyB.id, ['duty_leader'], { username: 'leader.b' });
    leader = await login(t.app, 'leader', TEST_PASSWORD);
    clerk = await login(t.app, 'clerk', TEST_PASSWORD);
    outsider = await login(t.app, 'leader.b', TEST_PASSWORD);

    // Today: A001 done at window 1, A002 called at window 1 (current), A003–A005 waiting, B001 waiting, B002 no-show.
    const base = { hallId, date: today };
    const a1 = await buildTicket(db, {
      ...base,
      typeId: typeA.id,
      prefix: 'A',
      seq: 1,
      status: 'done',
      takenAt: ago(50),
      calledAt: ago(45),
      finishedAt: ago(40),
      windowId: w1.id,
      staffUserId: clerkUser.id,
    });
    const a2 = await buildTicket(db, {
      ...base,
      typeId: typeA.id,
      prefix: 'A',
      seq: 2,
      status: 'called',
      takenAt: ago(48),
      calledAt: ago(5),
      windowId: w1.id,
      idNumber: ID_NUMBER,
      phone: PHONE,
    });
    for (const seq of [3, 4, 5])
      await buildTicket(db, { ...base, typeId: typeA.id, prefix: 'A', seq, status: 'waiting', takenAt: ago(40 - seq) });
    await buildTicket(db, { ...base, typeId: typeB.id, prefix: 'B', seq: 1, status: 'waiting', takenAt: ago(30) });
    await buildTicket(db, {
      ...base,
      typeId: typeB.id,
      prefix: 'B',
      seq: 2,
      status: 'no_show',
      takenAt: ago(29),
      calledAt: ago(20),
      windowId: w2.id,
    });
    // Yesterday's called ticket at window 2 must not show as its current number today.
    await buildTicket(db, {
      hallId,
      date: addDays(today, -1),
      typeId: typeB.id,
      prefix: 'B',
      seq: 9,
      status: 'called',
      takenAt: at(addDays(today, -1), '10:00'),
      calledAt: at(addDays(today, -1), '10:05'),
      windowId: w2.id,
    });
    await ticketEvent(db, { hallId, ticketId: a1.id, at: ago(45), action: 'call', windowId: w1.id });
    await ticketEvent(db, { hallId, ticketId: a2.id, at: ago(5), action: 'call', windowId: w1.id });
    await ticketEvent(db, { hallId, ticketId: a2.id, at: ago(2), action: 'recall', windowId: w1.id });
  });
  afterAll(() => t.close());

  describe('hall display (public)', () => {
    it('shows recent calls newest first, every window with its current number, waiting per active type', async () => {
      const res = await as(t.app, null).get(`/api/v1/public/halls/${tree.countyA.id}/queue/display`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const d = res.json();
      expect(d).toMatchObject({ hallId: tree.countyA.id, hallName: '县A政务服务中心', serviceDate: today });
      expect(d.recentCalls).toEqual([
        { ticketNumber: 'A002', windowNumber: '1', at: ago(2) },
        { ticketNumber: 'A002', windowNumber: '1', at: ago(5) },
        { ticketNumber: 'A001', windowNumber: '1', at: ago(45) },
      ]);
      expect(d.windows).toEqual([
        { id: w1.id, number: '1', name: '', status: 'open', currentTicket: 'A002' },
        { id: w2.id, number: '2', name: '', status: 'open', currentTicket: null },
        { id: w3.id, number: '10', name: '', status: 'paused', currentTicket: null },
      ]);
      expect(d.waiting).toEqual([
        { businessTypeId: typeA.id, name: '社保业务', prefix: 'A', waitingCount: 3 },
        { businessTypeId: typeB.id, name: '不动产登记', prefix: 'B', waitingCount: 1 },
      ]);
    });

    it('never shows names, ID numbers or phones', async () => {
      const res = await as(t.app, null).get(`/api/v1/public/halls/${tree.countyA.id}/queue/display`);
      for (const secret of [ID_NUMBER, PHONE, '李四', '王芳', '陈刚']) expect(res.body).not.toContain(secret);
    });

    it('keeps the latest ten calls of today only', async () => {
      const hall = tree.townA.id;
      const db = t.handle.db;
      const win = await buildWindow(db, hall, { number: '1' });
      const ty = await buildType(db, hall, { prefix: 'C' });
      const y = await buildTicket(db, {
        hallId: hall,
        typeId: ty.id,
        prefix: 'C',
        date: addDays(today, -1),
        seq: 1,
        status: 'done',
        takenAt: at(addDays(today, -1), '09:00'),
      });
      await ticketEvent(db, {
        hallId: hall,
        ticketId: y.id,
        at: at(addDays(today, -1), '09:01'),
        action: 'call',
        windowId: win.id,
      });
      for (let seq = 1; seq <= 12; seq++) {
        const k = await buildTicket(db, {
          hallId: hall,
          typeId: ty.id,
          prefix: 'C',
          date: today,
          seq,
          status: 'done',
          takenAt: ago(30),
        });
        await ticketEvent(db, { hallId: hall, ticketId: k.id, at: ago(20 - seq), action: 'call', windowId: win.id });
      }
      const d = (await as(t.app, null).get(`/api/v1/public/halls/${hall}/queue/display`)).json();
      expect(d.recentCalls.map((c: { ticketNumber: string }) => c.ticketNumber)).toEqual(
        [12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((s) => `C${String(s).padStart(3, '0')}`),
      );
    });

    it('answers 404 problem+json for an unknown hall', async () => {
      const res = await as(t.app, null).get('/api/v1/public/halls/nope/queue/display');
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('window screen (public)', () => {
    it('shows the assigned staff badge when nobody is signed in, without phone or employee number', async () => {
      const res = await as(t.app, null).get(`/api/v1/public/windows/${w1.id}/screen`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        hallId: tree.countyA.id,
        hallName: '县A政务服务中心',
        window: { id: w1.id, number: '1', name: '', status: 'open' },
        currentTicket: 'A002',
        staff: [
          {
            name: '王芳',
            post: '社保窗口受理',
            title: '科员',
            duties: '社保参保登记',
            photo: 'data:image/png;base64,AAAA',
          },
        ],
      });
      expect(res.body).not.toContain('13700001111');
      expect(res.body).not.toContain(ID_NUMBER);
    });

    it('shows whoever is signed in at the window today', async () => {
      const res = await as(t.app, null).get(`/api/v1/public/windows/${w2.id}/screen`);
      expect(res.json()).toMatchObject({ currentTicket: null, staff: [{ name: '陈刚' }] });
      expect(res.json().staff).toHaveLength(1);
    });

    it('answers 404 for an unknown window', async () => {
      expect((await as(t.app, null).get('/api/v1/public/windows/nope/screen')).statusCode).toBe(404);
    });
  });

  describe('floor view (queue.monitor)', () => {
    it('summarises waiting, windows, totals and closing', async () => {
      const res = await as(t.app, leader).get(`/api/v1/halls/${tree.countyA.id}/queue/floor`);
      expect(res.statusCode).toBe(200);
      const f = res.json();
      const cal = await loadHallCalendar(t.handle.db, tree.countyA.id);
      const holiday = cal && dayKind(cal.calendar, today) === 'holiday';
      expect(f.serviceDate).toBe(today);
      expect(f.closingAt).toBe(holiday ? null : '23:59');
      expect(f.totals).toEqual({ waiting: 4, served: 1, noShow: 1 });
      const a = f.waitingByType.find((x: { prefix: string }) => x.prefix === 'A');
      const b = f.waitingByType.find((x: { prefix: string }) => x.prefix === 'B');
      expect(a).toMatchObject({ businessTypeId: typeA.id, waiting: 3, longestWaitMinutes: expect.any(Number) });
      expect(a.longestWaitMinutes).toBeGreaterThanOrEqual(0);
      // Window 2 is the only open, signed-in window (sign-in in use): A needs 3 × 10 min there; B 1 × 20 min.
      expect(a.estimatedMinutesToClear).toBe(30);
      expect(b).toMatchObject({ waiting: 1, estimatedMinutesToClear: 20 });
      expect(f.waitingByType.map((x: { prefix: string }) => x.prefix)).toEqual(['A', 'B']);
      expect(f.windows).toEqual([
        { id: w1.id, number: '1', name: '', status: 'open', signedIn: [], currentTicket: 'A002' },
        { id: w2.id, number: '2', name: '', status: 'open', signedIn: [{ name: '陈刚' }], currentTicket: null },
        { id: w3.id, number: '10', name: '', status: 'paused', signedIn: [], currentTicket: null },
      ]);
      // 23:59 closing: an hour or more left is plenty for 4 tickets (the tight cases are unit-tested in compute-floor.test.ts).
      if (f.minutesToClosing === null || f.minutesToClosing >= 60) expect(f.atRisk).toBe(0);
    });

    it('is hall-scoped: another county gets 404, a role without queue.monitor 403', async () => {
      const other = await as(t.app, outsider).get(`/api/v1/halls/${tree.countyA.id}/queue/floor`);
      expect(other.statusCode).toBe(404);
      const noPerm = await as(t.app, clerk).get(`/api/v1/halls/${tree.countyA.id}/queue/floor`);
      expect(noPerm.statusCode).toBe(403);
      expect((await as(t.app, null).get(`/api/v1/halls/${tree.countyA.id}/queue/floor`)).statusCode).toBe(401);
    });
  });

  describe('statistics (queue.monitor)', () => {
    const day1 = '2026-03-04';
    const day2 = '2026-03-05';
    let statsHall: string;

    beforeAll(async () => {
      const db = t.handle.db;
      statsHall = (await buildTree(db)).countyA.id;
      await buildUser(db, statsHall, ['hall_manager'], { username: 'stats.mgr' });
      const sA = await buildStaff(db, statsHall, { name: '赵敏' });
      const u1 = await buildUser(db, statsHall, ['window_staff'], { staffId: sA.id });
      const win1 = await buildWindow(db, statsHall, { number: '1' });
      const win2 = await buildWindow(db, statsHall, { number: '2' });
      const tA = await buildType(db, statsHall, { prefix: 'A', name: '社保', sort: 1 });
      const tB = await buildType(db, statsHall, { prefix: 'B', name: '医保', sort: 2 });
      const mk = (o: Parameters<typeof buildTicket>[1]) => buildTicket(db, o);
      const base = { hallId: statsHall };
      // Day 1: A001 wait 10, service 15 at window 1 by u1; A002 wait 20, service 5 at window 1 by u1;
      // B001 no-show; A003 taken at 14:10, transferred to B, first called 14:15 at window 1, served at window 2 14:30–14:40.
      const a1 = await mk({
        ...base,
        typeId: tA.id,
        prefix: 'A',
        date: day1,
        seq: 1,
        status: 'done',
        takenAt: at(day1, '09:00'),
        calledAt: at(day1, '09:10'),
        finishedAt: at(day1, '09:25'),
        windowId: win1.id,
        staffUserId: u1.id,
      });
      const a2 = await mk({
        ...base,
        typeId: tA.id,
        prefix: 'A',
        date: day1,
        seq: 2,
        status: 'done',
        takenAt: at(day1, '09:05'),
        calledAt: at(day1, '09:25'),
        finishedAt: at(day1, '09:30'),
        windowId: win1.id,
        staffUserId: u1.id,
      });
      const b1 = await mk({
        ...base,
        typeId: tB.id,
        prefix: 'B',
        date: day1,
        seq: 1,
        status: 'no_show',
        takenAt: at(day1, '10:00'),
        calledAt: at(day1, '10:30'),
        windowId: win2.id,
      });
      const a3 = await mk({
        ...base,
        typeId: tB.id,
        originalTypeId: tA.id,
        prefix: 'A',
        date: day1,
        seq: 3,
        status: 'done',
        takenAt: at(day1, '14:10'),
        calledAt: at(day1, '14:30'),
        finishedAt: at(day1, '14:40'),
        windowId: win2.id,
      });
      await ticketEvent(db, { hallId: statsHall, ticketId: a1.id, at: at(day1, '09:10'), action: 'call' });
      await ticketEvent(db, { hallId: statsHall, ticketId: a2.id, at: at(day1, '09:25'), action: 'call' });
      await ticketEvent(db, { hallId: statsHall, ticketId: b1.id, at: at(day1, '10:30'), action: 'call' });
      await ticketEvent(db, { hallId: statsHall, ticketId: a3.id, at: at(day1, '14:15'), action: 'call' });
      await ticketEvent(db, { hallId: statsHall, ticketId: a3.id, at: at(day1, '14:30'), action: 'call' });
      // Day 2: A001 taken 07:50, expired uncalled (counts as taken, no wait).
      await mk({
        ...base,
        typeId: tA.id,
        prefix: 'A',
        date: day2,
        seq: 1,
        status: 'expired',
        takenAt: at(day2, '07:50'),
      });
    });

    it('computes per hour, type, window and staff over a range (Asia/Shanghai hours)', async () => {
      const mgr = await login(t.app, 'stats.mgr', TEST_PASSWORD);
      const res = await as(t.app, mgr).get(`/api/v1/halls/${statsHall}/queue/stats?from=${day1}&to=${day2}`);
      expect(res.statusCode).toBe(200);
      const s = res.json();
      expect(s.from).toBe(day1);
      expect(s.to).toBe(day2);
      expect(s.byHour[0]).toEqual({ hour: 7, taken: 1, called: 0 });
      expect(s.byHour.at(-1).hour).toBe(18);
      const hour = (h: number) => s.byHour.find((x: { hour: number }) => x.hour === h);
      expect(hour(9)).toEqual({ hour: 9, taken: 2, called: 2 });
      expect(hour(10)).toEqual({ hour: 10, taken: 1, called: 1 });
      expect(hour(14)).toEqual({ hour: 14, taken: 1, called: 1 });
      expect(s.byType).toEqual([
        // A: taken 4 (A001, A002, A003 originally A, day-2 A001); waits 10, 20, 5 (first call) → 11.7
        {
          businessTypeId: expect.any(String),
          name: '社保',
          taken: 4,
          served: 2,
          noShow: 0,
          avgWaitMinutes: 11.7,
          avgServiceMinutes: 10,
        },
        {
          businessTypeId: expect.any(String),
          name: '医保',
          taken: 1,
          served: 1,
          noShow: 1,
          avgWaitMinutes: 30,
          avgServiceMinutes: 10,
        },
      ]);
      expect(s.byWindow).toEqual([
        { windowId: expect.any(String), number: '1', served: 2, avgServiceMinutes: 10 },
        { windowId: expect.any(String), number: '2', served: 1, avgServiceMinutes: 10 },
      ]);
      expect(s.byStaff).toEqual([{ userId: expect.any(String), name: '赵敏', served: 2, avgServiceMinutes: 10 }]);
      expect(s.noShowRate).toBe(0.25);
      expect(s.longestWaitMinutes).toBe(30);
    });

    it('defaults to today, rejects bad ranges, and is hall-scoped', async () => {
      const mgr = await login(t.app, 'stats.mgr', TEST_PASSWORD);
      const base = `/api/v1/halls/${statsHall}/queue/stats`;
      const todayRes = await as(t.app, mgr).get(base);
      expect(todayRes.statusCode).toBe(200);
      expect(todayRes.json()).toMatchObject({
        from: today,
        to: today,
        noShowRate: 0,
        longestWaitMinutes: null,
        byWindow: [],
      });
      expect((await as(t.app, mgr).get(`${base}?from=${day2}&to=${day1}`)).statusCode).toBe(400);
      expect((await as(t.app, mgr).get(`${base}?from=2024-01-01&to=2026-01-01`)).statusCode).toBe(400);
      expect((await as(t.app, mgr).get(`${base}?from=2026-02-30`)).statusCode).toBe(400);
      expect((await as(t.app, outsider).get(`${base}?from=${day1}&to=${day2}`)).statusCode).toBe(404);
      expect((await as(t.app, clerk).get(base)).statusCode).toBe(404);
    });
  });
});
