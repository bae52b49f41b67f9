import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import type { Db } from '../../db/index.js';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorize } from '../auth/scope.js';
import { acceptCase } from './accept-case.js';
import { caseNow, caseToday } from './clock.js';
import { loadColourThresholds } from './colour-thresholds.js';
import { computeCaseDeadline } from './deadline.js';
import { deliverCase } from './deliver-case.js';
import { listCaseRoutes } from './list-routes.js';
import { auditReveal, presentPersonal } from './personal.js';
import { presentCase } from './present.js';
import { casePublicRoutes } from './public-routes.js';
import { receiveCase } from './receive-case.js';
import { rejectCase } from './reject-case.js';
import { type CaseRow, findCase } from './repository.js';
import {
  AcceptCaseSchema,
  CaseIdParams,
  CaseViewSchema,
  CloseCaseSchema,
  DeadlineViewSchema,
  DeliverCaseSchema,
  DocumentParams,
  DocumentViewSchema,
  HallIdParams,
  PersonalViewSchema,
  ReceiveCaseSchema,
  RejectCaseSchema,
  RequestSupplementsSchema,
  RevealPersonalSchema,
  SupplementsReceivedSchema,
  WithdrawCaseSchema,
} from './schema.js';
import { receiveSupplements, requestSupplements } from './supplements.js';
import { closeCase, withdrawCase } from './withdraw-case.js';

/** Window side of cases 办件 (docs/api-cases.md "Window"), the public look-up and 办件公示. */
export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db, dialect } = app.yz;
  await app.register(casePublicRoutes);
  await app.register(listCaseRoutes);

  const who = (req: FastifyRequest) => ({ dialect, actor: actorOf(req), user: userOf(req) });

  /** The case as the caller sees it after a change (personal data masked, like every case view). */
  const view = (req: FastifyRequest, row: CaseRow) =>
    presentCase(db, row, { user: userOf(req), today: caseToday(app.yz) });

  r.post(
    '/api/v1/halls/:hallId/cases',
    {
      schema: {
        tags: ['cases'],
        summary: '收件（登记申请、勾选材料清单）',
        params: HallIdParams,
        body: ReceiveCaseSchema,
        response: { 201: CaseViewSchema },
      },
    },
    async (req, reply) => {
      const now = caseNow(app.yz);
      const { row, warnings } = await inTx(app.yz, (trx) =>
        receiveCase(trx, who(req), req.params.hallId, req.body, { today: caseToday(app.yz), at: now.toISOString() }),
      );
      return reply.status(201).send({ ...(await view(req, row)), warnings });
    },
  );

  r.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: '办件详情（个人信息脱敏）',
        params: CaseIdParams,
        response: { 200: CaseViewSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      const c = await authorize(db, user, 'case.read', await findCase(db, req.params.id), '办件');
      return presentCase(db, c, { user, today: caseToday(app.yz) });
    },
  );

  r.post(
    '/api/v1/cases/:id/reveal-personal',
    {
      schema: {
        tags: ['cases'],
        summary: '显示申请人完整证件号码和电话（每次留痕）',
        params: CaseIdParams,
        body: RevealPersonalSchema,
        response: { 200: PersonalViewSchema },
      },
    },
    async (req, reply) => {
      const c = await authorize(db, userOf(req), 'case.view_personal', await findCase(db, req.params.id), '办件');
      const at = caseNow(app.yz).toISOString();
      await inTx(app.yz, (trx) => auditReveal(trx, dialect, actorOf(req), c, req.body.purpose ?? ''));
      // full values must not stay in a shared cache or the browser's history
      reply.header('cache-control', 'no-store');
      return presentPersonal(c, at);
    },
  );

  r.get(
    '/api/v1/cases/:id/deadline',
    {
      schema: {
        tags: ['cases'],
        summary: '办理时限与逐日计算过程',
        params: CaseIdParams,
        response: { 200: DeadlineViewSchema },
      },
    },
    async (req) => {
      const c = await authorize(db, userOf(req), 'case.read', await findCase(db, req.params.id), '办件');
      const thresholds = await loadColourThresholds(db, c.hall_id);
      return computeCaseDeadline(db, c, { today: caseToday(app.yz), thresholds });
    },
  );

  r.get(
    '/api/v1/cases/:id/documents/:docId',
    {
      schema: {
        tags: ['cases'],
        summary: '文书（打印用，内容固定）',
        params: DocumentParams,
        response: { 200: DocumentViewSchema },
      },
    },
    async (req) => {
      const c = await authorize(db, userOf(req), 'case.read', await findCase(db, req.params.id), '办件');
      const d = await db
        .selectFrom('case_documents')
        .selectAll()
        .where('id', '=', req.params.docId)
        .where('case_id', '=', c.id)
        .executeTakeFirst();
      if (!d) throw new AppError('NOT_FOUND', '文书不存在');
      return {
        id: d.id,
        caseId: c.id,
        kind: d.kind,
        number: d.number,
        createdAt: d.created_at,
        content: JSON.parse(d.content) as Record<string, unknown>,
      };
    },
  );

  /** One POST per window action: validate, one transaction, present. */
  const action = <B>(
    path: string,
    summary: string,
    body: ZodType<B>,
    run: (trx: Db, req: FastifyRequest, id: string, b: B) => Promise<CaseRow>,
  ) =>
    r.post(
      `/api/v1/cases/:id/${path}`,
      { schema: { tags: ['cases'], summary, params: CaseIdParams, body, response: { 200: CaseViewSchema } } },
      async (req) => {
        const row = await inTx(app.yz, (trx) => run(trx, req, req.params.id, req.body as B));
        return view(req, row);
      },
    );

  const today = () => caseToday(app.yz);
  // Acceptance, the busiest window action: the view is built inside its transaction from what the
  // acceptance has just read and written (same view as after any other action, see presentCase).
  r.post(
    '/api/v1/cases/:id/accept',
    {
      schema: {
        tags: ['cases'],
        summary: '受理（即办件当场办结）',
        params: CaseIdParams,
        body: AcceptCaseSchema,
        response: { 200: CaseViewSchema },
      },
    },
    (req) =>
      inTx(app.yz, async (trx) => {
        const day = today();
        const a = await acceptCase(trx, who(req), req.params.id, req.body, day);
        return presentCase(trx, a.row, { user: userOf(req), today: day, calendar: a.calendar, known: a.known });
      }),
  );
  action('request-supplements', '一次性告知补正', RequestSupplementsSchema, (trx, req, id, b) =>
    requestSupplements(trx, who(req), id, b, today()),
  );
  action('supplements-received', '补正材料接收', SupplementsReceivedSchema, (trx, req, id, b) =>
    receiveSupplements(trx, who(req), id, b, today()),
  );
  action('reject', '不予受理', RejectCaseSchema, (trx, req, id, b) => rejectCase(trx, who(req), id, b, today()));
  action('deliver', '送达出件（窗口领取或邮寄）', DeliverCaseSchema, (trx, req, id, b) =>
    deliverCase(trx, who(req), id, b, today()),
  );
  action('withdraw', '撤回申请', WithdrawCaseSchema, (trx, req, id, b) => withdrawCase(trx, who(req), id, b, today()));
  action('close', '归档', CloseCaseSchema, (trx, req, id, b) => closeCase(trx, who(req), id, b, today()));
}
