import type { Config } from '../../config.js';
import type { Db, Dialect } from '../../db/index.js';
import { nowIso } from '../../db/index.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { dummyHash, verifyPassword } from './password-hash.js';

/**
 * Check credentials with lock-out: after `maxFailedLogins` failures the account is locked
 * for `lockMinutes`. Failures are recorded (and audited) even though the login fails.
 */
export async function checkLogin(
  db: Db,
  dialect: Dialect,
  cfg: Config,
  username: string,
  password: string,
  ip: string,
): Promise<{ userId: string }> {
  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!user?.active) {
    await verifyPassword(password, await dummyHash());
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.locked_until && new Date(user.locked_until).getTime() > Date.now()) {
    throw new AppError(
      'ACCOUNT_LOCKED',
      `登录失败次数过多，账号已锁定至 ${new Date(user.locked_until).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai' })}`,
    );
  }
  const ok = await verifyPassword(password, user.password_hash);
  const actor = { id: user.id, username: user.username, ip };
  if (!ok) {
    const failures = user.failed_logins + 1;
    const lock = failures >= cfg.maxFailedLogins;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({
          failed_logins: lock ? 0 : failures,
          locked_until: lock ? new Date(Date.now() + cfg.lockMinutes * 60_000).toISOString() : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(trx, dialect, actor, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        hallId: user.hall_id,
        after: { failures, locked: lock },
      });
    });
    if (lock)
      throw new AppError(
        'ACCOUNT_LOCKED',
        `连续 ${cfg.maxFailedLogins} 次登录失败，账号已锁定 ${cfg.lockMinutes} 分钟`,
      );
    throw new AppError('INVALID_CREDENTIALS');
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, last_login_at: nowIso() })
      .where('id', '=', user.id)
      .execute();
    await recordAudit(trx, dialect, actor, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      hallId: user.hall_id,
    });
  });
  return { userId: user.id };
}
