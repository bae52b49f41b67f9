import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import type { Item } from '../../db/types.js';
import type { ItemGuide } from '../../domain/guide.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { checkGuideReferences } from './check-guide.js';
import { auditViewOfItem } from './present.js';
import { insertItem } from './repository.js';

/** Create an item 事项 in a hall from its first draft guide; it stays unpublished. */
export async function createItem(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  hallId: string,
  guide: ItemGuide,
): Promise<Item> {
  await authorizeHall(trx, user, 'catalog.manage', hallId);
  await checkGuideReferences(trx, hallId, null, guide);
  const now = nowIso();
  const row: Item = {
    id: newId(),
    hall_id: hallId,
    department_id: guide.departmentId,
    code: guide.code,
    basic_code: guide.basicCode,
    name: guide.name,
    draft: JSON.stringify(guide),
    entry_status: guide.entryStatus,
    published_version: null,
    draft_dirty: 1,
    row_version: 1,
    created_at: now,
    updated_at: now,
  };
  await insertItem(trx, row);
  await recordAudit(trx, dialect, actor, {
    action: 'item.create',
    entityType: 'item',
    entityId: row.id,
    hallId,
    after: auditViewOfItem(row),
  });
  return row;
}
