import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, inConfigTx, userOf, withZod } from '../../http/context.js';
import {
  businessTypeView,
  createBusinessType,
  listHallBusinessTypes,
  updateBusinessType,
} from './save-business-type.js';
import { getQueueSettings, saveQueueSettings } from './save-queue-settings.js';
import {
  BusinessTypeCreateSchema,
  BusinessTypeSchema,
  BusinessTypeUpdateSchema,
  HallIdParams,
  IdParams,
  QueueSettingsSchema,
  WindowTypesBodySchema,
  WindowTypesSchema,
} from './schema.js';
import { setWindowTypes } from './set-window-types.js';

/** Queue configuration (queue.configure): business types, window ↔ type, queue settings. */
export async function queueConfigRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db, dialect } = app.yz;

  r.get(
    '/api/v1/halls/:hallId/business-types',
    {
      schema: {
        tags: ['queue'],
        summary: '业务类型列表',
        params: HallIdParams,
        response: { 200: z.array(BusinessTypeSchema) },
      },
    },
    async (req) => listHallBusinessTypes(db, userOf(req), req.params.hallId),
  );

  r.post(
    '/api/v1/halls/:hallId/business-types',
    {
      schema: {
        tags: ['queue'],
        summary: '新建业务类型',
        params: HallIdParams,
        body: BusinessTypeCreateSchema,
        response: { 201: BusinessTypeSchema },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const row = await inConfigTx(app.yz, (trx) =>
        createBusinessType(trx, dialect, user, actorOf(req), req.params.hallId, req.body),
      );
      return reply.status(201).send(await businessTypeView(db, row));
    },
  );

  r.patch(
    '/api/v1/business-types/:id',
    {
      schema: {
        tags: ['queue'],
        summary: '修改业务类型',
        params: IdParams,
        body: BusinessTypeUpdateSchema,
        response: { 200: BusinessTypeSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      const row = await inConfigTx(app.yz, (trx) =>
        updateBusinessType(trx, dialect, user, actorOf(req), req.params.id, req.body),
      );
      return businessTypeView(db, row);
    },
  );

  r.put(
    '/api/v1/windows/:id/business-types',
    {
      schema: {
        tags: ['queue'],
        summary: '设置窗口办理的业务类型（含优先业务）',
        params: IdParams,
        body: WindowTypesBodySchema,
        response: { 200: WindowTypesSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inConfigTx(app.yz, (trx) => setWindowTypes(trx, dialect, user, actorOf(req), req.params.id, req.body));
    },
  );

  r.get(
    '/api/v1/halls/:hallId/queue-settings',
    {
      schema: {
        tags: ['queue'],
        summary: '排队与预约设置',
        params: HallIdParams,
        response: { 200: QueueSettingsSchema },
      },
    },
    async (req) => getQueueSettings(db, userOf(req), req.params.hallId),
  );

  r.put(
    '/api/v1/halls/:hallId/queue-settings',
    {
      schema: {
        tags: ['queue'],
        summary: '保存排队与预约设置',
        params: HallIdParams,
        body: QueueSettingsSchema,
        response: { 200: QueueSettingsSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inConfigTx(app.yz, (trx) =>
        saveQueueSettings(trx, dialect, user, actorOf(req), req.params.hallId, req.body),
      );
    },
  );
}
