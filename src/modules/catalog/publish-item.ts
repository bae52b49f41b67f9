import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { isUniqueViolation, nowIso } from '../../db/index.js';
import { DISCLOSURE_LABELS, missingDisclosures } from '../../domain/guide.js';
import { searchTextOf, snapshotOf } from '../../domain/published-guide.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { findHall } from '../halls/repository.js';
import { parseGuide } from './present.js';
import { findDepartment, findItem, insertVersion, markPublished, maxVersion, replaceItemEvents } from './repository.js';

export interface PublishResult {
  version: number;
  publishedAt: string;
}

const raced = () => new AppError('VERSION_CONFLICT', '该事项正在被他人发布，请稍后重试');

/**
 * Publish the draft as the next version 发布新版本. Refused while one of the nine disclosures 九公开
 * is empty. The item row is locked (PostgreSQL) and its published version moved by a conditional
 * update, so two concurrent publishes get distinct version numbers.
 */
export async function publishItemOnce(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  itemId: string,
): Promise<PublishResult> {
  const item = await authorize(trx, user, 'catalog.publish', await findItem(trx, itemId, dialect), '事项');
  const guide = parseGuide(item.draft);
  const departmentName = (await findDepartment(trx, item.department_id))?.name ?? '';
  const missing = missingDisclosures(guide, departmentName);
  if (missing.length > 0) {
    const names = missing.map((k) => DISCLOSURE_LABELS[k]).join('、');
    throw new AppError('GUIDE_INCOMPLETE', `以下公开内容为空，不能发布：${names}`, { missing });
  }
  const hallName = (await findHall(trx, item.hall_id))?.name ?? '';
  const version = (await maxVersion(trx, item.id)) + 1;
  const publishedAt = nowIso();
  const versionId = newId();
  await insertVersion(trx, {
    id: versionId,
    hall_id: item.hall_id,
    item_id: item.id,
    version,
    name: guide.name,
    department_id: guide.departmentId,
    kind: guide.kind,
    search_text: searchTextOf(guide, departmentName),
    guide: JSON.stringify(snapshotOf(guide, departmentName, hallName)),
    is_current: 1,
    published_at: publishedAt,
    published_by: user.id,
  });
  if (!(await markPublished(trx, item.id, item.published_version, version, publishedAt))) throw raced();
  await replaceItemEvents(trx, item.hall_id, item.id, guide.events);
  await recordAudit(trx, dialect, actor, {
    action: 'item.publish',
    entityType: 'item',
    entityId: item.id,
    hallId: item.hall_id,
    before: { publishedVersion: item.published_version, draftDirty: item.draft_dirty === 1 },
    after: { publishedVersion: version, versionId, publishedAt, draftDirty: false },
  });
  return { version, publishedAt };
}

/** `publishItemOnce` in its own transaction, retried a few times if another publish won a race. */
export async function publishItem(
  db: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  itemId: string,
): Promise<PublishResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute((trx) => publishItemOnce(trx, dialect, user, actor, itemId));
    } catch (err) {
      const lostRace = isUniqueViolation(err) || (err instanceof AppError && err.code === 'VERSION_CONFLICT');
      if (!lostRace || attempt >= 3) throw lostRace ? raced() : err;
    }
  }
}
