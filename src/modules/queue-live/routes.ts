import type { FastifyInstance } from 'fastify';
import { daysBetween } from '../../domain/calendar-date.js';
import { chinaDate } from '../../domain/china-time.js';
import { userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorizeHall } from '../auth/scope.js';
import { loadDisplay } from './load-display.js';
import { loadFloor } from './load-floor.js';
import { loadWindowScreen } from './load-screen.js';
import { loadStats } from './load-stats.js';
import { findHallBrief } from './repository.js';
import {
  DisplaySchema,
  FloorSchema,
  HallParams,
  StatsQuery,
  StatsSchema,
  WindowParams,
  WindowScreenSchema,
} from './schema.js';
import { registerEventStream } from './stream-events.js';

/** Longest statistics range, in days. */
const MAX_STATS_DAYS = 366;

/** Live queue: SSE events, hall display, window screen (public); floor view and statistics (queue.monitor). */
export async function queueLiveRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  registerEventStream(app);

  r.get(
    '/api/v1/public/halls/:hallId/queue/display',
    {
      schema: {
        tags: ['public'],
        summary: '大厅显示屏快照（公开）',
        params: HallParams,
        response: { 200: DisplaySchema },
      },
    },
    async (req, reply) => {
      const hall = await findHallBrief(db, req.params.hallId);
      if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');
      reply.header('Cache-Control', 'no-store');
      return loadDisplay(db, hall, new Date());
    },
  );

  r.get(
    '/api/v1/public/windows/:windowId/screen',
    {
      schema: {
        tags: ['public'],
        summary: '窗口屏（公开）',
        params: WindowParams,
        response: { 200: WindowScreenSchema },
      },
    },
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store');
      return loadWindowScreen(db, req.params.windowId, new Date());
    },
  );

  r.get(
    '/api/v1/halls/:hallId/queue/floor',
    { schema: { tags: ['queue'], summary: '现场监控', params: HallParams, response: { 200: FloorSchema } } },
    async (req) => {
      await authorizeHall(db, userOf(req), 'queue.monitor', req.params.hallId);
      const hall = await findHallBrief(db, req.params.hallId);
      if (!hall) throw new AppError('NOT_FOUND', '大厅不存在');
      return loadFloor(db, hall, new Date());
    },
  );

  r.get(
    '/api/v1/halls/:hallId/queue/stats',
    {
      schema: {
        tags: ['queue'],
        summary: '排队统计（from/to 为办理日期，默认今天）',
        params: HallParams,
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'queue.monitor', req.params.hallId);
      const now = new Date();
      const today = chinaDate(now);
      const from = req.query.from ?? req.query.to ?? today;
      const to = req.query.to ?? (req.query.from && from < today ? today : from);
      if (from > to) throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期');
      if (daysBetween(from, to) >= MAX_STATS_DAYS)
        throw new AppError('VALIDATION_FAILED', `统计区间不能超过 ${MAX_STATS_DAYS} 天`);
      return loadStats(db, req.params.hallId, from, to, now);
    },
  );
}
