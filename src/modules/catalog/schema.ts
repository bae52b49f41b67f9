import { z } from 'zod';
import {
  CASE_KINDS,
  DISCLOSURE_KEYS,
  ENTRY_STATUSES,
  EVENT_CODES,
  ITEM_TYPES,
  ItemGuideSchema,
  MaterialSchema,
} from '../../domain/guide.js';

export const HallIdParams = z.object({ hallId: z.string().min(1) });
export const ItemIdParams = z.object({ id: z.string().min(1) });
export const ItemFileParams = z.object({ id: z.string().min(1), fileId: z.string().min(1) });
export const PublicItemParams = z.object({ itemId: z.string().min(1) });
export const PublicVersionParams = z.object({
  itemId: z.string().min(1),
  version: z.coerce.number().int().min(1).max(1_000_000),
});
export const FileIdParams = z.object({ fileId: z.string().min(1) });

/** Item filter 发布状态: never published, published, or published with unpublished edits. */
export const ITEM_STATUS_FILTERS = ['published', 'unpublished', 'dirty'] as const;
export type ItemStatusFilter = (typeof ITEM_STATUS_FILTERS)[number];

export const ItemListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  departmentId: z.string().min(1).optional(),
  status: z.enum(ITEM_STATUS_FILTERS).optional(),
  entryStatus: z.enum(ENTRY_STATUSES).optional(),
});
export type ItemListFilter = z.infer<typeof ItemListQuery>;

export const PublicItemListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  departmentId: z.string().min(1).optional(),
  event: z.enum(EVENT_CODES).optional(),
});
export type PublicItemFilter = z.infer<typeof PublicItemListQuery>;

export const DisclosuresSchema = z.object({
  item: z.string(),
  materials: z.string(),
  procedure: z.string(),
  timeLimit: z.string(),
  feeStandard: z.string(),
  feeBasis: z.string(),
  location: z.string(),
  phone: z.string(),
  responsiblePerson: z.string(),
});

export const ItemSummarySchema = z.object({
  id: z.string(),
  hallId: z.string(),
  code: z.string(),
  name: z.string(),
  department: z.object({ id: z.string(), name: z.string() }),
  kind: z.enum(CASE_KINDS),
  type: z.enum(ITEM_TYPES),
  entryStatus: z.enum(ENTRY_STATUSES),
  publishedVersion: z.number().int().nullable(),
  draftDirty: z.boolean(),
  updatedAt: z.string(),
});
export type ItemSummary = z.infer<typeof ItemSummarySchema>;

export const FileInfoSchema = z.object({
  id: z.string(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export type FileInfo = z.infer<typeof FileInfoSchema>;

/**
 * The guide's fields without its cross-field refinements: for reading stored JSON (fills defaults of
 * fields added after a version was published) and for responses (rules were checked on write).
 */
export const StoredGuideSchema = z.object(ItemGuideSchema.shape);

export const ItemDetailSchema = ItemSummarySchema.extend({
  guide: StoredGuideSchema,
  rowVersion: z.number().int(),
  missingDisclosures: z.array(z.enum(DISCLOSURE_KEYS)),
  disclosures: DisclosuresSchema,
  /** files uploaded for this item (to show the names of template/sample files) */
  files: z.array(FileInfoSchema.extend({ createdAt: z.string() })),
});
export type ItemDetail = z.infer<typeof ItemDetailSchema>;

export const ItemUpdateBody = z.object({
  guide: ItemGuideSchema,
  rowVersion: z.number().int().min(1),
});

export const PublishResultSchema = z.object({ version: z.number().int(), publishedAt: z.string() });

export const VersionRowSchema = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  /** display name of the publisher (null if unknown) */
  publishedBy: z.string().nullable(),
});
export const PublicVersionRowSchema = z.object({ version: z.number().int(), publishedAt: z.string() });

/** Largest accepted upload, in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const FileUploadBody = z.object({
  filename: z.string().trim().min(1).max(200),
  mime: z.string().trim().min(1).max(100),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4),
});

export const PublicItemRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  /** the department's name */
  department: z.string(),
  departmentId: z.string(),
  kind: z.enum(CASE_KINDS),
  type: z.enum(ITEM_TYPES),
  visits: z.number().int(),
  online: z.boolean(),
  promisedDays: z.number().int(),
  statutoryDays: z.number().int().nullable(),
});
export type PublicItemRow = z.infer<typeof PublicItemRowSchema>;

export const PublicEventSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['life', 'enterprise']),
  itemCount: z.number().int(),
});

/** The published guide as the public sees it. */
export const PublishedGuideViewSchema = z.object({
  ...StoredGuideSchema.shape,
  materials: z.array(
    MaterialSchema.extend({
      templateUrl: z.string().nullable(),
      sampleUrl: z.string().nullable(),
    }),
  ),
  id: z.string(),
  hallId: z.string(),
  version: z.number().int(),
  publishedAt: z.string(),
  departmentName: z.string(),
  hallName: z.string(),
  disclosures: DisclosuresSchema,
});
export type PublishedGuideView = z.infer<typeof PublishedGuideViewSchema>;
