import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ItemGuideSchema } from '../../domain/guide.js';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorize, authorizeHall } from '../auth/scope.js';
import { createItem } from './create-item.js';
import { contentDisposition } from './file-rules.js';
import { presentItemSummary } from './present.js';
import { publicCatalogRoutes } from './public-routes.js';
import { publishItem } from './publish-item.js';
import { readItemDetail } from './read-item.js';
import { findFile, findItem, listItems, listVersions } from './repository.js';
import {
  FileInfoSchema,
  FileUploadBody,
  HallIdParams,
  ItemDetailSchema,
  ItemFileParams,
  ItemIdParams,
  ItemListQuery,
  ItemSummarySchema,
  ItemUpdateBody,
  PublishResultSchema,
  VersionRowSchema,
} from './schema.js';
import { updateItem } from './update-item.js';
import { uploadItemFile } from './upload-file.js';

/** Catalog 事项目录: admin editing and publishing of items, plus the public guide routes. */
export async function catalogRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const deps = app.yz;
  const { db, dialect } = deps;
  const tags = ['catalog'];

  r.get(
    '/api/v1/halls/:hallId/items',
    {
      schema: {
        tags,
        summary: '事项列表（含草稿）',
        params: HallIdParams,
        querystring: ItemListQuery,
        response: { 200: z.array(ItemSummarySchema) },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'catalog.read', req.params.hallId);
      const rows = await listItems(db, req.params.hallId, req.query);
      return rows.map((row) => presentItemSummary(row, row.department_name));
    },
  );

  r.post(
    '/api/v1/halls/:hallId/items',
    {
      schema: {
        tags,
        summary: '新建事项',
        params: HallIdParams,
        body: ItemGuideSchema,
        response: { 201: ItemDetailSchema },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const detail = await inTx(deps, async (trx) =>
        readItemDetail(trx, await createItem(trx, dialect, user, actorOf(req), req.params.hallId, req.body)),
      );
      return reply.status(201).send(detail);
    },
  );

  r.get(
    '/api/v1/items/:id',
    { schema: { tags, summary: '事项详情（草稿）', params: ItemIdParams, response: { 200: ItemDetailSchema } } },
    async (req) => {
      const item = await authorize(db, userOf(req), 'catalog.read', await findItem(db, req.params.id), '事项');
      return readItemDetail(db, item);
    },
  );

  r.put(
    '/api/v1/items/:id',
    {
      schema: {
        tags,
        summary: '保存事项草稿',
        params: ItemIdParams,
        body: ItemUpdateBody,
        response: { 200: ItemDetailSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inTx(deps, async (trx) =>
        readItemDetail(trx, await updateItem(trx, dialect, user, actorOf(req), req.params.id, req.body)),
      );
    },
  );

  r.post(
    '/api/v1/items/:id/publish',
    { schema: { tags, summary: '发布办事指南', params: ItemIdParams, response: { 200: PublishResultSchema } } },
    async (req) => publishItem(db, dialect, userOf(req), actorOf(req), req.params.id),
  );

  r.get(
    '/api/v1/items/:id/versions',
    {
      schema: { tags, summary: '已发布版本', params: ItemIdParams, response: { 200: z.array(VersionRowSchema) } },
    },
    async (req) => {
      const item = await authorize(db, userOf(req), 'catalog.read', await findItem(db, req.params.id), '事项');
      const rows = await listVersions(db, item.id);
      return rows.map((v) => ({ version: v.version, publishedAt: v.published_at, publishedBy: v.display_name }));
    },
  );

  r.post(
    '/api/v1/items/:id/files',
    {
      schema: {
        tags,
        summary: '上传空白表格或示例样表',
        params: ItemIdParams,
        body: FileUploadBody,
        response: { 201: FileInfoSchema },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const info = await inTx(deps, (trx) => uploadItemFile(trx, dialect, user, actorOf(req), req.params.id, req.body));
      return reply.status(201).send(info);
    },
  );

  r.get(
    '/api/v1/items/:id/files/:fileId',
    { schema: { tags, summary: '下载事项文件（含未发布）', params: ItemFileParams } },
    async (req, reply) => {
      const item = await authorize(db, userOf(req), 'catalog.read', await findItem(db, req.params.id), '事项');
      const file = await findFile(db, req.params.fileId);
      if (file?.owner_type !== 'item' || file.owner_id !== item.id) throw new AppError('NOT_FOUND', '文件不存在');
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', contentDisposition(file.filename))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.content_base64, 'base64'));
    },
  );

  await app.register(publicCatalogRoutes);
}
