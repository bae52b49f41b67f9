import type { FastifyInstance, InjectOptions } from 'fastify';
import { loadConfig } from '../../src/config.js';
import { type DbHandle, migrateToLatest, openDatabase } from '../../src/db/index.js';
import { buildApp } from '../../src/http/app.js';

/** Dialects every API test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DIALECTS: ('sqlite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestApp {
  app: FastifyInstance;
  handle: DbHandle;
  close(): Promise<void>;
}

let counter = 0;

/** A fresh, migrated database (in-memory SQLite, or a private schema on PostgreSQL) and the app on it. */
export async function makeTestApp(dialect: 'sqlite' | 'postgres'): Promise<TestApp> {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const handle =
    dialect === 'postgres'
      ? await openDatabase(process.env.TEST_DATABASE_URL as string, { schema, poolSize: 5 })
      : await openDatabase('sqlite::memory:');
  await migrateToLatest(handle.db, { schema: handle.schema });
  const config = { ...loadConfig({}, []), demo: false, maxFailedLogins: 5, lockMinutes: 15 };
  const app = await buildApp({ handle, config });
  await app.ready();
  return {
    app,
    handle,
    async close() {
      await app.close();
      if (dialect === 'postgres') {
        const { sql } = await import('kysely');
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(handle.db);
      }
      await handle.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

/** Log in through the real route; returns the cookie and CSRF token to send on later requests. */
export async function login(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const set = res.cookies.find((c) => c.name === 'yz_session');
  if (!set) throw new Error('no session cookie');
  const body = res.json() as { csrfToken: string; user: { id: string } };
  return { cookie: `yz_session=${set.value}`, csrfToken: body.csrfToken, userId: body.user.id };
}

/** inject() as a signed-in user (cookie + CSRF header on writes). */
export function as(app: FastifyInstance, s: Session | null) {
  const call = (method: InjectOptions['method'], url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      payload: payload as InjectOptions['payload'],
      headers: s ? { cookie: s.cookie, ...(method !== 'GET' ? { 'x-csrf-token': s.csrfToken } : {}) } : {},
    });
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, body?: unknown) => call('POST', url, body ?? {}),
    patch: (url: string, body?: unknown) => call('PATCH', url, body ?? {}),
    put: (url: string, body?: unknown) => call('PUT', url, body ?? {}),
    delete: (url: string) => call('DELETE', url),
  };
}
