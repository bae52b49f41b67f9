import type { Db } from '../../db/index.js';
import { EVENTS } from '../../domain/guide.js';
import { AppError } from '../../http/errors.js';
import { findHall } from '../halls/repository.js';
import { parseSnapshot, parseVersionSnapshot, presentGuideView, presentPublicItemRow } from './present.js';
import {
  eventCounts,
  findFile,
  findVersion,
  listCurrentVersions,
  listVersionGuides,
  listVersions,
} from './repository.js';
import type { PublicItemFilter, PublicItemRow, PublishedGuideView } from './schema.js';

/** Public reads of the guide site: published versions only, no login, any hall. */

const guideNotFound = () => new AppError('NOT_FOUND', '办事指南不存在或尚未发布');

async function requireHall(db: Db, hallId: string): Promise<void> {
  if (!(await findHall(db, hallId))) throw new AppError('NOT_FOUND', '大厅不存在');
}

export async function publicItemList(db: Db, hallId: string, f: PublicItemFilter): Promise<PublicItemRow[]> {
  await requireHall(db, hallId);
  const rows = await listCurrentVersions(db, hallId, f);
  return rows.map((v) => presentPublicItemRow(v, parseVersionSnapshot(v)));
}

export async function publicEventList(db: Db, hallId: string) {
  await requireHall(db, hallId);
  const counts = await eventCounts(db, hallId);
  return EVENTS.map((e) => ({ code: e.code, name: e.name, kind: e.kind, itemCount: counts.get(e.code) ?? 0 }));
}

/** The current published guide, or the given older version. */
export async function publicGuide(db: Db, itemId: string, version?: number): Promise<PublishedGuideView> {
  const v = await findVersion(db, itemId, version);
  if (!v) throw guideNotFound();
  return presentGuideView(v, parseVersionSnapshot(v));
}

export async function publicVersionList(db: Db, itemId: string) {
  const rows = await listVersions(db, itemId);
  if (rows.length === 0) throw guideNotFound();
  return rows.map((r) => ({ version: r.version, publishedAt: r.published_at }));
}

/** A file, only when some published version of its item lists it as a template or sample. */
export async function publicFile(db: Db, fileId: string) {
  const file = await findFile(db, fileId);
  if (file?.owner_type !== 'item') throw new AppError('NOT_FOUND', '文件不存在');
  const versions = await listVersionGuides(db, file.owner_id);
  const referenced = versions.some((v) =>
    parseSnapshot(v.guide).materials.some((m) => m.templateFileId === fileId || m.sampleFileId === fileId),
  );
  if (!referenced) throw new AppError('NOT_FOUND', '文件不存在');
  return file;
}
