import type { Kysely } from 'kysely';

/**
 * Cases 办件 (PRODUCT.md §5): acceptance, review steps, pauses, extensions, joint sub-tasks,
 * reported-up forwarding, delivery, supervision cards. Portable types only. Every state change also
 * writes a case_events row (the case's timeline and audit trail) in the same transaction.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_counters')
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('day', 'text', (c) => c.notNull()) // YYYY-MM-DD (Asia/Shanghai) of receipt
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('case_counters_pk', ['hall_id', 'day'])
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique()) // hall code + YYYYMMDD + 4-digit seq, never reused
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('item_version', 'integer', (c) => c.notNull()) // the published guide version it was received under
    .addColumn('item_name', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // immediate | promised | joint | reported
    // applicant: person (ID number) or enterprise (credit code + legal representative)
    .addColumn('applicant_type', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_id_number', 'text', (c) => c.notNull()) // ID number or credit code; masked outside
    .addColumn('legal_representative', 'text')
    .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agent_name', 'text') // 代办员 / 委托代理人
    .addColumn('ticket_id', 'text') // queue ticket being served when received
    .addColumn('window_id', 'text')
    .addColumn('received_by', 'text') // user id
    .addColumn('received_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('received_at', 'text', (c) => c.notNull()) // ISO
    .addColumn('channel', 'text', (c) => c.notNull().defaultTo('window')) // window | online | department (两头受理 check)
    // received | correction_requested | rejected | accepted | in_review | suspended | escalated | decided |
    // delivered | closed | withdrawn
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('complete_on', 'text') // day the complete materials arrived (after supplements)
    .addColumn('accepted_on', 'text') // the acceptance day the clock counts from
    .addColumn('deemed_accepted', 'integer', (c) => c.notNull().defaultTo(0)) // art. 32: not decided within 5 working days
    .addColumn('promised_days', 'integer', (c) => c.notNull())
    .addColumn('statutory_days', 'integer')
    .addColumn('extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('due_on', 'text') // promised due date (cache; recomputed on every pause/extension)
    .addColumn('statutory_due_on', 'text')
    .addColumn('due_provisional', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decision', 'text') // approve | deny
    .addColumn('decision_reason', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('delivery_method', 'text') // pickup | mail
    .addColumn('delivery_detail', 'text') // JSON: collector name, masked ID, tracking number…
    .addColumn('delivered_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('on_time', 'integer') // 1/0 once decided, null while running
    .addColumn('working_days_used', 'integer') // for the speed-up rate
    .addColumn('parent_case_id', 'text') // 上报件: the case at the upper hall points to the original
    .addColumn('forwarded_to_hall_id', 'text')
    .addColumn('not_accepted_reason', 'text')
    .addColumn('redirect_to', 'text') // where to go instead (不予受理)
    .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cases_hall_received_idx').on('cases').columns(['hall_id', 'received_on']).execute();
  await db.schema.createIndex('cases_hall_status_idx').on('cases').columns(['hall_id', 'status']).execute();
  await db.schema.createIndex('cases_dept_idx').on('cases').columns(['department_id', 'received_on']).execute();
  await db.schema.createIndex('cases_item_idx').on('cases').column('item_id').execute();

  await db.schema
    .createTable('case_materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // submitted | missing | defective
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('case_materials_case_idx').on('case_materials').column('case_id').execute();

  /** Review steps of the item's procedure, and 联办件 sub-tasks of co-departments. */
  await db.schema
    .createTable('case_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // step | joint
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull()) // share of the limit, working days
    .addColumn('status', 'text', (c) => c.notNull()) // pending | active | done
    .addColumn('started_on', 'text')
    .addColumn('due_on', 'text')
    .addColumn('finished_on', 'text')
    .addColumn('finished_by', 'text')
    .addColumn('opinion', 'text')
    .addColumn('outcome', 'text') // pass | approve | deny (last step decides)
    .execute();
  await db.schema.createIndex('case_tasks_case_idx').on('case_tasks').column('case_id').execute();
  await db.schema.createIndex('case_tasks_inbox_idx').on('case_tasks').columns(['department_id', 'status']).execute();

  /** Clock stops: supplements 补正 and special procedures 特别程序 (听证, 检验检测, 专家评审, 现场踏勘…). */
  await db.schema
    .createTable('case_pauses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // supplement | special
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notice_no', 'text', (c) => c.notNull()) // written notice number
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('started_by', 'text')
    .addColumn('ended_by', 'text')
    .execute();
  await db.schema.createIndex('case_pauses_case_idx').on('case_pauses').column('case_id').execute();

  await db.schema
    .createTable('case_extensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('days', 'integer', (c) => c.notNull()) // 10, or 15 for joint cases
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // requested | approved | refused
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('approver_name', 'text') // department head / government head
    .addColumn('approved_by', 'text')
    .addColumn('decided_on', 'text')
    .execute();

  /** Printed documents: what was handed out, frozen (受理通知书, 一次性告知书, 不予受理通知书, …). */
  await db.schema
    .createTable('case_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // acceptance | one_time | not_accepted | pause | resume | extension | decision | pickup
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull()) // JSON snapshot
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('case_documents_case_idx').on('case_documents').column('case_id').execute();

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('user_id', 'text')
    .addColumn('detail', 'text') // JSON (incl. IP)
    .execute();
  await db.schema.createIndex('case_events_case_idx').on('case_events').column('case_id').execute();

  /** Electronic supervision 电子监察: warnings and red/yellow cards with the unit's answer. */
  await db.schema
    .createTable('supervision_cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('case_id', 'text')
    .addColumn('department_id', 'text')
    .addColumn('color', 'text', (c) => c.notNull()) // yellow | red
    // overdue_case | overdue_step | refused_qualified | denial_without_reason | late_forward | online_offline |
    // fee_outside_catalog | other
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // open | answered | closed
    .addColumn('response', 'text')
    .addColumn('responded_by', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('supervision_cards_hall_idx')
    .on('supervision_cards')
    .columns(['hall_id', 'status'])
    .execute();

  /** Warnings raised to handler, chief representative and supervisor when a case turns yellow or red. */
  await db.schema
    .createTable('case_warnings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('task_id', 'text')
    .addColumn('level', 'text', (c) => c.notNull()) // yellow | red
    .addColumn('raised_on', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    // one warning per case/task and level
    .addColumn('warn_key', 'text', (c) => c.notNull().unique())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'case_warnings',
    'supervision_cards',
    'case_events',
    'case_documents',
    'case_extensions',
    'case_pauses',
    'case_tasks',
    'case_materials',
    'cases',
    'case_counters',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
