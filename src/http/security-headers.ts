import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
type HelmetFactory = (options: Record<string, unknown>) => Middleware;

// helmet as @fastify/helmet depends on it (the same version the plugin would use).
const helmet = createRequire(createRequire(import.meta.url).resolve('@fastify/helmet'))('helmet') as HelmetFactory;

/** The security headers (helmet defaults + our Content-Security-Policy). */
export const SECURITY_HEADER_OPTIONS = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // antd injects styles at run time; swagger-ui needs inline styles too.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      scriptSrc: ["'self'"],
      connectSrc: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
};

/**
 * helmet's headers on every response. @fastify/helmet builds a new helmet middleware (and parses the
 * CSP directives again) on every request — 5 % of a ticket issue in the profile; the middleware is
 * the same each time, so it is built once here and applied in one synchronous `onRequest` hook.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  const apply = helmet(SECURITY_HEADER_OPTIONS);
  app.addHook('onRequest', (req, reply, done) => {
    apply(req.raw, reply.raw, (err) => done(err as Error | undefined));
  });
}
