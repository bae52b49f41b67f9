import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/domain/password.js';
import { verifyAuditChain } from '../../src/modules/audit/record.js';
import { as, DIALECTS, login, makeTestApp, type Session, type TestApp } from '../helpers/app.js';
import { buildTree, buildUser, TEST_PASSWORD } from '../helpers/factories.js';

describe.each(DIALECTS)('users and audit on %s', (dialect) => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let admin: Session;
  let manager: Session;
  beforeAll(async () => {
    t = await makeTestApp(dialect);
    tree = await buildTree(t.handle.db);
    await buildUser(t.handle.db, tree.city.id, ['admin'], { username: 'root' });
    await buildUser(t.handle.db, tree.countyA.id, ['hall_manager'], { username: 'mgr.a' });
    await buildUser(t.handle.db, tree.countyA.id, ['supervisor'], { username: 'sup.a' });
    admin = await login(t.app, 'root', TEST_PASSWORD);
    manager = await login(t.app, 'mgr.a', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('admin creates a user who can then log in; the hash never leaves the server', async () => {
    const res = await as(t.app, admin).post('/api/v1/users', {
      username: 'new.staff',
      displayName: '新同事',
      hallId: tree.countyA.id,
      roles: ['window_staff'],
      password: 'Window-Desk-88',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'new.staff',
      hallId: tree.countyA.id,
      roles: ['window_staff'],
      active: true,
    });
    expect(res.body).not.toContain('scrypt');
    const s = await login(t.app, 'new.staff', 'Window-Desk-88');
    expect((await as(t.app, s).get('/api/v1/auth/me')).json().roles).toEqual(['window_staff']);
  });

  it('refuses weak passwords and the demo password, creating nothing', async () => {
    for (const password of ['short1!', 'alllowercaseletters', DEMO_PASSWORD]) {
      const res = await as(t.app, admin).post('/api/v1/users', {
        username: 'weak.user',
        displayName: '弱密码',
        hallId: tree.countyA.id,
        roles: ['window_staff'],
        password,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('PASSWORD_POLICY');
    }
    const list = (await as(t.app, admin).get('/api/v1/users')).json() as { username: string }[];
    expect(list.map((u) => u.username)).not.toContain('weak.user');
  });

  it('a hall manager may not create users (403) and nothing is written', async () => {
    const res = await as(t.app, manager).post('/api/v1/users', {
      username: 'sneaky',
      displayName: 'x',
      hallId: tree.countyA.id,
      roles: ['admin'],
      password: 'Another-Pass-77',
    });
    expect(res.statusCode).toBe(403);
    const row = await t.handle.db.selectFrom('users').select('id').where('username', '=', 'sneaky').executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('rejects a duplicate username with 409', async () => {
    const res = await as(t.app, admin).post('/api/v1/users', {
      username: 'mgr.a',
      displayName: '重复',
      hallId: tree.countyA.id,
      roles: ['window_staff'],
      password: 'Window-Desk-88',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('DUPLICATE');
  });

  it('deactivating a user ends their sessions; reset password and unlock work', async () => {
    const target = await buildUser(t.handle.db, tree.countyA.id, ['window_staff'], { username: 'leaver' });
    const s = await login(t.app, 'leaver', TEST_PASSWORD);
    const off = await as(t.app, admin).patch(`/api/v1/users/${target.id}`, { active: false });
    expect(off.statusCode).toBe(200);
    expect((await as(t.app, s).get('/api/v1/auth/me')).statusCode).toBe(401);
    await as(t.app, admin).patch(`/api/v1/users/${target.id}`, { active: true });
    const reset = await as(t.app, admin).post(`/api/v1/users/${target.id}/password`, { password: 'Fresh-Start-2027' });
    expect(reset.statusCode).toBe(204);
    await login(t.app, 'leaver', 'Fresh-Start-2027');
    await t.handle.db
      .updateTable('users')
      .set({ locked_until: '2999-01-01T00:00:00.000Z' })
      .where('id', '=', target.id)
      .execute();
    const unlocked = await as(t.app, admin).post(`/api/v1/users/${target.id}/unlock`);
    expect(unlocked.json().locked).toBe(false);
  });

  it('audits every change with actor and before/after, and the hash chain verifies', async () => {
    const sup = await login(t.app, 'sup.a', TEST_PASSWORD);
    const res = await as(t.app, sup).get(`/api/v1/audit?entityType=user`);
    expect(res.statusCode).toBe(200);
    const entries = res.json() as { action: string; actorUsername: string; after: Record<string, unknown> | null }[];
    const created = entries.find((e) => e.action === 'user.create');
    expect(created?.actorUsername).toBe('root');
    expect(created?.after?.password_hash).toBeUndefined();
    expect(entries.some((e) => e.action === 'user.update')).toBe(true);
    expect(await verifyAuditChain(t.handle.db)).toBeNull();
    const v = await as(t.app, admin).get('/api/v1/audit/verify');
    expect(v.json()).toEqual({ intact: true, brokenAtSeq: null });
  });

  it('detects tampering with an audit row', async () => {
    const first = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('seq')
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.handle.db
      .updateTable('audit_log')
      .set({ actor_username: 'someone-else' })
      .where('id', '=', first.id)
      .execute();
    expect(await verifyAuditChain(t.handle.db)).toBe(1);
  });
});
