import { DEFAULT_DATABASE_URL, migrateToLatest, openDatabase } from '../db/index.js';
import { DEMO_PASSWORD } from '../domain/password.js';
import { DEMO_ACCOUNTS } from '../modules/demo/accounts.js';
import { seedDemo } from '../modules/demo/seed.js';

/** `npm run demo:seed`: migrate DATABASE_URL and load the demo data set if the database is empty. */
async function main(): Promise<number> {
  const handle = await openDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  try {
    const applied = await migrateToLatest(handle.db);
    console.log(`数据库：${handle.describe}`);
    if (applied.length > 0) console.log(`已执行迁移：${applied.join(', ')}`);
    const result = await seedDemo(handle);
    if (!result) {
      console.log('数据库中已有大厅数据，未加载演示数据（演示数据只会写入空数据库）。');
      return 0;
    }
    const c = result.counts;
    console.log(`已加载演示数据（生成 ${result.buildMs} ms，写入 ${result.writeMs} ms）：`);
    console.log(
      `  大厅 ${c.halls} 个，部门 ${c.departments} 个（进驻变更记录 ${c.residencyHistory} 条），窗口 ${c.windows} 个，` +
        `工作人员 ${c.staff} 名（窗口安排 ${c.assignments} 条）`,
    );
    console.log(
      `  事项 ${c.items} 项，已发布版本 ${c.itemVersions} 个，主题关联 ${c.itemEvents} 条，申请表模板 ${c.files} 个，账号 ${c.users} 个`,
    );
    console.log(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(18)} ${a.hallName}  ${a.purpose}`);
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
