import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, inConfigTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorizeHallRow, requirePermission } from '../auth/scope.js';
import { presentHall, presentPublicHall } from './present.js';
import { findHall, listAllHalls, listHallsUnder } from './repository.js';
import { createHall, updateHall } from './save-hall.js';
import { HallCreateSchema, HallIdParams, HallSchema, HallUpdateSchema, PublicHallSchema } from './schema.js';

export async function hallRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  r.get(
    '/api/v1/public/halls',
    { schema: { tags: ['public'], summary: '大厅树（公开）', response: { 200: z.array(PublicHallSchema) } } },
    async () => (await listAllHalls(db)).map(presentPublicHall),
  );

  r.get(
    '/api/v1/public/halls/:hallId',
    {
      schema: {
        tags: ['public'],
        summary: '大厅信息（公开）',
        params: HallIdParams,
        response: { 200: PublicHallSchema },
      },
    },
    async (req) => {
      const h = await findHall(db, req.params.hallId);
      if (!h) throw new AppError('NOT_FOUND', '大厅不存在');
      return presentPublicHall(h);
    },
  );

  r.get(
    '/api/v1/halls',
    { schema: { tags: ['halls'], summary: '本人可见的大厅', response: { 200: z.array(HallSchema) } } },
    async (req) => {
      const user = userOf(req);
      requirePermission(user, 'hall.read');
      const rows = user.subtree ? await listHallsUnder(db, user.hallPath) : [await findHall(db, user.hallId)];
      return rows.filter((h) => h !== undefined).map(presentHall);
    },
  );

  r.get(
    '/api/v1/halls/:hallId',
    { schema: { tags: ['halls'], summary: '大厅详情', params: HallIdParams, response: { 200: HallSchema } } },
    async (req) =>
      presentHall(await authorizeHallRow(db, userOf(req), 'hall.read', await findHall(db, req.params.hallId))),
  );

  r.post(
    '/api/v1/halls',
    { schema: { tags: ['halls'], summary: '新建下级大厅', body: HallCreateSchema, response: { 201: HallSchema } } },
    async (req, reply) => {
      const user = userOf(req);
      const row = await inConfigTx(app.yz, (trx) => createHall(trx, app.yz.dialect, user, actorOf(req), req.body));
      return reply.status(201).send(presentHall(row));
    },
  );

  r.patch(
    '/api/v1/halls/:hallId',
    {
      schema: {
        tags: ['halls'],
        summary: '修改大厅信息',
        params: HallIdParams,
        body: HallUpdateSchema,
        response: { 200: HallSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      const row = await inConfigTx(app.yz, (trx) =>
        updateHall(trx, app.yz.dialect, user, actorOf(req), req.params.hallId, req.body),
      );
      return presentHall(row);
    },
  );
}
