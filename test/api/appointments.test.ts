import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { nowIso } from '../../src/db/index.js';
import { idNumberCheckDigit } from '../../src/domain/id-number.js';
import { setAppointmentClock } from '../../src/modules/appointments/clock.js';
import { verifyAuditChain } from '../../src/modules/audit/record.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';

/** Appointments 预约: slots, real-name booking, capacity under concurrency, look-up, cancel, check-in, staff list. */

/** A valid GB 11643 ID number (check digit computed), distinct per `n`. */
function idNumber(n: number): string {
  const first17 = `350102${1960 + (n % 40)}0101${String(n % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckDigit(first17);
}

/** The last 4 of `id` with its first character changed. */
const wrongLast4 = (id: string) => `${id[14] === '9' ? '0' : String(Number(id[14]) + 1)}${id.slice(-3)}`;

/** Asia/Shanghai wall-clock time → the instant the test clock returns. */
const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;

type Json = Record<string, unknown>;

describe.each(DIALECTS)('appointments on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let typeA: string;
  let typeB: string;
  let notBookable: string;
  let leaderA: Session;
  let mgrB: Session;
  let clerkA: Session;
  let idSeq = 100;
  const nextId = () => idNumber(idSeq++);

  const setNow = (iso: string) => setAppointmentClock(t.app.yz, () => new Date(iso));
  const pub = (method: 'GET' | 'POST', url: string, payload?: Json) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}) });
  const book = (o: Partial<Json> & { date: string; slotStart: string }, hallId = tree.countyA.id) =>
    pub('POST', `/api/v1/public/halls/${hallId}/appointments`, {
      businessTypeId: typeA,
      name: '张三丰',
      idNumber: nextId(),
      phone: '13800138000',
      ...o,
    });
  const slotRow = (typeId: string, date: string, start: string) =>
    t.handle.db
      .selectFrom('appointment_slots')
      .selectAll()
      .where('business_type_id', '=', typeId)
      .where('service_date', '=', date)
      .where('slot_start', '=', start)
      .executeTakeFirst();
  const codeOf = (res: LightMyRequestResponse) => (res.json() as { code: string }).code;

  async function insertType(hallId: string, prefix: string, o: { bookable?: number; capacity?: number } = {}) {
    const now = nowIso();
    const id = newId();
    await t.handle.db
      .insertInto('business_types')
      .values({
        id,
        hall_id: hallId,
        name: `业务${prefix}`,
        prefix,
        description: '',
        daily_cap: 999,
        take_hours: JSON.stringify([
          { start: '08:30', end: '12:00' },
          { start: '14:30', end: '17:30' },
        ]),
        avg_service_minutes: 10,
        active: 1,
        sort_order: 0,
        bookable: o.bookable ?? 1,
        slot_minutes: 30,
        slot_capacity: o.capacity ?? 5,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    const db = t.handle.db;
    tree = await buildTree(db);
    typeA = await insertType(tree.countyA.id, 'A');
    notBookable = await insertType(tree.countyA.id, 'C', { bookable: 0 });
    typeB = await insertType(tree.countyB.id, 'A');
    await buildUser(db, tree.countyA.id, ['duty_leader'], { username: 'appt.leader' });
    await buildUser(db, tree.countyB.id, ['hall_manager'], { username: 'appt.mgrb' });
    await buildUser(db, tree.countyA.id, ['window_staff'], { username: 'appt.clerk' });
    leaderA = await login(t.app, 'appt.leader', TEST_PASSWORD);
    mgrB = await login(t.app, 'appt.mgrb', TEST_PASSWORD);
    clerkA = await login(t.app, 'appt.clerk', TEST_PASSWORD);
  });
  afterAll(() => t.close());
  // Friday 2026-10-09, 08:00 in the hall, unless a test moves the clock.
  beforeEach(() => setNow(at('2026-10-09', '08:00')));

  describe('slots', () => {
    const slots = (typeId = typeA, hallId = tree.countyA.id) =>
      pub('GET', `/api/v1/public/halls/${hallId}/appointment-slots?businessTypeId=${typeId}`);

    it('lists today and the next 5 working days: no National Day holidays, the make-up Saturday included', async () => {
      setNow(at('2026-09-30', '08:00'));
      const res = await slots();
      expect(res.statusCode).toBe(200);
      const days = (res.json() as { days: { date: string; slots: Json[] }[] }).days;
      expect(days.map((d) => d.date)).toEqual([
        '2026-09-30',
        '2026-10-08',
        '2026-10-09',
        '2026-10-10',
        '2026-10-12',
        '2026-10-13',
      ]);
      expect(days[0].slots.map((s) => s.start)).toEqual([
        '08:30',
        '09:00',
        '09:30',
        '10:00',
        '10:30',
        '11:00',
        '11:30',
        '14:30',
        '15:00',
        '15:30',
        '16:00',
        '16:30',
        '17:00',
      ]);
      expect(days[0].slots[0]).toEqual({
        start: '08:30',
        end: '09:00',
        capacity: 5,
        booked: 0,
        available: 5,
        open: true,
      });
    });

    it("today's slots that have started are gone; a slot inside its closing time is listed but not open", async () => {
      setNow(at('2026-10-09', '09:25'));
      const today = (await slots()).json().days[0] as { date: string; slots: Json[] };
      expect(today.date).toBe('2026-10-09');
      expect(today.slots[0]).toMatchObject({ start: '09:30', open: false });
      expect(today.slots[1]).toMatchObject({ start: '10:00', open: true });
    });

    it('a non-working today (holiday) offers only the next working days', async () => {
      setNow(at('2026-10-03', '10:00'));
      const days = (await slots()).json().days as { date: string }[];
      expect(days.map((d) => d.date)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13']);
    });

    it('unknown type or a type of another hall → 404; a type without appointments → 422', async () => {
      expect((await slots('nope')).statusCode).toBe(404);
      expect((await slots(typeB)).statusCode).toBe(404);
      const res = await slots(notBookable);
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('BOOKING_CLOSED');
    });
  });

  describe('booking', () => {
    it('books a slot: 201 with an 8-character code; the slot row counts it; audited without the full ID number', async () => {
      const id = nextId();
      const res = await book({ date: '2026-10-12', slotStart: '09:00', idNumber: id });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({
        date: '2026-10-12',
        slotStart: '09:00',
        slotEnd: '09:30',
        businessTypeName: '业务A',
        hallName: tree.countyA.name,
        status: 'booked',
        canCancel: true,
        idNumberMasked: `${id.slice(0, 4)}**********${id.slice(-4)}`,
        phoneMasked: '138****8000',
      });
      expect(body.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
      expect(await slotRow(typeA, '2026-10-12', '09:00')).toMatchObject({ capacity: 5, booked: 1 });
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'after'])
        .where('entity_id', '=', body.id)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['appointment.book']);
      expect(audit[0].after).not.toContain(id);
      expect(await verifyAuditChain(t.handle.db)).toBeNull();
    });

    it('30 parallel bookings at a slot of capacity 5: exactly 5 succeed, 25 get 409 SLOT_FULL, booked = 5', async () => {
      const results = await Promise.all(
        Array.from({ length: 30 }, () => book({ date: '2026-10-12', slotStart: '10:00' })),
      );
      const codes = results.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 201)).toHaveLength(5);
      expect(codes.filter((c) => c === 409)).toHaveLength(25);
      for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().code).toBe('SLOT_FULL');
      expect(await slotRow(typeA, '2026-10-12', '10:00')).toMatchObject({ capacity: 5, booked: 5 });
      const rows = await t.handle.db
        .selectFrom('appointments')
        .select('code')
        .where('business_type_id', '=', typeA)
        .where('service_date', '=', '2026-10-12')
        .where('slot_start', '=', '10:00')
        .execute();
      expect(rows).toHaveLength(5);
      expect(new Set(rows.map((r) => r.code)).size).toBe(5);
    });

    it('one live booking per ID number per type per day, also when the same person books in parallel', async () => {
      const id = nextId();
      expect((await book({ date: '2026-10-13', slotStart: '09:00', idNumber: id })).statusCode).toBe(201);
      const again = await book({ date: '2026-10-13', slotStart: '15:00', idNumber: id.toLowerCase() });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('DUPLICATE');
      // another day is fine
      expect((await book({ date: '2026-10-14', slotStart: '09:00', idNumber: id })).statusCode).toBe(201);

      const twin = nextId();
      const starts = ['08:30', '09:30', '10:30', '11:00', '11:30', '14:30'];
      const parallel = await Promise.all(starts.map((s) => book({ date: '2026-10-15', slotStart: s, idNumber: twin })));
      expect(parallel.filter((r) => r.statusCode === 201)).toHaveLength(1);
      for (const r of parallel.filter((x) => x.statusCode !== 201)) expect(r.json().code).toBe('DUPLICATE');
      // the losers' places were given back: one place taken in total
      const taken = await t.handle.db
        .selectFrom('appointment_slots')
        .select('booked')
        .where('business_type_id', '=', typeA)
        .where('service_date', '=', '2026-10-15')
        .execute();
      expect(taken.reduce((n, r) => n + r.booked, 0)).toBe(1);
    });

    it('booking closes 10 minutes before the slot; past days and slots are closed', async () => {
      setNow(at('2026-10-09', '09:19'));
      expect((await book({ date: '2026-10-09', slotStart: '09:30' })).statusCode).toBe(201);
      setNow(at('2026-10-09', '09:20'));
      const late = await book({ date: '2026-10-09', slotStart: '09:30' });
      expect(late.statusCode).toBe(422);
      expect(late.json()).toMatchObject({ code: 'BOOKING_CLOSED' });
      expect(late.json().detail).toContain('10 分钟');
      expect((await book({ date: '2026-10-09', slotStart: '09:00' })).json().code).toBe('BOOKING_CLOSED');
      expect((await book({ date: '2026-10-08', slotStart: '15:00' })).json().code).toBe('BOOKING_CLOSED');
    });

    it('non-working days cannot be booked; the make-up workday 2026-10-10 can; the window is 5 working days', async () => {
      setNow(at('2026-09-30', '08:00'));
      for (const date of ['2026-10-01', '2026-10-05', '2026-10-07', '2026-10-11']) {
        const res = await book({ date, slotStart: '09:00' });
        expect(res.statusCode, date).toBe(422);
        expect(res.json().code).toBe('BOOKING_CLOSED');
        expect(res.json().detail).toContain('不是工作日');
      }
      expect((await book({ date: '2026-10-10', slotStart: '09:00' })).statusCode).toBe(201);
      expect((await book({ date: '2026-10-13', slotStart: '09:00' })).statusCode).toBe(201);
      const tooFar = await book({ date: '2026-10-14', slotStart: '09:00' });
      expect(tooFar.statusCode).toBe(422);
      expect(tooFar.json().detail).toContain('5 个工作日');
    });

    it('a blocked ID number gets 422 BOOKING_BLOCKED; an expired block no longer counts', async () => {
      const blocked = nextId();
      const expired = nextId();
      const now = nowIso();
      await t.handle.db
        .insertInto('booking_blocks')
        .values([
          {
            id: newId(),
            hall_id: tree.countyA.id,
            id_number: blocked,
            blocked_until: '2026-10-20',
            reason: '多次爽约',
            created_at: now,
          },
          {
            id: newId(),
            hall_id: tree.countyA.id,
            id_number: expired,
            blocked_until: '2026-10-08',
            reason: '多次爽约',
            created_at: now,
          },
        ])
        .execute();
      const res = await book({ date: '2026-10-12', slotStart: '14:30', idNumber: blocked });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'BOOKING_BLOCKED', blockedUntil: '2026-10-20' });
      expect((await book({ date: '2026-10-12', slotStart: '14:30', idNumber: expired })).statusCode).toBe(201);
      // a block applies in its own hall only
      const elsewhere = await book(
        { businessTypeId: typeB, date: '2026-10-12', slotStart: '14:30', idNumber: blocked },
        tree.countyB.id,
      );
      expect(elsewhere.statusCode).toBe(201);
    });

    it('rejects bad input and changes nothing', async () => {
      const before = await t.handle.db.selectFrom('appointments').select('id').execute();
      const badId = idNumber(1).slice(0, 17) + (idNumber(1).endsWith('0') ? '1' : '0');
      const cases: [Partial<Json> & { date: string; slotStart: string }, number, string][] = [
        [{ date: '2026-10-12', slotStart: '09:00', idNumber: badId }, 400, 'VALIDATION_FAILED'],
        [{ date: '2026-10-12', slotStart: '09:00', phone: '12345' }, 400, 'VALIDATION_FAILED'],
        [{ date: '2026-10-12', slotStart: '09:00', name: '' }, 400, 'VALIDATION_FAILED'],
        [{ date: '2026-10-12', slotStart: '09:15' }, 404, 'NOT_FOUND'],
        [{ date: '2026-10-12', slotStart: '12:30' }, 404, 'NOT_FOUND'],
        [{ date: '2026-10-12', slotStart: '09:00', businessTypeId: 'nope' }, 404, 'NOT_FOUND'],
        [{ date: '2026-10-12', slotStart: '09:00', businessTypeId: typeB }, 404, 'NOT_FOUND'],
        [{ date: '2026-10-12', slotStart: '09:00', businessTypeId: notBookable }, 422, 'BOOKING_CLOSED'],
      ];
      for (const [body, status, code] of cases) {
        const res = await book(body);
        expect(res.statusCode, JSON.stringify(body)).toBe(status);
        expect(res.json().code).toBe(code);
      }
      const bad = await book({ date: '2026-10-12', slotStart: '09:00', idNumber: badId });
      expect(bad.json().detail).toContain('校验位');
      expect(await t.handle.db.selectFrom('appointments').select('id').execute()).toHaveLength(before.length);
    });
  });

  describe('look-up and cancellation', () => {
    it('finds a booking by code + last 4 of the ID number; a wrong pair or unknown code → 404', async () => {
      const id = nextId();
      const code = codeOf(await book({ date: '2026-10-12', slotStart: '15:00', idNumber: id }));
      const ok = await pub('GET', `/api/v1/public/appointments/${code.toLowerCase()}?idLast4=${id.slice(-4)}`);
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({
        code,
        status: 'booked',
        date: '2026-10-12',
        slotStart: '15:00',
        nameMasked: '张*丰',
      });
      expect(ok.body).not.toContain(id);
      expect((await pub('GET', `/api/v1/public/appointments/${code}?idLast4=${wrongLast4(id)}`)).statusCode).toBe(404);
      expect((await pub('GET', `/api/v1/public/appointments/ZZZZZZZZ?idLast4=${id.slice(-4)}`)).statusCode).toBe(404);
      expect((await pub('GET', `/api/v1/public/appointments/${code}?idLast4=${id.slice(-3)}`)).statusCode).toBe(404);
    });

    it('cancelling frees the place, clears the one-per-day key and is audited; a second cancel → 409', async () => {
      const id = nextId();
      const code = codeOf(await book({ date: '2026-10-13', slotStart: '16:00', idNumber: id }));
      expect((await slotRow(typeA, '2026-10-13', '16:00'))?.booked).toBe(1);
      const wrongPair = await pub('POST', `/api/v1/public/appointments/${code}/cancel`, { idLast4: wrongLast4(id) });
      expect(wrongPair.statusCode).toBe(404);
      expect((await slotRow(typeA, '2026-10-13', '16:00'))?.booked).toBe(1);
      const res = await pub('POST', `/api/v1/public/appointments/${code}/cancel`, { idLast4: id.slice(-4) });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'cancelled', canCancel: false });
      expect((await slotRow(typeA, '2026-10-13', '16:00'))?.booked).toBe(0);
      const row = await t.handle.db
        .selectFrom('appointments')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'cancelled', live_key: null });
      const again = await pub('POST', `/api/v1/public/appointments/${code}/cancel`, { idLast4: id.slice(-4) });
      expect(again.statusCode).toBe(409);
      expect((await slotRow(typeA, '2026-10-13', '16:00'))?.booked).toBe(0);
      // the same person may book that day again
      expect((await book({ date: '2026-10-13', slotStart: '16:30', idNumber: id })).statusCode).toBe(201);
      const actions = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', row.id)
        .execute();
      expect(actions.map((a) => a.action).sort()).toEqual(['appointment.book', 'appointment.cancel']);
    });

    it('cancelling closes 10 minutes before the slot', async () => {
      const id = nextId();
      setNow(at('2026-10-09', '08:00'));
      const code = codeOf(await book({ date: '2026-10-09', slotStart: '11:00', idNumber: id }));
      setNow(at('2026-10-09', '10:50'));
      const res = await pub('POST', `/api/v1/public/appointments/${code}/cancel`, { idLast4: id.slice(-4) });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('BOOKING_CLOSED');
      expect((await slotRow(typeA, '2026-10-09', '11:00'))?.booked).toBe(1);
    });
  });

  describe('check-in at the kiosk', () => {
    const checkIn = (code: string, hallId = tree.countyA.id) =>
      pub('POST', `/api/v1/public/halls/${hallId}/check-in`, { code });

    it('on the day, 60 min before the slot: a waiting ticket with the appointment and slot start; used once', async () => {
      const id = nextId();
      const code = codeOf(await book({ date: '2026-10-12', slotStart: '10:30', idNumber: id }));
      const events: { type: string; data: Json }[] = [];
      const unsubscribe = t.app.yz.bus.subscribe(tree.countyA.id, (e) => events.push(e));
      setNow(at('2026-10-12', '09:30'));
      const res = await checkIn(code.toLowerCase());
      unsubscribe();
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({
        number: 'A001',
        status: 'waiting',
        serviceDate: '2026-10-12',
        businessTypeId: typeA,
        hallId: tree.countyA.id,
        appointmentCode: code,
        slotStart: '10:30',
        slotEnd: '11:00',
        aheadCount: 0,
        takenAt: '2026-10-12T01:30:00.000Z',
      });
      const ticket = await t.handle.db
        .selectFrom('tickets')
        .selectAll()
        .where('id', '=', body.id)
        .executeTakeFirstOrThrow();
      const appt = await t.handle.db
        .selectFrom('appointments')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      expect(ticket).toMatchObject({
        source: 'appointment',
        status: 'waiting',
        appointment_id: appt.id,
        slot_start_at: '2026-10-12T02:30:00.000Z',
        service_date: '2026-10-12',
        id_number: id,
        priority: 0,
      });
      expect(appt).toMatchObject({ status: 'checked_in', ticket_id: ticket.id });
      const ticketEvents = await t.handle.db
        .selectFrom('ticket_events')
        .select('action')
        .where('ticket_id', '=', ticket.id)
        .execute();
      // the ticket row records its own creation (migration 015); the check-in is an event
      expect(ticketEvents.map((e) => e.action)).toEqual(['check_in']);
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', appt.id)
        .execute();
      expect(audit.map((a) => a.action).sort()).toEqual(['appointment.book', 'appointment.check_in']);
      expect(events).toContainEqual({
        hallId: tree.countyA.id,
        type: 'waiting',
        data: { businessTypeId: typeA, waitingCount: 1 },
      });

      const twice = await checkIn(code);
      expect(twice.statusCode).toBe(409);
      expect(
        await t.handle.db.selectFrom('tickets').select('id').where('appointment_id', '=', appt.id).execute(),
      ).toHaveLength(1);
      // once checked in, it can no longer be cancelled
      const cancel = await pub('POST', `/api/v1/public/appointments/${code}/cancel`, { idLast4: id.slice(-4) });
      expect(cancel.statusCode).toBe(409);
      // the staff list shows the ticket number
      const list = await as(t.app, leaderA).get(
        `/api/v1/halls/${tree.countyA.id}/appointments?date=2026-10-12&status=checked_in`,
      );
      expect((list.json() as Json[]).map((a) => [a.code, a.ticketNumber])).toEqual([[code, 'A001']]);
    });

    it('only on the booking’s day, from 60 min before until slot start + 30 min', async () => {
      const code = codeOf(await book({ date: '2026-10-13', slotStart: '10:30' }));
      for (const [now, text] of [
        [at('2026-10-12', '10:30'), '还未到签到时间'],
        [at('2026-10-13', '09:29'), '请于 2026-10-13 09:30 后签到'],
        [at('2026-10-13', '11:01'), '已超过签到时间'],
        [at('2026-10-14', '10:00'), '已超过签到时间'],
      ] as const) {
        setNow(now);
        const res = await checkIn(code);
        expect(res.statusCode, now).toBe(422);
        expect(res.json().detail).toContain(text);
      }
      setNow(at('2026-10-13', '11:00'));
      expect((await checkIn(code)).statusCode).toBe(201);
    });

    it('unknown code or another hall’s kiosk → 404; a cancelled booking → 409; nothing is issued', async () => {
      const id = nextId();
      const code = codeOf(await book({ date: '2026-10-14', slotStart: '10:30', idNumber: id }));
      setNow(at('2026-10-14', '10:00'));
      const before = await t.handle.db.selectFrom('tickets').select('id').execute();
      expect((await checkIn('ZZZZZZZZ')).statusCode).toBe(404);
      expect((await checkIn(code, tree.countyB.id)).statusCode).toBe(404);
      setNow(at('2026-10-09', '08:00'));
      expect(
        (await pub('POST', `/api/v1/public/appointments/${code}/cancel`, { idLast4: id.slice(-4) })).statusCode,
      ).toBe(200);
      setNow(at('2026-10-14', '10:00'));
      const res = await checkIn(code);
      expect(res.statusCode).toBe(409);
      expect(res.json().detail).toContain('已取消');
      expect(await t.handle.db.selectFrom('tickets').select('id').execute()).toHaveLength(before.length);
    });
  });

  describe('staff list', () => {
    it('the duty leader sees the day’s bookings masked; other halls → 404, no permission → 403, anonymous → 401', async () => {
      const id = nextId();
      const code = codeOf(await book({ date: '2026-10-14', slotStart: '08:30', idNumber: id, phone: '13912345678' }));
      const url = `/api/v1/halls/${tree.countyA.id}/appointments?date=2026-10-14`;
      const res = await as(t.app, leaderA).get(url);
      expect(res.statusCode).toBe(200);
      const mine = (res.json() as Json[]).find((a) => a.code === code);
      expect(mine).toMatchObject({
        status: 'booked',
        slotStart: '08:30',
        nameMasked: '张*丰',
        idNumberMasked: `${id.slice(0, 4)}**********${id.slice(-4)}`,
        phoneMasked: '139****5678',
        ticketNumber: null,
      });
      expect(res.body).not.toContain(id);
      expect(res.body).not.toContain('13912345678');
      expect((await as(t.app, mgrB).get(url)).statusCode).toBe(404);
      expect((await as(t.app, clerkA).get(url)).statusCode).toBe(403);
      expect((await as(t.app, null).get(url)).statusCode).toBe(401);
    });
  });
});
