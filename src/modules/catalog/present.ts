import type { Item, ItemVersion } from '../../db/types.js';
import { type DisclosureKey, disclosuresOf, type ItemGuide, missingDisclosures } from '../../domain/guide.js';
import type { PublishedGuide } from '../../domain/published-guide.js';
import {
  type ItemDetail,
  type ItemSummary,
  type PublicItemRow,
  type PublishedGuideView,
  StoredGuideSchema,
} from './schema.js';

/** Parse a stored guide; fields added after it was written get their defaults. */
export function parseGuide(json: string): ItemGuide {
  return StoredGuideSchema.parse(JSON.parse(json));
}

/** Parse a published snapshot (guide + names + disclosures frozen at publish time). */
export function parseSnapshot(json: string): PublishedGuide {
  const raw = JSON.parse(json) as PublishedGuide;
  return { ...raw, ...StoredGuideSchema.parse(raw) };
}

const SNAPSHOT_CACHE_SIZE = 2_000;
const snapshotCache = new Map<string, { json: string; guide: PublishedGuide }>();

/**
 * `parseSnapshot` of a published version, remembered by version id: a published snapshot never changes,
 * and the public item list would otherwise parse and validate every guide of the hall on every request.
 * The stored text is compared too, so a row changed behind our back is parsed afresh. Callers must not
 * mutate the returned object.
 */
export function parseVersionSnapshot(v: Pick<ItemVersion, 'id' | 'guide'>): PublishedGuide {
  const hit = snapshotCache.get(v.id);
  if (hit && hit.json === v.guide) return hit.guide;
  const guide = parseSnapshot(v.guide);
  if (snapshotCache.size >= SNAPSHOT_CACHE_SIZE) snapshotCache.delete(snapshotCache.keys().next().value as string);
  snapshotCache.set(v.id, { json: v.guide, guide });
  return guide;
}

export function presentItemSummary(row: Item, departmentName: string, guide: ItemGuide = parseGuide(row.draft)) {
  return {
    id: row.id,
    hallId: row.hall_id,
    code: row.code,
    name: row.name,
    department: { id: row.department_id, name: departmentName },
    kind: guide.kind,
    type: guide.type,
    entryStatus: guide.entryStatus,
    publishedVersion: row.published_version,
    draftDirty: row.draft_dirty === 1,
    updatedAt: row.updated_at,
  } satisfies ItemSummary;
}

export function presentItemDetail(
  row: Item,
  departmentName: string,
  files: { id: string; filename: string; mime: string; size: number; created_at: string }[],
): ItemDetail {
  const guide = parseGuide(row.draft);
  return {
    ...presentItemSummary(row, departmentName, guide),
    guide,
    rowVersion: row.row_version,
    missingDisclosures: missingDisclosures(guide, departmentName) satisfies DisclosureKey[],
    disclosures: disclosuresOf(guide, departmentName),
    files: files.map((f) => ({ id: f.id, filename: f.filename, mime: f.mime, size: f.size, createdAt: f.created_at })),
  };
}

/** Public download address of an uploaded file. */
export const publicFileUrl = (fileId: string | null): string | null =>
  fileId ? `/api/v1/public/files/${encodeURIComponent(fileId)}` : null;

export function presentPublicItemRow(v: ItemVersion, g: PublishedGuide): PublicItemRow {
  return {
    id: v.item_id,
    code: g.code,
    name: g.name,
    department: g.departmentName,
    departmentId: g.departmentId,
    kind: g.kind,
    type: g.type,
    visits: g.visits,
    online: g.online,
    promisedDays: g.promisedDays,
    statutoryDays: g.statutoryDays,
  };
}

export function presentGuideView(v: ItemVersion, g: PublishedGuide): PublishedGuideView {
  return {
    ...g,
    materials: g.materials.map((m) => ({
      ...m,
      templateUrl: publicFileUrl(m.templateFileId),
      sampleUrl: publicFileUrl(m.sampleFileId),
    })),
    id: v.item_id,
    hallId: v.hall_id,
    version: v.version,
    publishedAt: v.published_at,
  };
}

/** An item row as written to the audit log (the draft as JSON, not as a string). */
export function auditViewOfItem(row: Item) {
  return { ...row, draft: JSON.parse(row.draft) as unknown };
}
