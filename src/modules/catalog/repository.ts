import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db, Dialect } from '../../db/index.js';
import type { Item, ItemVersion } from '../../db/types.js';
import type { ItemListFilter, PublicItemFilter } from './schema.js';
import { likePatterns } from './search-terms.js';

/** `<column> like <pattern> escape '\'` (patterns come from `likePatterns`, already lower-cased). */
const like = (column: Expression<string>, pattern: string) => sql<SqlBool>`${column} like ${pattern} escape '\\'`;
const lower = (ref: string) => sql<string>`lower(${sql.ref(ref)})`;

/** One item; `lockFor: 'postgres'` takes a row lock (SQLite transactions are serialized already). */
export function findItem(db: Db, id: string, lockFor?: Dialect): Promise<Item | undefined> {
  return db
    .selectFrom('items')
    .selectAll()
    .where('id', '=', id)
    .$if(lockFor === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

export type ItemListRow = Item & { department_name: string };

export function listItems(db: Db, hallId: string, f: ItemListFilter): Promise<ItemListRow[]> {
  const patterns = likePatterns(f.q);
  return db
    .selectFrom('items')
    .innerJoin('departments', 'departments.id', 'items.department_id')
    .selectAll('items')
    .select('departments.name as department_name')
    .where('items.hall_id', '=', hallId)
    .$if(!!f.departmentId, (q) => q.where('items.department_id', '=', f.departmentId!))
    .$if(!!f.entryStatus, (q) => q.where('items.entry_status', '=', f.entryStatus!))
    .$if(f.status === 'published', (q) => q.where('items.published_version', 'is not', null))
    .$if(f.status === 'unpublished', (q) => q.where('items.published_version', 'is', null))
    .$if(f.status === 'dirty', (q) =>
      q.where('items.published_version', 'is not', null).where('items.draft_dirty', '=', 1),
    )
    .$if(patterns.length > 0, (q) =>
      q.where((eb) =>
        eb.and(
          patterns.map((p) =>
            eb.or([
              like(lower('items.name'), p),
              like(lower('items.code'), p),
              like(lower('items.basic_code'), p),
              like(lower('departments.name'), p),
            ]),
          ),
        ),
      ),
    )
    .orderBy('items.code')
    .execute();
}

export function findDepartment(db: Db, id: string) {
  return db.selectFrom('departments').select(['id', 'hall_id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function departmentIdsInHall(db: Db, hallId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('departments')
    .select('id')
    .where('hall_id', '=', hallId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function codeTaken(db: Db, hallId: string, code: string, exceptItemId: string | null): Promise<boolean> {
  const row = await db
    .selectFrom('items')
    .select('id')
    .where('hall_id', '=', hallId)
    .where('code', '=', code)
    .$if(exceptItemId !== null, (q) => q.where('id', '!=', exceptItemId!))
    .executeTakeFirst();
  return !!row;
}

export async function insertItem(db: Db, row: Item): Promise<void> {
  await db.insertInto('items').values(row).execute();
}

/** Write a new draft only if nobody changed the row since `rowVersion`; returns whether it did. */
export async function updateItemIfVersion(
  db: Db,
  id: string,
  rowVersion: number,
  patch: Pick<Item, 'code' | 'basic_code' | 'name' | 'department_id' | 'entry_status' | 'draft' | 'updated_at'>,
): Promise<boolean> {
  const res = await db
    .updateTable('items')
    .set({ ...patch, draft_dirty: 1, row_version: rowVersion + 1 })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function maxVersion(db: Db, itemId: string): Promise<number> {
  const row = await db
    .selectFrom('item_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

export async function insertVersion(db: Db, row: ItemVersion): Promise<void> {
  await db
    .updateTable('item_versions')
    .set({ is_current: 0 })
    .where('item_id', '=', row.item_id)
    .where('is_current', '=', 1)
    .execute();
  await db.insertInto('item_versions').values(row).execute();
}

/** Point the item at its new version, only if no other publish got there first. */
export async function markPublished(
  db: Db,
  id: string,
  previous: number | null,
  version: number,
  at: string,
): Promise<boolean> {
  const res = await db
    .updateTable('items')
    .set({ published_version: version, draft_dirty: 0, updated_at: at })
    .where('id', '=', id)
    .where((eb) => (previous === null ? eb('published_version', 'is', null) : eb('published_version', '=', previous)))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function replaceItemEvents(db: Db, hallId: string, itemId: string, events: string[]): Promise<void> {
  await db.deleteFrom('item_events').where('item_id', '=', itemId).execute();
  const unique = [...new Set(events)];
  if (unique.length === 0) return;
  await db
    .insertInto('item_events')
    .values(unique.map((event_code) => ({ hall_id: hallId, item_id: itemId, event_code })))
    .execute();
}

export function listVersions(db: Db, itemId: string) {
  return db
    .selectFrom('item_versions')
    .leftJoin('users', 'users.id', 'item_versions.published_by')
    .select(['item_versions.version', 'item_versions.published_at', 'users.display_name'])
    .where('item_versions.item_id', '=', itemId)
    .orderBy('item_versions.version', 'desc')
    .execute();
}

/** A published version of an item: the given one, or the current one. */
export function findVersion(db: Db, itemId: string, version?: number): Promise<ItemVersion | undefined> {
  return db
    .selectFrom('item_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .$if(version === undefined, (q) => q.where('is_current', '=', 1))
    .$if(version !== undefined, (q) => q.where('version', '=', version!))
    .executeTakeFirst();
}

export function listVersionGuides(db: Db, itemId: string) {
  return db.selectFrom('item_versions').select(['guide']).where('item_id', '=', itemId).execute();
}

/** Current published versions of a hall's items, filtered for the public guide site. */
export function listCurrentVersions(db: Db, hallId: string, f: PublicItemFilter): Promise<ItemVersion[]> {
  const patterns = likePatterns(f.q);
  return db
    .selectFrom('item_versions')
    .selectAll()
    .where('hall_id', '=', hallId)
    .where('is_current', '=', 1)
    .$if(!!f.departmentId, (q) => q.where('department_id', '=', f.departmentId!))
    .$if(!!f.event, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('item_events')
            .select('item_events.item_id')
            .whereRef('item_events.item_id', '=', 'item_versions.item_id')
            .where('item_events.event_code', '=', f.event!),
        ),
      ),
    )
    .$if(patterns.length > 0, (q) =>
      q.where((eb) => eb.and(patterns.map((p) => like(sql.ref<string>('search_text'), p)))),
    )
    .orderBy('name')
    .execute();
}

/** Published items per life/enterprise event in a hall. */
export async function eventCounts(db: Db, hallId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('item_events')
    .innerJoin('item_versions', 'item_versions.item_id', 'item_events.item_id')
    .select(['item_events.event_code', (eb) => eb.fn.count('item_events.item_id').distinct().as('n')])
    .where('item_events.hall_id', '=', hallId)
    .where('item_versions.is_current', '=', 1)
    .groupBy('item_events.event_code')
    .execute();
  return new Map(rows.map((r) => [r.event_code, Number(r.n)]));
}

export interface NewFile {
  id: string;
  hall_id: string;
  owner_type: string;
  owner_id: string;
  filename: string;
  mime: string;
  size: number;
  content_base64: string;
  sha256: string;
  created_at: string;
}

export async function insertFile(db: Db, row: NewFile): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

export function findFile(db: Db, id: string) {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Metadata (never the content) of the files uploaded for an item. */
export function listItemFiles(db: Db, itemId: string) {
  return db
    .selectFrom('files')
    .select(['id', 'filename', 'mime', 'size', 'created_at'])
    .where('owner_type', '=', 'item')
    .where('owner_id', '=', itemId)
    .orderBy('created_at')
    .execute();
}
