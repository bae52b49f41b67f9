import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorize, requirePermission, visibleHallIds } from '../auth/scope.js';
import { presentUser } from './present.js';
import { createUser, findUser, hashNewPassword, setUserPassword, unlockUser, updateUser } from './save-user.js';
import {
  SetPasswordSchema,
  UserCreateSchema,
  UserIdParams,
  UserListQuery,
  UserSchema,
  UserUpdateSchema,
} from './schema.js';

const tags = ['users'];

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);
  const { db } = app.yz;
  const hallName = async (id: string) =>
    (await db.selectFrom('halls').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';

  r.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: '用户列表（本人可见范围）',
        querystring: UserListQuery,
        response: { 200: z.array(UserSchema) },
      },
    },
    async (req) => {
      const me = userOf(req);
      requirePermission(me, 'user.read');
      const halls = await visibleHallIds(db, me);
      const ids = req.query.hallId ? halls.filter((h) => h === req.query.hallId) : halls;
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('users')
        .innerJoin('halls', 'halls.id', 'users.hall_id')
        .selectAll('users')
        .select('halls.name as hall_name')
        .where('users.hall_id', 'in', ids)
        .orderBy('halls.path')
        .orderBy('users.username')
        .execute();
      return rows.map((u) => presentUser(u, u.hall_name));
    },
  );

  r.get(
    '/api/v1/users/:id',
    { schema: { tags, summary: '用户详情', params: UserIdParams, response: { 200: UserSchema } } },
    async (req) => {
      const u = await authorize(db, userOf(req), 'user.read', await findUser(db, req.params.id), '用户');
      return presentUser(u, await hallName(u.hall_id));
    },
  );

  r.post(
    '/api/v1/users',
    { schema: { tags, summary: '新建用户', body: UserCreateSchema, response: { 201: UserSchema } } },
    async (req, reply) => {
      const me = userOf(req);
      requirePermission(me, 'user.manage');
      const hash = await hashNewPassword(req.body.password, req.body.username);
      const row = await inTx(app.yz, (trx) => createUser(trx, app.yz.dialect, me, actorOf(req), req.body, hash));
      return reply.status(201).send(presentUser(row, await hallName(row.hall_id)));
    },
  );

  r.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: '修改用户（角色、停用等）',
        params: UserIdParams,
        body: UserUpdateSchema,
        response: { 200: UserSchema },
      },
    },
    async (req) => {
      const me = userOf(req);
      const row = await inTx(app.yz, (trx) =>
        updateUser(trx, app.yz.dialect, me, actorOf(req), req.params.id, req.body),
      );
      return presentUser(row, await hallName(row.hall_id));
    },
  );

  r.post(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags,
        summary: '重置用户密码',
        params: UserIdParams,
        body: SetPasswordSchema,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const me = userOf(req);
      const target = await authorize(db, me, 'user.manage', await findUser(db, req.params.id), '用户');
      const hash = await hashNewPassword(req.body.password, target.username);
      await inTx(app.yz, (trx) => setUserPassword(trx, app.yz.dialect, me, actorOf(req), req.params.id, hash));
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/users/:id/unlock',
    { schema: { tags, summary: '解除登录锁定', params: UserIdParams, response: { 200: UserSchema } } },
    async (req) => {
      const me = userOf(req);
      const row = await inTx(app.yz, (trx) => unlockUser(trx, app.yz.dialect, me, actorOf(req), req.params.id));
      if (!row) throw new AppError('NOT_FOUND', '用户不存在');
      return presentUser(row, await hallName(row.hall_id));
    },
  );
}
