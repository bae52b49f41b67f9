import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Db, DbHandle, Dialect } from '../db/index.js';
import { type Actor, withDeferredAudit } from '../modules/audit/record.js';
import { requireUser } from '../modules/auth/scope.js';
import type { AuthUser, SessionInfo } from '../modules/auth/session.js';
import { CONFIG_EVENTS, configChanged } from './config-epoch.js';
import type { EventBus } from './events.js';

export interface AppDeps {
  handle: DbHandle;
  db: Db;
  dialect: Dialect;
  config: Config;
  /** live events across processes (queue calls, window status) */
  bus: EventBus;
  /** every registered route (method + URL pattern) */
  routes: { method: string; url: string }[];
}

declare module 'fastify' {
  interface FastifyInstance {
    yz: AppDeps;
  }
  interface FastifyRequest {
    user: AuthUser | null;
    session: SessionInfo | null;
  }
}

/** The app with zod-typed routes: `const r = withZod(app); r.get(path, { schema }, handler)`. */
export function withZod(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
export type ZodApp = ReturnType<typeof withZod>;

export function actorOf(req: FastifyRequest): Actor {
  return { id: req.user?.id ?? null, username: req.user?.username ?? null, ip: req.ip };
}

/** The signed-in user or a 401. */
export function userOf(req: FastifyRequest): AuthUser {
  return requireUser(req.user);
}

/**
 * Run `fn` in one transaction (writes + their audit records commit together; on PostgreSQL the audit
 * records are appended to the chain at the end, see `withDeferredAudit`). On SQLite with group commit:
 * still atomic and isolated per call, committed together with concurrent calls (src/db/group-commit.ts).
 */
export function inTx<T>(deps: AppDeps, fn: (trx: Db) => Promise<T>): Promise<T> {
  const run = (trx: Db) => withDeferredAudit(trx, deps.dialect, fn);
  return deps.handle.transact ? deps.handle.transact(run) : deps.db.transaction().execute(run);
}

/**
 * `inTx` for a change of configuration that requests may have cached (src/http/config-epoch.ts):
 * the epoch moves once the transaction has ended — after its commit, so no request of this process
 * can fill a cache from the state before it afterwards (and, on failure, harmlessly) — and a
 * `config` event tells the other processes to move theirs.
 */
export async function inConfigTx<T>(deps: AppDeps, fn: (trx: Db) => Promise<T>): Promise<T> {
  try {
    return await inTx(deps, fn);
  } finally {
    configChanged();
    // the other server processes (PostgreSQL): see src/http/config-epoch.ts
    await deps.bus.publish({ hallId: CONFIG_EVENTS, type: 'config', data: {} }).catch(() => undefined);
  }
}
