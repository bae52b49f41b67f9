// Fee catalog 收费目录 and its supervision: the hall manager adds a fee line to an item's catalog (a new
// version), the public guide shows it at once, and the supervisor follows up a finished fee case that
// the unified fee window never saw money for with a 目录外收费 card on that case.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, apiLogin, DEMO_PASSWORD, launch, shot, withPage } from './lib.mjs';

const ITEM = '普通护照签发';
let browser;
let county;
let item;
before(async () => {
  browser = await launch();
  const halls = await apiGet('/api/v1/public/halls');
  county = halls.find((h) => h.level === 'county' && h.name.includes('东岭'));
  item = (await apiGet(`/api/v1/public/halls/${county.id}/items?q=${encodeURIComponent(ITEM)}`)).find(
    (i) => i.name === ITEM,
  );
  assert.ok(item, `${ITEM} is published in 东岭县`);
});
after(() => browser?.close());

async function login(page, username, next) {
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === next);
}

test('the manager adds a fee line as a new catalog version; the public guide shows it', async () => {
  const before = await apiGet(`/api/v1/public/items/${item.id}/fees`);
  assert.equal(before.hasCatalog, true);
  await withPage(browser, 'fee-catalog-edit', async (page) => {
    await login(page, 'county.manager', `/admin/items/${item.id}`);
    await page.getByRole('tab', { name: '收费目录' }).click();
    await page.getByText(`现行第 ${before.version} 版`).waitFor();
    // a wrong amount is caught before anything is sent
    await page.getByRole('button', { name: '添加收费项目' }).click();
    const n = before.lines.length + 1;
    await page.getByLabel(`收费项目名称 ${n}`).fill('护照加注费');
    await page.getByLabel(`金额（元） ${n}`).fill('20.005');
    await page.getByLabel(`收费依据 ${n}`).fill('发改价格规〔2019〕914号');
    await page.getByRole('button', { name: '保存收费目录（生成新版本）' }).click();
    await page.getByText(/金额格式不正确/).waitFor();
    await page.getByLabel(`金额（元） ${n}`).fill('20');
    await page.getByLabel('修改说明').fill('增加护照加注费');
    await page.getByText('标准：¥20.00').waitFor();
    await page.getByRole('button', { name: '保存收费目录（生成新版本）' }).click();
    await page.getByText(`收费目录已保存为第 ${before.version + 1} 版`).waitFor();
    await page.getByText(`现行第 ${before.version + 1} 版`).waitFor();
    await shot(page, 'fee-catalog-edit');
    // the previous version stays readable
    await page.getByRole('button', { name: `查看 第 ${before.version} 版` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(before.lines[0].name).waitFor();
    assert.equal(await dialog.getByText('护照加注费').count(), 0, 'the old version does not have the new line');
  });

  const after = await apiGet(`/api/v1/public/items/${item.id}/fees`);
  assert.equal(after.version, before.version + 1);
  const added = after.lines.find((l) => l.name === '护照加注费');
  assert.equal(added?.standardText, '¥20.00');
  await withPage(browser, 'fee-catalog-public', async (page) => {
    await page.goto(`/items/${item.id}`);
    const table = page.getByRole('table', { name: '收费目录' });
    await table.getByRole('rowheader', { name: '护照加注费' }).waitFor();
    const standard = page.getByRole('region', { name: /九公开/ }).locator('[data-key="feeStandard"] dd');
    assert.match(await standard.textContent(), /护照加注费：¥20\.00/);
  });
});

test('the supervisor issues a 目录外收费 card on a fee anomaly; it counts with the other cards', async () => {
  const supervisor = await apiLogin('county.supervisor');
  const anomalies = (await supervisor.call('GET', `/api/v1/halls/${county.id}/fee-anomalies`)).body;
  const target = anomalies.find((a) => !a.card);
  assert.ok(target, 'the demo has a finished fee case without a unified payment');
  await withPage(browser, 'fee-anomaly-card', async (page) => {
    await login(page, 'county.supervisor', '/desk/casework/supervision');
    await page.getByRole('tab', { name: /收费异常/ }).click();
    const row = page.getByRole('row').filter({ hasText: target.caseNumber });
    await row.getByRole('button', { name: '发出督办卡' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`${target.caseNumber} ${target.itemName}`).waitFor();
    await dialog.getByText('目录外收费').waitFor();
    await shot(page, 'fee-anomaly-dialog');
    await dialog.getByRole('button', { name: '发牌' }).click();
    await page.getByText('已发牌').first().waitFor();
    await row.getByText('黄牌 · 待整改').waitFor();
    await shot(page, 'fee-anomaly-carded');
  });
  const cards = (await supervisor.call('GET', `/api/v1/halls/${county.id}/supervision/cards`)).body;
  const card = cards.cards.find((c) => c.caseId === target.caseId);
  assert.equal(card?.trigger, 'fee_outside_catalog');
  assert.equal(card?.departmentId, target.departmentId);
  assert.ok(
    cards.counts.some((c) => c.departmentId === target.departmentId && c.yellow >= 1),
    'counted per department',
  );
});
