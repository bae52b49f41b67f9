import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeemedAcceptance } from '../../src/modules/cases/index.js';
import { as, DIALECTS } from '../helpers/app.js';
import { allSubmitted, buildCaseWorld, type CaseWorld, ID_A, ID_B, receive } from './cases-fixture.js';

describe.each(DIALECTS)('case concurrency on %s', (dialect) => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await buildCaseWorld(dialect);
  });
  afterAll(() => w.t.close());
  const db = () => w.t.handle.db;

  it('gives 25 parallel receipts 25 distinct consecutive numbers', async () => {
    w.setDay('2026-03-10');
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        as(w.t.app, w.staff).post(`/api/v1/halls/${w.hallA}/cases`, {
          itemId: w.items.promised,
          applicant: { type: 'person', name: `申请人${i}`, idNumber: i % 2 ? ID_A : ID_B, phone: '13812345678' },
          materials: allSubmitted(3),
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(25).fill(201));
    const numbers = results.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(25);
    const seqs = numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(numbers.every((n) => n.includes('20260310'))).toBe(true);
    const counter = await db().selectFrom('case_counters').selectAll().where('day', '=', '2026-03-10').execute();
    expect(counter).toMatchObject([{ hall_id: w.hallA, last_seq: 25 }]);
  });

  it('two concurrent accepts: one wins, the other gets 409, nothing lost or doubled', async () => {
    w.setDay('2026-03-02');
    const c = await receive(w);
    const [a, b] = await Promise.all([
      as(w.t.app, w.staff).post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1 }),
      as(w.t.app, w.staff).post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().code).toBe('VERSION_CONFLICT');
    const events = await db().selectFrom('case_events').select('action').where('case_id', '=', c.id).execute();
    expect(events.map((e) => e.action).sort()).toEqual(['accept', 'receive', 'start_review']);
    const tasks = await db().selectFrom('case_tasks').select('id').where('case_id', '=', c.id).execute();
    expect(tasks).toHaveLength(3);
    const docs = await db().selectFrom('case_documents').select('kind').where('case_id', '=', c.id).execute();
    expect(docs).toEqual([{ kind: 'acceptance' }]);
    const row = await db().selectFrom('cases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'in_review', row_version: 3 });
  });

  it('a concurrent withdraw and accept: exactly one of them happens', async () => {
    const c = await receive(w);
    const [acc, wd] = await Promise.all([
      as(w.t.app, w.staff).post(`/api/v1/cases/${c.id}/accept`, { rowVersion: 1 }),
      as(w.t.app, w.staff).post(`/api/v1/cases/${c.id}/withdraw`, { rowVersion: 1, reason: '申请人撤回' }),
    ]);
    expect([acc.statusCode, wd.statusCode].sort()).toEqual([200, 409]);
    const row = await db().selectFrom('cases').select('status').where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row.status).toBe(acc.statusCode === 200 ? 'in_review' : 'withdrawn');
  });

  describe('deemed acceptance (art. 32)', () => {
    const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
    let plain: string;
    let supplemented: string;
    let waiting: string;
    let accepted: string;

    beforeAll(async () => {
      // the cases the tests above left waiting are deemed accepted first, out of the way
      await runDeemedAcceptance({ db: db(), dialect }, at('2026-04-01'));
      w.setDay('2026-04-01');
      plain = (await receive(w, { materials: [{ position: 1, state: 'submitted' }] })).id; // incomplete, nobody acted
      const s = await receive(w, { materials: [{ position: 1, state: 'submitted' }] });
      await as(w.t.app, w.staff).post(`/api/v1/cases/${s.id}/request-supplements`, { rowVersion: 1, materials: [] });
      waiting = s.id; // a one-time notice was given in time: never deemed accepted
      const s2 = await receive(w, { materials: [{ position: 1, state: 'submitted' }] });
      await as(w.t.app, w.staff).post(`/api/v1/cases/${s2.id}/request-supplements`, { rowVersion: 1, materials: [] });
      w.setDay('2026-04-03');
      await as(w.t.app, w.staff).post(`/api/v1/cases/${s2.id}/supplements-received`, {
        rowVersion: 2,
        materials: allSubmitted(3),
      });
      supplemented = s2.id; // complete on 04-03: its five days run from then
      w.setDay('2026-04-01');
      const a = await receive(w);
      await as(w.t.app, w.staff).post(`/api/v1/cases/${a.id}/accept`, { rowVersion: 1 });
      accepted = a.id;
    });

    it('leaves cases alone up to the 5th working day, accepts them as of receipt the day after', async () => {
      // 2026-04-01 Wed: 04-02, 04-03, (04-04…04-06 清明), 04-07, 04-08, 04-09 → last day 04-09
      expect((await runDeemedAcceptance({ db: db(), dialect, handle: w.t.handle }, at('2026-04-09'))).accepted).toEqual(
        [],
      );
      const runs = await Promise.all([
        runDeemedAcceptance({ db: db(), dialect, handle: w.t.handle }, at('2026-04-10')),
        runDeemedAcceptance({ db: db(), dialect, handle: w.t.handle }, at('2026-04-10')),
      ]);
      expect(runs.flatMap((r) => r.accepted)).toEqual([plain]);
      const row = await db().selectFrom('cases').selectAll().where('id', '=', plain).executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        status: 'in_review',
        deemed_accepted: 1,
        accepted_on: '2026-04-01',
        due_on: '2026-04-07', // 3 working days: 04-02, 04-03, (清明), 04-07
        row_version: 3,
      });
      const events = await db()
        .selectFrom('case_events')
        .select(['action', 'user_id'])
        .where('case_id', '=', plain)
        .execute();
      expect(events.map((e) => e.action).sort()).toEqual(['deem_accept', 'receive', 'start_review']);
      expect(events.find((e) => e.action === 'deem_accept')?.user_id).toBeNull();
      expect(await db().selectFrom('case_tasks').select('id').where('case_id', '=', plain).execute()).toHaveLength(3);
      const docs = await db().selectFrom('case_documents').select('content').where('case_id', '=', plain).execute();
      expect(docs).toHaveLength(1);
      expect(JSON.parse(docs[0]?.content ?? '{}')).toMatchObject({ deemed: true, acceptedOn: '2026-04-01' });
      for (const id of [waiting, supplemented]) {
        const r = await db().selectFrom('cases').select('status').where('id', '=', id).executeTakeFirstOrThrow();
        expect(r.status).not.toBe('in_review');
      }
      const acc = await db()
        .selectFrom('cases')
        .select('deemed_accepted')
        .where('id', '=', accepted)
        .executeTakeFirstOrThrow();
      expect(acc.deemed_accepted).toBe(0);
    });

    it('counts from the day complete supplements arrived', async () => {
      // complete 2026-04-03 Fri: 04-07, 04-08, 04-09, 04-10, 04-13 → deemed from 04-14
      expect((await runDeemedAcceptance({ db: db(), dialect }, at('2026-04-13'))).accepted).toEqual([]);
      const again = await Promise.all([
        runDeemedAcceptance({ db: db(), dialect }, at('2026-04-14')),
        runDeemedAcceptance({ db: db(), dialect }, at('2026-04-14')),
      ]);
      expect(again.flatMap((r) => r.accepted)).toEqual([supplemented]);
      const row = await db().selectFrom('cases').selectAll().where('id', '=', supplemented).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'in_review', deemed_accepted: 1, accepted_on: '2026-04-03' });
      const w2 = await db().selectFrom('cases').select('status').where('id', '=', waiting).executeTakeFirstOrThrow();
      expect(w2.status).toBe('correction_requested');
    });
  });
});
