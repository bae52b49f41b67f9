import type { Kysely } from 'kysely';

/**
 * Unified fee collection 统一收费 "一个漏斗" (PRODUCT.md §7): a versioned fee catalog per item, payment
 * notices 缴费通知单 for cases, payments at the bank window, waivers 减免, refunds 退费 and the daily
 * settlement 日结 per receiving department. Money is integer fen (分) everywhere (`bigint` columns).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  /** One version of an item's fee catalog; a change writes a new version, old ones stay as they were. */
  await db.schema
    .createTable('fee_catalog_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('is_current', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text')
    .addColumn('created_by_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('fee_catalog_versions_item_version_uq', ['item_id', 'version'])
    .execute();

  await db.schema
    .createTable('fee_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('catalog_version_id', 'text', (c) => c.notNull().references('fee_catalog_versions.id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull()) // administrative | service | fund
    .addColumn('mode', 'text', (c) => c.notNull()) // fixed | per_unit
    .addColumn('amount_fen', 'bigint') // fixed
    .addColumn('unit_price_fen', 'bigint') // per_unit
    .addColumn('unit_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cap_fen', 'bigint')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('receiving_department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('waivable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waiver_rules', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('waiver_basis', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('fee_lines_version_idx').on('fee_lines').column('catalog_version_id').execute();

  await db.schema
    .createTable('fee_notice_counters')
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('fee_notice_counters_pk', ['hall_id', 'day'])
    .execute();

  await db.schema
    .createTable('fee_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('case_number', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('item_name', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('catalog_version_id', 'text', (c) => c.notNull().references('fee_catalog_versions.id'))
    .addColumn('catalog_version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // unpaid | paid | cancelled
    .addColumn('payer_name', 'text', (c) => c.notNull())
    .addColumn('total_fen', 'bigint', (c) => c.notNull())
    .addColumn('waived_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('due_fen', 'bigint', (c) => c.notNull())
    .addColumn('paid_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('refunded_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('pending_waivers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('issued_by', 'text')
    .addColumn('issued_by_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('cancelled_by', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('paid_at', 'text')
    .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fee_notices_case_idx').on('fee_notices').column('case_id').execute();
  await db.schema.createIndex('fee_notices_hall_day_idx').on('fee_notices').columns(['hall_id', 'issued_on']).execute();

  await db.schema
    .createTable('fee_notice_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('notice_id', 'text', (c) => c.notNull().references('fee_notices.id'))
    .addColumn('fee_line_id', 'text', (c) => c.notNull().references('fee_lines.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('unit_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_price_fen', 'bigint')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('cap_fen', 'bigint')
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('waived_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('refunded_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('receiving_department_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fee_notice_lines_notice_idx').on('fee_notice_lines').column('notice_id').execute();

  await db.schema
    .createTable('fee_waivers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('notice_id', 'text', (c) => c.notNull().references('fee_notices.id'))
    .addColumn('notice_line_id', 'text', (c) => c.notNull().references('fee_notice_lines.id'))
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // requested | approved | refused | void
    .addColumn('requested_by', 'text')
    .addColumn('requested_by_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('approver_name', 'text')
    .addColumn('document_no', 'text')
    .addColumn('note', 'text')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('fee_waivers_notice_idx').on('fee_waivers').column('notice_id').execute();
  await db.schema.createIndex('fee_waivers_hall_status_idx').on('fee_waivers').columns(['hall_id', 'status']).execute();

  await db.schema
    .createTable('fee_payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('notice_id', 'text', (c) => c.notNull().unique().references('fee_notices.id')) // one payment per notice
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull()) // cash | card | qr
    .addColumn('receipt_no', 'text', (c) => c.notNull()) // 票据号
    .addColumn('cashier_id', 'text')
    .addColumn('cashier_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('paid_at', 'text', (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('refunded_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('fee_payments_receipt_uq', ['hall_id', 'receipt_no'])
    .execute();

  await db.schema
    .createTable('fee_refunds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('payment_id', 'text', (c) => c.notNull().references('fee_payments.id'))
    .addColumn('notice_id', 'text', (c) => c.notNull())
    .addColumn('notice_line_id', 'text', (c) => c.notNull().references('fee_notice_lines.id'))
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // requested | approved | refused
    .addColumn('requested_by', 'text')
    .addColumn('requested_by_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('approver_name', 'text')
    .addColumn('document_no', 'text')
    .addColumn('note', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('refunded_on', 'text')
    .execute();
  await db.schema.createIndex('fee_refunds_payment_idx').on('fee_refunds').column('payment_id').execute();
  await db.schema.createIndex('fee_refunds_hall_status_idx').on('fee_refunds').columns(['hall_id', 'status']).execute();

  /** A department's day: open while money moves, closed once reconciled (then never changed). */
  await db.schema
    .createTable('fee_settlements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // open | closed
    .addColumn('payment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('payments_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('refund_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refunds_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('net_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('waiver_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waived_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('by_method', 'text', (c) => c.notNull().defaultTo('{}')) // JSON {cash,card,qr} in fen
    .addColumn('declared_fen', 'bigint')
    .addColumn('closed_by', 'text')
    .addColumn('closed_by_name', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('fee_settlements_day_uq', ['hall_id', 'department_id', 'day'])
    .execute();

  /** The money journal: append-only, one row per notice line paid (+) or refund approved (−). */
  await db.schema
    .createTable('fee_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('settle_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // payment | refund
    .addColumn('amount_fen', 'bigint', (c) => c.notNull()) // signed: refunds negative
    .addColumn('waived_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('payment_id', 'text', (c) => c.notNull().references('fee_payments.id'))
    .addColumn('refund_id', 'text')
    .addColumn('notice_id', 'text', (c) => c.notNull())
    .addColumn('notice_line_id', 'text', (c) => c.notNull())
    .addColumn('linked_settlement_id', 'text') // the closed day this entry corrects / was pushed out of
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fee_entries_day_idx')
    .on('fee_entries')
    .columns(['hall_id', 'settle_on', 'department_id'])
    .execute();
  await db.schema.createIndex('fee_entries_payment_idx').on('fee_entries').column('payment_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'fee_entries',
    'fee_settlements',
    'fee_refunds',
    'fee_payments',
    'fee_waivers',
    'fee_notice_lines',
    'fee_notices',
    'fee_notice_counters',
    'fee_lines',
    'fee_catalog_versions',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
