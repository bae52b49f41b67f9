import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInYear } from '../../src/domain/calendar-seed.js';
import { verifyAuditChain } from '../../src/modules/audit/record.js';
import { ensureCalendarSeeded } from '../../src/modules/calendar/seed.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildHall, buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';

/** A plausible official 2027 schedule, entered by a county (the State Council publishes it in November). */
const SCHEDULE_2027 = [
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  { date: '2027-01-02', kind: 'holiday', name: '元旦' },
  { date: '2027-01-03', kind: 'holiday', name: '元旦' },
  { date: '2027-02-20', kind: 'makeup', name: '春节' },
  { date: '2027-10-09', kind: 'makeup', name: '国庆节' },
];

describe.each(DIALECTS)('calendar API on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let cityMgr: Session;
  let mgrA: Session;
  let mgrB: Session;
  let staffA: Session;
  let mgrAId: string;
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    const db = t.handle.db;
    tree = await buildTree(db);
    await buildUser(db, tree.city.id, ['hall_manager'], { username: 'cal.city' });
    mgrAId = (await buildUser(db, tree.countyA.id, ['hall_manager'], { username: 'cal.mgra' })).id;
    await buildUser(db, tree.countyB.id, ['hall_manager'], { username: 'cal.mgrb' });
    await buildUser(db, tree.countyA.id, ['window_staff'], { username: 'cal.staff' });
    expect(await ensureCalendarSeeded(db, tree.city.id, dialect, [2024, 2025, 2026, 2027])).toEqual([
      2024, 2025, 2026, 2027,
    ]);
    cityMgr = await login(t.app, 'cal.city', TEST_PASSWORD);
    mgrA = await login(t.app, 'cal.mgra', TEST_PASSWORD);
    mgrB = await login(t.app, 'cal.mgrb', TEST_PASSWORD);
    staffA = await login(t.app, 'cal.staff', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  describe('seeding', () => {
    it('stores the built-in years once: 2024–2026 official, 2027 provisional; re-running adds nothing', async () => {
      const db = t.handle.db;
      const years = await db
        .selectFrom('calendar_years')
        .select(['year', 'status', 'source', 'version'])
        .where('hall_id', '=', tree.city.id)
        .orderBy('year')
        .execute();
      expect(years.map((y) => [y.year, y.status])).toEqual([
        [2024, 'official'],
        [2025, 'official'],
        [2026, 'official'],
        [2027, 'provisional'],
      ]);
      const days2025 = await db
        .selectFrom('calendar_days')
        .selectAll()
        .where('hall_id', '=', tree.city.id)
        .where('date', '>=', '2025-01-01')
        .where('date', '<=', '2025-12-31')
        .orderBy('date')
        .execute();
      expect(days2025.map((d) => ({ date: d.date, kind: d.kind, name: d.name }))).toEqual(builtInYear(2025).days);
      expect(await ensureCalendarSeeded(db, tree.city.id, dialect, [2024, 2025, 2026, 2027])).toEqual([]);
    });

    it('is safe to run concurrently and records one audit entry per stored year', async () => {
      const db = t.handle.db;
      const root = await buildHall(db, { name: '并发种子测试市' });
      const years = [2025, 2026, 2027];
      const runs = await Promise.all([1, 2, 3].map(() => ensureCalendarSeeded(db, root.id, dialect, years)));
      expect(runs.flat().sort()).toEqual(years);
      const rows = await db.selectFrom('calendar_years').select('year').where('hall_id', '=', root.id).execute();
      expect(rows).toHaveLength(3);
      const days = await db.selectFrom('calendar_days').select('date').where('hall_id', '=', root.id).execute();
      expect(days).toHaveLength(years.reduce((n, y) => n + builtInYear(y).days.length, 0));
      const audits = await db
        .selectFrom('audit_log')
        .select('entity_id')
        .where('action', '=', 'calendar.seed')
        .where('hall_id', '=', root.id)
        .execute();
      expect(audits.map((a) => a.entity_id).sort()).toEqual(years.map((y) => `${root.id}:${y}`));
      expect(await verifyAuditChain(db)).toBeNull();
    });
  });

  describe('public look-ups', () => {
    it('computes the promised date on the hall calendar (contract shape)', async () => {
      const res = await get(`/api/v1/calendar/due-date?hallId=${tree.townA.id}&from=2025-09-26&days=20`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ dueOn: '2025-10-30', provisional: false });
      const holiday = await get(`/api/v1/calendar/due-date?hallId=${tree.countyB.id}&from=2026-09-30&days=3`);
      expect(holiday.json()).toEqual({ dueOn: '2026-10-10', provisional: false });
      const zero = await get(`/api/v1/calendar/due-date?hallId=${tree.city.id}&from=2026-10-03&days=0`);
      expect(zero.json()).toEqual({ dueOn: '2026-10-03', provisional: false });
    });

    it('flags a date computed on a provisional year', async () => {
      const res = await get(`/api/v1/calendar/due-date?hallId=${tree.countyB.id}&from=2026-12-31&days=1`);
      expect(res.json()).toEqual({ dueOn: '2027-01-04', provisional: true });
      // the far edge: beyond the lunar helpers' range the built-in calendar is weekends + solar statutory days
      const edge = await get(`/api/v1/calendar/due-date?hallId=${tree.countyB.id}&from=2099-12-31&days=1000`);
      expect(edge.statusCode).toBe(200);
      expect(edge.json()).toMatchObject({ provisional: true });
      expect(edge.json().dueOn > '2103-01-01').toBe(true);
    });

    it('answers problem+json for an unknown hall and bad input', async () => {
      const unknown = await get('/api/v1/calendar/due-date?hallId=nope&from=2026-01-05&days=3');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
      expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND', detail: '大厅不存在' });
      for (const q of [
        'from=2026-02-30&days=3',
        'from=2026-1-5&days=3',
        'from=2026-01-05&days=-1',
        'from=2026-01-05&days=abc',
        'from=2026-01-05&days=2.5',
        'from=2026-01-05&days=1001',
        'days=3',
        'from=1800-01-01&days=3',
      ]) {
        const res = await get(`/api/v1/calendar/due-date?hallId=${tree.city.id}&${q}`);
        expect(res.statusCode, q).toBe(400);
        expect(res.json().code, q).toBe('VALIDATION_FAILED');
      }
    });

    it('lists days with working flag, kind and name', async () => {
      const res = await get(`/api/v1/calendar/days?hallId=${tree.countyA.id}&from=2026-09-19&to=2026-10-11`);
      expect(res.statusCode).toBe(200);
      const days = res.json() as { date: string; working: boolean; kind: string; name?: string }[];
      expect(days).toHaveLength(23);
      const by = new Map(days.map((d) => [d.date, d]));
      expect(by.get('2026-09-19')).toEqual({ date: '2026-09-19', working: false, kind: 'weekend' });
      expect(by.get('2026-09-20')).toEqual({ date: '2026-09-20', working: true, kind: 'makeup', name: '国庆节' });
      expect(by.get('2026-09-21')).toEqual({ date: '2026-09-21', working: true, kind: 'weekday' });
      expect(by.get('2026-09-25')).toEqual({ date: '2026-09-25', working: false, kind: 'holiday', name: '中秋' });
      expect(by.get('2026-10-07')).toEqual({ date: '2026-10-07', working: false, kind: 'holiday', name: '国庆节' });
      expect(by.get('2026-10-10')).toMatchObject({ working: true, kind: 'makeup' });
      expect(by.get('2026-10-11')).toEqual({ date: '2026-10-11', working: false, kind: 'weekend' });
    });

    it('limits the range to 400 days', async () => {
      const ok = await get(`/api/v1/calendar/days?hallId=${tree.city.id}&from=2026-01-01&to=2027-02-04`);
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toHaveLength(400);
      const tooLong = await get(`/api/v1/calendar/days?hallId=${tree.city.id}&from=2026-01-01&to=2027-02-05`);
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().detail).toContain('400');
      const backwards = await get(`/api/v1/calendar/days?hallId=${tree.city.id}&from=2026-02-01&to=2026-01-31`);
      expect(backwards.statusCode).toBe(400);
      expect((await get(`/api/v1/calendar/days?hallId=nope&from=2026-01-01&to=2026-01-31`)).statusCode).toBe(404);
    });
  });

  describe('manager routes', () => {
    it('lists years with status and the hall they are inherited from', async () => {
      const res = await as(t.app, mgrA).get(`/api/v1/halls/${tree.countyA.id}/calendar/years`);
      expect(res.statusCode).toBe(200);
      const years = res.json() as { year: number; status: string; origin: string; definedBy: { hallId: string } }[];
      expect(years.map((y) => y.year)).toEqual(expect.arrayContaining([2024, 2025, 2026, 2027]));
      const y2027 = years.find((y) => y.year === 2027);
      expect(y2027).toMatchObject({
        status: 'provisional',
        origin: 'inherited',
        definedBy: { hallId: tree.city.id, hallName: tree.city.name },
        version: 1,
        holidayCount: 13,
        makeupCount: 0,
      });
      expect(years.find((y) => y.year === 2026)).toMatchObject({ status: 'official', makeupCount: 6 });
      const detail = await as(t.app, mgrA).get(`/api/v1/halls/${tree.countyA.id}/calendar/years/2030`);
      expect(detail.statusCode).toBe(200);
      expect(detail.json()).toMatchObject({ year: 2030, status: 'provisional', origin: 'builtin', definedBy: null });
      expect(detail.json().days.length).toBeGreaterThanOrEqual(12);
    });

    it('is scoped: other county → 404, no permission → 403, anonymous → 401', async () => {
      const url = `/api/v1/halls/${tree.countyA.id}/calendar/years`;
      expect((await as(t.app, mgrB).get(url)).statusCode).toBe(404);
      expect((await as(t.app, mgrB).put(`${url}/2027`, { status: 'official', days: SCHEDULE_2027 })).statusCode).toBe(
        404,
      );
      expect((await as(t.app, mgrB).post(`${url}/2027/confirm`)).statusCode).toBe(404);
      expect((await as(t.app, staffA).get(url)).statusCode).toBe(403);
      expect((await as(t.app, staffA).put(`${url}/2027`, { status: 'official', days: SCHEDULE_2027 })).statusCode).toBe(
        403,
      );
      expect((await get(url)).statusCode).toBe(401);
      const own = await t.handle.db
        .selectFrom('calendar_years')
        .select('year')
        .where('hall_id', '=', tree.countyA.id)
        .execute();
      expect(own).toEqual([]);
    });

    it('refuses an inherited provisional year to be confirmed below its hall', async () => {
      const res = await as(t.app, mgrB).post(`/api/v1/halls/${tree.countyB.id}/calendar/years/2027/confirm`);
      expect(res.statusCode).toBe(422);
      expect(res.json().detail).toContain('继承自上级大厅');
    });

    it('lets a county enter its own official year; the county and its towns use it, the sibling does not', async () => {
      const url = `/api/v1/halls/${tree.countyA.id}/calendar/years/2027`;
      const res = await as(t.app, mgrA).put(url, {
        status: 'official',
        source: '国办发明电〔2026〕X号（测试）',
        days: SCHEDULE_2027,
        version: 0,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        year: 2027,
        status: 'official',
        origin: 'own',
        definedBy: { hallId: tree.countyA.id },
        source: '国办发明电〔2026〕X号（测试）',
        version: 1,
        confirmedBy: { id: mgrAId },
        holidayCount: 3,
        makeupCount: 2,
      });
      expect(res.json().days).toEqual(SCHEDULE_2027);
      // 2027-01-04 is a working Monday in both versions; 2027-02-20 is a make-up Saturday only in the county's
      for (const hallId of [tree.countyA.id, tree.townA.id]) {
        const due = await get(`/api/v1/calendar/due-date?hallId=${hallId}&from=2027-02-19&days=1`);
        expect(due.json()).toEqual({ dueOn: '2027-02-20', provisional: false });
      }
      const sibling = await get(`/api/v1/calendar/due-date?hallId=${tree.countyB.id}&from=2027-02-19&days=1`);
      expect(sibling.json()).toEqual({ dueOn: '2027-02-22', provisional: true });
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'before', 'after'])
        .where('entity_id', '=', `${tree.countyA.id}:2027`)
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0].action).toBe('calendar.replace');
      expect(audit[0].before).toBeNull();
      expect(JSON.parse(audit[0].after as string).days).toEqual(SCHEDULE_2027);
      const years = await as(t.app, mgrA).get(`/api/v1/halls/${tree.townA.id}/calendar/years`);
      expect(years.json().find((y: { year: number }) => y.year === 2027)).toMatchObject({
        origin: 'inherited',
        definedBy: { hallId: tree.countyA.id },
        status: 'official',
      });
    });

    it('replaces the whole year, guarded by the version', async () => {
      const url = `/api/v1/halls/${tree.countyA.id}/calendar/years/2027`;
      const stale = await as(t.app, mgrA).put(url, { status: 'official', days: SCHEDULE_2027.slice(0, 1), version: 0 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('VERSION_CONFLICT');
      const res = await as(t.app, mgrA).put(url, { status: 'official', days: SCHEDULE_2027.slice(0, 1), version: 1 });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ version: 2, holidayCount: 1, makeupCount: 0 });
      expect(res.json().days).toEqual(SCHEDULE_2027.slice(0, 1));
      expect((await get(`/api/v1/calendar/due-date?hallId=${tree.countyA.id}&from=2027-02-19&days=1`)).json()).toEqual({
        dueOn: '2027-02-22',
        provisional: false,
      });
    });

    it('rejects a schedule that breaks the rules, and changes nothing', async () => {
      const url = `/api/v1/halls/${tree.countyA.id}/calendar/years/2027`;
      for (const days of [
        [{ date: '2027-01-04', kind: 'makeup', name: '元旦' }], // a Monday
        [{ date: '2026-12-31', kind: 'holiday', name: '元旦' }], // other year
        [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        ],
      ]) {
        const res = await as(t.app, mgrA).put(url, { status: 'official', days });
        expect(res.statusCode, JSON.stringify(days)).toBe(422);
        expect(res.json().code).toBe('RULE_VIOLATION');
      }
      for (const body of [
        { status: 'final', days: [] },
        { status: 'official', days: [{ date: '2027-02-30', kind: 'holiday', name: '春节' }] },
        { status: 'official', days: [{ date: '2027-02-01', kind: 'weekday', name: '春节' }] },
        { status: 'official', days: [{ date: '2027-02-01', kind: 'holiday', name: '' }] },
      ]) {
        expect((await as(t.app, mgrA).put(url, body)).statusCode, JSON.stringify(body)).toBe(400);
      }
      expect(
        (
          await as(t.app, mgrA).put(`/api/v1/halls/${tree.countyA.id}/calendar/years/1800`, {
            status: 'official',
            days: [],
          })
        ).statusCode,
      ).toBe(400);
      const row = await t.handle.db
        .selectFrom('calendar_years')
        .select('version')
        .where('hall_id', '=', tree.countyA.id)
        .where('year', '=', 2027)
        .executeTakeFirstOrThrow();
      expect(row.version).toBe(2);
    });

    it('confirms a provisional year unchanged: own rows in place, built-in years copied', async () => {
      const city = await as(t.app, cityMgr).post(`/api/v1/halls/${tree.city.id}/calendar/years/2027/confirm`, {
        version: 1,
      });
      expect(city.statusCode).toBe(200);
      expect(city.json()).toMatchObject({ status: 'official', origin: 'own', version: 2, holidayCount: 13 });
      expect(city.json().days).toEqual(builtInYear(2027).days);
      expect((await get(`/api/v1/calendar/due-date?hallId=${tree.countyB.id}&from=2026-12-31&days=1`)).json()).toEqual({
        dueOn: '2027-01-04',
        provisional: false,
      });
      const again = await as(t.app, cityMgr).post(`/api/v1/halls/${tree.city.id}/calendar/years/2027/confirm`);
      expect(again.statusCode).toBe(422);

      const built = await as(t.app, mgrA).post(`/api/v1/halls/${tree.countyA.id}/calendar/years/2028/confirm`);
      expect(built.statusCode).toBe(200);
      expect(built.json()).toMatchObject({
        status: 'official',
        origin: 'own',
        version: 1,
        confirmedBy: { id: mgrAId },
      });
      expect(built.json().days).toEqual(builtInYear(2028).days);
      const actions = await t.handle.db
        .selectFrom('audit_log')
        .select('entity_id')
        .where('action', '=', 'calendar.confirm')
        .execute();
      expect(actions.map((a) => a.entity_id).sort()).toEqual(
        [`${tree.city.id}:2027`, `${tree.countyA.id}:2028`].sort(),
      );
      expect(await verifyAuditChain(t.handle.db)).toBeNull();
    });
  });
});
