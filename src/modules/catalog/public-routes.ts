import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withZod } from '../../http/context.js';
import { contentDisposition } from './file-rules.js';
import { publicEventList, publicFile, publicGuide, publicItemList, publicVersionList } from './read-public.js';
import {
  FileIdParams,
  HallIdParams,
  PublicEventSchema,
  PublicItemListQuery,
  PublicItemParams,
  PublicItemRowSchema,
  PublicVersionParams,
  PublicVersionRowSchema,
  PublishedGuideViewSchema,
} from './schema.js';

/** The public guide site's API: published versions only, no login. */
export async function publicCatalogRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;
  const tags = ['public'];

  r.get(
    '/api/v1/public/halls/:hallId/items',
    {
      schema: {
        tags,
        summary: '已发布事项（公开）',
        params: HallIdParams,
        querystring: PublicItemListQuery,
        response: { 200: z.array(PublicItemRowSchema) },
      },
    },
    async (req) => publicItemList(db, req.params.hallId, req.query),
  );

  r.get(
    '/api/v1/public/halls/:hallId/events',
    {
      schema: {
        tags,
        summary: '主题服务及事项数（公开）',
        params: HallIdParams,
        response: { 200: z.array(PublicEventSchema) },
      },
    },
    async (req) => publicEventList(db, req.params.hallId),
  );

  r.get(
    '/api/v1/public/items/:itemId',
    {
      schema: {
        tags,
        summary: '办事指南（当前版本）',
        params: PublicItemParams,
        response: { 200: PublishedGuideViewSchema },
      },
    },
    async (req) => publicGuide(db, req.params.itemId),
  );

  r.get(
    '/api/v1/public/items/:itemId/versions',
    {
      schema: {
        tags,
        summary: '办事指南历史版本',
        params: PublicItemParams,
        response: { 200: z.array(PublicVersionRowSchema) },
      },
    },
    async (req) => publicVersionList(db, req.params.itemId),
  );

  r.get(
    '/api/v1/public/items/:itemId/versions/:version',
    {
      schema: {
        tags,
        summary: '办事指南（指定版本）',
        params: PublicVersionParams,
        response: { 200: PublishedGuideViewSchema },
      },
    },
    async (req) => publicGuide(db, req.params.itemId, req.params.version),
  );

  r.get(
    '/api/v1/public/files/:fileId',
    { schema: { tags, summary: '下载空白表格或示例样表', params: FileIdParams } },
    async (req, reply) => {
      const file = await publicFile(db, req.params.fileId);
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', contentDisposition(file.filename))
        .header('cache-control', 'public, max-age=3600')
        .send(Buffer.from(file.content_base64, 'base64'));
    },
  );
}
