import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { canSeeHall, requirePermission } from '../auth/scope.js';
import { verifyAuditChain } from './record.js';

const AuditEntrySchema = z.object({
  id: z.string(),
  seq: z.number(),
  at: z.string(),
  hallId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  ip: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

const Query = z.object({
  hallId: z.string().optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(64).optional(),
  action: z.string().max(50).optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Values that must not leave the audit store even for supervisors. */
function redact(json: string | null): unknown {
  if (!json) return null;
  const v = JSON.parse(json) as Record<string, unknown>;
  if (v && typeof v === 'object') for (const k of ['password_hash', 'csrf_token']) if (k in v) v[k] = '[redacted]';
  return v;
}

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;

  r.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志（本人可见范围）',
        querystring: Query,
        response: { 200: z.array(AuditEntrySchema) },
      },
    },
    async (req) => {
      const me = userOf(req);
      requirePermission(me, 'audit.read');
      const q = req.query;
      if (q.hallId && !(await canSeeHall(db, me, q.hallId))) throw new AppError('NOT_FOUND', '大厅不存在');
      let query = db.selectFrom('audit_log').selectAll();
      query = q.hallId
        ? query.where('hall_id', '=', q.hallId)
        : me.subtree
          ? query.where('hall_path', 'like', `${me.hallPath}%`)
          : query.where('hall_id', '=', me.hallId);
      if (q.entityType) query = query.where('entity_type', '=', q.entityType);
      if (q.entityId) query = query.where('entity_id', '=', q.entityId);
      if (q.action) query = query.where('action', '=', q.action);
      if (q.beforeSeq) query = query.where('seq', '<', q.beforeSeq);
      const rows = await query.orderBy('seq', 'desc').limit(q.limit).execute();
      return rows.map((a) => ({
        id: a.id,
        seq: a.seq,
        at: a.at,
        hallId: a.hall_id,
        actorUsername: a.actor_username,
        ip: a.ip,
        action: a.action,
        entityType: a.entity_type,
        entityId: a.entity_id,
        before: redact(a.before),
        after: redact(a.after),
      }));
    },
  );

  r.get(
    '/api/v1/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: '校验审计日志哈希链（系统管理员）',
        response: { 200: z.object({ intact: z.boolean(), brokenAtSeq: z.number().nullable() }) },
      },
    },
    async (req) => {
      const me = userOf(req);
      if (!me.roles.includes('admin')) throw new AppError('FORBIDDEN');
      const broken = await verifyAuditChain(db);
      return { intact: broken === null, brokenAtSeq: broken };
    },
  );
}
