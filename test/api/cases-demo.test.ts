import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay, makeCalendar } from '../../src/domain/calendar.js';
import { builtInYear } from '../../src/domain/calendar-seed.js';
import { RUNNING_STATUSES } from '../../src/domain/case-state.js';
import { chinaDate } from '../../src/domain/china-time.js';
import { checkCreditCode } from '../../src/domain/credit-code.js';
import { dueDate } from '../../src/domain/deadline.js';
import { idNumberProblem } from '../../src/domain/id-number.js';
import { DEMO_PASSWORD } from '../../src/domain/password.js';
import { buildCaseDemo, type CaseDemo } from '../../src/modules/demo/build-cases.js';
import { buildDemoPlan } from '../../src/modules/demo/build-plan.js';
import { workdayIndex } from '../../src/modules/demo/case-workdays.js';
import { seedDemoIfEmpty } from '../../src/modules/demo/seed.js';
import { as, DIALECTS, login, makeTestApp, type TestApp } from '../helpers/app.js';

const cal = makeCalendar([], builtInYear);

describe('demo case calendar index', () => {
  it('agrees with the deadline engine, pauses included', () => {
    const idx = workdayIndex(cal, '2025-01-01', '2027-12-31');
    let x = 7;
    const rnd = () => {
      x = (x * 48271) % 2147483647;
      return x / 2147483647;
    };
    for (let i = 0; i < 400; i++) {
      const start = `2025-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      const days = Math.floor(rnd() * 40);
      const from = idx.add(start, Math.floor(rnd() * 10));
      const pauses = rnd() < 0.5 ? [] : [{ from, to: idx.add(from, 1 + Math.floor(rnd() * 8)) }];
      expect(idx.due(start, days, pauses), `${start} +${days} ${JSON.stringify(pauses)}`).toBe(
        dueDate(cal, start, days, pauses).dueOn,
      );
    }
  });
});

/**
 * Each case's timeline agrees with the case: events chain from state to state (ordered by time), the
 * last one is the case's status, row_version counts the changes; running cases have what they wait
 * on (an active task, an open pause); finished ones their documents; people act on working days.
 */
function checkTimelines(d: CaseDemo, today: string): void {
  const by = <T extends { case_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.case_id, [...(m.get(r.case_id) ?? []), r]);
    return m;
  };
  const events = [...d.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  const [ev, ts, ps, ds] = [by(events), by(d.tasks), by(d.pauses), by(d.documents)];
  for (const c of d.cases) {
    const own = ev.get(c.id) ?? [];
    expect(own[0]?.from_status, c.number).toBeNull();
    let status = own[0]?.to_status;
    let changes = 0;
    for (const e of own.slice(1)) {
      expect(e.from_status, `${c.number} ${e.action}`).toBe(status);
      status = e.to_status;
      changes++;
      if (e.user_id) expect(isWorkingDay(cal, chinaDate(e.at)), `${c.number} ${e.action} ${e.at}`).toBe(true);
    }
    expect(status, c.number).toBe(c.status);
    expect(c.row_version, c.number).toBe(1 + changes);
    expect(isWorkingDay(cal, c.received_on), c.number).toBe(true);
    for (const day of [c.accepted_on, c.decided_on, c.delivered_on, c.closed_on])
      if (day) {
        expect(isWorkingDay(cal, day), `${c.number} ${day}`).toBe(true);
        expect(day <= today, `${c.number} ${day}`).toBe(true);
      }
    const t = ts.get(c.id) ?? [];
    const p = ps.get(c.id) ?? [];
    const docs = (ds.get(c.id) ?? []).map((x) => x.kind);
    const steps = t.filter((x) => x.kind === 'step').sort((a, b) => a.position - b.position);
    // a 上报件 whose first review is done waits to be forwarded (待转报) with no step active
    const awaitsForward = c.kind === 'reported' && !c.parent_case_id && steps[0]?.status === 'done';
    if (c.status === 'in_review' && c.kind !== 'joint')
      expect(
        t.filter((x) => x.status === 'active' && x.kind === 'step'),
        c.number,
      ).toHaveLength(awaitsForward && !steps.some((x) => x.status === 'active') ? 0 : 1);
    if (awaitsForward && c.status === 'in_review' && !steps.some((x) => x.status === 'active'))
      expect(
        steps.filter((x) => x.status !== 'done').every((x) => x.status === 'pending' && x.started_on === null),
        c.number,
      ).toBe(true);
    if (c.status === 'suspended')
      expect(
        p.filter((x) => x.kind === 'special' && !x.ended_on),
        c.number,
      ).toHaveLength(1);
    if (c.status === 'correction_requested')
      expect(
        p.filter((x) => x.kind === 'supplement' && !x.ended_on),
        c.number,
      ).toHaveLength(1);
    if (c.status === 'escalated')
      expect(
        d.cases.some((x) => x.parent_case_id === c.id && x.status === 'in_review'),
        c.number,
      ).toBe(true);
    if (['decided', 'delivered', 'closed'].includes(c.status)) {
      expect(docs, c.number).toContain('decision');
      expect(
        t.every((x) => x.status === 'done' || x.status === 'skipped'),
        c.number,
      ).toBe(true);
      expect(c.on_time === 1 || c.on_time === 0, c.number).toBe(true);
    }
    if (c.accepted_on && c.channel === 'window') expect(docs, c.number).toContain('acceptance');
    if (c.status === 'rejected') expect(docs, c.number).toContain('not_accepted');
    if (c.status === 'delivered' || c.status === 'closed') expect(docs, c.number).toContain('delivery');
  }
}

describe('demo cases, played on different days', () => {
  it.each([
    '2025-10-09T02:00:00Z', // just after the 2025 National Day week
    '2026-02-24T02:00:00Z', // just after the 2026 Spring Festival
    '2026-06-30T02:00:00Z',
    '2027-01-05T02:00:00Z', // into a year the package may not cover
  ])('at %s', async (now) => {
    const { plan, ctx } = await buildDemoPlan(new Date(now));
    const demo = buildCaseDemo(plan, ctx);
    expect(demo.cases.length).toBeGreaterThan(300);
    checkTimelines(demo, ctx.today);
  });
});

describe.each(DIALECTS)('demo cases on %s', (dialect) => {
  let t: TestApp;
  let hallId: string;
  let today: string;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
    expect(await seedDemoIfEmpty(t.handle)).toBe(true);
    hallId = (await t.handle.db.selectFrom('halls').select('id').where('code', '=', 'DL').executeTakeFirstOrThrow()).id;
    today = chinaDate(new Date());
  }, 120_000);
  afterAll(() => t.close());
  const db = () => t.handle.db;

  it('has a few hundred cases of 县A in every state and kind, on working days, with valid applicants', async () => {
    const cases = await db().selectFrom('cases').selectAll().where('hall_id', '=', hallId).execute();
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const statuses = new Set(cases.map((c) => c.status));
    for (const s of [
      'received',
      'correction_requested',
      'rejected',
      'in_review',
      'suspended',
      'escalated',
      'decided',
      'delivered',
      'closed',
      'withdrawn',
    ])
      expect(statuses, s).toContain(s);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['immediate', 'promised', 'joint', 'reported']));
    expect(cases.some((c) => c.deemed_accepted === 1)).toBe(true);
    expect(cases.some((c) => c.delivery_method === 'mail')).toBe(true);
    expect(cases.some((c) => c.delivery_method === 'pickup')).toBe(true);
    expect(cases.some((c) => c.on_time === 0)).toBe(true);
    const running = cases.filter((c) => (RUNNING_STATUSES as readonly string[]).includes(c.status));
    expect(running.some((c) => (c.due_on as string) < today)).toBe(true); // overdue: red
    for (const c of cases) {
      expect(isWorkingDay(cal, c.received_on), c.number).toBe(true);
      for (const d of [c.decided_on, c.delivered_on])
        if (d) expect(isWorkingDay(cal, d), `${c.number} ${d}`).toBe(true);
      if (c.applicant_type === 'person')
        expect(idNumberProblem(c.applicant_id_number), c.applicant_id_number).toBeNull();
      else expect(checkCreditCode(c.applicant_id_number)).toEqual({ ok: true, checkDigitValid: true });
      expect(c.number.startsWith(`DL${c.received_on.replaceAll('-', '')}`)).toBe(true);
      if (c.accepted_on && !c.deemed_accepted && c.status !== 'withdrawn')
        expect(c.accepted_on).toBe(c.complete_on ?? c.received_on);
      if (c.accepted_on && c.due_on && !c.extension_days && c.status !== 'suspended') {
        const pauses = (await db().selectFrom('case_pauses').selectAll().where('case_id', '=', c.id).execute()).map(
          (p) => ({
            from: p.started_on,
            to: p.ended_on,
          }),
        );
        expect(c.due_on, c.number).toBe(dueDate(cal, c.accepted_on, c.promised_days, pauses).dueOn);
      }
    }
    const counters = await db().selectFrom('case_counters').selectAll().where('hall_id', '=', hallId).execute();
    for (const k of counters) {
      const ofDay = cases.filter((c) => c.received_on === k.day);
      expect(k.last_seq).toBe(ofDay.length);
    }
  });

  it('keeps each timeline consistent with the case', async () => {
    const all = async <T extends keyof CaseDemo>(_rows: T, table: string) =>
      (await db()
        .selectFrom(table as 'cases')
        .selectAll()
        .execute()) as unknown as CaseDemo[T];
    checkTimelines(
      {
        counters: [],
        cases: await all('cases', 'cases'),
        materials: [],
        tasks: await all('tasks', 'case_tasks'),
        pauses: await all('pauses', 'case_pauses'),
        extensions: [],
        documents: await all('documents', 'case_documents'),
        events: await all('events', 'case_events'),
      },
      today,
    );
  });

  it('is usable through the API: case view, deadline trail, public look-up', async () => {
    const staff = await login(t.app, 'county.staff', DEMO_PASSWORD);
    const c = await db()
      .selectFrom('cases')
      .selectAll()
      .where('hall_id', '=', hallId)
      .where('status', '=', 'in_review')
      .executeTakeFirstOrThrow();
    const view = await as(t.app, staff).get(`/api/v1/cases/${c.id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().colour).toMatch(/green|yellow|red/);
    const deadline = (await as(t.app, staff).get(`/api/v1/cases/${c.id}/deadline`)).json();
    expect(deadline.dueOn).toBe(c.due_on);
    const last4 = c.applicant_id_number.slice(-4);
    const pub = await as(t.app, null).get(`/api/v1/public/cases/lookup?number=${c.number}&idLast4=${last4}`);
    expect(pub.json()).toMatchObject({ number: c.number, status: 'in_review' });
    const completed = (await as(t.app, null).get(`/api/v1/public/halls/${hallId}/cases/completed`)).json();
    expect(completed.total).toBeGreaterThan(100);
  });

  it('lists the 上报件 waiting here to be forwarded, and those waiting at the city, as the rows say', async () => {
    const manager = await login(t.app, 'city.manager', DEMO_PASSWORD);
    const pending = async (id: string) => {
      const res = await as(t.app, manager).get(`/api/v1/halls/${id}/reported-cases/pending`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        awaitingForward: { id: string; waitingWorkingDays: number }[];
        awaitingDecision: { id: string }[];
      };
    };
    const reported = await db()
      .selectFrom('cases')
      .select(['id', 'hall_id', 'parent_case_id', 'status'])
      .where('kind', '=', 'reported')
      .where('status', 'in', ['in_review', 'suspended'])
      .execute();
    const steps = await db()
      .selectFrom('case_tasks')
      .select(['case_id', 'position', 'status'])
      .where('kind', '=', 'step')
      .where(
        'case_id',
        'in',
        reported.map((c) => c.id),
      )
      .execute();
    const stepsOf = (id: string) => steps.filter((x) => x.case_id === id).sort((a, b) => a.position - b.position);
    const toForward = reported
      .filter((c) => c.hall_id === hallId && c.parent_case_id === null)
      .filter((c) => stepsOf(c.id)[0]?.status === 'done' && !stepsOf(c.id).some((x) => x.status === 'active'))
      .map((c) => c.id);
    const here = await pending(hallId);
    expect(here.awaitingForward.map((x) => x.id).sort()).toEqual(toForward.sort());
    const cityId = (
      await db().selectFrom('halls').select('parent_id').where('id', '=', hallId).executeTakeFirstOrThrow()
    ).parent_id as string;
    const atCity = await pending(cityId);
    expect(atCity.awaitingDecision.map((x) => x.id).sort()).toEqual(
      reported
        .filter((c) => c.hall_id === cityId && c.parent_case_id !== null)
        .map((c) => c.id)
        .sort(),
    );
  });
});
