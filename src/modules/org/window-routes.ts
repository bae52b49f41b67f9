import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, inConfigTx, userOf, withZod } from '../../http/context.js';
import { authorize, authorizeHall } from '../auth/scope.js';
import { monthsBefore, todayInChina } from './dates.js';
import { windowView, windowViews } from './load-views.js';
import { findWindow, listWindows, windowAssignments } from './repository.js';
import { createWindow, updateWindow } from './save-window.js';
import {
  HallIdParams,
  IdParams,
  WindowAssignmentsSchema,
  WindowCreateSchema,
  WindowSchema,
  WindowUpdateSchema,
} from './schema.js';
import { countStaffingChanges } from './stability.js';

/** Windows (窗口): list, create, detail, edit, and staffing history with its stability count. */
export async function windowRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db, dialect } = app.yz;

  r.get(
    '/api/v1/halls/:hallId/windows',
    {
      schema: { tags: ['org'], summary: '窗口列表', params: HallIdParams, response: { 200: z.array(WindowSchema) } },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'org.read', req.params.hallId);
      return windowViews(db, await listWindows(db, req.params.hallId));
    },
  );

  r.post(
    '/api/v1/halls/:hallId/windows',
    {
      schema: {
        tags: ['org'],
        summary: '新增窗口',
        params: HallIdParams,
        body: WindowCreateSchema,
        response: { 201: WindowSchema },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const view = await inConfigTx(app.yz, async (trx) =>
        windowView(trx, await createWindow(trx, dialect, user, actorOf(req), req.params.hallId, req.body)),
      );
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/v1/windows/:id',
    { schema: { tags: ['org'], summary: '窗口详情', params: IdParams, response: { 200: WindowSchema } } },
    async (req) =>
      windowView(db, await authorize(db, userOf(req), 'org.read', await findWindow(db, req.params.id), '窗口')),
  );

  r.patch(
    '/api/v1/windows/:id',
    {
      schema: {
        tags: ['org'],
        summary: '修改窗口',
        params: IdParams,
        body: WindowUpdateSchema,
        response: { 200: WindowSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inConfigTx(app.yz, async (trx) =>
        windowView(trx, await updateWindow(trx, dialect, user, actorOf(req), req.params.id, req.body)),
      );
    },
  );

  r.get(
    '/api/v1/windows/:id/assignments',
    {
      schema: {
        tags: ['org'],
        summary: '窗口人员安排记录及近 12 个月变动次数',
        params: IdParams,
        response: { 200: WindowAssignmentsSchema },
      },
    },
    async (req) => {
      const w = await authorize(db, userOf(req), 'org.read', await findWindow(db, req.params.id), '窗口');
      const rows = await windowAssignments(db, w.id);
      const today = todayInChina();
      return {
        history: rows.map((a) => ({
          id: a.id,
          staffId: a.staff_id,
          staffName: a.staff_name,
          fromDate: a.from_date,
          toDate: a.to_date,
        })),
        changesLast12Months: countStaffingChanges(
          rows.map((a) => ({ fromDate: a.from_date, toDate: a.to_date })),
          today,
          monthsBefore(today, 12),
        ),
      };
    },
  );
}
