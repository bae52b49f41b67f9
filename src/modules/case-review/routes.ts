import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { completeTask } from './complete-task.js';
import { type CaseRow, CaseViewSchema, caseToday, presentCase } from './core.js';
import { escalateCase } from './escalate-case.js';
import { decideExtension, requestExtension } from './extensions.js';
import { listEscalated, loadInbox } from './inbox.js';
import { pauseCase, resumeCase } from './pause-case.js';
import type { Reviewer } from './policy.js';
import { listReportedPending } from './reported-pending.js';
import {
  CaseIdParams,
  CompleteTaskSchema,
  EscalatedEntrySchema,
  EscalateSchema,
  ExtensionDecideSchema,
  ExtensionParams,
  ExtensionRequestSchema,
  HallIdParams,
  InboxEntrySchema,
  PauseSchema,
  ReportedPendingQuery,
  ReportedPendingSchema,
  ResumeSchema,
  TaskParams,
} from './schema.js';

/** Review of cases 审查 (docs/api-cases.md "Review"): inbox, steps, decisions, pauses, extensions, escalation. */
export async function caseReviewRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db, dialect } = app.yz;
  const who = (req: FastifyRequest): Reviewer => ({ dialect, actor: actorOf(req), user: userOf(req) });
  const view = (req: FastifyRequest, row: CaseRow) =>
    presentCase(db, row, { user: userOf(req), today: caseToday(app.yz) });
  const tags = ['case-review'];
  const caseResponse = { 200: CaseViewSchema };

  r.get(
    '/api/v1/halls/:hallId/case-inbox',
    {
      schema: {
        tags,
        summary: '审批待办（本部门，按紧急程度排序）',
        params: HallIdParams,
        response: { 200: z.array(InboxEntrySchema) },
      },
    },
    async (req) => loadInbox(db, userOf(req), req.params.hallId, caseToday(app.yz)),
  );

  r.get(
    '/api/v1/halls/:hallId/escalated',
    {
      schema: {
        tags,
        summary: '下级报送的上报件',
        params: HallIdParams,
        response: { 200: z.array(EscalatedEntrySchema) },
      },
    },
    async (req) => listEscalated(db, userOf(req), req.params.hallId),
  );

  r.get(
    '/api/v1/halls/:hallId/reported-cases/pending',
    {
      schema: {
        tags,
        summary: '上报件待转报（初审已完成）与下级报送待决定',
        params: HallIdParams,
        querystring: ReportedPendingQuery,
        response: { 200: ReportedPendingSchema },
      },
    },
    async (req) => listReportedPending(db, userOf(req), req.params.hallId, caseToday(app.yz), { mine: req.query.mine }),
  );

  r.post(
    '/api/v1/cases/:id/tasks/:taskId/complete',
    {
      schema: {
        tags,
        summary: '办理审查环节或联办子任务',
        params: TaskParams,
        body: CompleteTaskSchema,
        response: caseResponse,
      },
    },
    async (req) => {
      const row = await inTx(app.yz, (trx) =>
        completeTask(trx, who(req), req.params.id, req.params.taskId, req.body, caseToday(app.yz)),
      );
      return view(req, row);
    },
  );

  r.post(
    '/api/v1/cases/:id/pause',
    {
      schema: {
        tags,
        summary: '启动特别程序（暂停计时）',
        params: CaseIdParams,
        body: PauseSchema,
        response: caseResponse,
      },
    },
    async (req) =>
      view(req, await inTx(app.yz, (trx) => pauseCase(trx, who(req), req.params.id, req.body, caseToday(app.yz)))),
  );

  r.post(
    '/api/v1/cases/:id/resume',
    {
      schema: {
        tags,
        summary: '结束特别程序（恢复计时）',
        params: CaseIdParams,
        body: ResumeSchema,
        response: caseResponse,
      },
    },
    async (req) =>
      view(
        req,
        await inTx(app.yz, (trx) => resumeCase(trx, who(req), req.params.id, req.body.rowVersion, caseToday(app.yz))),
      ),
  );

  r.post(
    '/api/v1/cases/:id/extensions',
    {
      schema: { tags, summary: '申请延期', params: CaseIdParams, body: ExtensionRequestSchema, response: caseResponse },
    },
    async (req) =>
      view(
        req,
        await inTx(app.yz, (trx) => requestExtension(trx, who(req), req.params.id, req.body, caseToday(app.yz))),
      ),
  );

  r.post(
    '/api/v1/cases/:id/extensions/:extId/decide',
    {
      schema: {
        tags,
        summary: '审批延期',
        params: ExtensionParams,
        body: ExtensionDecideSchema,
        response: caseResponse,
      },
    },
    async (req) =>
      view(
        req,
        await inTx(app.yz, (trx) =>
          decideExtension(trx, who(req), req.params.id, req.params.extId, req.body, caseToday(app.yz)),
        ),
      ),
  );

  r.post(
    '/api/v1/cases/:id/escalate',
    {
      schema: {
        tags,
        summary: '上报件报送上级大厅',
        params: CaseIdParams,
        body: EscalateSchema,
        response: caseResponse,
      },
    },
    async (req) =>
      view(req, await inTx(app.yz, (trx) => escalateCase(trx, who(req), req.params.id, req.body, caseToday(app.yz)))),
  );
}
