import { parseArgs } from 'node:util';
import { newId } from '../db/ids.js';
import { DEFAULT_DATABASE_URL, migrateToLatest, nowIso, openDatabase } from '../db/index.js';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../domain/password.js';
import { recordAudit } from '../modules/audit/record.js';
import { hashPassword } from '../modules/auth/password-hash.js';

/**
 * `npm run admin:create -- --username admin --password '…' [--hall-name 清源市政务服务中心 --division-code 350100 --hall-code QY]`
 * Creates a system admin; on an empty database it first creates the root hall.
 * The password may also come from YIZHAN_ADMIN_PASSWORD (keeps it out of shell history).
 */
const { values } = parseArgs({
  options: {
    username: { type: 'string', default: 'admin' },
    password: { type: 'string' },
    'display-name': { type: 'string', default: '系统管理员' },
    'hall-name': { type: 'string', default: '政务服务中心' },
    'division-code': { type: 'string', default: '000000' },
    'hall-code': { type: 'string', default: 'ROOT' },
    'hall-level': { type: 'string', default: 'city' },
  },
});
const password = values.password ?? process.env.YIZHAN_ADMIN_PASSWORD ?? '';
const username = values.username ?? 'admin';
const problem = passwordProblem(password, username);
if (problem) {
  console.error(`password rejected: ${PASSWORD_PROBLEM_MESSAGES[problem]} (pass --password or YIZHAN_ADMIN_PASSWORD)`);
  process.exit(2);
}
const handle = await openDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
await migrateToLatest(handle.db);
const hash = await hashPassword(password);
try {
  await handle.db.transaction().execute(async (trx) => {
    const now = nowIso();
    let root = await trx
      .selectFrom('halls')
      .select(['id'])
      .where('parent_id', 'is', null)
      .orderBy('created_at')
      .executeTakeFirst();
    if (!root) {
      const id = newId();
      await trx
        .insertInto('halls')
        .values({
          id,
          parent_id: null,
          path: `/${id}/`,
          name: values['hall-name'] ?? '政务服务中心',
          short_name: null,
          level: values['hall-level'] ?? 'city',
          division_code: values['division-code'] ?? '000000',
          code: values['hall-code'] ?? 'ROOT',
          address: '',
          phone: '',
          opening_hours: '[]',
          sort_order: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      root = { id };
      console.log(`created root hall ${values['hall-name']}`);
    }
    const id = newId();
    await trx
      .insertInto('users')
      .values({
        id,
        hall_id: root.id,
        username,
        display_name: values['display-name'] ?? '系统管理员',
        password_hash: hash,
        roles: JSON.stringify(['admin']),
        staff_id: null,
        department_id: null,
        is_demo: 0,
        active: 1,
        failed_logins: 0,
        locked_until: null,
        last_login_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordAudit(
      trx,
      handle.dialect,
      { id: null, username: 'cli', ip: 'local' },
      {
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        hallId: root.id,
        after: { username, roles: ['admin'] },
      },
    );
  });
  console.log(`admin user "${username}" created (${handle.describe})`);
} catch (err) {
  console.error(`could not create "${username}": ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
