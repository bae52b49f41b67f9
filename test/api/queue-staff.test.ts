import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HallEvent } from '../../src/http/events.js';
import { as, DIALECTS, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildWindow } from '../helpers/factories.js';
import {
  buildQueueWorld,
  freezeClock,
  type QueueWorld,
  queueSnapshot,
  sessionFor,
  staffAt,
  take,
  workdays,
} from './queue-fixture.js';

/** The window workbench: sign-in, calling in order, pause/resume, and who may do it. */
describe.each(DIALECTS)('queue window staff on %s', (dialect) => {
  let t: TestApp;
  let w: QueueWorld;
  const ids: Record<'s1' | 's2' | 's3' | 'other' | 'leader', string> = {
    s1: '',
    s2: '',
    s3: '',
    other: '',
    leader: '',
  };
  const s = {} as Record<keyof typeof ids, Session>;
  let otherWindowId: string;
  const nextDay = workdays();
  const events: HallEvent[] = [];

  beforeAll(async () => {
    freezeClock(nextDay());
    t = await makeTestApp(dialect);
    w = await buildQueueWorld(t);
    ids.s1 = (await staffAt(t, w.hallId, [w.windows[0].id])).user.id;
    ids.s2 = (await staffAt(t, w.hallId, [w.windows[1].id])).user.id;
    ids.s3 = (await staffAt(t, w.hallId, [w.windows[2].id])).user.id;
    ids.leader = (await staffAt(t, w.hallId, [w.windows[0].id, w.windows[1].id], ['duty_leader'])).user.id;
    otherWindowId = (await buildWindow(t.handle.db, w.otherHallId, { number: '1' })).id;
    ids.other = (await staffAt(t, w.otherHallId, [otherWindowId])).user.id;
    t.app.yz.bus.subscribe(w.hallId, (e) => events.push(e));
  });
  beforeEach(async () => {
    vi.setSystemTime(nextDay()); // a fresh, empty queue for every test
    for (const k of Object.keys(ids) as (keyof typeof ids)[]) s[k] = await sessionFor(t, ids[k]);
    w.manager = await sessionFor(t, w.managerId);
    events.length = 0;
    // windows let go of tickets left from the previous test's day
    await t.handle.db
      .updateTable('tickets')
      .set({ status: 'done' })
      .where('status', 'in', ['called', 'serving'])
      .execute();
  });
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  const callNext = (who: Session, windowId: string) => as(t.app, who).post(`/api/v1/windows/${windowId}/call-next`);
  const workbench = (who: Session, windowId: string) => as(t.app, who).get(`/api/v1/windows/${windowId}/workbench`);
  const takeNumber = async (typeId: string) => {
    const res = await take(t, w.hallId, typeId);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; number: string };
  };

  it('signs in and out of a window, one window at a time', async () => {
    const [w1, w2] = [w.windows[0].id, w.windows[1].id];
    let res = await as(t.app, s.leader).post(`/api/v1/windows/${w1}/sign-in`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ signedIn: true, window: { id: w1, number: '1', status: 'open' } });
    res = await as(t.app, s.leader).post(`/api/v1/windows/${w2}/sign-in`);
    expect(res.json().signedIn).toBe(true);
    expect((await workbench(s.leader, w1)).json().signedIn).toBe(false);
    const open = await t.handle.db
      .selectFrom('window_sessions')
      .select('window_id')
      .where('user_id', '=', ids.leader)
      .where('ended_at', 'is', null)
      .execute();
    expect(open).toEqual([{ window_id: w2 }]);
    res = await as(t.app, s.leader).post(`/api/v1/windows/${w2}/sign-out`);
    expect(res.json().signedIn).toBe(false);
    const before = await queueSnapshot(t.handle.db);
    res = await as(t.app, s.leader).post(`/api/v1/windows/${w2}/sign-out`);
    expect(res.statusCode).toBe(422);
    expect(await queueSnapshot(t.handle.db)).toBe(before);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', ids.leader)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'queue.window.sign_in',
      'queue.window.sign_in',
      'queue.window.sign_out',
    ]);
  });

  it('calls preferred types first, in take order, and finishes the previous ticket', async () => {
    const a1 = await takeNumber(w.types.A.id);
    const c1 = await takeNumber(w.types.C.id);
    const a2 = await takeNumber(w.types.A.id);
    const b1 = await takeNumber(w.types.B.id);
    // window 3 prefers A and serves C only when A is empty
    let res = await callNext(s.s3, w.windows[2].id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: a1.id,
      number: a1.number,
      status: 'called',
      windowId: w.windows[2].id,
      windowNumber: '3',
      businessTypeName: '综合受理',
      recallCount: 0,
      priority: false,
      transferred: false,
    });
    expect((await callNext(s.s1, w.windows[0].id)).json().number).toBe(a2.number);
    res = await callNext(s.s3, w.windows[2].id);
    expect(res.json().number).toBe(c1.number);
    expect((await callNext(s.s2, w.windows[1].id)).json().number).toBe(b1.number);
    // calling again finished the previous ticket of window 3
    const a1Row = await t.handle.db
      .selectFrom('tickets')
      .select(['status', 'finished_at'])
      .where('id', '=', a1.id)
      .executeTakeFirstOrThrow();
    expect(a1Row.status).toBe('done');
    const a1Events = await t.handle.db
      .selectFrom('ticket_events')
      .select(['action', 'window_id', 'user_id', 'detail'])
      .where('ticket_id', '=', a1.id)
      .orderBy('id')
      .execute();
    expect(a1Events.map((e) => e.action)).toEqual(['call', 'finish']);
    expect(a1Events[0]).toMatchObject({ window_id: w.windows[2].id, user_id: ids.s3 });
    expect(JSON.parse(a1Events[1].detail ?? '{}')).toMatchObject({ auto: true });
    // call / window / waiting events went out for the first call
    const first = events.filter((e) => e.type !== 'waiting' || e.data.businessTypeId !== w.types.B.id);
    expect(first).toContainEqual({
      hallId: w.hallId,
      type: 'call',
      data: expect.objectContaining({
        ticketId: a1.id,
        ticketNumber: a1.number,
        windowId: w.windows[2].id,
        windowNumber: '3',
        recall: false,
      }),
    });
    expect(events).toContainEqual({
      hallId: w.hallId,
      type: 'window',
      data: { windowId: w.windows[1].id, windowNumber: '2', status: 'open', currentTicket: b1.number },
    });
    expect(events).toContainEqual({
      hallId: w.hallId,
      type: 'waiting',
      data: { businessTypeId: w.types.A.id, waitingCount: 0 },
    });
  });

  it('answers QUEUE_EMPTY when nothing waits and changes nothing', async () => {
    const a = await takeNumber(w.types.A.id);
    expect((await callNext(s.s1, w.windows[0].id)).json().id).toBe(a.id);
    const before = await queueSnapshot(t.handle.db);
    const res = await callNext(s.s1, w.windows[0].id);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'QUEUE_EMPTY', status: 404 });
    // the current ticket was not finished: the failed call rolled back entirely
    expect(await queueSnapshot(t.handle.db)).toBe(before);
  });

  it('shows the workbench: current ticket, waiting list in call order, counts', async () => {
    const a1 = await takeNumber(w.types.A.id);
    const c1 = await takeNumber(w.types.C.id);
    const a2 = await takeNumber(w.types.A.id);
    await takeNumber(w.types.B.id);
    const p = await as(t.app, s.s3).post(`/api/v1/tickets/${a2.id}/priority`, { reason: '孕妇' });
    expect(p.statusCode, p.body).toBe(200);
    let res = await workbench(s.s3, w.windows[2].id);
    expect(res.statusCode).toBe(200);
    let wb = res.json();
    expect(wb.current).toBeNull();
    expect(wb.waiting.map((x: { number: string }) => x.number)).toEqual([a2.number, a1.number, c1.number]);
    expect(wb.types).toEqual([
      { id: w.types.A.id, name: '综合受理', prefix: 'A', preferred: true, waitingCount: 2 },
      { id: w.types.C.id, name: '咨询', prefix: 'C', preferred: false, waitingCount: 1 },
    ]);
    await callNext(s.s3, w.windows[2].id);
    await callNext(s.s3, w.windows[2].id);
    res = await workbench(s.s3, w.windows[2].id);
    wb = res.json();
    expect(wb.current).toMatchObject({ number: a1.number, status: 'called' });
    expect(wb.waiting.map((x: { number: string }) => x.number)).toEqual([c1.number]);
    expect(wb.today).toEqual({ served: 1, noShow: 0, transferredOut: 0, called: 2 });
    expect(wb.window).toMatchObject({ id: w.windows[2].id, number: '3' });
  });

  it('pauses and resumes a window; a paused window cannot call', async () => {
    const w2 = w.windows[1].id;
    await takeNumber(w.types.B.id);
    let res = await as(t.app, s.s2).post(`/api/v1/windows/${w2}/pause`, {});
    expect(res.statusCode).toBe(400); // a reason is required
    res = await as(t.app, s.s2).post(`/api/v1/windows/${w2}/pause`, { reason: '系统故障' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().window.status).toBe('paused');
    expect(events).toContainEqual({
      hallId: w.hallId,
      type: 'window',
      data: { windowId: w2, windowNumber: '2', status: 'paused', currentTicket: null },
    });
    const before = await queueSnapshot(t.handle.db);
    res = await callNext(s.s2, w2);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('WINDOW_PAUSED');
    res = await as(t.app, s.s2).post(`/api/v1/windows/${w2}/pause`, { reason: '再次暂停' });
    expect(res.json().code).toBe('WINDOW_PAUSED');
    expect(await queueSnapshot(t.handle.db)).toBe(before);
    res = await as(t.app, s.s2).post(`/api/v1/windows/${w2}/resume`);
    expect(res.json().window.status).toBe('open');
    res = await as(t.app, s.s2).post(`/api/v1/windows/${w2}/resume`);
    expect(res.statusCode).toBe(422);
    expect((await callNext(s.s2, w2)).statusCode).toBe(200);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', w2)
      .where('action', 'in', ['queue.window.pause', 'queue.window.resume'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['queue.window.pause', 'queue.window.resume']);
    expect(JSON.parse(audit[0].after ?? '{}')).toEqual({ status: 'paused', reason: '系统故障' });
  });

  it('lets staff work only their own windows: 403 in the same hall, 404 in another', async () => {
    await takeNumber(w.types.A.id);
    const w1 = w.windows[0].id;
    const before = await queueSnapshot(t.handle.db);
    for (const [who, status] of [
      [s.s2, 403], // same hall, other window
      [w.manager, 403], // no queue.operate
      [s.other, 404], // 县B
    ] as const) {
      for (const res of [
        await callNext(who, w1),
        await workbench(who, w1),
        await as(t.app, who).post(`/api/v1/windows/${w1}/sign-in`),
        await as(t.app, who).post(`/api/v1/windows/${w1}/pause`, { reason: '越权' }),
      ]) {
        expect(res.statusCode, res.body).toBe(status);
      }
    }
    // 县A staff at a 县B window
    expect((await callNext(s.s1, otherWindowId)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/windows/${w1}/call-next` })).statusCode).toBe(401);
    expect((await callNext(s.s1, 'no-such-window')).statusCode).toBe(404);
    expect(await queueSnapshot(t.handle.db)).toBe(before);
    // the duty leader is assigned to windows 1 and 2
    expect((await callNext(s.leader, w1)).statusCode).toBe(200);
  });
});
