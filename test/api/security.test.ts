import { get, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { securityHeaders } from '../../src/http/security-headers.js';
import { as, DIALECTS, login, makeTestApp, type TestApp } from '../helpers/app.js';
import { buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';

describe.each(DIALECTS)('security on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
    const tree = await buildTree(t.handle.db);
    await buildUser(t.handle.db, tree.countyA.id, ['hall_manager'], { username: 'idle.user' });
  });
  afterAll(() => t.close());

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/halls' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('sends the same security headers on errors and on the live event stream (hijacked reply)', async () => {
    const expected = securityHeaders();
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(10);
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/public/halls/nope/business-types' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers).toMatchObject(expected);
    const hallId = (await t.handle.db.selectFrom('halls').select('id').executeTakeFirstOrThrow()).id;
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const headers = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
      const req = get(`${base}/api/v1/public/halls/${hallId}/queue/events`, (res) => {
        resolve(res.headers);
        req.destroy();
      });
      req.on('error', reject);
    });
    expect(headers['content-type']).toContain('text/event-stream');
    expect(headers).toMatchObject(expected);
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'idle.user', password: TEST_PASSWORD },
    });
    const c = res.cookies.find((x) => x.name === 'yz_session');
    expect(c?.httpOnly).toBe(true);
    expect(c?.sameSite).toBe('Lax');
  });

  it('ends a session after the idle timeout', async () => {
    const s = await login(t.app, 'idle.user', TEST_PASSWORD);
    expect((await as(t.app, s).get('/api/v1/auth/me')).statusCode).toBe(200);
    const old = new Date(Date.now() - 31 * 60_000).toISOString();
    await t.handle.db.updateTable('sessions').set({ last_seen_at: old }).execute();
    const res = await as(t.app, s).get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('rate-limits the login route', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: `ghost${i}`, password: 'x' },
      });
      statuses.push(r.statusCode);
    }
    // 20 attempts per minute per address (two were used by the tests above)
    const firstLimited = statuses.indexOf(429);
    expect(firstLimited).toBeGreaterThan(10);
    expect(statuses.slice(0, firstLimited).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(firstLimited).every((s) => s === 429)).toBe(true);
  });

  it('publishes OpenAPI docs generated from the schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/public/halls', '/api/v1/users']));
  });

  it('answers unknown API paths with problem+json 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('configuration', () => {
  it('defaults to port 3000 on 127.0.0.1 with embedded SQLite and demo data', () => {
    const c = loadConfig({}, ['node', 'main.ts']);
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: 'sqlite:./data/yizhan.db', demo: true });
  });
  it('--no-demo and YIZHAN_DEMO=0 turn demo data off', () => {
    expect(loadConfig({}, ['node', 'main.ts', '--no-demo']).demo).toBe(false);
    expect(loadConfig({ YIZHAN_DEMO: '0' }, []).demo).toBe(false);
  });
});
