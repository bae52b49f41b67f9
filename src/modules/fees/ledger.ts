import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { addDays, type IsoDate } from '../../domain/calendar-date.js';
import { assertSignedFen } from '../../domain/fee-money.js';
import type { SettlementRow } from './repository.js';

/**
 * The money journal 收退费流水 behind the daily settlement. Every entry lands on the settlement of its
 * department for today — unless that day is closed already: then on the next open day, linked to the
 * closed one. Settlement rows are locked (PostgreSQL `for update`; SQLite has a single writer) so a
 * payment and the closing of its day never interleave.
 */

/** The settlement row of a department and day, created open when missing, locked for this transaction. */
export async function lockSettlement(
  trx: Db,
  dialect: Dialect,
  hallId: string,
  departmentId: string,
  day: IsoDate,
  now: string,
): Promise<SettlementRow> {
  await trx
    .insertInto('fee_settlements')
    .values({
      id: newId(),
      hall_id: hallId,
      department_id: departmentId,
      day,
      status: 'open',
      payment_count: 0,
      payments_fen: 0,
      refund_count: 0,
      refunds_fen: 0,
      net_fen: 0,
      waiver_count: 0,
      waived_fen: 0,
      by_method: '{}',
      declared_fen: null,
      closed_by: null,
      closed_by_name: null,
      closed_at: null,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['hall_id', 'department_id', 'day']).doNothing())
    .execute();
  return trx
    .selectFrom('fee_settlements')
    .selectAll()
    .where('hall_id', '=', hallId)
    .where('department_id', '=', departmentId)
    .where('day', '=', day)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
}

export interface NewEntry {
  departmentId: string;
  kind: 'payment' | 'refund';
  /** signed fen: refunds negative */
  amountFen: number;
  waivedFen: number;
  method: string;
  paymentId: string;
  refundId: string | null;
  noticeId: string;
  noticeLineId: string;
}

/**
 * Book entries for today. Departments are locked in id order (no deadlocks between two payments).
 * A refund whose original payment sits on a closed day is linked to that day (the correction link).
 */
export async function bookEntries(
  trx: Db,
  dialect: Dialect,
  hallId: string,
  today: IsoDate,
  now: string,
  entries: readonly NewEntry[],
): Promise<void> {
  const days = new Map<string, { day: IsoDate; linked: string | null }>();
  for (const dept of [...new Set(entries.map((e) => e.departmentId))].sort()) {
    let day = today;
    let linked: string | null = null;
    // Days after today cannot be closed, so this ends by tomorrow; the bound only guards bad data.
    for (let i = 0; ; i++) {
      const s = await lockSettlement(trx, dialect, hallId, dept, day, now);
      if (s.status === 'open') break;
      if (i > 31) throw new Error(`no open settlement day after ${today} for department ${dept}`);
      linked ??= s.id;
      day = addDays(day, 1);
    }
    days.set(dept, { day, linked });
  }
  const rows = [];
  for (const e of entries) {
    assertSignedFen(e.amountFen);
    const at = days.get(e.departmentId) as { day: IsoDate; linked: string | null };
    let linked = at.linked;
    if (linked === null && e.kind === 'refund') linked = await closedDayOfPayment(trx, e.paymentId, e.noticeLineId);
    rows.push({
      id: newId(),
      hall_id: hallId,
      department_id: e.departmentId,
      settle_on: at.day,
      kind: e.kind,
      amount_fen: e.amountFen,
      waived_fen: e.waivedFen,
      method: e.method,
      payment_id: e.paymentId,
      refund_id: e.refundId,
      notice_id: e.noticeId,
      notice_line_id: e.noticeLineId,
      linked_settlement_id: linked,
      created_at: now,
    });
  }
  if (rows.length) await trx.insertInto('fee_entries').values(rows).execute();
}

/** The closed settlement holding the payment entry of a line, if its day is closed. */
async function closedDayOfPayment(trx: Db, paymentId: string, noticeLineId: string): Promise<string | null> {
  const row = await trx
    .selectFrom('fee_entries as e')
    .innerJoin('fee_settlements as s', (j) =>
      j
        .onRef('s.hall_id', '=', 'e.hall_id')
        .onRef('s.department_id', '=', 'e.department_id')
        .onRef('s.day', '=', 'e.settle_on'),
    )
    .select(['s.id', 's.status'])
    .where('e.payment_id', '=', paymentId)
    .where('e.notice_line_id', '=', noticeLineId)
    .where('e.kind', '=', 'payment')
    .executeTakeFirst();
  return row?.status === 'closed' ? row.id : null;
}
