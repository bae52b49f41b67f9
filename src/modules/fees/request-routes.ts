import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorizeHall } from '../auth/scope.js';
import { loadNoticeView, presentRefund, presentWaiver } from './present.js';
import { decideRefund, requestRefund } from './refunds.js';
import { findNotice, type NoticeRow } from './repository.js';
import {
  HallParams,
  IdParams,
  RefundCreateSchema,
  RefundDecideSchema,
  RequestQuery,
  WaiverCreateSchema,
  WaiverDecideSchema,
} from './schema.js';
import { RefundView, WaiverView } from './views.js';
import { decideWaiver, requestWaiver } from './waivers.js';

/** Waivers 减免 and refunds 退费: requested, then approved or refused by someone else. */
export async function feeRequestRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  const waiverView = async (noticeId: string, waiverId: string) => {
    const view = await loadNoticeView(db, (await findNotice(db, noticeId)) as NoticeRow, null);
    const w = view.waivers.find((x) => x.id === waiverId);
    if (!w) throw new AppError('INTERNAL');
    return w;
  };
  const refundView = async (noticeId: string, refundId: string) => {
    const view = await loadNoticeView(db, (await findNotice(db, noticeId)) as NoticeRow, null);
    const x = view.refunds.find((y) => y.id === refundId);
    if (!x) throw new AppError('INTERNAL');
    return x;
  };

  r.post(
    '/api/v1/fee-notices/:id/waivers',
    {
      schema: {
        tags: ['fees'],
        summary: '申请减免',
        params: IdParams,
        body: WaiverCreateSchema,
        response: { 201: WaiverView },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const { waiver } = await inTx(app.yz, (trx) =>
        requestWaiver(trx, app.yz, user, actorOf(req), req.params.id, req.body),
      );
      return reply.status(201).send(await waiverView(waiver.notice_id, waiver.id));
    },
  );

  r.post(
    '/api/v1/fee-waivers/:id/decide',
    {
      schema: {
        tags: ['fees'],
        summary: '审批减免',
        params: IdParams,
        body: WaiverDecideSchema,
        response: { 200: WaiverView },
      },
    },
    async (req) => {
      const user = userOf(req);
      const { waiver } = await inTx(app.yz, (trx) =>
        decideWaiver(trx, app.yz, user, actorOf(req), req.params.id, req.body),
      );
      return waiverView(waiver.notice_id, waiver.id);
    },
  );

  r.get(
    '/api/v1/halls/:hallId/fee-waivers',
    {
      schema: {
        tags: ['fees'],
        summary: '减免申请与记录',
        params: HallParams,
        querystring: RequestQuery,
        response: { 200: z.array(WaiverView) },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'fee.read', req.params.hallId);
      const { status, day } = req.query;
      const rows = await db
        .selectFrom('fee_waivers as w')
        .innerJoin('fee_notices as n', 'n.id', 'w.notice_id')
        .innerJoin('fee_notice_lines as l', 'l.id', 'w.notice_line_id')
        .selectAll('w')
        .select(['n.number as notice_number', 'l.name as line_name'])
        .where('w.hall_id', '=', req.params.hallId)
        .$if(status !== undefined, (q) => q.where('w.status', '=', status as string))
        .$if(day !== undefined, (q) => q.where('n.issued_on', '=', day as string))
        .orderBy('w.requested_at', 'desc')
        .limit(500)
        .execute();
      return rows.map((w) => presentWaiver(w, w.notice_number, w.line_name));
    },
  );

  r.post(
    '/api/v1/fee-payments/:id/refunds',
    {
      schema: {
        tags: ['fees'],
        summary: '申请退费',
        params: IdParams,
        body: RefundCreateSchema,
        response: { 201: RefundView },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const refund = await inTx(app.yz, (trx) =>
        requestRefund(trx, app.yz, user, actorOf(req), req.params.id, req.body),
      );
      return reply.status(201).send(await refundView(refund.notice_id, refund.id));
    },
  );

  r.post(
    '/api/v1/fee-refunds/:id/decide',
    {
      schema: {
        tags: ['fees'],
        summary: '审批退费',
        params: IdParams,
        body: RefundDecideSchema,
        response: { 200: RefundView },
      },
    },
    async (req) => {
      const user = userOf(req);
      const refund = await inTx(app.yz, (trx) =>
        decideRefund(trx, app.yz, user, actorOf(req), req.params.id, req.body),
      );
      return refundView(refund.notice_id, refund.id);
    },
  );

  r.get(
    '/api/v1/halls/:hallId/fee-refunds',
    {
      schema: {
        tags: ['fees'],
        summary: '退费申请与记录',
        params: HallParams,
        querystring: RequestQuery,
        response: { 200: z.array(RefundView) },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'fee.read', req.params.hallId);
      const { status, day } = req.query;
      const rows = await db
        .selectFrom('fee_refunds as x')
        .innerJoin('fee_notices as n', 'n.id', 'x.notice_id')
        .innerJoin('fee_notice_lines as l', 'l.id', 'x.notice_line_id')
        .selectAll('x')
        .select(['n.number as notice_number', 'l.name as line_name'])
        .where('x.hall_id', '=', req.params.hallId)
        .$if(status !== undefined, (q) => q.where('x.status', '=', status as string))
        .$if(day !== undefined, (q) => q.where('x.refunded_on', '=', day as string))
        .orderBy('x.requested_at', 'desc')
        .limit(500)
        .execute();
      return rows.map((x) => presentRefund(x, x.notice_number, x.line_name));
    },
  );
}
