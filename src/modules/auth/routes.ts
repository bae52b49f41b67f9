import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../domain/password.js';
import { actorOf, inTx, userOf, withZod } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { checkLogin } from './login.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { ChangePasswordBodySchema, LoginBodySchema, LoginResponseSchema, MeSchema } from './schema.js';
import { type AuthUser, createSession, deleteSession, loadSession, SESSION_COOKIE } from './session.js';

const tags = ['auth'];

async function presentMe(app: FastifyInstance, u: AuthUser) {
  const hall = await app.yz.db.selectFrom('halls').select('name').where('id', '=', u.hallId).executeTakeFirst();
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    hallId: u.hallId,
    hallName: hall?.name ?? '',
    roles: u.roles,
    permissions: [...u.permissions],
    windowIds: u.windowIds,
    staffId: u.staffId,
    departmentId: u.departmentId,
    isDemo: u.isDemo,
  };
}

function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.yz.config.secureCookies,
    maxAge: app.yz.config.sessionMaxHours * 3600,
  });
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = withZod(app);

  r.post(
    '/api/v1/auth/login',
    {
      schema: { tags, summary: '登录', body: LoginBodySchema, response: { 200: LoginResponseSchema } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { db, dialect, config } = app.yz;
      const { userId } = await checkLogin(db, dialect, config, req.body.username, req.body.password, req.ip);
      const { token, csrfToken } = await createSession(db, userId, config, req.ip, req.headers['user-agent'] ?? '');
      const loaded = await loadSession(db, token, config);
      if (!loaded) throw new AppError('INTERNAL');
      setSessionCookie(app, reply, token);
      return { user: await presentMe(app, loaded.user), csrfToken };
    },
  );

  r.post(
    '/api/v1/auth/logout',
    { schema: { tags, summary: '退出登录', response: { 204: z.null() } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) {
        await inTx(app.yz, async (trx) => {
          await deleteSession(trx, token);
          if (req.user)
            await recordAudit(trx, app.yz.dialect, actorOf(req), {
              action: 'auth.logout',
              entityType: 'user',
              entityId: req.user.id,
              hallId: req.user.hallId,
            });
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  r.get('/api/v1/auth/me', { schema: { tags, summary: '当前用户', response: { 200: MeSchema } } }, async (req) =>
    presentMe(app, userOf(req)),
  );

  r.get(
    '/api/v1/auth/csrf',
    {
      schema: {
        tags,
        summary: '当前会话的 CSRF 令牌（页面刷新后取回）',
        response: { 200: z.object({ csrfToken: z.string() }) },
      },
    },
    async (req) => {
      userOf(req);
      return { csrfToken: req.session?.csrfToken ?? '' };
    },
  );

  r.post(
    '/api/v1/auth/password',
    { schema: { tags, summary: '修改本人密码', body: ChangePasswordBodySchema, response: { 204: z.null() } } },
    async (req, reply) => {
      const me = userOf(req);
      const row = await app.yz.db.selectFrom('users').selectAll().where('id', '=', me.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(req.body.currentPassword, row.password_hash))) {
        throw new AppError('INVALID_CREDENTIALS', '当前密码不正确');
      }
      const problem = passwordProblem(req.body.newPassword, me.username);
      if (problem) throw new AppError('PASSWORD_POLICY', PASSWORD_PROBLEM_MESSAGES[problem], { problem });
      const hash = await hashPassword(req.body.newPassword);
      await inTx(app.yz, async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: hash, is_demo: 0, updated_at: new Date().toISOString() })
          .where('id', '=', me.id)
          .execute();
        await trx
          .deleteFrom('sessions')
          .where('user_id', '=', me.id)
          .where('id', '!=', req.session?.id ?? '')
          .execute();
        await recordAudit(trx, app.yz.dialect, actorOf(req), {
          action: 'user.password',
          entityType: 'user',
          entityId: me.id,
          hallId: me.hallId,
        });
      });
      return reply.status(204).send(null);
    },
  );
}
