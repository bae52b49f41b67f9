import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumFen } from '../../src/domain/fee-money.js';
import { type FeeMode, lineAmount } from '../../src/domain/fee-rules.js';
import { DEMO_PASSWORD } from '../../src/domain/password.js';
import { seedDemoIfEmpty } from '../../src/modules/demo/seed.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';

describe.each(DIALECTS)('demo fee notices, payments and settlements on %s', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let hallId: string;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
    expect(await seedDemoIfEmpty(t.handle)).toBe(true);
    manager = await login(t.app, 'county.manager', DEMO_PASSWORD);
    hallId = (await t.handle.db.selectFrom('halls').select('id').where('code', '=', 'DL').executeTakeFirstOrThrow()).id;
  }, 180_000);
  afterAll(() => t.close());

  it('has paid and unpaid notices, one pending and one approved waiver, amounts from the catalog', async () => {
    const db = t.handle.db;
    const notices = await db.selectFrom('fee_notices').selectAll().execute();
    const byStatus = (s: string) => notices.filter((n) => n.status === s).length;
    expect(byStatus('paid')).toBeGreaterThanOrEqual(10);
    expect(byStatus('unpaid')).toBeGreaterThanOrEqual(3);
    const waivers = await db.selectFrom('fee_waivers').selectAll().execute();
    expect(waivers.map((w) => w.status).sort()).toEqual(['approved', 'requested']);
    const approved = waivers.find((w) => w.status === 'approved');
    expect(approved?.document_no).toMatch(/^东政服减〔\d{4}〕\d+号$/);
    expect(approved?.decided_by).not.toBe(approved?.requested_by);
    const pending = notices.find((n) => n.id === waivers.find((w) => w.status === 'requested')?.notice_id);
    expect(pending).toMatchObject({ status: 'unpaid', pending_waivers: 1 });

    const lines = await db.selectFrom('fee_notice_lines').selectAll().execute();
    const catalog = new Map((await db.selectFrom('fee_lines').selectAll().execute()).map((l) => [l.id, l]));
    for (const l of lines) {
      const c = catalog.get(l.fee_line_id);
      expect(c, l.name).toBeDefined();
      if (!c) continue;
      const std = {
        mode: c.mode as FeeMode,
        amountFen: c.amount_fen,
        unitPriceFen: c.unit_price_fen,
        unitName: c.unit_name,
        capFen: c.cap_fen,
      };
      expect(l.amount_fen, l.name).toBe(lineAmount(std, l.quantity));
    }
    for (const n of notices) {
      const mine = lines.filter((l) => l.notice_id === n.id);
      expect(n.total_fen).toBe(sumFen(mine.map((l) => l.amount_fen)));
      expect(n.waived_fen).toBe(sumFen(mine.map((l) => l.waived_fen)));
      expect(n.due_fen).toBe(n.total_fen - n.waived_fen);
      expect(n.number).toMatch(new RegExp(`^DLJF${n.issued_on.replaceAll('-', '')}\\d{4}$`));
    }
    // numbering continues after the demo: each day's counter is at its highest number
    const counters = await db.selectFrom('fee_notice_counters').selectAll().execute();
    for (const n of notices) {
      const c = counters.find((x) => x.day === n.issued_on && x.hall_id === n.hall_id);
      expect(c?.last_seq ?? 0).toBeGreaterThanOrEqual(Number(n.number.slice(-4)));
    }
  });

  it('never delivered a case with an unpaid notice, and pays happen before pickup', async () => {
    const rows = await t.handle.db
      .selectFrom('fee_notices as n')
      .innerJoin('cases as c', 'c.id', 'n.case_id')
      .select(['n.status', 'n.paid_at', 'c.status as caseStatus', 'c.delivered_on'])
      .execute();
    for (const r of rows.filter((x) => x.caseStatus === 'delivered' || x.caseStatus === 'closed')) {
      expect(r.status).toBe('paid');
      expect((r.paid_at ?? '').slice(0, 10) <= (r.delivered_on ?? '')).toBe(true);
    }
    // running cases (and some at the pickup window) wait for payment: their pickup is blocked
    expect(rows.some((r) => !['delivered', 'closed'].includes(r.caseStatus) && r.status === 'unpaid')).toBe(true);
  });

  it('every closed day reconciles through the API with declared = net, and today stays open', async () => {
    const closed = await t.handle.db.selectFrom('fee_settlements').selectAll().where('status', '=', 'closed').execute();
    expect(closed.length).toBeGreaterThanOrEqual(5);
    let waivers = 0;
    for (const s of closed) {
      const res = await as(t.app, manager).get(
        `/api/v1/halls/${hallId}/fee-settlements/${s.department_id}?day=${s.day}`,
      );
      expect(res.statusCode).toBe(200);
      const v = res.json();
      expect(v.reconciliation, `${s.day} ${v.departmentName}`).toEqual({ ok: true, problems: [] });
      expect(v.status).toBe('closed');
      expect(v.declaredFen).toBe(v.netFen);
      expect(v.netFen).toBe(sumFen(v.entries.map((e: { amountFen: number }) => e.amountFen)));
      expect(v.paymentsFen).toBe(v.netFen);
      waivers += v.waiverCount;
    }
    expect(waivers).toBe(1);
    const open = await t.handle.db.selectFrom('fee_settlements').select('day').where('status', '=', 'open').execute();
    const today = (await as(t.app, manager).get(`/api/v1/halls/${hallId}/fee-settlements`)).json().day;
    expect(open.every((o) => o.day >= today)).toBe(true);
  });

  it('the server keeps its rules on the demo data: a notice with a pending waiver cannot be paid', async () => {
    const w = await t.handle.db
      .selectFrom('fee_waivers')
      .selectAll()
      .where('status', '=', 'requested')
      .executeTakeFirstOrThrow();
    const n = await t.handle.db
      .selectFrom('fee_notices')
      .selectAll()
      .where('id', '=', w.notice_id)
      .executeTakeFirstOrThrow();
    const cashier = await login(t.app, 'county.cashier', DEMO_PASSWORD);
    const res = await as(t.app, cashier).post(`/api/v1/fee-notices/${n.id}/pay`, {
      amountFen: n.due_fen,
      method: 'cash',
      receiptNo: 'TEST-0001',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('WAIVER_NOT_APPROVED');
  });
});
