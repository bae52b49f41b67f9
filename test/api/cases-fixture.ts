import { newId } from '../../src/db/ids.js';
import { type Db, nowIso } from '../../src/db/index.js';
import type { ItemGuide } from '../../src/domain/guide.js';
import { searchTextOf, snapshotOf } from '../../src/domain/published-guide.js';
import type { Role } from '../../src/domain/roles.js';
import { setCaseClock } from '../../src/modules/cases/index.js';
import { as, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import {
  buildDepartment,
  buildTree,
  buildUser,
  buildWindow,
  completeGuide,
  TEST_PASSWORD,
} from '../helpers/factories.js';

/** Valid GB 11643 numbers (RULES-SOURCES.md §12 test vectors). */
export const ID_A = '11010519491231002X';
export const ID_B = '440524188001010014';
export const CREDIT_OK = '91350100M000100Y43';
export const CREDIT_BAD_CHECK = '91350100M000100Y44';

export const MATERIALS: ItemGuide['materials'] = [
  {
    name: '设立登记申请书',
    form: 'original',
    count: 1,
    required: true,
    note: '',
    templateFileId: null,
    sampleFileId: null,
  },
  {
    name: '经营者身份证明',
    form: 'copy',
    count: 1,
    required: true,
    note: '',
    templateFileId: null,
    sampleFileId: null,
  },
  {
    name: '经营场所使用证明',
    form: 'copy',
    count: 1,
    required: true,
    note: '',
    templateFileId: null,
    sampleFileId: null,
  },
  {
    name: '委托书',
    form: 'original',
    count: 1,
    required: false,
    note: '代办时提供',
    templateFileId: null,
    sampleFileId: null,
  },
];

/** Publish a guide directly as version 1 (the catalog's own tests cover publishing). */
export async function publishGuide(db: Db, hallId: string, guide: ItemGuide): Promise<string> {
  const itemId = newId();
  const now = nowIso();
  const dept = await db
    .selectFrom('departments')
    .select('name')
    .where('id', '=', guide.departmentId)
    .executeTakeFirst();
  await db
    .insertInto('items')
    .values({
      id: itemId,
      hall_id: hallId,
      department_id: guide.departmentId,
      code: guide.code,
      basic_code: guide.basicCode,
      name: guide.name,
      draft: JSON.stringify(guide),
      entry_status: guide.entryStatus,
      published_version: 1,
      draft_dirty: 0,
      row_version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('item_versions')
    .values({
      id: newId(),
      hall_id: hallId,
      item_id: itemId,
      version: 1,
      name: guide.name,
      department_id: guide.departmentId,
      kind: guide.kind,
      search_text: searchTextOf(guide, dept?.name ?? ''),
      guide: JSON.stringify(snapshotOf(guide, dept?.name ?? '', '县A')),
      is_current: 1,
      published_at: now,
      published_by: null,
    })
    .execute();
  return itemId;
}

export interface CaseWorld {
  t: TestApp;
  hallA: string;
  hallB: string;
  deptId: string;
  jointDeptId: string;
  windowId: string;
  items: { promised: string; immediate: string; joint: string; reported: string; draft: string };
  staff: Session;
  approver: Session;
  agent: Session;
  otherStaff: Session;
  /** move the app's clock to this China-local date (10:00) */
  setDay(day: string): void;
}

export async function buildCaseWorld(dialect: 'sqlite' | 'postgres', day = '2026-03-02'): Promise<CaseWorld> {
  const t = await makeTestApp(dialect);
  const db = t.handle.db;
  const tree = await buildTree(db);
  const hallA = tree.countyA.id;
  const dept = await buildDepartment(db, hallA, { name: '市场监督管理局' });
  const joint = await buildDepartment(db, hallA, { name: '消防救援大队' });
  const win = await buildWindow(db, hallA, { departmentIds: [dept.id] });
  const promised = await publishGuide(db, hallA, completeGuide(dept.id, { materials: MATERIALS }));
  const immediate = await publishGuide(
    db,
    hallA,
    completeGuide(dept.id, {
      name: '个体工商户变更登记',
      kind: 'immediate',
      promisedDays: 0,
      materials: MATERIALS.slice(0, 2),
    }),
  );
  const jointItem = await publishGuide(
    db,
    hallA,
    completeGuide(dept.id, {
      name: '公众聚集场所投入使用营业前消防安全检查',
      kind: 'joint',
      promisedDays: 10,
      statutoryDays: 20,
      jointDepartmentIds: [joint.id],
      materials: MATERIALS.slice(0, 1),
    }),
  );
  const reported = await publishGuide(
    db,
    hallA,
    completeGuide(dept.id, {
      name: '食品生产许可',
      kind: 'reported',
      promisedDays: 10,
      statutoryDays: 20,
      materials: MATERIALS.slice(0, 1),
    }),
  );
  // an item without a published version
  const draftId = newId();
  await db
    .insertInto('items')
    .values({
      id: draftId,
      hall_id: hallA,
      department_id: dept.id,
      code: 'DRAFT-1',
      basic_code: '',
      name: '未发布事项',
      draft: JSON.stringify(completeGuide(dept.id)),
      entry_status: 'entered',
      published_version: null,
      draft_dirty: 1,
      row_version: 1,
      created_at: nowIso(),
      updated_at: nowIso(),
    })
    .execute();
  const user = async (hallId: string, roles: Role[], username: string, departmentId: string | null = null) => {
    await buildUser(db, hallId, roles, { username, departmentId });
    return login(t.app, username, TEST_PASSWORD);
  };
  const world: CaseWorld = {
    t,
    hallA,
    hallB: tree.countyB.id,
    deptId: dept.id,
    jointDeptId: joint.id,
    windowId: win.id,
    items: { promised, immediate, joint: jointItem, reported, draft: draftId },
    staff: await user(hallA, ['window_staff'], 'a.staff'),
    approver: await user(hallA, ['approver'], 'a.approver', dept.id),
    agent: await user(hallA, ['agent'], 'a.agent'),
    otherStaff: await user(tree.countyB.id, ['window_staff'], 'b.staff'),
    setDay(d: string) {
      setCaseClock(t.app.yz, () => new Date(`${d}T10:00:00+08:00`));
    },
  };
  world.setDay(day);
  return world;
}

export const allSubmitted = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ position: i + 1, state: 'submitted' as const }));

/** Receive a case through the API; returns its view. */
export async function receive(
  w: CaseWorld,
  o: {
    itemId?: string;
    materials?: { position: number; state: 'submitted' | 'missing' | 'defective'; note?: string }[];
  } = {},
) {
  const res = await as(w.t.app, w.staff).post(`/api/v1/halls/${w.hallA}/cases`, {
    itemId: o.itemId ?? w.items.promised,
    applicant: { type: 'person', name: '张三丰', idNumber: ID_A, phone: '13812345678' },
    materials: o.materials ?? allSubmitted(4),
  });
  if (res.statusCode !== 201) throw new Error(`receive failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; number: string; rowVersion: number; status: string } & Record<string, unknown>;
}

/** Every row of the case tables, for "nothing changed" checks. */
export async function caseTablesSnapshot(db: Db): Promise<string> {
  const out: Record<string, string[]> = {};
  for (const tbl of [
    'cases',
    'case_materials',
    'case_tasks',
    'case_pauses',
    'case_documents',
    'case_events',
    'case_counters',
    'audit_log',
  ] as const) {
    out[tbl] = (await db.selectFrom(tbl).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
  }
  return JSON.stringify(out);
}
