import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { setCaseClock } from '../../src/modules/cases/clock.js';
import { raiseWarnings } from '../../src/modules/supervision/raise-warnings.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { buildCaseItem, ensureLedgerSchema, insertCase } from './ledger-fixtures.js';

/** "Today" for every clock in this file: Tuesday 2026-03-10, 10:00 in Shanghai. */
const NOW = new Date('2026-03-10T02:00:00Z');

interface Clock {
  id: string;
  number: string;
  colour: string;
  dueOn: string;
  usedWorkingDays: number;
  remainingWorkingDays: number;
  tasks: { id: string; colour: string; dueOn: string }[];
}
interface View {
  asOf: string;
  running: { green: number; yellow: number; red: number };
  cases: Clock[];
  warnings: { caseId: string; taskId: string | null; level: string }[];
  cards: { id: string; status: string }[];
}

describe.each(DIALECTS)('electronic supervision 电子监察 on %s', (dialect) => {
  let t: TestApp;
  let hallA: string;
  let deptA: string;
  let deptB: string;
  let deptOther: string;
  let otherCaseId: string;
  const ids: Record<string, string> = {};
  let stepId: string;
  const s: Record<string, Session> = {};

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    await ensureLedgerSchema(t.handle);
    setCaseClock(t.app.yz, () => NOW);
    const db = t.handle.db;
    const tree = await buildTree(db);
    hallA = tree.countyA.id;
    deptA = (await buildDepartment(db, hallA, { name: '市场监督管理局' })).id;
    deptB = (await buildDepartment(db, hallA, { name: '自然资源局' })).id;
    const item = (await buildCaseItem(db, hallA, deptA)).id;
    const itemB = (await buildCaseItem(db, hallA, deptB, '不动产首次登记')).id;
    const staff = await buildUser(db, hallA, ['window_staff'], { username: 's.staff' });
    const base = { hall_id: hallA, item_id: item, department_id: deptA, status: 'in_review', received_by: staff.id };
    // 10 working days from 03-09: due 03-23, 9 left
    ids.green = (
      await insertCase(db, { ...base, accepted_on: '2026-03-09', received_on: '2026-03-09', promised_days: 10 })
    ).id;
    // 4 days from 03-05: due 03-11, 1 left
    ids.yellowDays = (
      await insertCase(db, { ...base, accepted_on: '2026-03-05', received_on: '2026-03-05', promised_days: 4 })
    ).id;
    // 11 days from 02-26 with the make-up Saturday 02-28: 9 used (≥ 80 %), 2 left
    ids.yellowShare = (
      await insertCase(db, { ...base, accepted_on: '2026-02-26', received_on: '2026-02-26', promised_days: 11 })
    ).id;
    // 3 days from 03-02: due 03-05, overdue
    ids.red = (
      await insertCase(db, {
        ...base,
        department_id: deptB,
        item_id: itemB,
        accepted_on: '2026-03-02',
        received_on: '2026-03-02',
        promised_days: 3,
      })
    ).id;
    // the same, but paused since 03-03 (site survey): the clock stopped with 2 days left
    ids.paused = (
      await insertCase(db, {
        ...base,
        status: 'suspended',
        accepted_on: '2026-03-02',
        received_on: '2026-03-02',
        promised_days: 3,
      })
    ).id;
    await db
      .insertInto('case_pauses')
      .values({
        id: newId(),
        hall_id: hallA,
        case_id: ids.paused,
        kind: 'special',
        name: '现场踏勘',
        reason: '需现场核查经营场所',
        notice_no: 'TZ-1',
        started_on: '2026-03-03',
        ended_on: null,
        started_by: null,
        ended_by: null,
      })
      .execute();
    // green as a case (20 days from 03-02), but its step of 2 days from 03-05 was due 03-09
    ids.slowStep = (
      await insertCase(db, { ...base, accepted_on: '2026-03-02', received_on: '2026-03-02', promised_days: 20 })
    ).id;
    stepId = newId();
    await db
      .insertInto('case_tasks')
      .values({
        id: stepId,
        hall_id: hallA,
        case_id: ids.slowStep,
        kind: 'step',
        position: 2,
        name: '审核',
        role: '科室负责人',
        department_id: deptA,
        days: 2,
        status: 'active',
        started_on: '2026-03-05',
        due_on: '2026-03-09',
        finished_on: null,
        finished_by: null,
        opinion: null,
        outcome: null,
      })
      .execute();
    // finished long overdue, and not yet accepted: neither is a running case
    await insertCase(db, {
      ...base,
      status: 'decided',
      accepted_on: '2026-01-05',
      promised_days: 1,
      decided_on: '2026-02-02',
    });
    await insertCase(db, { ...base, status: 'received', accepted_on: null, received_on: '2026-03-10' });
    // 县B
    deptOther = (await buildDepartment(db, tree.countyB.id)).id;
    const itemOther = await buildCaseItem(db, tree.countyB.id, deptOther);
    otherCaseId = (
      await insertCase(db, {
        hall_id: tree.countyB.id,
        item_id: itemOther.id,
        department_id: deptOther,
        accepted_on: '2026-01-05',
        promised_days: 1,
      })
    ).id;

    await buildUser(db, hallA, ['supervisor'], { username: 's.supervisor' });
    await buildUser(db, hallA, ['chief_rep'], { username: 's.chiefA', departmentId: deptA });
    await buildUser(db, hallA, ['chief_rep'], { username: 's.chiefB', departmentId: deptB });
    await buildUser(db, hallA, ['hall_manager'], { username: 's.manager' });
    await buildUser(db, tree.countyB.id, ['supervisor'], { username: 's.outsider' });
    for (const name of ['supervisor', 'chiefA', 'chiefB', 'manager', 'outsider', 'staff'])
      s[name] = await login(t.app, `s.${name}`, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const view = async (who: Session, q = '') => {
    const res = await as(t.app, who).get(`/api/v1/halls/${hallA}/supervision${q}`);
    expect(res.statusCode).toBe(200);
    return res.json() as View;
  };

  it('colours every running case and step as of today, red first', async () => {
    const v = await view(s.supervisor);
    expect(v.asOf).toBe('2026-03-10');
    const by = new Map(v.cases.map((c) => [c.id, c]));
    expect(by.get(ids.green)).toMatchObject({ colour: 'green', dueOn: '2026-03-23', remainingWorkingDays: 9 });
    expect(by.get(ids.yellowDays)).toMatchObject({ colour: 'yellow', dueOn: '2026-03-11', remainingWorkingDays: 1 });
    expect(by.get(ids.yellowShare)).toMatchObject({
      colour: 'yellow',
      dueOn: '2026-03-12',
      usedWorkingDays: 9,
      remainingWorkingDays: 2,
    });
    expect(by.get(ids.red)).toMatchObject({ colour: 'red', dueOn: '2026-03-05' });
    expect(by.get(ids.paused)).toMatchObject({ colour: 'green', dueOn: '2026-03-12', remainingWorkingDays: 2 });
    expect(by.get(ids.slowStep)?.colour).toBe('green');
    expect(by.get(ids.slowStep)?.tasks).toEqual([
      expect.objectContaining({ id: stepId, colour: 'red', dueOn: '2026-03-09' }),
    ]);
    expect(v.cases).toHaveLength(6);
    expect(v.running).toEqual({ green: 3, yellow: 2, red: 1 });
    expect(v.cases[0].id).toBe(ids.red);
    expect(v.cases.map((c) => c.colour)).toEqual(['red', 'yellow', 'yellow', 'green', 'green', 'green']);
  });

  it('filters by colour and department; counts follow the department only', async () => {
    const yellow = await view(s.supervisor, '?colour=yellow');
    expect(yellow.cases.map((c) => c.id).sort()).toEqual([ids.yellowDays, ids.yellowShare].sort());
    expect(yellow.running).toEqual({ green: 3, yellow: 2, red: 1 });
    const b = await view(s.manager, `?departmentId=${deptB}`);
    expect(b.cases.map((c) => c.id)).toEqual([ids.red]);
    expect(b.running).toEqual({ green: 0, yellow: 0, red: 1 });
  });

  it('raises one warning per case/step and level, also when the job runs twice and concurrently', async () => {
    // every hall: 县B's overdue case gets its warning too
    const first = await raiseWarnings({ db: t.handle.db, dialect }, NOW);
    expect(first.raised).toBe(5);
    const again = await Promise.all([
      raiseWarnings({ db: t.handle.db, dialect }, NOW),
      raiseWarnings({ db: t.handle.db, dialect }, NOW),
    ]);
    expect(again.map((r) => r.raised)).toEqual([0, 0]);
    const rows = await t.handle.db.selectFrom('case_warnings').select(['case_id', 'task_id', 'level']).execute();
    const keys = rows.map((r) => `${r.case_id}:${r.task_id ?? '-'}:${r.level}`).sort();
    expect(keys).toEqual(
      [
        `${ids.yellowDays}:-:yellow`,
        `${ids.yellowShare}:-:yellow`,
        `${ids.red}:-:red`,
        `${ids.slowStep}:${stepId}:red`,
        `${otherCaseId}:-:red`,
      ].sort(),
    );
    const audited = await t.handle.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'supervision.warning.raise')
      .execute();
    expect(audited).toHaveLength(5);
    // two days later the green case is still green, the yellow one turned red: one new warning
    const later = await raiseWarnings({ db: t.handle.db, dialect }, new Date('2026-03-12T02:00:00Z'));
    expect(later.raised).toBeGreaterThanOrEqual(1);
    const redNow = await t.handle.db
      .selectFrom('case_warnings')
      .select('id')
      .where('case_id', '=', ids.yellowDays)
      .where('level', '=', 'red')
      .execute();
    expect(redNow).toHaveLength(1);
  });

  it('shows warnings to the supervisor and to the units concerned, and marks them read', async () => {
    const all = (await view(s.supervisor)).warnings;
    expect(all.length).toBeGreaterThanOrEqual(4);
    const mineB = (await as(t.app, s.chiefB).get(`/api/v1/halls/${hallA}/supervision/warnings`)).json() as {
      id: string;
      caseId: string;
    }[];
    expect(mineB.map((w) => w.caseId)).toEqual([ids.red]);
    const mineA = (await as(t.app, s.chiefA).get(`/api/v1/halls/${hallA}/supervision/warnings`)).json() as {
      id: string;
      caseId: string;
    }[];
    expect(mineA.some((w) => w.caseId === ids.red)).toBe(false);
    expect(mineA.some((w) => w.caseId === ids.slowStep)).toBe(true);
    // the window staff received every case of 县A here
    const mineStaff = (await as(t.app, s.staff).get(`/api/v1/halls/${hallA}/supervision/warnings`)).json() as unknown[];
    expect(mineStaff.length).toBe(all.length);
    expect((await as(t.app, s.chiefA).post(`/api/v1/supervision/warnings/${mineB[0].id}/read`)).statusCode).toBe(403);
    const read = await as(t.app, s.chiefB).post(`/api/v1/supervision/warnings/${mineB[0].id}/read`);
    expect(read.statusCode).toBe(200);
    expect((await as(t.app, s.chiefB).post(`/api/v1/supervision/warnings/${mineB[0].id}/read`)).json()).toEqual(
      read.json(),
    );
    const unread = (await as(t.app, s.chiefB).get(`/api/v1/halls/${hallA}/supervision/warnings`)).json() as unknown[];
    expect(unread).toEqual([]);
    expect((await as(t.app, s.outsider).post(`/api/v1/supervision/warnings/${mineB[0].id}/read`)).statusCode).toBe(404);
  });

  it('takes a card through issue → answer by the unit → close, each step audited', async () => {
    const issued = await as(t.app, s.supervisor).post(`/api/v1/halls/${hallA}/supervision/cards`, {
      caseId: ids.red,
      color: 'red',
      trigger: 'overdue_case',
      description: '办件超过承诺时限未办结，请说明原因并整改',
    });
    expect(issued.statusCode).toBe(201);
    const card = issued.json();
    expect(card).toMatchObject({
      departmentId: deptB,
      departmentName: '自然资源局',
      status: 'open',
      trigger: 'overdue_case',
      triggerLabel: '办件超期',
      caseId: ids.red,
      issuedBy: '测试用户',
    });
    expect((await view(s.supervisor)).cards.map((c) => c.id)).toContain(card.id);
    // closing before the unit has answered is refused
    const early = await as(t.app, s.supervisor).post(`/api/v1/supervision/cards/${card.id}/close`);
    expect(early.statusCode).toBe(422);
    // another unit's chief representative may not answer; the supervisor cannot answer at all
    expect(
      (await as(t.app, s.chiefA).post(`/api/v1/supervision/cards/${card.id}/respond`, { response: '不是我们的' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await as(t.app, s.supervisor).post(`/api/v1/supervision/cards/${card.id}/respond`, { response: '代答复' }))
        .statusCode,
    ).toBe(403);
    const answered = await as(t.app, s.chiefB).post(`/api/v1/supervision/cards/${card.id}/respond`, {
      response: '已督促经办人当日办结，并对相关人员进行批评教育',
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', response: expect.stringContaining('当日办结') });
    expect((await as(t.app, s.chiefB).post(`/api/v1/supervision/cards/${card.id}/close`)).statusCode).toBe(403);
    const closed = await as(t.app, s.supervisor).post(`/api/v1/supervision/cards/${card.id}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect((await as(t.app, s.supervisor).post(`/api/v1/supervision/cards/${card.id}/close`)).statusCode).toBe(422);
    expect(
      (await as(t.app, s.chiefB).post(`/api/v1/supervision/cards/${card.id}/respond`, { response: '再次答复' }))
        .statusCode,
    ).toBe(422);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', card.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'supervision.card.issue',
      'supervision.card.respond',
      'supervision.card.close',
    ]);
    expect((await view(s.supervisor)).cards.map((c) => c.id)).not.toContain(card.id);
  });

  it('refuses cards without permission, for a case of another county, or without a case where one is needed', async () => {
    const body = { departmentId: deptA, color: 'yellow', trigger: 'online_offline', description: '应网办事项线下办理' };
    expect((await as(t.app, s.chiefA).post(`/api/v1/halls/${hallA}/supervision/cards`, body)).statusCode).toBe(403);
    expect((await as(t.app, s.outsider).post(`/api/v1/halls/${hallA}/supervision/cards`, body)).statusCode).toBe(404);
    const foreign = await as(t.app, s.supervisor).post(`/api/v1/halls/${hallA}/supervision/cards`, {
      ...body,
      caseId: otherCaseId,
    });
    expect(foreign.statusCode).toBe(404);
    const foreignDept = await as(t.app, s.supervisor).post(`/api/v1/halls/${hallA}/supervision/cards`, {
      ...body,
      departmentId: deptOther,
    });
    expect(foreignDept.statusCode).toBe(404);
    const noCase = await as(t.app, s.supervisor).post(`/api/v1/halls/${hallA}/supervision/cards`, {
      ...body,
      trigger: 'overdue_case',
    });
    expect(noCase.statusCode).toBe(422);
    expect((await as(t.app, s.staff).get(`/api/v1/halls/${hallA}/supervision`)).statusCode).toBe(403);
    expect((await as(t.app, s.outsider).get(`/api/v1/halls/${hallA}/supervision`)).statusCode).toBe(404);
  });

  it('counts cards per department for the assessment, within a date range', async () => {
    const issue = (departmentId: string, color: string, trigger = 'fee_outside_catalog') =>
      as(t.app, s.supervisor).post(`/api/v1/halls/${hallA}/supervision/cards`, {
        departmentId,
        color,
        trigger,
        description: '收取目录外费用，请退还并说明',
      });
    for (const [d, c] of [
      [deptA, 'yellow'],
      [deptA, 'red'],
      [deptA, 'yellow'],
      [deptB, 'yellow'],
    ] as const)
      expect((await issue(d, c)).statusCode).toBe(201);
    const res = await as(t.app, s.manager).get(`/api/v1/halls/${hallA}/supervision/cards`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      cards: unknown[];
      counts: { departmentId: string; yellow: number; red: number; open: number; closed: number; total: number }[];
    };
    const a = body.counts.find((c) => c.departmentId === deptA);
    const b = body.counts.find((c) => c.departmentId === deptB);
    expect(a).toMatchObject({ total: 3, yellow: 2, red: 1, open: 3, closed: 0, departmentName: '市场监督管理局' });
    // deptB: the red card closed in the previous test, and one new yellow one
    expect(b).toMatchObject({ total: 2, yellow: 1, red: 1, open: 1, closed: 1 });
    expect(body.cards).toHaveLength(5);
    const onlyA = (
      await as(t.app, s.chiefA).get(`/api/v1/halls/${hallA}/supervision/cards?departmentId=${deptA}`)
    ).json();
    expect(onlyA.cards).toHaveLength(3);
    expect(onlyA.counts).toHaveLength(1);
    const past = (
      await as(t.app, s.manager).get(`/api/v1/halls/${hallA}/supervision/cards?from=2020-01-01&to=2020-12-31`)
    ).json();
    expect(past).toEqual({ cards: [], counts: [] });
    const around = (
      await as(t.app, s.manager).get(`/api/v1/halls/${hallA}/supervision/cards?from=2020-01-01&to=2099-12-31`)
    ).json();
    expect(around.cards).toHaveLength(5);
    expect((await as(t.app, s.outsider).get(`/api/v1/halls/${hallA}/supervision/cards`)).statusCode).toBe(404);
    expect((await as(t.app, s.staff).get(`/api/v1/halls/${hallA}/supervision/cards`)).statusCode).toBe(403);
  });
});
