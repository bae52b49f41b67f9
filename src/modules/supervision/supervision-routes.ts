import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { caseToday } from '../cases/clock.js';
import { answerCard } from './answer-card.js';
import { cardNames } from './card-names.js';
import { closeCard } from './close-card.js';
import { issueCard } from './issue-card.js';
import { listHallCards } from './list-cards.js';
import { presentCard } from './present.js';
import { readSupervision } from './read-supervision.js';
import type { CardRow } from './repository.js';
import {
  CardCreateSchema,
  CardIdParams,
  CardListQuerySchema,
  CardListSchema,
  CardRespondSchema,
  CardSchema,
  HallIdParams,
  SupervisionQuerySchema,
  SupervisionViewSchema,
  WarningIdParams,
  WarningSchema,
} from './schema.js';
import { listMyWarnings, markWarningRead } from './warnings.js';

/** Electronic supervision 电子监察: the colour view, warnings and cards. */
export async function supervisionViewRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;
  const card = async (row: CardRow) => presentCard(row, await cardNames(db, row.hall_id, [row]));

  r.get(
    '/api/v1/halls/:hallId/supervision',
    {
      schema: {
        tags: ['supervision'],
        summary: '电子监察：在办件红黄绿灯、预警、督办卡',
        params: HallIdParams,
        querystring: SupervisionQuerySchema,
        response: { 200: SupervisionViewSchema },
      },
    },
    async (req) => readSupervision(db, userOf(req), req.params.hallId, caseToday(app.yz), req.query),
  );

  r.get(
    '/api/v1/halls/:hallId/supervision/warnings',
    {
      schema: {
        tags: ['supervision'],
        summary: '发给本人的预警（经办人、首席代表、监察）',
        params: HallIdParams,
        querystring: z.object({ unread: z.enum(['true', 'false']).default('true') }),
        response: { 200: z.array(WarningSchema) },
      },
    },
    async (req) => listMyWarnings(db, userOf(req), req.params.hallId, req.query.unread === 'true'),
  );

  r.post(
    '/api/v1/supervision/warnings/:id/read',
    {
      schema: {
        tags: ['supervision'],
        summary: '预警标记为已读',
        params: WarningIdParams,
        response: { 200: z.object({ id: z.string(), readAt: z.string() }) },
      },
    },
    async (req) =>
      inTx(app.yz, (trx) => markWarningRead(trx, app.yz.dialect, userOf(req), actorOf(req), req.params.id)),
  );

  r.get(
    '/api/v1/halls/:hallId/supervision/cards',
    {
      schema: {
        tags: ['supervision'],
        summary: '督办卡及按单位统计',
        params: HallIdParams,
        querystring: CardListQuerySchema,
        response: { 200: CardListSchema },
      },
    },
    async (req) => listHallCards(db, userOf(req), req.params.hallId, req.query),
  );

  r.post(
    '/api/v1/halls/:hallId/supervision/cards',
    {
      schema: {
        tags: ['supervision'],
        summary: '发出督办卡（红牌/黄牌）',
        params: HallIdParams,
        body: CardCreateSchema,
        response: { 201: CardSchema },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const row = await inTx(app.yz, (trx) =>
        issueCard(trx, app.yz.dialect, user, actorOf(req), req.params.hallId, req.body),
      );
      return reply.status(201).send(await card(row));
    },
  );

  r.post(
    '/api/v1/supervision/cards/:id/respond',
    {
      schema: {
        tags: ['supervision'],
        summary: '被督办单位反馈整改情况',
        params: CardIdParams,
        body: CardRespondSchema,
        response: { 200: CardSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      const row = await inTx(app.yz, (trx) =>
        answerCard(trx, app.yz.dialect, user, actorOf(req), req.params.id, req.body.response),
      );
      return card(row);
    },
  );

  r.post(
    '/api/v1/supervision/cards/:id/close',
    {
      schema: {
        tags: ['supervision'],
        summary: '督办卡办结',
        params: CardIdParams,
        response: { 200: CardSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      const row = await inTx(app.yz, (trx) => closeCard(trx, app.yz.dialect, user, actorOf(req), req.params.id));
      return card(row);
    },
  );
}
