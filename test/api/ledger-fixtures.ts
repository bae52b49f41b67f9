import type { Insertable } from 'kysely';
import { newId } from '../../src/db/ids.js';
import { type Db, type DbHandle, nowIso } from '../../src/db/index.js';
import * as m010 from '../../src/db/migrations/2026-11-26-010-ledger-indexes.js';
import * as m011 from '../../src/db/migrations/2026-11-26-011-ledger-stats.js';
import { migrations } from '../../src/db/migrations/index.js';
import type { CasesTable } from '../../src/db/types.js';
import { receivedCaseRow } from '../../src/modules/cases/repository.js';

/**
 * Fixtures of the supervision and ledger tests. Cases are inserted directly (row shapes of
 * src/db/types.ts), independent of the case routes.
 */

/** Apply the ledger migrations if the migration index does not list them yet (the lead adds them). */
export async function ensureLedgerSchema(handle: DbHandle): Promise<void> {
  if (!('2026-11-26-010-ledger-indexes' in migrations)) await m010.up(handle.db);
  if (!('2026-11-26-011-ledger-stats' in migrations)) await m011.up(handle.db);
}

let itemSeq = 0;

/** An item row (no published version: the ledger only needs the id and the name on the case). */
export async function buildCaseItem(db: Db, hallId: string, departmentId: string, name = '个体工商户设立登记') {
  const now = nowIso();
  const row = {
    id: newId(),
    hall_id: hallId,
    department_id: departmentId,
    code: `LX${Date.now().toString(36)}${itemSeq++}`,
    basic_code: '',
    name,
    draft: '{}',
    entry_status: 'entered',
    published_version: 1,
    draft_dirty: 0,
    row_version: 1,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('items').values(row).execute();
  return row;
}

let caseSeq = 0;

export type CaseOverrides = Partial<Insertable<CasesTable>> & {
  hall_id: string;
  item_id: string;
  department_id: string;
};

/** A case row with sensible defaults: a promised case (3 of 20 days) accepted on its receipt day. */
export async function insertCase(db: Db, o: CaseOverrides, hallCode = 'TS') {
  const row = caseRow(o, hallCode);
  await db.insertInto('cases').values(row).execute();
  return row;
}

/** Many case rows, inserted 200 a statement. */
export async function insertCases(db: Db, list: CaseOverrides[], hallCode = 'TS') {
  const rows = list.map((o) => caseRow(o, hallCode));
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('cases')
      .values(rows.slice(i, i + 200))
      .execute();
  return rows;
}

function caseRow(o: CaseOverrides, hallCode: string) {
  const received = o.received_on ?? '2026-03-02';
  const receipt = receivedCaseRow(
    {
      id: newId(),
      hall_id: o.hall_id,
      number: `${hallCode}${received.replaceAll('-', '')}${String(++caseSeq).padStart(4, '0')}`,
      item_id: o.item_id,
      item_version: 1,
      item_name: '个体工商户设立登记',
      department_id: o.department_id,
      kind: 'promised',
      applicant_type: 'person',
      applicant_name: '张三丰',
      applicant_id_number: '350102199001011234',
      legal_representative: null,
      contact_phone: '13800138000',
      agent_name: null,
      ticket_id: null,
      window_id: null,
      received_by: null,
      received_on: received,
      received_at: `${received}T01:00:00.000Z`,
      promised_days: 3,
      statutory_days: 20,
    },
    nowIso(),
  );
  const row: Insertable<CasesTable> = { ...receipt, status: 'accepted', accepted_on: received, ...o };
  return row as Insertable<CasesTable> & { id: string; number: string };
}
