import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorize, authorizeHall } from '../auth/scope.js';
import { findHall } from '../halls/repository.js';
import { changeResidency } from './change-residency.js';
import { departmentDetailView } from './load-views.js';
import { presentDepartment, presentPublicDepartment } from './present.js';
import { findDepartment, listDepartments, listPublicDepartments } from './repository.js';
import { createDepartment, updateDepartment } from './save-department.js';
import {
  DepartmentCreateSchema,
  DepartmentDetailSchema,
  DepartmentListQuery,
  DepartmentSchema,
  DepartmentUpdateSchema,
  HallIdParams,
  IdParams,
  PublicDepartmentSchema,
  ResidencyChangeSchema,
} from './schema.js';

/** Departments (进驻单位): list, create, detail with residency history, edit, residency change, public list. */
export async function departmentRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db, dialect } = app.yz;

  r.get(
    '/api/v1/public/halls/:hallId/departments',
    {
      schema: {
        tags: ['public'],
        summary: '进驻单位及其公开事项数（公开）',
        params: HallIdParams,
        response: { 200: z.array(PublicDepartmentSchema) },
      },
    },
    async (req) => {
      if (!(await findHall(db, req.params.hallId))) throw new AppError('NOT_FOUND', '大厅不存在');
      return (await listPublicDepartments(db, req.params.hallId)).map(presentPublicDepartment);
    },
  );

  r.get(
    '/api/v1/halls/:hallId/departments',
    {
      schema: {
        tags: ['org'],
        summary: '进驻单位列表',
        params: HallIdParams,
        querystring: DepartmentListQuery,
        response: { 200: z.array(DepartmentSchema) },
      },
    },
    async (req) => {
      await authorizeHall(db, userOf(req), 'org.read', req.params.hallId);
      return (await listDepartments(db, req.params.hallId, req.query.residency)).map(presentDepartment);
    },
  );

  r.post(
    '/api/v1/halls/:hallId/departments',
    {
      schema: {
        tags: ['org'],
        summary: '新增进驻单位',
        params: HallIdParams,
        body: DepartmentCreateSchema,
        response: { 201: DepartmentSchema },
      },
    },
    async (req, reply) => {
      const user = userOf(req);
      const row = await inTx(app.yz, (trx) =>
        createDepartment(trx, dialect, user, actorOf(req), req.params.hallId, req.body),
      );
      return reply.status(201).send(presentDepartment(row));
    },
  );

  r.get(
    '/api/v1/departments/:id',
    {
      schema: {
        tags: ['org'],
        summary: '进驻单位详情（含进驻状态变更记录）',
        params: IdParams,
        response: { 200: DepartmentDetailSchema },
      },
    },
    async (req) => {
      const d = await authorize(db, userOf(req), 'org.read', await findDepartment(db, req.params.id), '进驻单位');
      return departmentDetailView(db, d);
    },
  );

  r.patch(
    '/api/v1/departments/:id',
    {
      schema: {
        tags: ['org'],
        summary: '修改进驻单位（进驻状态除外）',
        params: IdParams,
        body: DepartmentUpdateSchema,
        response: { 200: DepartmentSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      const row = await inTx(app.yz, (trx) =>
        updateDepartment(trx, dialect, user, actorOf(req), req.params.id, req.body),
      );
      return presentDepartment(row);
    },
  );

  r.post(
    '/api/v1/departments/:id/residency',
    {
      schema: {
        tags: ['org'],
        summary: '变更进驻状态（常驻/预约/撤离），须填写原因',
        params: IdParams,
        body: ResidencyChangeSchema,
        response: { 200: DepartmentDetailSchema },
      },
    },
    async (req) => {
      const user = userOf(req);
      return inTx(app.yz, async (trx) => {
        const row = await changeResidency(trx, dialect, user, actorOf(req), req.params.id, req.body);
        return departmentDetailView(trx, row);
      });
    },
  );
}
