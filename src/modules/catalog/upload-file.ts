import { createHash } from 'node:crypto';
import { newId } from '../../db/ids.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { authorize } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { checkUpload } from './file-rules.js';
import { findItem, insertFile } from './repository.js';
import type { FileInfo } from './schema.js';

/** Store a form template or sample for an item's materials; public only once a published version uses it. */
export async function uploadItemFile(
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  itemId: string,
  input: { filename: string; mime: string; contentBase64: string },
): Promise<FileInfo> {
  const item = await authorize(trx, user, 'catalog.manage', await findItem(trx, itemId), '事项');
  const checked = checkUpload(input);
  if (!checked.ok) throw new AppError('VALIDATION_FAILED', checked.message);
  const row = {
    id: newId(),
    hall_id: item.hall_id,
    owner_type: 'item',
    owner_id: item.id,
    filename: checked.filename,
    mime: checked.mime,
    size: checked.bytes.length,
    content_base64: checked.bytes.toString('base64'),
    sha256: createHash('sha256').update(checked.bytes).digest('hex'),
    created_at: nowIso(),
  };
  await insertFile(trx, row);
  const { content_base64: _content, ...meta } = row;
  await recordAudit(trx, dialect, actor, {
    action: 'file.upload',
    entityType: 'file',
    entityId: row.id,
    hallId: item.hall_id,
    after: meta,
  });
  return { id: row.id, filename: row.filename, mime: row.mime, size: row.size };
}
