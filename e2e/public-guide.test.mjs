// Citizen journey: browse a hall, search (Chinese and pinyin initials), open an item, see the nine
// disclosures and the flowchart, download a form, print the one-page guide, large-text mode.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiGet, launch, shot, withPage } from './lib.mjs';

let browser;
let county;
before(async () => {
  browser = await launch();
  const halls = await apiGet('/api/v1/public/halls');
  county = halls.find((h) => h.level === 'county' && h.name.includes('东岭'));
  assert.ok(county, 'demo county 东岭县 exists');
});
after(() => browser?.close());

test('browse by department and event, search in Chinese and pinyin, open and print a guide', async () => {
  await withPage(browser, 'public-guide', async (page) => {
    await page.goto(`/halls/${county.id}`);
    await page.getByRole('heading', { name: '东岭县政务服务中心' }).waitFor();
    await page
      .getByRole('link', { name: /东岭县市场监督管理局/ })
      .first()
      .click();
    await page.getByRole('link', { name: '食品经营许可' }).waitFor();
    await shot(page, 'public-department');

    await page.goto(`/halls/${county.id}`);
    await page.getByRole('link', { name: /开办企业/ }).click();
    await page.getByRole('link', { name: '个体工商户设立登记' }).waitFor();

    const search = page.getByRole('searchbox', { name: '搜索办事事项' }).first();
    await search.fill('spjyxk'); // pinyin initials of 食品经营许可
    await search.press('Enter');
    await page.getByRole('link', { name: '食品经营许可' }).click();

    await page.getByRole('heading', { name: '食品经营许可', level: 1 }).waitFor();
    const labels = [
      '服务事项',
      '申请材料',
      '办理流程',
      '办理时限',
      '收费标准',
      '收费依据',
      '办理地点',
      '咨询电话',
      '责任人员',
    ];
    const block = page.getByRole('region', { name: /九公开/ });
    await block.waitFor();
    const terms = (await block.locator('dt').allTextContents()).map((s) => s.replace(/^\d+/, '').trim());
    assert.deepEqual(terms, labels, 'the nine disclosures in the contract order');
    const values = await block.locator('dd').allTextContents();
    assert.ok(
      values.every((v) => v.trim().length > 0),
      'no disclosure is empty',
    );
    // the procedure flowchart shows each step
    for (const step of ['受理', '审查', '决定', '送达']) await page.getByText(step, { exact: true }).first().waitFor();
    await shot(page, 'public-item');

    // a form template downloads as a real xlsx
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: /空白表格/ })
        .first()
        .click(),
    ]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);

    // printing: the print button calls window.print; the print layout hides the site chrome
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => {
        window.__printed++;
      };
    });
    await page.getByRole('button', { name: /打印办事指南/ }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('searchbox', { name: '搜索办事事项' }).first().isVisible(), false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, 'the guide prints on one A4 page');
    await page.emulateMedia({ media: 'screen' });
  });
});

/** Pages of the guide printed to A4 PDF. */
async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('a fee-bearing guide shows the current fee catalog and still prints on one page', async () => {
  await withPage(browser, 'public-guide-fees', async (page) => {
    // the longest demo catalogs: real estate (with waivers) and vehicle registration (five lines)
    for (const name of ['不动产转移登记（存量房买卖）', '机动车注册登记']) {
      const rows = await apiGet(`/api/v1/public/halls/${county.id}/items?q=${encodeURIComponent(name)}`);
      const item = rows.find((r) => r.name === name);
      assert.ok(item, `demo item ${name}`);
      const fees = await apiGet(`/api/v1/public/items/${item.id}/fees`);
      assert.equal(fees.hasCatalog, true);
      await page.goto(`/items/${item.id}`);
      const table = page.getByRole('table', { name: '收费目录' });
      await table.waitFor();
      const first = fees.lines[0];
      await table.getByRole('rowheader', { name: first.name, exact: true }).waitFor();
      assert.ok((await table.textContent()).includes(first.standardText), 'the line shows its standard');
      const standard = page.getByRole('region', { name: /九公开/ }).locator('[data-key="feeStandard"] dd');
      assert.equal(await standard.textContent(), fees.standardText, 'the disclosures state the catalog standard');
      if (name.startsWith('不动产')) await shot(page, 'public-item-fees');
      assert.equal(await printedPages(page), 1, `${name} prints on one A4 page`);
    }
  });
});

test('large-text mode and keyboard use', async () => {
  await withPage(browser, 'public-large-text', async (page) => {
    await page.goto(`/halls/${county.id}`);
    await page.getByRole('heading', { name: '东岭县政务服务中心' }).waitFor();
    const before = await page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.querySelector('main')).fontSize),
    );
    await page.getByRole('button', { name: /大字模式/ }).click();
    const after = await page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.querySelector('main')).fontSize),
    );
    assert.ok(after >= 20 && after > before, `font grows (${before} → ${after})`);
    await shot(page, 'public-large-text');
    // the first Tab lands on the skip link, which moves focus to the main content
    await page.reload();
    await page.getByRole('heading', { name: '东岭县政务服务中心' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.match(focused, /跳到主要内容|跳过/);
  });
});

test('an unknown item shows a Chinese not-found message', async () => {
  await withPage(browser, 'public-404', async (page) => {
    await page.goto('/items/does-not-exist');
    await page
      .getByText(/不存在|未找到/)
      .first()
      .waitFor();
  });
});
