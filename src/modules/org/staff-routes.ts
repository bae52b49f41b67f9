import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Staff } from '../../db/types.js';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { recordAudit } from '../audit/record.js';
import { authorize, authorizeHall } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { assignStaff } from './assign-staff.js';
import { staffView, staffViews } from './load-views.js';
import { findStaff, listStaff } from './repository.js';
import { createStaff, setStaffPhoto, updateStaff } from './save-staff.js';
import {
  AssignmentCreateSchema,
  HallIdParams,
  IdParams,
  StaffCreateSchema,
  StaffListQuery,
  StaffPhotoSchema,
  StaffSchema,
  StaffUpdateSchema,
} from './schema.js';

/** Only org.manage sees staff phone numbers unmasked. */
const showsPhone = (user: AuthUser) => user.permissions.has('org.manage');

/** Staff (工作人员): list, create, detail, edit, badge photo, window assignment. */
export async function staffRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db, dialect } = app.yz;

  /** Every view of an unmasked personal value is audited (PRODUCT §12). */
  async function auditPhoneView(req: FastifyRequest, hallId: string, rows: Staff[], entityId: string | null) {
    const shown = rows.filter((s) => s.phone !== '');
    if (shown.length === 0) return;
    await inTx(app.yz, (trx) =>
      recordAudit(trx, dialect, actorOf(req), {
        action: 'personal_data.view',
        entityType: 'staff',
        entityId,
        hallId,
        after: { fields: ['phone'], staffIds: shown.map((s) => s.id) },
      }),
    );
  }

  r.get(
    '/api/v1/halls/:hallId/staff',
    {
      schema: {
        tags: ['org'],
        summary: '工作人员列表',
        params: HallIdParams,
        querystring: StaffListQuery,
        response: { 200: z.array(StaffSchema) },
      },
    },
    async (req) => {
      const user = userOf(req);
      await authorizeHall(db, user, 'org.read', req.params.hallId);
      const rows = await listStaff(db, req.params.hallId, req.query);
      if (showsPhone(user)) await auditPhoneView(req, req.params.hallId, rows, null);
      return staffViews(db, rows, showsPhone(user));
    },
  );

  r.post(
    '/api/v1/halls/:hallId/staff',
    {
      schema: {
        tags: ['org'],
        summary: '新增工作人员',
        params: HallIdParams,
        body: StaffCreateSchema,
        response: { 201: StaffSchema },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const view = await inTx(app.yz, async (trx) =>
        staffView(trx, await createStaff(trx, dialect, user, actorOf(req), req.params.hallId, req.body), true),
      );
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/v1/staff/:id',
    { schema: { tags: ['org'], summary: '工作人员详情', params: IdParams, response: { 200: StaffSchema } } },
    async (req) => {
      const user = userOf(req);
      const s = await authorize(db, user, 'org.read', await findStaff(db, req.params.id), '工作人员');
      if (showsPhone(user)) await auditPhoneView(req, s.hall_id, [s], s.id);
      return staffView(db, s, showsPhone(user));
    },
  );

  r.patch(
    '/api/v1/staff/:id',
    {
      schema: {
        tags: ['org'],
        summary: '修改工作人员',
        params: IdParams,
        body: StaffUpdateSchema,
        response: { 200: StaffSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inTx(app.yz, async (trx) =>
        staffView(trx, await updateStaff(trx, dialect, user, actorOf(req), req.params.id, req.body), true),
      );
    },
  );

  r.put(
    '/api/v1/staff/:id/photo',
    {
      schema: {
        tags: ['org'],
        summary: '上传或删除工作牌照片（PNG/JPEG/WebP/SVG，≤ 512 KB）',
        params: IdParams,
        body: StaffPhotoSchema,
        response: { 200: StaffSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inTx(app.yz, async (trx) =>
        staffView(trx, await setStaffPhoto(trx, dialect, user, actorOf(req), req.params.id, req.body.dataUrl), true),
      );
    },
  );

  r.post(
    '/api/v1/staff/:id/assignments',
    {
      schema: {
        tags: ['org'],
        summary: '安排窗口（结束当前安排并开始新安排）',
        params: IdParams,
        body: AssignmentCreateSchema,
        response: { 200: StaffSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inTx(app.yz, async (trx) =>
        staffView(trx, await assignStaff(trx, dialect, user, actorOf(req), req.params.id, req.body), true),
      );
    },
  );
}
