import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Db, Dialect } from '../../db/index.js';
import type { Window } from '../../db/types.js';
import { actorOf, inConfigTx, inTx, userOf, withZod } from '../../http/context.js';
import type { HallEvent } from '../../http/events.js';
import type { Actor } from '../audit/record.js';
import { authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { callNext, type Operator } from './call-next.js';
import { publishAll } from './events.js';
import { issueTicket } from './issue-ticket.js';
import { loadWorkbench } from './load-workbench.js';
import { authorizeWindowOperator } from './policy.js';
import { recallTicket } from './recall-ticket.js';
import { findWindow } from './repository.js';
import {
  HallIdParams,
  IdParams,
  OptionalReasonBodySchema,
  PublicTicketSchema,
  ReasonBodySchema,
  StaffTicketSchema,
  TakeTicketBodySchema,
  TransferBodySchema,
  WorkbenchSchema,
} from './schema.js';
import { staffView } from './staff-view.js';
import {
  cancelTicket,
  finishTicket,
  markPriority,
  noShowTicket,
  startTicket,
  type TicketChange,
} from './ticket-actions.js';
import { transferTicket } from './transfer-ticket.js';
import { pauseWindow, resumeWindow, signIn, signOut } from './window-actions.js';

type WindowAct = (
  trx: Db,
  dialect: Dialect,
  user: AuthUser,
  actor: Actor,
  w: Window,
  body: { reason?: string },
) => Promise<HallEvent[]>;
type TicketAct<B> = (trx: Db, user: AuthUser, op: Operator, id: string, body: B) => Promise<TicketChange>;

/** Window staff (queue.operate at their own windows): workbench, calling and ticket actions. */
export async function queueStaffRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db, dialect, bus } = app.yz;
  const opOf = (req: FastifyRequest, user: AuthUser): Operator => ({ userId: user.id, ip: req.ip });

  r.get(
    '/api/v1/windows/:id/workbench',
    { schema: { tags: ['queue'], summary: '窗口工作台', params: IdParams, response: { 200: WorkbenchSchema } } },
    async (req) => {
      const user = userOf(req);
      const w = await authorizeWindowOperator(db, user, req.params.id);
      return loadWorkbench(db, user.id, w);
    },
  );

  r.post(
    '/api/v1/windows/:id/call-next',
    { schema: { tags: ['queue'], summary: '叫下一号', params: IdParams, response: { 200: StaffTicketSchema } } },
    async (req) => {
      const user = userOf(req);
      await authorizeWindowOperator(db, user, req.params.id);
      const { ticket, events } = await inTx(app.yz, (trx) => callNext(trx, dialect, req.params.id, opOf(req, user)));
      await publishAll(bus, events, req.log);
      return staffView(db, ticket);
    },
  );

  const windowRoute = (path: string, summary: string, act: WindowAct, withReason: boolean) =>
    r.post(
      path,
      {
        schema: {
          tags: ['queue'],
          summary,
          params: IdParams,
          body: withReason ? ReasonBodySchema : OptionalReasonBodySchema,
          response: { 200: WorkbenchSchema },
        },
      },
      async (req) => {
        const user = userOf(req);
        const w = await authorizeWindowOperator(db, user, req.params.id);
        const events = await inConfigTx(app.yz, (trx) => act(trx, dialect, user, actorOf(req), w, req.body));
        await publishAll(bus, events, req.log);
        return loadWorkbench(db, user.id, (await findWindow(db, w.id))!);
      },
    );
  windowRoute('/api/v1/windows/:id/sign-in', '窗口签到', (trx, d, u, a, w) => signIn(trx, d, u, a, w), false);
  windowRoute('/api/v1/windows/:id/sign-out', '窗口签退', (trx, d, u, a, w) => signOut(trx, d, u, a, w), false);
  windowRoute(
    '/api/v1/windows/:id/pause',
    '暂停服务',
    (trx, d, _u, a, w, b) => pauseWindow(trx, d, a, w.id, b.reason ?? ''),
    true,
  );
  windowRoute('/api/v1/windows/:id/resume', '恢复服务', (trx, d, _u, a, w) => resumeWindow(trx, d, a, w.id), false);

  function ticketRoute<S extends z.ZodType>(path: string, summary: string, body: S, act: TicketAct<z.infer<S>>) {
    r.post(
      path,
      {
        schema: { tags: ['queue'], summary, params: IdParams, body, response: { 200: StaffTicketSchema } },
      },
      async (req) => {
        const user = userOf(req);
        const { ticket, events } = await inTx(app.yz, (trx) =>
          act(trx, user, opOf(req, user), req.params.id, req.body as z.infer<S>),
        );
        await publishAll(bus, events, req.log);
        return staffView(db, ticket);
      },
    );
  }
  ticketRoute('/api/v1/tickets/:id/recall', '重呼', OptionalReasonBodySchema, (trx, u, op, id) =>
    recallTicket(trx, u, op, id),
  );
  ticketRoute('/api/v1/tickets/:id/start', '开始办理', OptionalReasonBodySchema, (trx, u, op, id) =>
    startTicket(trx, u, op, id),
  );
  ticketRoute('/api/v1/tickets/:id/finish', '办结', OptionalReasonBodySchema, (trx, u, op, id) =>
    finishTicket(trx, u, op, id),
  );
  ticketRoute('/api/v1/tickets/:id/no-show', '过号', ReasonBodySchema, (trx, u, op, id, b) =>
    noShowTicket(trx, u, op, id, b.reason),
  );
  ticketRoute('/api/v1/tickets/:id/transfer', '转移', TransferBodySchema, (trx, u, op, id, b) =>
    transferTicket(trx, u, op, id, b),
  );
  ticketRoute('/api/v1/tickets/:id/priority', '设为绿色通道', ReasonBodySchema, (trx, u, op, id, b) =>
    markPriority(trx, u, op, id, b.reason),
  );
  ticketRoute('/api/v1/tickets/:id/cancel', '取消号码', ReasonBodySchema, (trx, u, op, id, b) =>
    cancelTicket(trx, u, op, id, b.reason),
  );

  r.post(
    '/api/v1/halls/:hallId/tickets',
    {
      schema: {
        tags: ['queue'],
        summary: '窗口代取号',
        params: HallIdParams,
        body: TakeTicketBodySchema,
        response: { 201: PublicTicketSchema },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      await authorizeHall(db, user, 'queue.operate', req.params.hallId);
      const out = await inTx(app.yz, (trx) =>
        issueTicket(
          trx,
          dialect,
          { ...req.body, hallId: req.params.hallId, source: 'staff' },
          { userId: user.id, ip: req.ip },
        ),
      );
      await publishAll(bus, out.events, req.log);
      return reply.status(201).send(out.view);
    },
  );
}
