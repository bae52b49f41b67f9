import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { DbHandle } from '../db/index.js';
import { appointmentRoutes } from '../modules/appointments/routes.js';
import { auditRoutes } from '../modules/audit/routes.js';
import { authRoutes } from '../modules/auth/routes.js';
import { calendarRoutes } from '../modules/calendar/routes.js';
import { caseReviewRoutes } from '../modules/case-review/routes.js';
import { caseRoutes } from '../modules/cases/routes.js';
import { catalogRoutes } from '../modules/catalog/routes.js';
import { feeRoutes } from '../modules/fees/routes.js';
import { hallRoutes } from '../modules/halls/routes.js';
import { orgRoutes } from '../modules/org/routes.js';
import { queueRoutes } from '../modules/queue/routes.js';
import { queueLiveRoutes } from '../modules/queue-live/routes.js';
import { supervisionRoutes } from '../modules/supervision/routes.js';
import { userRoutes } from '../modules/users/routes.js';
import { installAuthHook } from './auth-hook.js';
import { CONFIG_EVENTS, configChanged } from './config-epoch.js';
import { type EventBus, MemoryBus } from './events.js';
import { installErrorHandling } from './problem.js';
import { installSecurityHeaders } from './security-headers.js';

// Validation messages in Chinese (zod's built-in ones; custom messages are Chinese already).
z.config(z.locales.zhCN());

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_DIST = join(here, '..', '..', 'web', 'dist');

export interface BuildOptions {
  handle: DbHandle;
  /** defaults to an in-process bus (one process, SQLite) */
  bus?: EventBus;
  config: Config;
  logger?: boolean | object;
}

/** Assemble the whole server: plugins, security, docs, module routes and the built web app. */
export async function buildApp({
  handle,
  config,
  logger = false,
  bus = new MemoryBus(),
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy: process.env.YIZHAN_TRUST_PROXY === '1',
    bodyLimit: 8 * 1024 * 1024,
    logController: new LogController({ disableRequestLogging: process.env.YIZHAN_LOG_REQUESTS !== '1' }),
  });
  const routes: { method: string; url: string }[] = [];
  app.decorate('yz', { handle, db: handle.db, dialect: handle.dialect, config, routes, bus });
  app.addHook('onClose', () => bus.close());
  // a configuration change made by another process (or missed events after a reconnect): forget caches
  bus.subscribe(CONFIG_EVENTS, () => configChanged());
  // Every route is listed so tests can prove that each one is scoped (test/isolation).
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  installSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Yizhan 一站 API', version: '1.0.0', description: '政务服务大厅管理系统 API' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'yz_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installAuthHook(app);

  app.get('/healthz', async () => {
    await sql`select name from kysely_migration limit 1`.execute(handle.db);
    return { status: 'ok' };
  });

  await app.register(authRoutes);
  await app.register(hallRoutes);
  await app.register(orgRoutes);
  await app.register(catalogRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(calendarRoutes);
  await app.register(queueRoutes);
  await app.register(queueLiveRoutes);
  await app.register(appointmentRoutes);
  await app.register(caseRoutes);
  await app.register(caseReviewRoutes);
  await app.register(supervisionRoutes);
  await app.register(feeRoutes);

  if (existsSync(join(WEB_DIST, 'index.html'))) {
    // Hashed assets are served by pattern, so a rebuilt web app needs no server restart.
    await app.register(fastifyStatic, {
      root: join(WEB_DIST, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
    });
    // Single-page app: any other non-API path gets index.html.
    const spa = (req: FastifyRequest, reply: FastifyReply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html', WEB_DIST, { maxAge: 0, immutable: false });
    };
    app.get('/', (req, reply) => spa(req, reply));
    app.get('/*', (req, reply) => spa(req, reply));
  }
  return app;
}
