// e2e-databases: sqlite postgres
// Issue 4, remaining gaps, through the real pages: a 上报件 whose first review is done shows on the
// 上报件 page and is forwarded (转报) to the city, where it waits for the decision; the case page shows
// the applicant masked and reveals the full ID number on request (the reveal is audited); the hall
// manager changes the 红黄灯 rule on the supervision page and the lights follow.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiLogin, BASE_URL, launch, shot, signIn } from './lib.mjs';

const ITEM = '基层法律服务工作者执业核准';
const ID_NUMBER = personId('11010519880512302');
const USER = 'e2e.justice';
const PASSWORD = 'Justice#2026-e2e';

/** A resident ID number: 17 digits plus their GB 11643 check character. */
function personId(body) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body + '10X98765432'[[...body].reduce((s, c, i) => s + Number(c) * w[i], 0) % 11];
}

const ok = (res, what) => {
  assert.ok(res.status < 300, `${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

let browser;
let hall;
let kase;
before(async () => {
  browser = await launch();
  hall = (await apiGet('/api/v1/public/halls')).find((h) => h.name.includes('东岭县'));
  const item = (await apiGet(`/api/v1/public/halls/${hall.id}/items?q=${encodeURIComponent(ITEM)}`)).find(
    (i) => i.name === ITEM,
  );
  assert.equal(item?.kind, 'reported', `${ITEM} is a 上报件 of 东岭县`);
  // an approver of the item's department (the demo's approver works for 市场监督管理局)
  const admin = await apiLogin('admin');
  ok(
    await admin.call('POST', '/api/v1/users', {
      username: USER,
      displayName: '司法局审批员',
      hallId: hall.id,
      roles: ['approver'],
      departmentId: item.departmentId,
      password: PASSWORD,
    }),
    'create the approver',
  );
  // received and accepted at the window, first review 初审 passed by the department
  const guide = await apiGet(`/api/v1/public/items/${item.id}`);
  const staff = await apiLogin('county.staff');
  const received = ok(
    await staff.call('POST', `/api/v1/halls/${hall.id}/cases`, {
      itemId: item.id,
      applicant: { type: 'person', name: '林小燕', idNumber: ID_NUMBER, phone: '13912345678' },
      materials: guide.materials.map((_m, i) => ({ position: i + 1, state: 'submitted' })),
    }),
    'receive',
  );
  const accepted = ok(
    await staff.call('POST', `/api/v1/cases/${received.id}/accept`, { rowVersion: received.rowVersion }),
    'accept',
  );
  const approver = await apiLogin(USER, PASSWORD);
  kase = ok(
    await approver.call('POST', `/api/v1/cases/${accepted.id}/tasks/${accepted.tasks[0].id}/complete`, {
      rowVersion: accepted.rowVersion,
      opinion: '初审通过，材料齐全',
      outcome: 'pass',
    }),
    'first review',
  );
  assert.equal(kase.status, 'in_review');
});
after(() => browser?.close());

/** Sign in a user that is not a demo account (own password). */
async function signInAs(username, password, next) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === next);
  return page;
}

test('a first-reviewed 上报件 is forwarded from the 上报件 page and waits at the city', async () => {
  const page = await signInAs(USER, PASSWORD, '/desk/casework/reported');
  try {
    const row = page.getByRole('row').filter({ hasText: kase.number });
    await row.waitFor();
    assert.match(await row.textContent(), /林\*燕/);
    await shot(page, 'reported-to-forward');
    await row.getByRole('button', { name: '转报' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByLabel('上级审批部门').click();
    // the city has no 司法局: the forwarding department picks the one that decides
    await page.getByTitle('清源市市场监督管理局').click();
    // the choice is in the form (the option list is gone), then forward
    await panel.getByTitle('清源市市场监督管理局').waitFor();
    await panel.getByRole('button', { name: '报送上级大厅' }).click();
    // the panel closes and the list no longer has the case
    await panel.waitFor({ state: 'hidden' });
    await page.getByText('没有初审完成待转报的上报件').waitFor();
  } catch (err) {
    await shot(page, 'FAILED-reported-forward');
    throw err;
  } finally {
    await page.context().close();
  }

  const city = await signIn(browser, 'city.manager', '/desk/casework/reported');
  try {
    await city.getByRole('tab', { name: /下级报送待决定/ }).click();
    const row = city.getByRole('row').filter({ hasText: kase.number });
    await row.waitFor();
    assert.match(await row.textContent(), /东岭县/);
    await shot(city, 'reported-at-city');
  } finally {
    await city.context().close();
  }
});

test('the case page masks the applicant and reveals the full ID number on request, audited', async () => {
  const page = await signIn(browser, 'county.staff', `/desk/cases/${kase.id}`);
  try {
    const id = page.getByTestId('applicant-id');
    await id.waitFor();
    assert.equal(await id.textContent(), `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`);
    assert.ok(!(await page.content()).includes(ID_NUMBER));
    await page.getByRole('button', { name: '显示完整信息' }).click();
    await page.getByText('本次查看已记入审计日志', { exact: false }).waitFor();
    assert.equal(await id.textContent(), ID_NUMBER);
    await page.getByRole('button', { name: '重新隐藏' }).click();
    await page.getByRole('button', { name: '显示完整信息' }).waitFor();
  } finally {
    await page.context().close();
  }
  const admin = await apiLogin('admin');
  const audit = ok(await admin.call('GET', `/api/v1/audit?action=personal_data.view&entityId=${kase.id}`), 'audit');
  assert.equal(audit.length, 1);
  assert.equal(audit[0].actorUsername, 'county.staff');
});

test('the hall manager changes the 红黄灯 rule and the lights follow', async () => {
  const manager = await apiLogin('county.manager');
  const url = `/api/v1/halls/${hall.id}/supervision`;
  const before = ok(await manager.call('GET', url), 'supervision').running;
  const page = await signIn(browser, 'county.manager', '/desk/casework/supervision');
  try {
    const card = page.getByTestId('colour-thresholds');
    await card.getByTestId('threshold-rule').waitFor();
    await card.getByRole('button', { name: '修改' }).click();
    await card.getByLabel('剩余工作日不超过').fill('3');
    await card.getByLabel('已用时限达到').fill('50');
    await card.getByRole('button', { name: '保存' }).click();
    await page.getByText('预警规则已保存').waitFor();
    assert.match(await card.getByTestId('threshold-rule').textContent(), /≤ 3 个工作日，或已用时限 ≥ 50%/);
    await shot(page, 'thresholds-saved');
  } finally {
    await page.context().close();
  }
  const now = ok(await manager.call('GET', url), 'supervision').running;
  // a wider margin turns green lights yellow, never the other way; red stays red
  assert.equal(now.red, before.red);
  assert.ok(now.yellow >= before.yellow && now.green <= before.green);
  assert.equal(now.green + now.yellow, before.green + before.yellow);
  // back to the PRODUCT.md defaults for the other journeys
  ok(
    await manager.call('PUT', `/api/v1/halls/${hall.id}/supervision/thresholds`, {
      yellowDaysLeft: 1,
      yellowSharePercent: 80,
    }),
    'reset',
  );
});
