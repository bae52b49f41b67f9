import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.js';
import { addDays } from '../../src/domain/calendar-date.js';
import { applyBookingBlocks, markAppointmentNoShows } from '../../src/modules/queue-live/jobs/appointment-no-shows.js';
import { END_OF_DAY_JOB, expireDay, expireTickets } from '../../src/modules/queue-live/jobs/end-of-day.js';
import type { JobDeps } from '../../src/modules/queue-live/jobs/job-runs.js';
import { runQueueJobs } from '../../src/modules/queue-live/jobs/scheduler.js';
import { DIALECTS, makeTestApp, type TestApp } from '../helpers/app.js';
import { buildTree, buildWindow } from '../helpers/factories.js';
import { expectWaitingCountersExact } from './queue-fixture.js';
import { at, buildAppointment, buildTicket, buildType, collect, everyDay } from './queue-live.fixtures.js';

/** Scheduled jobs with an explicit `now`: end of day, appointment no-shows, booking blocks; safe when run concurrently. */

// 2026-03-04 is a Wednesday and an ordinary working day; the hall closes at 17:30.
const DAY = '2026-03-04';
const YESTERDAY = addDays(DAY, -1);

describe.each(DIALECTS)('queue jobs on %s', (dialect) => {
  let t: TestApp;
  let deps: JobDeps;
  let db: Db;

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    db = t.handle.db;
    deps = { db, dialect, bus: t.app.yz.bus };
  });
  // expiring, no-shows and check-ins keep the waiting counters exact (triggers, migration 015)
  afterEach(() => expectWaitingCountersExact(t.handle.db));
  afterAll(() => t.close());

  async function hallWithTickets() {
    const tree = await buildTree(db);
    const hallId = tree.countyA.id;
    await db
      .updateTable('halls')
      .set({ opening_hours: everyDay('08:30', '17:30') })
      .where('id', '=', hallId)
      .execute();
    const win = await buildWindow(db, hallId, { number: '1' });
    const type = await buildType(db, hallId, { prefix: 'A' });
    const mk = (date: string, seq: number, status: string) =>
      buildTicket(db, {
        hallId,
        typeId: type.id,
        prefix: 'A',
        date,
        seq,
        status,
        takenAt: at(date, '09:00'),
        calledAt: status === 'waiting' ? null : at(date, '09:30'),
        windowId: status === 'waiting' ? null : win.id,
      });
    const old = [await mk(YESTERDAY, 1, 'waiting'), await mk(YESTERDAY, 2, 'called'), await mk(YESTERDAY, 3, 'done')];
    const todays = [
      await mk(DAY, 1, 'waiting'),
      await mk(DAY, 2, 'waiting'),
      await mk(DAY, 3, 'called'),
      await mk(DAY, 4, 'serving'),
    ];
    return { hallId, win, type, old, todays };
  }

  const statusOf = async (ids: string[]) =>
    (await db.selectFrom('tickets').select(['id', 'status']).where('id', 'in', ids).execute())
      .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
      .map((r) => r.status);
  const expireEvents = (hallId: string) =>
    db
      .selectFrom('ticket_events')
      .select(['ticket_id', 'detail'])
      .where('hall_id', '=', hallId)
      .where('action', '=', 'expire')
      .execute();

  it('expires past days at once and today only after closing, with events, audit and live events', async () => {
    const h = await hallWithTickets();
    const live = collect(t.app.yz.bus, h.hallId);

    const before = await expireTickets(deps, new Date(at(DAY, '16:00')));
    expect(before.days.filter((d) => d.hallId === h.hallId)).toEqual([
      { hallId: h.hallId, serviceDate: YESTERDAY, expired: 2 },
    ]);
    expect(await statusOf(h.old.map((x) => x.id))).toEqual(['expired', 'expired', 'done']);
    expect(await statusOf(h.todays.map((x) => x.id))).toEqual(['waiting', 'waiting', 'called', 'serving']);

    await expireTickets(deps, new Date(at(DAY, '17:30')));
    expect(await statusOf(h.todays.map((x) => x.id))).toEqual(['expired', 'expired', 'expired', 'serving']);

    const events = await expireEvents(h.hallId);
    expect(events).toHaveLength(5);
    expect(new Set(events.map((e) => e.ticket_id)).size).toBe(5);
    expect(events.map((e) => JSON.parse(e.detail ?? '{}').from).sort()).toEqual([
      'called',
      'called',
      'waiting',
      'waiting',
      'waiting',
    ]);
    const audits = await db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('hall_id', '=', h.hallId)
      .execute();
    expect(audits.map((a) => [a.action, JSON.parse(a.after ?? '{}').expired])).toEqual([
      ['queue.expire', 2],
      ['queue.expire', 3],
    ]);
    const runs = await db.selectFrom('job_runs').selectAll().where('job', '=', END_OF_DAY_JOB).execute();
    expect(
      runs
        .filter((r) => r.run_key.startsWith(h.hallId))
        .map((r) => r.run_key)
        .sort(),
    ).toEqual([`${h.hallId}:${YESTERDAY}`, `${h.hallId}:${DAY}`]);
    // waitingCount is always today's (what displays show): 2 still waiting after yesterday's expiry, 0 after closing.
    expect(live.events.filter((e) => e.type === 'waiting').map((e) => e.data)).toEqual([
      { businessTypeId: h.type.id, waitingCount: 2 },
      { businessTypeId: h.type.id, waitingCount: 0 },
    ]);
    expect(live.events.filter((e) => e.type === 'window').map((e) => e.data)).toContainEqual({
      windowId: h.win.id,
      windowNumber: '1',
      status: 'open',
      currentTicket: 'A004', // the called A003 expired; the ticket being served stays current
    });
    live.stop();

    // A ticket left over after the day was closed (straggler) is still expired by a later run.
    const late = await buildTicket(db, {
      hallId: h.hallId,
      typeId: h.type.id,
      prefix: 'A',
      date: DAY,
      seq: 9,
      status: 'waiting',
      takenAt: at(DAY, '17:40'),
    });
    await expireTickets(deps, new Date(at(DAY, '17:41')));
    expect(await statusOf([late.id])).toEqual(['expired']);
    expect((await runQueueJobs(deps, new Date(at(DAY, '17:42')))).expired).toBe(0);
  });

  it('expires each ticket exactly once when runs overlap (several processes)', async () => {
    const h = await hallWithTickets();
    const more = [];
    for (let seq = 10; seq < 60; seq++)
      more.push(
        await buildTicket(db, {
          hallId: h.hallId,
          typeId: h.type.id,
          prefix: 'A',
          date: DAY,
          seq,
          status: 'waiting',
          takenAt: at(DAY, '10:00'),
        }),
      );
    const now = new Date(at(DAY, '18:00'));
    // The whole job twice at once (leases), and the day's expiry itself twice at once (conditional updates).
    const [r1, r2] = await Promise.all([expireTickets(deps, now), expireTickets(deps, now)]);
    const mine = (r: typeof r1) => r.days.filter((d) => d.hallId === h.hallId).reduce((s, d) => s + d.expired, 0);
    expect(mine(r1) + mine(r2)).toBe(2 + 3 + 50);
    const h2 = await hallWithTickets();
    const [n1, n2, n3] = await Promise.all([
      expireDay(deps, h2.hallId, DAY, now),
      expireDay(deps, h2.hallId, DAY, now),
      expireDay(deps, h2.hallId, DAY, now),
    ]);
    expect(n1 + n2 + n3).toBe(3);
    for (const hallId of [h.hallId, h2.hallId]) {
      const events = await expireEvents(hallId);
      expect(new Set(events.map((e) => e.ticket_id)).size).toBe(events.length);
    }
    expect(await expireEvents(h.hallId)).toHaveLength(55);
    expect(await statusOf(more.map((x) => x.id))).toEqual(more.map(() => 'expired'));
  });

  it('leaves today alone when the hall has no opening hours today', async () => {
    const tree = await buildTree(db);
    const type = await buildType(db, tree.countyA.id, { prefix: 'A' });
    const k = await buildTicket(db, {
      hallId: tree.countyA.id,
      typeId: type.id,
      prefix: 'A',
      date: DAY,
      seq: 1,
      status: 'waiting',
      takenAt: at(DAY, '09:00'),
    });
    await expireTickets(deps, new Date(at(DAY, '23:00')));
    expect(await statusOf([k.id])).toEqual(['waiting']);
    await expireTickets(deps, new Date(at(addDays(DAY, 1), '00:01')));
    expect(await statusOf([k.id])).toEqual(['expired']);
  });

  describe('appointments', () => {
    let hallId: string;
    let typeId: string;
    const ID = '110105194912310021';

    beforeAll(async () => {
      hallId = (await buildTree(db)).countyA.id;
      typeId = (await buildType(db, hallId, { prefix: 'P' })).id;
    });

    it('marks bookings not checked in by slot start + noShowAfterMinutes as no-shows, once', async () => {
      const a = await buildAppointment(db, {
        hallId,
        typeId,
        date: DAY,
        slotStart: '09:00',
        idNumber: '110105194912310048',
      });
      const later = await buildAppointment(db, {
        hallId,
        typeId,
        date: DAY,
        slotStart: '10:00',
        idNumber: '11010519491231006X',
      });
      const checkedIn = await buildAppointment(db, {
        hallId,
        typeId,
        date: DAY,
        slotStart: '08:30',
        idNumber: '110105194912310056',
        status: 'checked_in',
      });
      // 09:30 is still inside the check-in window (slot start + 30 min, inclusive): not yet a no-show.
      expect(await markAppointmentNoShows(deps, new Date(at(DAY, '09:30')))).toBe(0);
      const [x, y] = await Promise.all([
        markAppointmentNoShows(deps, new Date(at(DAY, '09:31'))),
        markAppointmentNoShows(deps, new Date(at(DAY, '09:31'))),
      ]);
      expect(x + y).toBe(1);
      const rows = await db
        .selectFrom('appointments')
        .select(['id', 'status', 'live_key'])
        .where('id', 'in', [a.id, later.id, checkedIn.id])
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(a.id)).toMatchObject({ status: 'no_show', live_key: null });
      expect(byId.get(later.id)?.status).toBe('booked');
      expect(byId.get(checkedIn.id)?.status).toBe('checked_in');
      const audits = await db.selectFrom('audit_log').select('action').where('entity_id', '=', a.id).execute();
      expect(audits).toEqual([{ action: 'appointment.no_show' }]);
    });

    it('uses the hall setting for the no-show delay', async () => {
      const h = (await buildTree(db)).countyA.id;
      const ty = (await buildType(db, h, { prefix: 'Q' })).id;
      await db
        .insertInto('queue_settings')
        .values({
          hall_id: h,
          recall_limit: 2,
          booking_days: 5,
          booking_close_minutes: 10,
          cancel_close_minutes: 10,
          no_show_after_minutes: 60,
          no_show_block_count: 2,
          no_show_window_days: 10,
          block_days: 7,
          updated_at: new Date().toISOString(),
        })
        .execute();
      const a = await buildAppointment(db, { hallId: h, typeId: ty, date: DAY, slotStart: '09:00', idNumber: ID });
      const status = async () =>
        (await db.selectFrom('appointments').select('status').where('id', '=', a.id).executeTakeFirst())?.status;
      await markAppointmentNoShows(deps, new Date(at(DAY, '10:00')));
      expect(await status()).toBe('booked');
      await markAppointmentNoShows(deps, new Date(at(DAY, '10:01')));
      expect(await status()).toBe('no_show');
    });

    it('blocks an ID after repeated no-shows within the window: one block even with concurrent runs', async () => {
      const d = (n: number) => addDays(DAY, -n);
      for (const n of [40, 20, 10])
        await buildAppointment(db, { hallId, typeId, date: d(n), slotStart: '09:00', idNumber: ID, status: 'no_show' });
      // only two within 30 days: no block yet
      expect(await applyBookingBlocks(deps, new Date(at(DAY, '12:00')))).toBe(0);
      await buildAppointment(db, { hallId, typeId, date: d(1), slotStart: '09:00', idNumber: ID, status: 'no_show' });
      const now = new Date(at(DAY, '12:00'));
      const created = await Promise.all([
        applyBookingBlocks(deps, now),
        applyBookingBlocks(deps, now),
        applyBookingBlocks(deps, now),
      ]);
      expect(created.reduce((a, b) => a + b, 0)).toBe(1);
      const blocks = await db
        .selectFrom('booking_blocks')
        .selectAll()
        .where('hall_id', '=', hallId)
        .where('id_number', '=', ID)
        .execute();
      expect(blocks).toHaveLength(1);
      expect(blocks[0]).toMatchObject({ blocked_until: addDays(DAY, 29), reason: '30天内预约未到3次' });
      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'after'])
        .where('entity_id', '=', blocks[0]?.id ?? '')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]?.after).not.toContain(ID); // masked in the audit trail

      // Later runs while the block is active, and after it ends without new no-shows: no new block.
      expect(await applyBookingBlocks(deps, new Date(at(addDays(DAY, 1), '12:00')))).toBe(0);
      expect(await applyBookingBlocks(deps, new Date(at(addDays(DAY, 30), '12:00')))).toBe(0);
      expect(
        await db
          .selectFrom('booking_blocks')
          .select('id')
          .where('id_number', '=', ID)
          .where('hall_id', '=', hallId)
          .execute(),
      ).toHaveLength(1);
    });

    it('runs every job in one pass through runQueueJobs', async () => {
      const h = (await buildTree(db)).countyA.id;
      const ty = (await buildType(db, h, { prefix: 'R' })).id;
      const other = '110105194912310099';
      for (const n of [3, 2])
        await buildAppointment(db, {
          hallId: h,
          typeId: ty,
          date: addDays(DAY, -n),
          slotStart: '09:00',
          idNumber: other,
          status: 'no_show',
        });
      await buildAppointment(db, { hallId: h, typeId: ty, date: DAY, slotStart: '08:30', idNumber: other });
      const r = await runQueueJobs(deps, new Date(at(DAY, '09:15')));
      expect(r).toMatchObject({ noShows: 1, blocks: 1, errors: [] });
    });
  });
});
