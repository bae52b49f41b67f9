import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, DIALECTS, login, makeTestApp, type TestApp } from '../helpers/app.js';
import { buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';

describe.each(DIALECTS)('auth on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
    tree = await buildTree(t.handle.db);
    await buildUser(t.handle.db, tree.countyA.id, ['hall_manager'], { username: 'mgr' });
    await buildUser(t.handle.db, tree.countyA.id, ['window_staff'], { username: 'locky' });
  });
  afterAll(() => t.close());

  it('logs in, returns me with the contract fields, and logs out', async () => {
    const s = await login(t.app, 'mgr', TEST_PASSWORD);
    const me = await as(t.app, s).get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: 'mgr',
      hallId: tree.countyA.id,
      roles: ['hall_manager'],
      windowIds: [],
    });
    const out = await as(t.app, s).post('/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await as(t.app, s).get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('rejects a wrong password with problem+json 401', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'mgr', password: 'nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(res.cookies.find((c) => c.name === 'yz_session')).toBeUndefined();
  });

  it('requires the CSRF header on state-changing requests made with the cookie', async () => {
    const s = await login(t.app, 'mgr', TEST_PASSWORD);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_TOKEN_INVALID');
    expect((await as(t.app, s).get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 4; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'locky', password: 'wrong' },
      });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'locky', password: 'wrong' },
    });
    expect(fifth.statusCode).toBe(423);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'locky', password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('ACCOUNT_LOCKED');
  });

  it('serves the hall tree publicly and health', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/halls' });
    expect(res.statusCode).toBe(200);
    const halls = res.json() as { id: string; parentId: string | null; level: string; name: string }[];
    expect(halls).toHaveLength(4);
    expect(halls.find((h) => h.id === tree.countyA.id)).toMatchObject({ parentId: tree.city.id, level: 'county' });
    const h = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(h.json()).toEqual({ status: 'ok' });
  });
});
