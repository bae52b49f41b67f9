import type { FastifyInstance } from 'fastify';
import { loadSession, SESSION_COOKIE } from '../modules/auth/session.js';
import { AppError } from './errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that create the session, so there is no CSRF token yet. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

/** Attach `req.user` from the session cookie; enforce the CSRF header on state-changing requests. */
export function installAuthHook(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const loaded = await loadSession(app.yz.db, token, app.yz.config);
      if (loaded) {
        req.user = loaded.user;
        req.session = loaded.session;
      }
    }
    if (SAFE_METHODS.has(req.method) || CSRF_EXEMPT.has(req.url.split('?')[0])) return;
    if (req.session) {
      const header = req.headers['x-csrf-token'];
      if (header !== req.session.csrfToken) throw new AppError('CSRF_TOKEN_INVALID');
    }
  });
}
