import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.js';
import { DISCLOSURE_KEYS, type ItemGuide, ItemGuideSchema } from '../../src/domain/guide.js';
import { DEMO_PASSWORD } from '../../src/domain/password.js';
import type { PublishedGuide } from '../../src/domain/published-guide.js';
import { DEMO_ACCOUNTS } from '../../src/modules/demo/accounts.js';
import { seedDemoIfEmpty } from '../../src/modules/demo/seed.js';
import { as, DIALECTS, login, makeTestApp, type TestApp } from '../helpers/app.js';
import { buildHall } from '../helpers/factories.js';

const TABLES = [
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
  'audit_log',
] as const;

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const row = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

async function hallByCode(db: Db, code: string) {
  return db.selectFrom('halls').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
}

/** Same-day handovers count once; the window's very first staffing is not a change. */
function changesWithin12Months(spans: { from_date: string; to_date: string | null }[], since: string): number {
  const first = spans.map((s) => s.from_date).sort()[0];
  const days = new Set<string>();
  for (const s of spans) for (const d of [s.from_date, s.to_date]) if (d && d !== first && d > since) days.add(d);
  return days.size;
}

describe.each(DIALECTS)('demo seed on %s', (dialect) => {
  let t: TestApp;
  let seeded: boolean;
  let countyA: Awaited<ReturnType<typeof hallByCode>>;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
    seeded = await seedDemoIfEmpty(t.handle);
    countyA = await hallByCode(t.handle.db, 'DL');
  }, 60_000);
  afterAll(() => t.close());

  it('seeds an empty database', () => {
    expect(seeded).toBe(true);
  });

  it('gives 县A 20 resident and 23 by-appointment departments, plus walk-outs with a history', async () => {
    const db = t.handle.db;
    const depts = await db.selectFrom('departments').selectAll().where('hall_id', '=', countyA.id).execute();
    const count = (r: string) => depts.filter((d) => d.residency === r).length;
    expect(count('resident')).toBe(20);
    expect(count('appointment')).toBe(23);
    expect(count('withdrawn')).toBeGreaterThanOrEqual(1);
    const history = await db
      .selectFrom('department_residency_history')
      .selectAll()
      .where('hall_id', '=', countyA.id)
      .execute();
    for (const d of depts) {
      const rows = history
        .filter((h) => h.department_id === d.id)
        .sort((a, b) => a.effective_on.localeCompare(b.effective_on));
      expect(rows.length, d.name).toBeGreaterThanOrEqual(1);
      expect(rows.at(-1)?.residency, d.name).toBe(d.residency);
      expect(rows.at(-1)?.effective_on, d.name).toBe(d.residency_since);
      if (d.residency === 'withdrawn') expect(rows.at(-1)?.reason).toContain('擅自');
    }
    const full = depts.filter((d) => d.power_immediate && d.power_promised && d.power_joint && d.power_reported);
    expect(full.length).toBeGreaterThan(3);
    expect(depts.filter((d) => d.delegation_letter_no === '').length).toBeGreaterThan(0);
    expect(depts.find((d) => d.residency === 'resident')?.delegation_letter_no).toMatch(/^东政务授〔\d{4}〕\d+号$/);
  });

  it('gives 县A at least 30 windows and 60 staff, with visible staffing changes', async () => {
    const db = t.handle.db;
    const windows = await db.selectFrom('windows').selectAll().where('hall_id', '=', countyA.id).execute();
    expect(windows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(windows.map((w) => w.kind))).toEqual(
      new Set(['consult', 'comprehensive', 'department', 'fee', 'pickup', 'complaint', 'agency']),
    );
    expect(windows.filter((w) => w.status === 'paused').length).toBeGreaterThan(0);
    const staff = await db.selectFrom('staff').selectAll().where('hall_id', '=', countyA.id).execute();
    expect(staff.length).toBeGreaterThanOrEqual(60);
    for (const s of staff) {
      expect(s.phone).toMatch(/^1\d{10}$/);
      expect(s.photo).toMatch(/^data:image\/svg\+xml;base64,/);
      expect((s.photo ?? '').length).toBeLessThan(1024);
    }
    const assignments = await db
      .selectFrom('staff_window_assignments')
      .selectAll()
      .where('hall_id', '=', countyA.id)
      .execute();
    const since = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const changes = windows.map((w) =>
      changesWithin12Months(
        assignments.filter((a) => a.window_id === w.id),
        since,
      ),
    );
    expect(changes.filter((n) => n >= 2 && n <= 4).length).toBeGreaterThanOrEqual(3);
  });

  it('gives 县A at least 80 items with valid, published guides', async () => {
    const db = t.handle.db;
    const items = await db.selectFrom('items').selectAll().where('hall_id', '=', countyA.id).execute();
    expect(items.length).toBeGreaterThanOrEqual(80);
    expect(items.filter((i) => i.entry_status === 'must_enter_not_entered').length).toBeGreaterThanOrEqual(5);
    const drafts = items.map((i) => ItemGuideSchema.parse(JSON.parse(i.draft)) as ItemGuide);
    const exempted = drafts.filter((g) => g.entryStatus === 'exempted');
    expect(exempted.length).toBeGreaterThanOrEqual(1);
    for (const g of drafts) {
      if (g.statutoryDays !== null) expect(g.promisedDays, g.name).toBeLessThanOrEqual(g.statutoryDays);
      if (g.kind === 'immediate') expect(g.promisedDays, g.name).toBe(0);
      expect(
        g.steps.reduce((n, s) => n + s.days, 0),
        g.name,
      ).toBeLessThanOrEqual(g.promisedDays);
      expect(g.materials.length, g.name).toBeGreaterThanOrEqual(1);
      if (g.kind === 'joint') expect(g.jointDepartmentIds.length, g.name).toBeGreaterThan(0);
      if (g.kind === 'reported') expect(g.reportTo, g.name).not.toBe('');
      if (!g.feeFree) expect(g.feeStandard, g.name).not.toBe('');
    }
    const kinds = new Set(drafts.map((g) => g.kind));
    expect(kinds).toEqual(new Set(['immediate', 'promised', 'joint', 'reported']));
    expect(drafts.some((g) => !g.feeFree && g.feeBasis !== '')).toBe(true);
    expect(drafts.some((g) => g.specialProcedures.some((p) => !p.countedInLimit))).toBe(true);
    expect(items.filter((i) => i.published_version === null).length).toBeGreaterThan(0);
    expect(items.filter((i) => i.published_version === 2).length).toBeGreaterThan(0);
    expect(items.filter((i) => i.published_version !== null).length).toBeGreaterThanOrEqual(80);
  });

  it('stores published versions whose nine disclosures are all filled', async () => {
    const db = t.handle.db;
    const items = await db.selectFrom('items').selectAll().execute();
    const versions = await db.selectFrom('item_versions').selectAll().execute();
    const events = await db.selectFrom('item_events').selectAll().execute();
    for (const v of versions) {
      const snap = JSON.parse(v.guide) as PublishedGuide;
      ItemGuideSchema.parse(snap);
      for (const k of DISCLOSURE_KEYS) expect(snap.disclosures[k].trim(), `${v.name} ${k}`).not.toBe('');
      expect(snap.hallName).not.toBe('');
      expect(v.search_text).toBe(v.search_text.toLowerCase());
    }
    for (const i of items.filter((x) => x.published_version !== null)) {
      const mine = versions.filter((v) => v.item_id === i.id);
      expect(mine.length, i.name).toBe(i.published_version);
      const current = mine.filter((v) => v.is_current === 1);
      expect(
        current.map((v) => v.version),
        i.name,
      ).toEqual([i.published_version]);
      const guide = JSON.parse(current[0]?.guide ?? '{}') as PublishedGuide;
      const codes = events.filter((e) => e.item_id === i.id).map((e) => e.event_code);
      expect(new Set(codes), i.name).toEqual(new Set(guide.events));
    }
    const perEvent = new Map<string, number>();
    for (const e of events.filter((x) => x.hall_id === countyA.id))
      perEvent.set(e.event_code, (perEvent.get(e.event_code) ?? 0) + 1);
    expect([...perEvent.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(5);
    for (const code of ['XC', 'QY']) {
      const hall = await hallByCode(db, code);
      expect(items.filter((i) => i.hall_id === hall.id && i.published_version !== null).length).toBeGreaterThanOrEqual(
        10,
      );
    }
  });

  it('links application-form templates that are real .xlsx files', async () => {
    const db = t.handle.db;
    const files = await db.selectFrom('files').selectAll().execute();
    expect(files.length).toBeGreaterThanOrEqual(10);
    const items = await db.selectFrom('items').select(['id', 'draft']).execute();
    for (const f of files) {
      const bytes = Buffer.from(f.content_base64, 'base64');
      expect(f.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      expect(f.size).toBe(bytes.length);
      expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(f.owner_type).toBe('item');
      const owner = items.find((i) => i.id === f.owner_id);
      const guide = JSON.parse(owner?.draft ?? '{}') as ItemGuide;
      expect(guide.materials.some((m) => m.templateFileId === f.id)).toBe(true);
    }
  });

  it('records one demo.seed audit entry and creates the demo accounts with their own salts', async () => {
    const db = t.handle.db;
    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'demo.seed').execute();
    expect(audit).toHaveLength(1);
    const users = await db.selectFrom('users').selectAll().execute();
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect(users.every((u) => u.is_demo === 1)).toBe(true);
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(users.length);
  });

  it('lets every demo account log in and shows its hall', async () => {
    const halls = await t.handle.db.selectFrom('halls').select(['id', 'name']).execute();
    for (const a of DEMO_ACCOUNTS) {
      const s = await login(t.app, a.username, DEMO_PASSWORD);
      const me = (await as(t.app, s).get('/api/v1/auth/me')).json() as {
        hallId: string;
        hallName: string;
        roles: string[];
        windowIds: string[];
        staffId: string | null;
        departmentId: string | null;
        isDemo: boolean;
      };
      expect(me.hallName, a.username).toBe(a.hallName);
      expect(halls.find((h) => h.id === me.hallId)?.name).toBe(a.hallName);
      expect(me.roles).toEqual(a.roles);
      expect(me.isDemo).toBe(true);
      if (a.link.kind === 'window') expect(me.windowIds, a.username).toHaveLength(1);
      if (a.link.kind === 'chief' || a.link.kind === 'approver') {
        expect(me.staffId).not.toBeNull();
        expect(me.departmentId).not.toBeNull();
      }
    }
  });

  it('shows the hall tree with levels on the public API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/halls' });
    expect(res.statusCode).toBe(200);
    const halls = res.json() as {
      id: string;
      name: string;
      level: string;
      parentId: string | null;
      openingHours: unknown[];
    }[];
    const byName = (n: string) => halls.find((h) => h.name === n);
    const city = byName('清源市政务服务中心');
    expect(city).toMatchObject({ level: 'city', parentId: null });
    expect(byName('东岭县政务服务中心')).toMatchObject({ level: 'county', parentId: city?.id });
    expect(byName('西川县政务服务中心')).toMatchObject({ level: 'county', parentId: city?.id });
    const townships = halls.filter((h) => h.level === 'township');
    expect(townships.filter((h) => h.parentId === countyA.id).length).toBeGreaterThanOrEqual(2);
    expect(halls.some((h) => h.level === 'community')).toBe(true);
    expect(halls.every((h) => h.openingHours.length > 0)).toBe(true);
  });

  it('refuses to seed again and changes nothing', async () => {
    const before = await tableCounts(t.handle.db);
    expect(await seedDemoIfEmpty(t.handle)).toBe(false);
    expect(await tableCounts(t.handle.db)).toEqual(before);
  });
});

describe.each(DIALECTS)('demo seed into a database with data on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
  });
  afterAll(() => t.close());

  it('returns false and writes nothing when a hall already exists', async () => {
    await buildHall(t.handle.db, { name: '已有大厅', level: 'city' });
    expect(await seedDemoIfEmpty(t.handle)).toBe(false);
    const counts = await tableCounts(t.handle.db);
    expect(counts).toMatchObject({ halls: 1, departments: 0, items: 0, users: 0, audit_log: 0 });
  });
});
