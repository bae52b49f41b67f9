import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_HEADERS } from '../../src/modules/supervision/export-ledger.js';
import { foldLedgerStats } from '../../src/modules/supervision/fold-ledger-stats.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';
import { buildCaseItem, ensureLedgerSchema, insertCase, insertCases } from './ledger-fixtures.js';

interface Row {
  id: string;
  number: string;
  itemName: string;
  departmentName: string;
  kind: string;
  status: string;
  applicantMasked: string;
  receivedOn: string;
  decidedOn: string | null;
  result: string;
  onTime: boolean | null;
  handler: string;
}
interface Page {
  summary: {
    total: number;
    finished: number;
    onTimeRate: number | null;
    avgWorkingDaysUsed: number | null;
    avgStatutoryDays: number | null;
    speedUpRate: number | null;
  };
  rows: Row[];
  page: number;
  pageSize: number;
  total: number;
  nextCursor: string | null;
}

interface Made {
  number: string;
  received_on: string;
  department_id: string;
  item_id: string;
  kind: string;
  status: string;
  on_time: number | null;
  working_days_used: number | null;
  statutory_days: number | null;
  promised_days: number;
}

const FINISHED = ['decided', 'delivered', 'closed'];

/** The summary computed the slow way, from the cases themselves. */
function expectedSummary(cases: Made[]) {
  const judged = cases.filter((c) => c.on_time !== null);
  const used = cases.filter((c) => c.working_days_used !== null);
  const usedDays = used.reduce((s, c) => s + (c.working_days_used ?? 0), 0);
  const statutory = used.reduce((s, c) => s + (c.statutory_days ?? c.promised_days), 0);
  const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  return {
    total: cases.length,
    finished: cases.filter((c) => FINISHED.includes(c.status)).length,
    onTimeRate: judged.length ? r(judged.filter((c) => c.on_time === 1).length / judged.length, 4) : null,
    avgWorkingDaysUsed: used.length ? r(usedDays / used.length, 2) : null,
    avgStatutoryDays: used.length ? r(statutory / used.length, 2) : null,
    speedUpRate: statutory ? r(1 - usedDays / statutory, 4) : null,
  };
}

const byLedgerOrder = (a: Made, b: Made) =>
  a.received_on === b.received_on ? (a.number < b.number ? 1 : -1) : a.received_on < b.received_on ? 1 : -1;

describe.each(DIALECTS)('ledger 办件台账 on %s', (dialect) => {
  let t: TestApp;
  let hallA: string;
  let deptA: { id: string; name: string };
  let deptB: { id: string; name: string };
  let itemA: string;
  let itemB: string;
  let manager: Session;
  let staff: Session;
  let outsider: Session;
  const made: Made[] = [];

  beforeAll(async () => {
    t = await makeTestApp(dialect);
    await ensureLedgerSchema(t.handle);
    const db = t.handle.db;
    const tree = await buildTree(db);
    hallA = tree.countyA.id;
    deptA = await buildDepartment(db, hallA, { name: '市场监督管理局' });
    deptB = await buildDepartment(db, hallA, { name: '自然资源局' });
    itemA = (await buildCaseItem(db, hallA, deptA.id, '个体工商户设立登记')).id;
    itemB = (await buildCaseItem(db, hallA, deptB.id, '不动产首次登记')).id;
    const approver = await buildUser(db, hallA, ['approver'], { username: 'l.approver', departmentId: deptA.id });
    await db.updateTable('users').set({ display_name: '李审批' }).where('id', '=', approver.id).execute();
    const receiver = await buildUser(db, hallA, ['window_staff'], { username: 'l.staff' });
    await db.updateTable('users').set({ display_name: '王窗口' }).where('id', '=', receiver.id).execute();
    await buildUser(db, hallA, ['hall_manager'], { username: 'l.manager' });
    await buildUser(db, tree.countyB.id, ['hall_manager'], { username: 'l.outsider' });
    // a case of another hall must never show up
    const deptOther = await buildDepartment(db, tree.countyB.id);
    const itemOther = await buildCaseItem(db, tree.countyB.id, deptOther.id);
    await insertCase(db, { hall_id: tree.countyB.id, item_id: itemOther.id, department_id: deptOther.id });

    const days = ['2026-01-05', '2026-01-06', '2026-02-10', '2026-03-02', '2026-03-03'];
    const statuses = ['accepted', 'in_review', 'decided', 'closed', 'rejected', 'delivered'];
    for (let i = 0; i < 47; i++) {
      const status = statuses[i % statuses.length];
      const finished = FINISHED.includes(status);
      const onB = i % 3 === 0;
      const c = await insertCase(db, {
        hall_id: hallA,
        item_id: onB ? itemB : itemA,
        item_name: onB ? '不动产首次登记' : '个体工商户设立登记',
        department_id: onB ? deptB.id : deptA.id,
        kind: i % 5 === 0 ? 'immediate' : 'promised',
        received_on: days[i % days.length],
        status,
        applicant_type: i % 4 === 0 ? 'enterprise' : 'person',
        applicant_name: i % 4 === 0 ? '东岭县示范食品有限公司' : '欧阳明月',
        received_by: receiver.id,
        decided_by: finished ? approver.id : null,
        decision: finished ? (i % 7 === 0 ? 'deny' : 'approve') : null,
        decided_on: finished ? '2026-03-10' : null,
        on_time: finished ? (i % 4 === 1 ? 0 : 1) : null,
        working_days_used: finished ? (i % 4) + 1 : null,
        statutory_days: i % 5 === 0 ? null : 20,
        promised_days: i % 5 === 0 ? 1 : 3,
      });
      made.push(c as Made);
    }
    made.sort(byLedgerOrder);
    manager = await login(t.app, 'l.manager', TEST_PASSWORD);
    staff = await login(t.app, 'l.staff', TEST_PASSWORD);
    outsider = await login(t.app, 'l.outsider', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const get = (q = '') => as(t.app, manager).get(`/api/v1/halls/${hallA}/ledger${q}`);

  it('returns the first page newest first, with the exact summary of the whole register', async () => {
    const res = await get('?pageSize=10');
    expect(res.statusCode).toBe(200);
    const page = res.json() as Page;
    expect(page.total).toBe(47);
    expect(page.summary).toEqual(expectedSummary(made));
    expect(page.rows.map((r) => r.number)).toEqual(made.slice(0, 10).map((c) => c.number));
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('pages with the keyset cursor through every case exactly once, and page=N agrees', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`?pageSize=10${cursor ? `&cursor=${cursor}` : ''}`);
      const page = res.json() as Page;
      seen.push(...page.rows.map((r) => r.number));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(made.map((c) => c.number));
    expect(pages).toBe(5);
    const third = (await get('?pageSize=10&page=3')).json() as Page;
    expect(third.rows.map((r) => r.number)).toEqual(made.slice(20, 30).map((c) => c.number));
    expect(third.page).toBe(3);
  });

  it('masks person applicants, names the handler and states the result in words', async () => {
    const page = (await get('?pageSize=200')).json() as Page;
    expect(page.rows).toHaveLength(47);
    expect(JSON.stringify(page)).not.toContain('欧阳明月');
    const person = page.rows.find((r) => r.applicantMasked.startsWith('欧'));
    expect(person?.applicantMasked).toBe('欧**月');
    expect(page.rows.some((r) => r.applicantMasked === '东岭县示范食品有限公司')).toBe(true);
    const decided = page.rows.find((r) => r.status === 'decided');
    expect(decided?.handler).toBe('李审批');
    expect(['准予许可', '不予许可']).toContain(decided?.result);
    const running = page.rows.find((r) => r.status === 'in_review');
    expect(running).toMatchObject({ handler: '王窗口', result: '办理中', onTime: null, decidedOn: null });
    expect(page.rows.find((r) => r.status === 'rejected')?.result).toBe('不予受理');
    expect(page.rows.every((r) => r.departmentName === deptA.name || r.departmentName === deptB.name)).toBe(true);
  });

  it.each([
    ['departmentId', (c: Made, v: Record<string, string>) => c.department_id === v.deptB],
    ['itemId', (c: Made, v: Record<string, string>) => c.item_id === v.itemA],
    ['kind', (c: Made) => c.kind === 'immediate'],
    ['status', (c: Made) => c.status === 'closed'],
    ['onTime=false', (c: Made) => c.on_time === 0],
    ['onTime=true', (c: Made) => c.on_time === 1],
    ['from/to', (c: Made) => c.received_on >= '2026-01-06' && c.received_on <= '2026-03-02'],
    ['combined', (c: Made, v: Record<string, string>) => c.department_id === v.deptA && c.status === 'decided'],
  ])('filters by %s: rows and summary cover exactly the matching cases', async (name, keep) => {
    const v = { deptA: deptA.id, deptB: deptB.id, itemA };
    const query: Record<string, string> = {
      departmentId: `departmentId=${deptB.id}`,
      itemId: `itemId=${itemA}`,
      kind: 'kind=immediate',
      status: 'status=closed',
      'onTime=false': 'onTime=false',
      'onTime=true': 'onTime=true',
      'from/to': 'from=2026-01-06&to=2026-03-02',
      combined: `departmentId=${deptA.id}&status=decided`,
    };
    const expected = made.filter((c) => keep(c, v));
    expect(expected.length).toBeGreaterThan(0);
    const page = (await get(`?pageSize=200&${query[name]}`)).json() as Page;
    expect(page.rows.map((r) => r.number)).toEqual(expected.map((c) => c.number));
    expect(page.summary).toEqual(expectedSummary(expected));
  });

  it('keeps the summary exact through case updates, and folding the deltas changes nothing', async () => {
    const db = t.handle.db;
    const target = made.find((c) => c.status === 'in_review') as Made;
    await db
      .updateTable('cases')
      .set({ status: 'decided', decision: 'approve', on_time: 0, working_days_used: 5 })
      .where('number', '=', target.number)
      .execute();
    Object.assign(target, { status: 'decided', on_time: 0, working_days_used: 5 });
    const before = (await get('?pageSize=1')).json() as Page;
    expect(before.summary).toEqual(expectedSummary(made));
    const folded = await foldLedgerStats({ db, dialect });
    expect(folded).toBeGreaterThan(0);
    expect(await foldLedgerStats({ db, dialect })).toBe(0);
    const after = (await get('?pageSize=1')).json() as Page;
    expect(after.summary).toEqual(before.summary);
    const ranged = (await get('?pageSize=1&from=2026-01-06&to=2026-03-02')).json() as Page;
    expect(ranged.summary).toEqual(
      expectedSummary(made.filter((c) => c.received_on >= '2026-01-06' && c.received_on <= '2026-03-02')),
    );
    const filtered = (await get(`?pageSize=1&departmentId=${deptA.id}&onTime=false`)).json() as Page;
    expect(filtered.summary).toEqual(
      expectedSummary(made.filter((c) => c.department_id === deptA.id && c.on_time === 0)),
    );
  });

  it('refuses a forged cursor and a reversed date range with problem+json 400', async () => {
    const bad = await get('?cursor=bm90LWEtY3Vyc29y');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    expect((await get('?from=2026-03-01&to=2026-01-01')).statusCode).toBe(400);
    expect((await get('?status=nonsense')).statusCode).toBe(400);
  });

  it('is refused without ledger.read (403) and to another county (404)', async () => {
    expect((await as(t.app, staff).get(`/api/v1/halls/${hallA}/ledger`)).statusCode).toBe(403);
    expect((await as(t.app, staff).get(`/api/v1/halls/${hallA}/ledger.xlsx`)).statusCode).toBe(403);
    expect((await as(t.app, outsider).get(`/api/v1/halls/${hallA}/ledger`)).statusCode).toBe(404);
    expect((await as(t.app, outsider).get(`/api/v1/halls/${hallA}/ledger.xlsx`)).statusCode).toBe(404);
    expect((await as(t.app, null).get(`/api/v1/halls/${hallA}/ledger`)).statusCode).toBe(401);
  });

  it('exports the filtered register as an Excel file with Chinese headers that parses back', async () => {
    const res = await as(t.app, manager).get(`/api/v1/halls/${hallA}/ledger.xlsx?departmentId=${deptA.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('办件台账');
    if (!sheet) throw new Error('no sheet 办件台账');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...LEDGER_HEADERS]);
    const expected = made.filter((c) => c.department_id === deptA.id);
    expect(sheet.actualRowCount).toBe(expected.length + 1);
    const numbers: string[] = [];
    sheet.eachRow((row, i) => {
      if (i > 1) numbers.push(String(row.getCell(1).value));
    });
    expect(numbers).toEqual(expected.map((c) => c.number));
    const first = sheet.getRow(2).values as unknown[];
    expect(first[3]).toBe(deptA.name);
    expect(first[6]).toBe(expected[0].received_on);
    const text = JSON.stringify(sheet.getSheetValues());
    expect(text).not.toContain('欧阳明月');
    expect(text).toContain('欧**月');
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'ledger.export')
      .execute();
    expect(audit).toEqual([{ action: 'ledger.export', entity_id: hallA }]);
  });

  it('streams an export larger than one read chunk, every case once and in order', async () => {
    const db = t.handle.db;
    const rows = await insertCases(
      db,
      Array.from({ length: 2100 }, (_, i) => ({
        hall_id: hallA,
        item_id: itemA,
        department_id: deptA.id,
        received_on: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
        status: 'closed',
        on_time: 1,
        working_days_used: 2,
      })),
    );
    const res = await as(t.app, manager).get(`/api/v1/halls/${hallA}/ledger.xlsx?to=2025-12-31`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('办件台账');
    const numbers: string[] = [];
    sheet?.eachRow((row, i) => {
      if (i > 1) numbers.push(String(row.getCell(1).value));
    });
    const expected = rows.map((r) => r as unknown as Made).sort(byLedgerOrder);
    expect(numbers).toEqual(expected.map((c) => c.number));
  });
});
