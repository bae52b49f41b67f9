import type { FastifyInstance } from 'fastify';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { HallIdParams } from './schema.js';
import { getThresholds, saveThresholds, ThresholdsBodySchema, ThresholdsViewSchema } from './thresholds.js';

/** The hall's colour thresholds 红黄灯阈值: read by whoever sees case colours, set by the hall manager. */
export async function thresholdRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db, dialect } = app.yz;
  const path = '/api/v1/halls/:hallId/supervision/thresholds';

  r.get(
    path,
    {
      schema: {
        tags: ['supervision'],
        summary: '红黄灯预警阈值',
        params: HallIdParams,
        response: { 200: ThresholdsViewSchema },
      },
    },
    async (req) => getThresholds(db, userOf(req), req.params.hallId),
  );

  r.put(
    path,
    {
      schema: {
        tags: ['supervision'],
        summary: '设置红黄灯预警阈值（大厅管理办公室）',
        params: HallIdParams,
        body: ThresholdsBodySchema,
        response: { 200: ThresholdsViewSchema },
      },
    },
    async (req) =>
      inTx(app.yz, (trx) => saveThresholds(trx, dialect, userOf(req), actorOf(req), req.params.hallId, req.body)),
  );
}
