import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import type { Item } from '../../db/types.js';
import type { ItemGuide } from '../../domain/guide.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { checkGuideReferences } from './check-guide.js';
import { auditViewOfItem } from './present.js';
import { findItem, updateItemIfVersion } from './repository.js';

const conflict = () => new AppError('VERSION_CONFLICT', '事项已被他人修改，请刷新后再编辑');

/** Save a new draft guide; `rowVersion` must be the one the editor loaded (optimistic concurrency). */
export async function updateItem(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  itemId: string,
  input: { guide: ItemGuide; rowVersion: number },
): Promise<Item> {
  const before = await authorize(trx, user, 'catalog.manage', await findItem(trx, itemId, dialect), '事项');
  if (before.row_version !== input.rowVersion) throw conflict();
  const { guide } = input;
  await checkGuideReferences(trx, before.hall_id, before.id, guide);
  const saved = await updateItemIfVersion(trx, before.id, input.rowVersion, {
    code: guide.code,
    basic_code: guide.basicCode,
    name: guide.name,
    department_id: guide.departmentId,
    entry_status: guide.entryStatus,
    draft: JSON.stringify(guide),
    updated_at: nowIso(),
  });
  if (!saved) throw conflict();
  const after = (await findItem(trx, before.id))!;
  await recordAudit(trx, dialect, actor, {
    action: 'item.update',
    entityType: 'item',
    entityId: before.id,
    hallId: before.hall_id,
    before: auditViewOfItem(before),
    after: auditViewOfItem(after),
  });
  return after;
}
