import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { authorize, authorizeHall } from '../auth/scope.js';
import { cancelNotice, issueNotice, updateNotice } from './issue-notice.js';
import { loadNoticeView, loadNoticeViews } from './present.js';
import { recordPayment } from './record-payment.js';
import { findCase, findNotice, findPayment, type NoticeRow } from './repository.js';
import {
  HallParams,
  IdParams,
  NoticeCancelSchema,
  NoticeCreateSchema,
  NoticeQuery,
  NoticeUpdateSchema,
  PaySchema,
} from './schema.js';
import { NoticeView, ReceiptView } from './views.js';

/** Payment notices 缴费通知单 (window staff) and their payment at the bank window (cashier). */
export async function feeNoticeRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  r.post(
    '/api/v1/cases/:id/fee-notices',
    {
      schema: {
        tags: ['fees'],
        summary: '开具缴费通知单',
        params: IdParams,
        body: NoticeCreateSchema,
        response: { 201: NoticeView },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const n = await inTx(app.yz, (trx) => issueNotice(trx, app.yz, user, actorOf(req), req.params.id, req.body));
      return reply.status(201).send(await loadNoticeView(db, n, user));
    },
  );

  r.get(
    '/api/v1/cases/:id/fee-notices',
    {
      schema: { tags: ['fees'], summary: '办件的缴费通知单', params: IdParams, response: { 200: z.array(NoticeView) } },
    },
    async (req) => {
      const user = userOf(req);
      const kase = await authorize(db, user, 'fee.read', await findCase(db, req.params.id), '办件');
      const rows = await db
        .selectFrom('fee_notices')
        .selectAll()
        .where('case_id', '=', kase.id)
        .orderBy('issued_at', 'desc')
        .orderBy('number', 'desc')
        .execute();
      return loadNoticeViews(db, rows, user);
    },
  );

  r.get(
    '/api/v1/halls/:hallId/fee-notices',
    {
      schema: {
        tags: ['fees'],
        summary: '查找缴费通知单（按通知单号、办件编号）',
        params: HallParams,
        querystring: NoticeQuery,
        response: { 200: z.array(NoticeView) },
      },
    },
    async (req) => {
      const user = userOf(req);
      await authorizeHall(db, user, 'fee.read', req.params.hallId);
      const q = req.query;
      const rows = await db
        .selectFrom('fee_notices')
        .selectAll()
        .where('hall_id', '=', req.params.hallId)
        .$if(!!q.number, (b) => b.where('number', '=', (q.number as string).toUpperCase()))
        .$if(!!q.caseNumber, (b) => b.where('case_number', '=', (q.caseNumber as string).toUpperCase()))
        .$if(q.status !== undefined, (b) => b.where('status', '=', q.status as string))
        .$if(q.day !== undefined, (b) => b.where('issued_on', '=', q.day as string))
        .orderBy('issued_at', 'desc')
        .orderBy('number', 'desc')
        .limit(200)
        .execute();
      return loadNoticeViews(db, rows, user);
    },
  );

  r.get(
    '/api/v1/fee-notices/:id',
    { schema: { tags: ['fees'], summary: '缴费通知单', params: IdParams, response: { 200: NoticeView } } },
    async (req) => {
      const user = userOf(req);
      const n = await authorize(db, user, 'fee.read', await findNotice(db, req.params.id), '缴费通知单');
      return loadNoticeView(db, n, user);
    },
  );

  r.put(
    '/api/v1/fee-notices/:id',
    {
      schema: {
        tags: ['fees'],
        summary: '修改未缴费的缴费通知单',
        params: IdParams,
        body: NoticeUpdateSchema,
        response: { 200: NoticeView },
      },
    },
    async (req) => {
      const user = userOf(req);
      const n = await inTx(app.yz, (trx) => updateNotice(trx, app.yz, user, actorOf(req), req.params.id, req.body));
      return loadNoticeView(db, n, user);
    },
  );

  r.post(
    '/api/v1/fee-notices/:id/cancel',
    {
      schema: {
        tags: ['fees'],
        summary: '作废缴费通知单',
        params: IdParams,
        body: NoticeCancelSchema,
        response: { 200: NoticeView },
      },
    },
    async (req) => {
      const user = userOf(req);
      const n = await inTx(app.yz, (trx) => cancelNotice(trx, app.yz, user, actorOf(req), req.params.id, req.body));
      return loadNoticeView(db, n, user);
    },
  );

  r.post(
    '/api/v1/fee-notices/:id/pay',
    {
      schema: {
        tags: ['fees'],
        summary: '收费窗口收款（全额）',
        params: IdParams,
        body: PaySchema,
        response: { 201: ReceiptView },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const { notice } = await inTx(app.yz, (trx) =>
        recordPayment(trx, app.yz, user, actorOf(req), req.params.id, req.body),
      );
      const view = await loadNoticeView(db, notice, user);
      return reply.status(201).send({ payment: view.payment as NonNullable<NoticeView['payment']>, notice: view });
    },
  );

  r.get(
    '/api/v1/fee-payments/:id',
    { schema: { tags: ['fees'], summary: '收费票据（补打）', params: IdParams, response: { 200: ReceiptView } } },
    async (req) => {
      const user = userOf(req);
      const p = await authorize(db, user, 'fee.read', await findPayment(db, req.params.id), '缴费记录');
      const view = await loadNoticeView(db, (await findNotice(db, p.notice_id)) as NoticeRow, user);
      return { payment: view.payment as NonNullable<NoticeView['payment']>, notice: view };
    },
  );
}
