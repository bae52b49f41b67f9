import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/index.js';
import { inTx, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { publishAll } from './events.js';
import { issueTicket } from './issue-ticket.js';
import { listPublicBusinessTypes, publicTicketView } from './public-views.js';
import { findTicket } from './repository.js';
import {
  HallIdParams,
  IdParams,
  PublicBusinessTypeSchema,
  PublicTicketSchema,
  TakeTicketBodySchema,
} from './schema.js';

/** Kiosk and public site (no login): business types, taking a ticket, a ticket's status. */
export async function queuePublicRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db, dialect, bus } = app.yz;

  r.get(
    '/api/v1/public/halls/:hallId/business-types',
    {
      schema: {
        tags: ['public'],
        summary: '可取号的业务类型（公开）',
        params: HallIdParams,
        response: { 200: z.array(PublicBusinessTypeSchema) },
      },
    },
    async (req) => listPublicBusinessTypes(db, req.params.hallId),
  );

  r.post(
    '/api/v1/public/halls/:hallId/tickets',
    {
      schema: {
        tags: ['public'],
        summary: '取号（公开，自助取号机）',
        params: HallIdParams,
        body: TakeTicketBodySchema,
        response: { 201: PublicTicketSchema },
      },
    },
    async (req, reply) => {
      const issue = (trx: Db) =>
        issueTicket(
          trx,
          dialect,
          { ...req.body, hallId: req.params.hallId, source: 'kiosk' },
          { userId: null, ip: req.ip },
        );
      // On PostgreSQL every write of a kiosk ticket is the one `yz_take_ticket` statement, a
      // transaction of its own (src/modules/queue/take-writes.ts), and the read before it is the
      // rules' input, which a transaction would not lock either: BEGIN and COMMIT would only add two
      // round trips. On SQLite the statements are separate: one transaction (group commit).
      const out = dialect === 'postgres' ? await issue(db) : await inTx(app.yz, issue);
      await publishAll(bus, out.events, req.log);
      return reply.status(201).send(out.view);
    },
  );

  r.get(
    '/api/v1/public/tickets/:id',
    {
      schema: {
        tags: ['public'],
        summary: '号码状态（公开）',
        params: IdParams,
        response: { 200: PublicTicketSchema },
      },
    },
    async (req) => {
      const t = await findTicket(db, req.params.id);
      if (!t) throw new AppError('NOT_FOUND', '号码不存在');
      return publicTicketView(db, t);
    },
  );
}
