// Manager journey: log in, edit a published item so a disclosure is empty, try to publish (refused with
// the missing disclosure named), complete it, publish, and see the new version on the public site.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, DEMO_PASSWORD, launch, shot, withPage } from './lib.mjs';

let browser;
let item;
before(async () => {
  browser = await launch();
  const halls = await apiGet('/api/v1/public/halls');
  const county = halls.find((h) => h.name.includes('东岭'));
  [item] = await apiGet(`/api/v1/public/halls/${county.id}/items?q=${encodeURIComponent('食品经营许可')}`);
  assert.ok(item, 'demo item 食品经营许可 is published');
});
after(() => browser?.close());

async function login(page, username) {
  await page.goto('/admin/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
}

test('a wrong password is refused with a Chinese message', async () => {
  await withPage(browser, 'admin-login-wrong', async (page) => {
    await page.goto('/admin/login');
    await page.getByLabel('用户名').fill('county.manager');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('用户名或密码错误').first().waitFor();
  });
});

test('incomplete guide is refused; completed guide publishes a new public version', async () => {
  const before = await apiGet(`/api/v1/public/items/${item.id}`);
  await withPage(browser, 'admin-publish', async (page) => {
    await login(page, 'county.manager');
    await page.getByRole('menuitem', { name: /事项/ }).first().click();
    await page.getByPlaceholder('事项名称、编码或关键词').fill('食品经营许可');
    await page.getByPlaceholder('事项名称、编码或关键词').press('Enter');
    await page.getByRole('link', { name: '食品经营许可' }).first().click();
    await page.getByRole('tab', { name: '公开信息' }).click();
    const person = page.getByLabel('责任人员');
    await person.fill('');
    await page.getByRole('button', { name: '发布' }).click();
    await page
      .getByText(/不能发布.*责任人员/)
      .first()
      .waitFor();
    await shot(page, 'admin-publish-refused');
    assert.equal((await apiGet(`/api/v1/public/items/${item.id}`)).version, before.version, 'nothing published');

    await person.fill('王芳（首席代表）');
    await page.getByRole('button', { name: '保存' }).click();
    await page
      .getByText(/已保存|保存成功/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: '发布' }).click();
    await page
      .getByText(`已发布第 ${before.version + 1} 版`)
      .first()
      .waitFor();
    await shot(page, 'admin-published');

    await page.goto(`/items/${item.id}`);
    const block = page.getByRole('region', { name: /九公开/ });
    await block.getByText('王芳（首席代表）').waitFor();
    await page
      .getByText(`第 ${before.version + 1} 版`)
      .first()
      .waitFor();
    await shot(page, 'public-new-version');
  });
  const afterPublish = await apiGet(`/api/v1/public/items/${item.id}`);
  assert.equal(afterPublish.version, before.version + 1);
  assert.equal(afterPublish.disclosures.responsiblePerson, '王芳（首席代表）');
  const old = await apiGet(`/api/v1/public/items/${item.id}/versions/${before.version}`);
  assert.equal(
    old.disclosures.responsiblePerson,
    before.disclosures.responsiblePerson,
    'the old version stays readable',
  );
});

test('a 县B manager cannot open a 县A item in the console', async () => {
  await withPage(browser, 'admin-isolation', async (page) => {
    await login(page, 'other.manager');
    await page.getByRole('menuitem', { name: /事项/ }).first().waitFor();
    await page.goto(`/admin/items/${item.id}`);
    await page
      .getByText(/不存在/)
      .first()
      .waitFor();
    await shot(page, 'admin-isolation');
  });
});
