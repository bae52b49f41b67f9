import { type Db, nowIso } from '../../src/db/index.js';
import type { Role } from '../../src/domain/roles.js';
import { setFeeClock } from '../../src/modules/fees/index.js';
import { as, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildDepartment, buildTree, buildUser, completeGuide, TEST_PASSWORD } from '../helpers/factories.js';
import { publishGuide } from './cases-fixture.js';
import { insertCase as insertCaseRow } from './ledger-fixtures.js';

/** A county with a fee-bearing item, a case of it, and the people of the fee process. */

/** A case row of an item, inserted directly (the case module's own tests cover receiving). */
export async function insertCase(db: Db, hallId: string, itemId: string, deptId: string, status = 'accepted') {
  const row = await insertCaseRow(
    db,
    {
      hall_id: hallId,
      item_id: itemId,
      department_id: deptId,
      item_name: '不动产转移登记',
      applicant_id_number: '11010519491231002X',
      contact_phone: '13812345678',
      received_on: '2026-11-20',
      received_at: nowIso(),
      accepted_on: '2026-11-20',
      promised_days: 5,
      status,
    },
    'TEST',
  );
  return { id: row.id, number: row.number };
}

/** The catalog the tests use: two departments, fixed, per-unit with cap, one waivable line. */
export function catalogBody(
  deptId: string,
  taxDeptId: string,
  baseVersion = 0,
): { baseVersion: number; note: string; lines: Record<string, unknown>[] } {
  return {
    baseVersion,
    note: '依据发改价格规〔2016〕2559号',
    lines: [
      {
        code: 'F01',
        name: '住宅类不动产登记费',
        category: 'administrative',
        mode: 'fixed',
        amountFen: 8000,
        basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
        receivingDepartmentId: deptId,
        waivable: true,
        waiverRules: '小微企业、困难群众免收',
        waiverBasis: '财税〔2016〕79号',
      },
      {
        code: 'F02',
        name: '不动产权属证书工本费（第二本起）',
        category: 'administrative',
        mode: 'per_unit',
        unitPriceFen: 1000,
        unitName: '本',
        capFen: 3000,
        basis: '发改价格规〔2016〕2559号',
        receivingDepartmentId: deptId,
      },
      {
        code: 'F03',
        name: '测绘服务费',
        category: 'service',
        mode: 'per_unit',
        unitPriceFen: 150,
        unitName: '平方米',
        basis: '东发改价〔2024〕12号',
        receivingDepartmentId: taxDeptId,
      },
    ],
  };
}

export interface FeeWorld {
  t: TestApp;
  db: Db;
  hallA: string;
  hallB: string;
  deptId: string;
  otherDeptId: string;
  deptB: string;
  itemId: string;
  caseId: string;
  caseNumber: string;
  manager: Session;
  staff: Session;
  cashier: Session;
  cashier2: Session;
  chief: Session;
  supervisor: Session;
  staffB: Session;
  managerB: Session;
  /** line ids of the current catalog by code */
  lines: Record<string, string>;
  setNow(iso: string): void;
}

/** China-local 10:00 of a day as an ISO instant. */
export const tenOClock = (day: string) => new Date(`${day}T10:00:00+08:00`).toISOString();

export async function buildFeeWorld(dialect: 'sqlite' | 'postgres', day = '2026-11-26'): Promise<FeeWorld> {
  const t = await makeTestApp(dialect);
  const db = t.handle.db;
  const tree = await buildTree(db);
  const hallA = tree.countyA.id;
  const dept = await buildDepartment(db, hallA, { name: '不动产登记中心' });
  const other = await buildDepartment(db, hallA, { name: '自然资源局' });
  const deptB = await buildDepartment(db, tree.countyB.id, { name: '县B不动产登记中心' });
  const itemId = await publishGuide(db, hallA, completeGuide(dept.id, { name: '不动产转移登记', feeFree: false }));
  const kase = await insertCase(db, hallA, itemId, dept.id);
  const user = async (hallId: string, roles: Role[], username: string, departmentId: string | null = null) => {
    await buildUser(db, hallId, roles, { username, departmentId });
    return login(t.app, username, TEST_PASSWORD);
  };
  let now = tenOClock(day);
  setFeeClock(t.app.yz, () => new Date(now));
  const w: FeeWorld = {
    t,
    db,
    hallA,
    hallB: tree.countyB.id,
    deptId: dept.id,
    otherDeptId: other.id,
    deptB: deptB.id,
    itemId,
    caseId: kase.id,
    caseNumber: kase.number,
    manager: await user(hallA, ['hall_manager'], 'a.manager'),
    staff: await user(hallA, ['window_staff'], 'a.staff'),
    cashier: await user(hallA, ['cashier'], 'a.cashier'),
    cashier2: await user(hallA, ['cashier'], 'a.cashier2'),
    chief: await user(hallA, ['chief_rep'], 'a.chief', dept.id),
    supervisor: await user(hallA, ['supervisor'], 'a.supervisor'),
    staffB: await user(tree.countyB.id, ['window_staff'], 'b.staff'),
    managerB: await user(tree.countyB.id, ['hall_manager'], 'b.manager'),
    lines: {},
    setNow(iso: string) {
      now = iso;
    },
  };
  const res = await as(t.app, w.manager).put(`/api/v1/items/${itemId}/fees`, catalogBody(dept.id, other.id));
  if (res.statusCode !== 200) throw new Error(`catalog failed: ${res.statusCode} ${res.body}`);
  for (const l of res.json().lines as { id: string; code: string }[]) w.lines[l.code] = l.id;
  return w;
}

/** Issue a notice for the world's case (F01 ×1, F02 ×2 = ¥80 + ¥20 + F03 10 m² ¥15 = ¥115). */
export async function issue(w: FeeWorld, lines?: unknown[]) {
  const res = await as(w.t.app, w.staff).post(`/api/v1/cases/${w.caseId}/fee-notices`, {
    lines: lines ?? [
      { feeLineId: w.lines.F01 },
      { feeLineId: w.lines.F02, quantity: 2 },
      { feeLineId: w.lines.F03, quantity: 10 },
    ],
  });
  if (res.statusCode !== 201) throw new Error(`issue failed: ${res.statusCode} ${res.body}`);
  return res.json() as NoticeJson;
}

export interface NoticeJson {
  id: string;
  number: string;
  status: string;
  totalFen: number;
  waivedFen: number;
  dueFen: number;
  rowVersion: number;
  pendingWaivers: number;
  lines: { id: string; code: string; amountFen: number; waivedFen: number; netFen: number; refundedFen: number }[];
  payment: { id: string; amountFen: number; receiptNo: string; refundableFen: number } | null;
  allowedActions: string[];
}

let receipt = 0;
export const nextReceipt = () => `R${String(++receipt).padStart(8, '0')}`;

/** Every row of the fee tables and the audit log, for "nothing changed" checks. */
export async function feeSnapshot(db: Db): Promise<string> {
  const out: Record<string, string[]> = {};
  for (const tbl of [
    'fee_catalog_versions',
    'fee_lines',
    'fee_notice_counters',
    'fee_notices',
    'fee_notice_lines',
    'fee_waivers',
    'fee_payments',
    'fee_refunds',
    'fee_settlements',
    'fee_entries',
    'audit_log',
  ] as const) {
    out[tbl] = (await db.selectFrom(tbl).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
  }
  return JSON.stringify(out);
}
