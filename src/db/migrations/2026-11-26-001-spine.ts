import type { Kysely } from 'kysely';

/**
 * The spine: hall tree, organisation, catalog, accounts, audit.
 * Frozen in time: portable column types only (text, integer), app-generated ids,
 * timestamps as ISO-8601 UTC text, dates as YYYY-MM-DD text, booleans as 0/1, JSON as text.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('halls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('halls.id'))
    .addColumn('path', 'text', (c) => c.notNull()) // "/rootId/childId/" for subtree scoping
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('level', 'text', (c) => c.notNull()) // city | county | township | community
    .addColumn('division_code', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique()) // short code used in case numbers
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opening_hours', 'text', (c) => c.notNull().defaultTo('[]')) // JSON
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('halls_path_idx').on('halls').column('path').execute();

  await db.schema
    .createTable('departments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('residency', 'text', (c) => c.notNull()) // resident | appointment | withdrawn
    .addColumn('residency_since', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('chief_representative', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('power_immediate', 'integer', (c) => c.notNull().defaultTo(0)) // 即办件审批权
    .addColumn('power_promised', 'integer', (c) => c.notNull().defaultTo(0)) // 承诺件督办权
    .addColumn('power_joint', 'integer', (c) => c.notNull().defaultTo(0)) // 联办件协调权
    .addColumn('power_reported', 'integer', (c) => c.notNull().defaultTo(0)) // 上报件初审权
    .addColumn('delegation_letter_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('delegation_date', 'text')
    .addColumn('contact_person', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('departments_hall_name_uq', ['hall_id', 'name'])
    .execute();

  await db.schema
    .createTable('department_residency_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('residency', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dept_res_hist_dept_idx')
    .on('department_residency_history')
    .column('department_id')
    .execute();

  await db.schema
    .createTable('windows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('number', 'text', (c) => c.notNull()) // shown to the public
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull()) // consult | comprehensive | department | fee | pickup | complaint | agency
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open')) // open | paused | closed
    .addColumn('department_ids', 'text', (c) => c.notNull().defaultTo('[]')) // JSON array of department ids
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('windows_hall_number_uq', ['hall_id', 'number'])
    .execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('employee_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('post', 'text', (c) => c.notNull().defaultTo('')) // 岗位
    .addColumn('title', 'text', (c) => c.notNull().defaultTo('')) // 职务/职称
    .addColumn('duties', 'text', (c) => c.notNull().defaultTo('')) // 职责
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('photo', 'text') // data: URL (small JPEG/PNG/SVG)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staff_hall_idx').on('staff').column('hall_id').execute();

  await db.schema
    .createTable('staff_window_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('window_id', 'text', (c) => c.notNull().references('windows.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text') // null = current
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('swa_staff_idx').on('staff_window_assignments').column('staff_id').execute();
  await db.schema.createIndex('swa_window_idx').on('staff_window_assignments').column('window_id').execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('basic_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull()) // JSON: the editable guide (ItemGuide)
    .addColumn('entry_status', 'text', (c) => c.notNull().defaultTo('entered'))
    .addColumn('published_version', 'integer') // latest published version number, null if never
    .addColumn('draft_dirty', 'integer', (c) => c.notNull().defaultTo(1)) // draft differs from latest version
    .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1)) // optimistic concurrency
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('items_hall_code_uq', ['hall_id', 'code'])
    .execute();
  await db.schema.createIndex('items_dept_idx').on('items').column('department_id').execute();

  await db.schema
    .createTable('item_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull()) // lower-cased name, code, pinyin initials, department, keywords
    .addColumn('guide', 'text', (c) => c.notNull()) // JSON snapshot of the published guide
    .addColumn('is_current', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addUniqueConstraint('item_versions_item_version_uq', ['item_id', 'version'])
    .execute();
  await db.schema
    .createIndex('item_versions_hall_current_idx')
    .on('item_versions')
    .columns(['hall_id', 'is_current'])
    .execute();

  await db.schema
    .createTable('item_events')
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('event_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_events_pk', ['item_id', 'event_code'])
    .execute();

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('owner_type', 'text', (c) => c.notNull()) // item
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('files_owner_idx').on('files').columns(['owner_type', 'owner_id']).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('halls.id'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull()) // JSON array of Role
    .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('department_id', 'text', (c) => c.references('departments.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('last_login_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey()) // sha256 of the cookie token
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull().unique()) // gap-free order of the hash chain
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('hall_id', 'text') // hall the record belongs to (null for system-wide)
    .addColumn('hall_path', 'text') // copied for subtree-scoped reading
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'text') // JSON
    .addColumn('after', 'text') // JSON
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_hall_path_idx').on('audit_log').column('hall_path').execute();
  await db.schema.createIndex('audit_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed Kysely<any> by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'meta',
    'audit_log',
    'sessions',
    'users',
    'files',
    'item_events',
    'item_versions',
    'items',
    'staff_window_assignments',
    'staff',
    'windows',
    'department_residency_history',
    'departments',
    'halls',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
