import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/db/ids.js';
import { nowIso } from '../../src/db/index.js';
import { dayKind } from '../../src/domain/calendar.js';
import { eachDate } from '../../src/domain/calendar-date.js';
import { ensureCalendarSeeded, loadHallCalendar } from '../../src/modules/calendar/index.js';
import { loadHallDay, loadIssueContext } from '../../src/modules/queue/take-rules.js';
import { DIALECTS, makeTestApp, type TestApp } from '../helpers/app.js';
import { buildTree } from '../helpers/factories.js';

/**
 * The queue reads the hall calendar for one date in one query (it runs on every ticket). It must
 * say exactly what the calendar module's `loadHallCalendar` says: own years, inherited years,
 * overrides, and years nobody stored.
 */
describe.each(DIALECTS)('hall day for the queue on %s', (dialect) => {
  let t: TestApp;
  let halls: Record<string, string>;
  const typeOf: Record<string, string> = {};
  beforeAll(async () => {
    t = await makeTestApp(dialect);
    const db = t.handle.db;
    const tree = await buildTree(db);
    halls = { city: tree.city.id, countyA: tree.countyA.id, townA: tree.townA.id, countyB: tree.countyB.id };
    await ensureCalendarSeeded(db, tree.city.id, dialect, [2026, 2027]);
    // 县A stores its own 2027: a county holiday and a make-up Saturday; its township inherits them
    await db
      .insertInto('calendar_years')
      .values({
        hall_id: tree.countyA.id,
        year: 2027,
        status: 'official',
        source: 'hall',
        confirmed_by: null,
        confirmed_at: null,
        version: 1,
        updated_at: nowIso(),
      })
      .execute();
    await db
      .insertInto('calendar_days')
      .values([
        { hall_id: tree.countyA.id, date: '2027-03-01', kind: 'holiday', name: '县庆' },
        { hall_id: tree.countyA.id, date: '2027-03-06', kind: 'makeup', name: '县庆调休' },
      ])
      .execute();
    const now = nowIso();
    for (const [key, hallId] of Object.entries(halls)) {
      typeOf[key] = newId();
      await db
        .insertInto('business_types')
        .values({
          id: typeOf[key],
          hall_id: hallId,
          name: '综合',
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
    }
  });
  afterAll(() => t.close());

  it('agrees with loadHallCalendar on every date, for own, inherited and unstored years', async () => {
    const dates = [
      ...eachDate('2026-09-26', '2026-10-11'), // National Day and its make-up days
      ...eachDate('2027-02-26', '2027-03-08'), // 县A's own holiday and make-up day
      ...eachDate('2027-01-01', '2027-01-04'),
      ...eachDate('2028-01-01', '2028-01-03'), // stored by nobody
    ];
    const mismatches: string[] = [];
    for (const [key, hallId] of Object.entries(halls)) {
      const cal = (await loadHallCalendar(t.handle.db, hallId))!;
      for (const date of dates) {
        const expected = dayKind(cal.calendar, date);
        const day = await loadHallDay(t.handle.db, hallId, date);
        const ctx = await loadIssueContext(t.handle.db, typeOf[key], date);
        if (day?.kind !== expected || ctx?.day.kind !== expected)
          mismatches.push(`${key} ${date}: calendar ${expected}, hall day ${day?.kind}, issue ${ctx?.day.kind}`);
      }
    }
    expect(mismatches).toEqual([]);
    // the cases that matter are really in there
    expect((await loadHallDay(t.handle.db, halls.townA, '2027-03-01'))?.kind).toBe('holiday');
    expect((await loadHallDay(t.handle.db, halls.countyB, '2027-03-01'))?.kind).toBe('weekday');
    expect((await loadHallDay(t.handle.db, halls.countyA, '2027-03-06'))?.kind).toBe('makeup');
    expect((await loadHallDay(t.handle.db, halls.city, '2026-10-01'))?.kind).toBe('holiday');
  });

  it('counts the open windows serving a type in the same query', async () => {
    const ctx = await loadIssueContext(t.handle.db, typeOf.countyA, '2026-12-01');
    expect(ctx?.openWindows).toBe(0);
    expect(ctx?.day.hallName).toBe('县A政务服务中心');
    expect(await loadIssueContext(t.handle.db, 'nope', '2026-12-01')).toBeUndefined();
  });
});
