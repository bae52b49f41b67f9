import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HallEvent } from '../../src/http/events.js';
import { as, DIALECTS, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildWindow } from '../helpers/factories.js';
import {
  buildQueueWorld,
  expectWaitingCountersExact,
  freezeClock,
  type QueueWorld,
  queueSnapshot,
  sessionFor,
  staffAt,
  take,
  workdays,
} from './queue-fixture.js';

/** Recall, start, finish, no-show, transfer, priority, cancel: state rules, events, and rows unchanged on refusal. */
describe.each(DIALECTS)('queue ticket actions on %s', (dialect) => {
  let t: TestApp;
  let w: QueueWorld;
  const ids = { s1: '', s2: '', s3: '', other: '' };
  const s = {} as Record<keyof typeof ids, Session>;
  const nextDay = workdays();
  const events: HallEvent[] = [];

  beforeAll(async () => {
    freezeClock(nextDay());
    t = await makeTestApp(dialect);
    w = await buildQueueWorld(t);
    ids.s1 = (await staffAt(t, w.hallId, [w.windows[0].id])).user.id;
    ids.s2 = (await staffAt(t, w.hallId, [w.windows[1].id])).user.id;
    ids.s3 = (await staffAt(t, w.hallId, [w.windows[2].id])).user.id;
    const otherWindow = await buildWindow(t.handle.db, w.otherHallId, { number: '1' });
    ids.other = (await staffAt(t, w.otherHallId, [otherWindow.id])).user.id;
    t.app.yz.bus.subscribe(w.hallId, (e) => events.push(e));
  });
  beforeEach(async () => {
    vi.setSystemTime(nextDay());
    for (const k of Object.keys(ids) as (keyof typeof ids)[]) s[k] = await sessionFor(t, ids[k]);
    w.manager = await sessionFor(t, w.managerId);
    events.length = 0;
    await t.handle.db
      .updateTable('tickets')
      .set({ status: 'done' })
      .where('status', 'in', ['called', 'serving'])
      .execute();
  });
  // every action keeps the waiting counters exact (triggers, migration 015)
  afterEach(() => expectWaitingCountersExact(t.handle.db));
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });

  const takeNumber = async (typeId: string) => {
    const res = await take(t, w.hallId, typeId);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; number: string };
  };
  const call = async (who: Session, windowIndex: number) => {
    const res = await as(t.app, who).post(`/api/v1/windows/${w.windows[windowIndex].id}/call-next`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { id: string; number: string };
  };
  const act = (who: Session, id: string, action: string, body: unknown = {}) =>
    as(t.app, who).post(`/api/v1/tickets/${id}/${action}`, body);
  const actionsOf = async (ticketId: string) =>
    (
      await t.handle.db
        .selectFrom('ticket_events')
        .select('action')
        .where('ticket_id', '=', ticketId)
        .orderBy('id')
        .execute()
    ).map((e) => e.action);
  /** The request is refused with `status`/`code`, and no queue row changed. */
  const refused = async (
    req: () => Promise<{ statusCode: number; json(): { code: string } }>,
    status: number,
    code?: string,
  ) => {
    const before = await queueSnapshot(t.handle.db);
    const res = await req();
    expect(res.statusCode).toBe(status);
    if (code) expect(res.json().code).toBe(code);
    expect(await queueSnapshot(t.handle.db)).toBe(before);
  };

  it('recalls up to the limit, then only no-show is left', async () => {
    const a = await takeNumber(w.types.A.id);
    await call(s.s1, 0);
    for (const n of [1, 2]) {
      const res = await act(s.s1, a.id, 'recall');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'called', recallCount: n });
    }
    expect(events.filter((e) => e.type === 'call' && e.data.recall === true)).toHaveLength(2);
    await refused(() => act(s.s1, a.id, 'recall'), 409, 'TICKET_STATE');
    await refused(() => act(s.s1, a.id, 'no-show', {}), 400, 'VALIDATION_FAILED');
    const res = await act(s.s1, a.id, 'no-show', { reason: '三次呼叫未到' });
    expect(res.json()).toMatchObject({ status: 'no_show' });
    await refused(() => act(s.s1, a.id, 'no-show', { reason: '再次' }), 409, 'TICKET_STATE');
    expect(await actionsOf(a.id)).toEqual(['call', 'recall', 'recall', 'no_show']);
    const row = await t.handle.db.selectFrom('tickets').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'no_show', end_reason: '三次呼叫未到', recall_count: 2 });
    expect(events).toContainEqual({
      hallId: w.hallId,
      type: 'window',
      data: { windowId: w.windows[0].id, windowNumber: '1', status: 'open', currentTicket: null },
    });
  });

  it('follows called → serving → done, one event per change, and refuses the wrong state', async () => {
    const a = await takeNumber(w.types.A.id);
    await refused(() => act(s.s1, a.id, 'start'), 409, 'TICKET_STATE'); // still waiting
    await refused(() => act(s.s1, a.id, 'finish'), 409, 'TICKET_STATE');
    await refused(() => act(s.s1, a.id, 'recall'), 409, 'TICKET_STATE');
    await call(s.s1, 0);
    expect((await act(s.s1, a.id, 'start')).json()).toMatchObject({ status: 'serving' });
    await refused(() => act(s.s1, a.id, 'start'), 409, 'TICKET_STATE');
    await refused(() => act(s.s1, a.id, 'no-show', { reason: '未到' }), 409, 'TICKET_STATE');
    expect((await act(s.s1, a.id, 'finish')).json()).toMatchObject({ status: 'done' });
    await refused(() => act(s.s1, a.id, 'finish'), 409, 'TICKET_STATE');
    await refused(() => act(s.s1, a.id, 'cancel', { reason: '重复' }), 409, 'TICKET_STATE');
    await refused(
      () => act(s.s1, a.id, 'transfer', { toBusinessTypeId: w.types.B.id, reason: '转' }),
      409,
      'TICKET_STATE',
    );
    expect(await actionsOf(a.id)).toEqual(['call', 'start', 'finish']);
    const row = await t.handle.db.selectFrom('tickets').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row.serving_at).not.toBeNull();
    expect(row.finished_at).not.toBeNull();
  });

  it('transfers a called ticket to another type: it keeps its number and is served before plain tickets there', async () => {
    const b1 = await takeNumber(w.types.B.id);
    const a = await takeNumber(w.types.A.id);
    const b2 = await takeNumber(w.types.B.id);
    await call(s.s1, 0);
    const res = await act(s.s1, a.id, 'transfer', { toBusinessTypeId: w.types.B.id, reason: '需办理企业开办' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      number: a.number,
      status: 'waiting',
      transferred: true,
      businessTypeId: w.types.B.id,
      windowId: null,
    });
    // window 2 (B): the transferred ticket (tier 3) before B001, B002 (plain)
    expect((await call(s.s2, 1)).number).toBe(a.number);
    expect((await call(s.s2, 1)).number).toBe(b1.number);
    expect((await call(s.s2, 1)).number).toBe(b2.number);
    const ev = await t.handle.db
      .selectFrom('ticket_events')
      .select(['detail', 'window_id', 'user_id'])
      .where('ticket_id', '=', a.id)
      .where('action', '=', 'transfer')
      .executeTakeFirstOrThrow();
    expect(ev).toMatchObject({ window_id: w.windows[0].id, user_id: ids.s1 });
    expect(JSON.parse(ev.detail ?? '{}')).toMatchObject({
      reason: '需办理企业开办',
      fromBusinessTypeId: w.types.A.id,
      toBusinessTypeId: w.types.B.id,
      fromWindowId: w.windows[0].id,
      toWindowId: null,
      fromUserId: ids.s1,
    });
    const row = await t.handle.db.selectFrom('tickets').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ original_business_type_id: w.types.A.id, transferred: 1, status: 'done' });
    const wb = await as(t.app, s.s1).get(`/api/v1/windows/${w.windows[0].id}/workbench`);
    expect(wb.json().today.transferredOut).toBe(1);
  });

  it('transfers to a named window, which calls it first; refuses a window not serving the type', async () => {
    const a1 = await takeNumber(w.types.A.id);
    const a2 = await takeNumber(w.types.A.id);
    const c1 = await takeNumber(w.types.C.id);
    await call(s.s1, 0); // A001 at window 1
    await refused(
      () => act(s.s1, a1.id, 'transfer', { toWindowId: w.windows[1].id, reason: '转2号窗口' }),
      422,
      'WINDOW_NOT_SERVING_TYPE',
    );
    await refused(() => act(s.s1, a1.id, 'transfer', { toWindowId: w.windows[0].id, reason: '本窗口' }), 422);
    await refused(() => act(s.s1, a1.id, 'transfer', { reason: '无目标' }), 400, 'VALIDATION_FAILED');
    await refused(
      () => act(s.s1, a1.id, 'transfer', { toBusinessTypeId: 'nope', reason: '未知业务' }),
      404,
      'NOT_FOUND',
    );
    const res = await act(s.s1, a1.id, 'transfer', { toWindowId: w.windows[2].id, reason: '转3号窗口' });
    expect(res.statusCode, res.body).toBe(200);
    // window 1 cannot call it any more; window 3 calls it before A002 and C001
    expect((await call(s.s1, 0)).number).toBe(a2.number);
    expect((await call(s.s3, 2)).number).toBe(a1.number);
    expect((await call(s.s3, 2)).number).toBe(c1.number);
  });

  it('transfers a ticket away and back to its own type without a number clash', async () => {
    const a = await takeNumber(w.types.A.id);
    const b = await takeNumber(w.types.B.id); // B001 has the same digits as A001
    await call(s.s1, 0);
    expect((await act(s.s1, a.id, 'transfer', { toBusinessTypeId: w.types.B.id, reason: '转B' })).statusCode).toBe(200);
    expect((await call(s.s2, 1)).id).toBe(a.id);
    const back = await act(s.s2, a.id, 'transfer', { toBusinessTypeId: w.types.A.id, reason: '转回A' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ number: a.number, businessTypeId: w.types.A.id, transferred: true });
    const rows = await t.handle.db
      .selectFrom('tickets')
      .select(['id', 'seq'])
      .where('id', 'in', [a.id, b.id])
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.seq]))).toEqual({ [a.id]: 1, [b.id]: 1 });
  });

  it('marks priority (绿色通道) with a reason: served first', async () => {
    const b1 = await takeNumber(w.types.B.id);
    const b2 = await takeNumber(w.types.B.id);
    await refused(() => act(s.s2, b2.id, 'priority', {}), 400, 'VALIDATION_FAILED');
    await refused(() => act(s.s1, b2.id, 'priority', { reason: '老人' }), 403, 'FORBIDDEN'); // window 1 does not serve B
    await refused(() => act(s.other, b2.id, 'priority', { reason: '老人' }), 404, 'NOT_FOUND');
    const res = await act(s.s2, b2.id, 'priority', { reason: '八十岁老人' });
    expect(res.json()).toMatchObject({ priority: true, priorityReason: '八十岁老人', status: 'waiting' });
    await refused(() => act(s.s2, b2.id, 'priority', { reason: '再次' }), 409, 'TICKET_STATE');
    expect((await call(s.s2, 1)).number).toBe(b2.number);
    await refused(() => act(s.s2, b2.id, 'priority', { reason: '已叫号' }), 409, 'TICKET_STATE');
    expect((await call(s.s2, 1)).number).toBe(b1.number);
    expect(await actionsOf(b2.id)).toEqual(['priority', 'call', 'finish']);
  });

  it('cancels a waiting or called ticket with a reason', async () => {
    const a1 = await takeNumber(w.types.A.id);
    const a2 = await takeNumber(w.types.A.id);
    const res = await act(s.s1, a2.id, 'cancel', { reason: '群众主动放弃' });
    expect(res.json()).toMatchObject({ status: 'cancelled' });
    expect(events).toContainEqual({
      hallId: w.hallId,
      type: 'waiting',
      data: { businessTypeId: w.types.A.id, waitingCount: 1 },
    });
    await refused(() => act(s.s1, a2.id, 'cancel', { reason: '再次' }), 409, 'TICKET_STATE');
    await call(s.s1, 0);
    expect((await act(s.s1, a1.id, 'cancel', { reason: '材料不齐，改日再来' })).json().status).toBe('cancelled');
    const empty = await as(t.app, s.s1).post(`/api/v1/windows/${w.windows[0].id}/call-next`);
    expect(empty.json().code).toBe('QUEUE_EMPTY');
  });

  it('refuses actions on tickets of other windows and other halls', async () => {
    const a = await takeNumber(w.types.A.id);
    await call(s.s1, 0);
    for (const action of ['recall', 'start', 'finish']) {
      await refused(() => act(s.s3, a.id, action), 403, 'FORBIDDEN'); // window 3 serves A, but window 1 holds it
      await refused(() => act(s.other, a.id, action), 404, 'NOT_FOUND');
      await refused(() => act(w.manager, a.id, action), 403, 'FORBIDDEN');
    }
    await refused(() => act(s.s1, 'no-such-ticket', 'finish'), 404, 'NOT_FOUND');
    expect((await act(s.s1, a.id, 'finish')).statusCode).toBe(200);
  });
});
