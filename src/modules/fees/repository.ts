import type { Selectable } from 'kysely';
import type { Db, Dialect } from '../../db/index.js';
import type {
  FeeCatalogVersionsTable,
  FeeEntriesTable,
  FeeLinesTable,
  FeeNoticeLinesTable,
  FeeNoticesTable,
  FeePaymentsTable,
  FeeRefundsTable,
  FeeSettlementsTable,
  FeeWaiversTable,
} from '../../db/types.js';

/** Fee rows as stored (amounts in fen). */
export type CatalogVersionRow = Selectable<FeeCatalogVersionsTable>;
export type FeeLineRow = Selectable<FeeLinesTable>;
export type NoticeRow = Selectable<FeeNoticesTable>;
export type NoticeLineRow = Selectable<FeeNoticeLinesTable>;
export type WaiverRow = Selectable<FeeWaiversTable>;
export type PaymentRow = Selectable<FeePaymentsTable>;
export type RefundRow = Selectable<FeeRefundsTable>;
export type SettlementRow = Selectable<FeeSettlementsTable>;
export type EntryRow = Selectable<FeeEntriesTable>;

export function findItem(db: Db, id: string) {
  return db
    .selectFrom('items')
    .select(['id', 'hall_id', 'name', 'department_id', 'published_version'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findCurrentCatalog(db: Db, itemId: string): Promise<CatalogVersionRow | undefined> {
  return db
    .selectFrom('fee_catalog_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('is_current', '=', 1)
    .executeTakeFirst();
}

export function findCatalogVersion(db: Db, itemId: string, version: number): Promise<CatalogVersionRow | undefined> {
  return db
    .selectFrom('fee_catalog_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export function listCatalogVersions(db: Db, itemId: string): Promise<CatalogVersionRow[]> {
  return db
    .selectFrom('fee_catalog_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('version', 'desc')
    .execute();
}

export function listFeeLines(db: Db, catalogVersionIds: string[]): Promise<FeeLineRow[]> {
  if (catalogVersionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fee_lines')
    .selectAll()
    .where('catalog_version_id', 'in', catalogVersionIds)
    .orderBy('position')
    .execute();
}

/** Names of departments by id (for views). */
export async function departmentNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function findDepartment(db: Db, id: string) {
  return db.selectFrom('departments').select(['id', 'hall_id', 'name']).where('id', '=', id).executeTakeFirst();
}

export function findCase(db: Db, id: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'hall_id', 'number', 'item_id', 'item_name', 'department_id', 'status', 'applicant_name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A notice; on PostgreSQL `lock` takes a row lock until the transaction ends (SQLite has one writer). */
export function findNotice(db: Db, id: string, lock?: Dialect): Promise<NoticeRow | undefined> {
  return db
    .selectFrom('fee_notices')
    .selectAll()
    .where('id', '=', id)
    .$if(lock === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

export function listNoticeLines(db: Db, noticeIds: string[]): Promise<NoticeLineRow[]> {
  if (noticeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fee_notice_lines')
    .selectAll()
    .where('notice_id', 'in', noticeIds)
    .orderBy('position')
    .execute();
}

export function listWaivers(db: Db, noticeIds: string[]): Promise<WaiverRow[]> {
  if (noticeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fee_waivers')
    .selectAll()
    .where('notice_id', 'in', noticeIds)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
}

export function listPayments(db: Db, noticeIds: string[]): Promise<PaymentRow[]> {
  if (noticeIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('fee_payments').selectAll().where('notice_id', 'in', noticeIds).execute();
}

export function listRefunds(db: Db, noticeIds: string[]): Promise<RefundRow[]> {
  if (noticeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fee_refunds')
    .selectAll()
    .where('notice_id', 'in', noticeIds)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
}

export function findWaiver(db: Db, id: string): Promise<WaiverRow | undefined> {
  return db.selectFrom('fee_waivers').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPayment(db: Db, id: string): Promise<PaymentRow | undefined> {
  return db.selectFrom('fee_payments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findRefund(db: Db, id: string): Promise<RefundRow | undefined> {
  return db.selectFrom('fee_refunds').selectAll().where('id', '=', id).executeTakeFirst();
}

export function displayNameOf(db: Db, userId: string) {
  return db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst();
}

/** Next notice sequence of a hall and day: upsert + conditional increment, unique under concurrency. */
export async function nextNoticeSeq(db: Db, hallId: string, day: string): Promise<number> {
  await db
    .insertInto('fee_notice_counters')
    .values({ hall_id: hallId, day, last_seq: 0 })
    .onConflict((oc) => oc.columns(['hall_id', 'day']).doNothing())
    .execute();
  const row = await db
    .updateTable('fee_notice_counters')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
    .where('hall_id', '=', hallId)
    .where('day', '=', day)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}
